import Articles
import Foundation

@testable import Facts

/// Facts of a fixture article written in the test.
func extract(_ text: String) throws -> [Fact] {
  let article = try ArticleReader().read(Data(text.utf8), name: "fixture.txt")
  return FactExtractor().facts(in: article)
}

extension Array where Element == Fact {
  func of(_ kind: FactKind) -> [Fact] { filter { $0.kind == kind } }
  func values(_ kind: FactKind) -> [String] { of(kind).map(\.value) }
  func first(_ kind: FactKind, _ value: String) -> Fact? {
    first { $0.kind == kind && $0.value == value }
  }
}
