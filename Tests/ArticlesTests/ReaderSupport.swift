import Foundation

@testable import Articles

/// Reads a fixture written in the test itself.
func read(_ text: String, name: String = "fixture.txt") throws -> Article {
  try ArticleReader().read(Data(text.utf8), name: name)
}

/// The sentences' texts, for compact expectations.
func texts(_ article: Article) -> [String] {
  article.sentences.map(\.text)
}
