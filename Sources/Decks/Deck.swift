import Questions

/// The unit a teacher edits and shares: a title, where its questions came from, and its cards.
public struct Deck: Sendable, Hashable, Codable {
  /// Stable identifier, the file's base name unless set.
  public var id: String
  public var title: String
  public var sources: [DeckSource]
  public var cards: [Question]

  public init(id: String, title: String, sources: [DeckSource], cards: [Question]) {
    self.id = id
    self.title = title
    self.sources = sources
    self.cards = cards
  }
}

/// An article a deck was generated from.
public struct DeckSource: Sendable, Hashable, Codable {
  public var path: String
  public var title: String?
  /// SHA-256 of the article's bytes, lowercase hex: tells a teacher whether the deck still
  /// matches the article.
  public var sha256: String

  public init(path: String, title: String?, sha256: String) {
    self.path = path
    self.title = title
    self.sha256 = sha256
  }
}
