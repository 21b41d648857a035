import Foundation
import GRDB

/// Looks at a database path before anything is written there, so that a wrong path (a text file,
/// another program's database, a file from a newer factdeck, a folder that is missing or
/// read-only) gives a clear error and the file stays byte for byte as it was.
enum StoreFileProbe {
  enum Finding: Equatable {
    /// Nothing there yet, or an empty SQLite file: safe to create the schema.
    case fresh
    /// A factdeck database this build can open (possibly needing migrations).
    case factdeck
  }

  static func inspect(path: String) throws(ReviewStoreError) -> Finding {
    let fileManager = FileManager.default
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .missingDirectory(path: path) }
    guard isWritable(directory) else { throw .readOnlyDirectory(path: path) }
    guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else { return .fresh }
    guard !isDirectory.boolValue else { throw .isAFolder(path: path) }
    guard isWritable(path) else { throw .readOnlyFile(path: path) }

    // A process killed mid-transaction (e.g. during a first open) leaves a hot journal beside a
    // half-written file, whose header may not even be written yet. Replay it first, as any
    // SQLite connection does on open: that restores the last committed state.
    if let journal = try? fileManager.attributesOfItem(atPath: path + "-journal"),
      (journal[.size] as? Int ?? 0) > 0
    {
      do { try recover(path) } catch { throw ReviewStore.storeError(error, path: path) }
    }

    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .database(path: path, message: "cannot be read")
    }
    let header = (try? handle.read(upToCount: 100)) ?? Data()
    try? handle.close()
    if header.isEmpty { return .fresh }
    guard header.count == 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
      throw .notADatabase(path: path)
    }
    do {
      return try inspectSchema(path: path)
    } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
      // A process killed mid-transaction left a hot journal (or a WAL needing recovery) that a
      // read-only connection may not replay. Replaying it is what any SQLite connection does on
      // open: it restores the last committed state and changes no committed data. Then look.
      do {
        try recover(path)
        return try inspectSchema(path: path)
      } catch {
        throw ReviewStore.storeError(error, path: path)
      }
    } catch {
      throw ReviewStore.storeError(error, path: path)
    }
  }

  /// Reads the schema through a read-only connection, which can neither change the file nor
  /// switch it to WAL.
  private static func inspectSchema(path: String) throws -> Finding {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(ReviewStore.busyTimeout)
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { db throws -> Result<Finding, ReviewStoreError> in
      let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
      if applicationID != StoreSchema.applicationID {
        // A first open killed between GRDB's bookkeeping table and the first migration leaves
        // just that empty table (and its index): still a fresh file.
        let objects =
          try Int.fetchOne(
            db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name != 'grdb_migrations'")
          ?? 0
        let migrations = try StoreSchema.migrator.appliedIdentifiers(db)
        return objects == 0 && migrations.isEmpty
          ? .success(.fresh) : .failure(.notAFactdeckDatabase(path: path))
      }
      let known = Set(StoreSchema.migrator.migrations)
      let unknown = try StoreSchema.migrator.appliedIdentifiers(db).subtracting(known)
      guard unknown.isEmpty else {
        return .failure(.newerSchema(path: path, unknownMigrations: unknown.sorted()))
      }
      return .success(.factdeck)
    }.get()
  }

  /// Lets SQLite replay a hot journal or WAL: a plain read through a writable connection, which
  /// does not change the journal mode.
  private static func recover(_ path: String) throws {
    var configuration = Configuration()
    configuration.busyMode = .timeout(ReviewStore.busyTimeout)  // another process may be writing
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
    try queue.close()
  }

  /// Writable for this process, and not a file or folder that nobody may write to (root ignores
  /// permission bits, but a folder marked read-only is meant to stay untouched).
  private static func isWritable(_ path: String) -> Bool {
    guard access(path, W_OK) == 0 else { return false }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let permissions = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
    return permissions & 0o222 != 0
  }
}
