import GRDB

/// A deck the database knows: its id (the deck file's stable id) and its latest title.
struct DeckRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "deck"
  var id: String
  var title: String
}
