import Articles
import Facts
import Foundation
import Questions

/// An article to generate from: its name (as the deck's sources will show it) and its bytes.
public struct ArticleInput: Sendable, Hashable {
  public var name: String
  public var data: Data

  public init(name: String, data: Data) {
    self.name = name
    self.data = data
  }
}

/// Everything one generation produced, for evaluators: the articles as read, every fact the
/// extractor found, and which of them were asked (with scores and reasons).
public struct GenerationReport: Sendable {
  public var deck: Deck
  public var articles: [Article]
  public var facts: [Fact]
  public var questions: QuestionSet
}

/// The whole pipeline from article bytes to a deck: read, extract, choose, write questions,
/// fingerprint the sources. Pure: same inputs and seed, same deck.
public struct DeckGenerator: Sendable {
  public var title: String?
  public var seed: UInt64
  public var maxFacts: Int?
  /// The deck's id; by default a slug of its title.
  public var id: String?

  public init(title: String? = nil, seed: UInt64 = 0, maxFacts: Int? = nil) {
    self.title = title
    self.seed = seed
    self.maxFacts = maxFacts
  }

  public func generate(_ articles: [ArticleInput]) throws(ArticleError) -> Deck {
    try generateWithReport(articles).deck
  }

  public func generateWithReport(_ inputs: [ArticleInput]) throws(ArticleError) -> GenerationReport
  {
    var articles: [Article] = []
    var facts: [Fact] = []
    var sources: [DeckSource] = []
    let reader = ArticleReader()
    let extractor = FactExtractor()
    for input in inputs {
      let article = try reader.read(input.data, name: input.name)
      articles.append(article)
      facts += extractor.facts(in: article)
      sources.append(
        DeckSource(path: input.name, title: article.title, sha256: SHA256.hex(input.data)))
    }
    let set = QuestionWriter(seed: seed, maxFacts: maxFacts).write(facts: facts, articles: articles)
    let deckTitle =
      title ?? articles.compactMap(\.title).first ?? inputs.first.map {
        URL(fileURLWithPath: $0.name).deletingPathExtension().lastPathComponent
      } ?? "Deck"
    let deck = Deck(
      id: id ?? DeckGenerator.slug(deckTitle), title: deckTitle, sources: sources,
      cards: set.questions)
    return GenerationReport(deck: deck, articles: articles, facts: facts, questions: set)
  }

  /// "Vietnam’s noble mission" → "vietnams-noble-mission".
  public static func slug(_ text: String) -> String {
    let words = TextFolding.words(text)
    let slug = words.prefix(8).joined(separator: "-")
    return slug.isEmpty ? "deck" : slug
  }
}
