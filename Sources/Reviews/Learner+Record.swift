import GRDB

/// A learner is stored as-is in table `learner`; the id is SQLite's row id.
extension Learner: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "learner"
}
