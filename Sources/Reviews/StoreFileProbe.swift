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
    guard fileManager.fileExists(atPath: path) else { return .fresh }
    guard isWritable(path) else { throw .readOnlyFile(path: path) }

    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .database(path: path, message: "cannot be read")
    }
    let header = (try? handle.read(upToCount: 100)) ?? Data()
    try? handle.close()
    if header.isEmpty { return .fresh }
    guard header.count == 100, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
      throw .notADatabase(path: path)
    }
    return try inspectSchema(path: path)
  }

  /// Reads the schema through a read-only connection, which can neither change the file nor
  /// switch it to WAL.
  private static func inspectSchema(path: String) throws(ReviewStoreError) -> Finding {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(ReviewStore.busyTimeout)
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      defer { try? queue.close() }
      return try queue.read { db throws -> Result<Finding, ReviewStoreError> in
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != StoreSchema.applicationID {
          let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
          return objects == 0 ? .success(.fresh) : .failure(.notAFactdeckDatabase(path: path))
        }
        let known = Set(StoreSchema.migrator.migrations)
        let unknown = try StoreSchema.migrator.appliedIdentifiers(db).subtracting(known)
        guard unknown.isEmpty else {
          return .failure(.newerSchema(path: path, unknownMigrations: unknown.sorted()))
        }
        return .success(.factdeck)
      }.get()
    } catch let error as ReviewStoreError {
      throw error
    } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
      throw .notADatabase(path: path)
    } catch let error as DatabaseError {
      throw .database(path: path, message: error.message ?? "\(error.resultCode)")
    } catch {
      throw .database(path: path, message: "\(error)")
    }
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
