import GRDB

/// A card the database knows, keyed by (deck, stable id). `id` is a local row id that the other
/// tables point at; it never leaves the database (merges go by deck and stable id).
struct CardRecord: Codable, Hashable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "card"
  var id: Int64?
  var deckID: String
  var stableID: String
  /// Cards about the same fact are siblings: they are not studied on the same day.
  var factID: String
  var kind: String
  /// Milliseconds since 1970: when the database first saw the card; a new card's due time.
  var addedAt: Int64
  /// False once the deck file no longer has the card; its state and reviews are kept.
  var inDeck: Bool

  var key: CardKey { CardKey(deck: deckID, card: stableID) }

  mutating func didInsert(_ inserted: InsertionSuccess) {
    id = inserted.rowID
  }
}
