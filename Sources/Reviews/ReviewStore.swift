import Foundation
import GRDB

/// A learner's progress: one SQLite file holding learners, the decks and cards they study, each
/// learner's card states, and the append-only review log they are computed from.
///
/// On disk it is a `DatabasePool` in WAL mode: readers never wait for the writer, every write is
/// one `BEGIN IMMEDIATE` transaction committed before the call returns, and a second process
/// waits its turn (busy timeout) instead of failing with "database is locked".
public final class ReviewStore: Sendable {
  /// The database file, or ":memory:".
  public let path: String
  let writer: any DatabaseWriter

  /// Seconds a writer waits for another process's transaction before giving up.
  static let busyTimeout: TimeInterval = 30

  /// Opens the database at `path`, creating it (and its schema) if the file does not exist, and
  /// migrating it to this build's schema. Refuses, leaving the file untouched, when it is not a
  /// factdeck database or comes from a newer factdeck.
  public init(path: String) throws(ReviewStoreError) {
    self.path = path
    _ = try StoreFileProbe.inspect(path: path)
    do {
      writer = try Self.openPool(path: path)
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// Opens and migrates the pool. Two processes creating one new file at once can meet while
  /// it is switched to WAL, where SQLite answers "locked" at once instead of waiting: the
  /// loser tries again a few times, a little later each time.
  private static func openPool(path: String) throws -> DatabasePool {
    var attempt = 0
    while true {
      do {
        let pool = try DatabasePool(path: path, configuration: configuration())
        try migrate(pool)
        return pool
      } catch let error as DatabaseError
        where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
      {
        attempt += 1
        if attempt >= 8 { throw error }
        Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
      }
    }
  }

  private init(path: String, writer: any DatabaseWriter) {
    self.path = path
    self.writer = writer
  }

  /// A private database in memory, gone when the store is released: for tests and dry runs.
  public static func inMemory() throws(ReviewStoreError) -> ReviewStore {
    do {
      let queue = try DatabaseQueue(configuration: configuration())
      try migrate(queue)
      return ReviewStore(path: ":memory:", writer: queue)
    } catch {
      throw storeError(error, path: ":memory:")
    }
  }

  /// Closes the connections now rather than when the store is released.
  public func close() throws(ReviewStoreError) {
    do { try writer.close() } catch { throw Self.storeError(error, path: path) }
  }

  static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(busyTimeout)
    configuration.label = "factdeck.reviews"
    configuration.prepareDatabase { db in
      // In WAL mode NORMAL keeps every committed transaction through a crash of the process;
      // only a power cut may lose the last few, never corrupting the file.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    return configuration
  }

  /// Two processes may open a new file at the same moment; GRDB reads the applied migrations
  /// outside the migration's transaction, so the loser of that race retries and finds the schema
  /// already there.
  private static func migrate(_ writer: any DatabaseWriter) throws {
    var attempt = 0
    while true {
      do {
        try StoreSchema.migrator.migrate(writer)
        return
      } catch {
        attempt += 1
        let complete = try writer.read { db in
          try StoreSchema.migrator.hasCompletedMigrations(db)
        }
        if complete { return }
        if attempt >= 3 { throw error }
      }
    }
  }

  // MARK: - Access

  /// Runs `body` in one immediate write transaction, committed before returning.
  func write<T>(_ body: (Database) throws -> T) throws(ReviewStoreError) -> T {
    do {
      return try writeTransaction(body)
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  /// `write` that lets the errors of `body` through unchanged.
  func writeTransaction<T>(_ body: (Database) throws -> T) throws -> T {
    try writer.writeWithoutTransaction { db in
      var result: T?
      try db.inTransaction(.immediate) {
        result = try body(db)
        return .commit
      }
      return result!
    }
  }

  /// Runs `body` on a consistent snapshot of the database.
  func read<T>(_ body: (Database) throws -> T) throws(ReviewStoreError) -> T {
    do {
      return try writer.read(body)
    } catch {
      throw Self.storeError(error, path: path)
    }
  }

  static func storeError(_ error: any Error, path: String) -> ReviewStoreError {
    switch error {
    case let error as ReviewStoreError:
      return error
    case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB:
      return .notADatabase(path: path)
    case let error as DatabaseError:
      return .database(path: path, message: error.message ?? "\(error.resultCode)")
    default:
      return .database(path: path, message: "\(error)")
    }
  }
}
