import Foundation
import GRDB
import Testing

@testable import Reviews

@Suite struct StoreFileTests {
  @Test func createsTheDatabaseInWALModeAndKeepsDataAcrossOpens() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("progress.sqlite")
    do {
      let store = try ReviewStore(path: path)
      _ = try store.learner(named: "an")
      let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
      #expect(mode == "wal")
      let foreignKeys = try store.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
      #expect(foreignKeys == true)
      try store.close()
    }
    let reopened = try ReviewStore(path: path)
    #expect(try reopened.learners().map(\.name) == ["an"])
    #expect(try reopened.learner(named: "an").id == reopened.learner(named: "an").id)
  }

  @Test func anEmptyFileBecomesADatabase() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("empty.sqlite")
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let store = try ReviewStore(path: path)
    #expect(try store.learner(named: "bình").name == "bình")
  }

  /// What a first open killed right after GRDB made its bookkeeping table leaves behind.
  @Test func aFileWithOnlyAnEmptyMigrationTableIsStillFresh() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("interrupted.sqlite")
    do {
      let pool = try DatabasePool(path: path)
      try pool.write { db in
        try db.execute(
          sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
      }
      try pool.close()
    }
    let store = try ReviewStore(path: path)
    #expect(try store.learner(named: "an").name == "an")
  }

  /// A first open killed mid-transaction leaves pages in the file and a hot journal that a
  /// read-only look cannot replay: it is recovered, as any SQLite program would, and found empty.
  @Test func aNewFileLeftWithAHotJournalIsRecovered() throws {
    let directory = try TemporaryDirectory()
    let original = directory.path("original.sqlite")
    let crashed = directory.path("crashed.sqlite")
    let queue = try DatabaseQueue(path: original)
    try queue.writeWithoutTransaction { db in
      // A tiny cache makes SQLite write pages into the file before the commit.
      try db.execute(
        sql: """
          PRAGMA cache_size = 1;
          BEGIN IMMEDIATE;
          CREATE TABLE filler (text TEXT);
          WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
          INSERT INTO filler SELECT printf('%0500d', i) FROM n;
          """)
      // The moment of the crash: pages in the file, the journal still there, no lock held.
      try FileManager.default.copyItem(atPath: original, toPath: crashed)
      try FileManager.default.copyItem(atPath: original + "-journal", toPath: crashed + "-journal")
      try db.execute(sql: "ROLLBACK")
    }
    try queue.close()
    let size = try FileManager.default.attributesOfItem(atPath: crashed)[.size] as? Int
    #expect((size ?? 0) >= 100)
    let store = try ReviewStore(path: crashed)
    #expect(try store.learner(named: "an").name == "an")
  }

  @Test func aMissingDirectoryIsNamed() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("no/such/folder/progress.sqlite")
    #expect(throws: ReviewStoreError.missingDirectory(path: path)) {
      try ReviewStore(path: path)
    }
    #expect(!FileManager.default.fileExists(atPath: directory.path("no")))
    #expect(ReviewStoreError.missingDirectory(path: path).description.hasPrefix(path + ": "))
  }

  @Test func aReadOnlyDirectoryIsRefused() throws {
    let directory = try TemporaryDirectory()
    let folder = directory.path("locked")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
    }
    let path = folder + "/progress.sqlite"
    #expect(throws: ReviewStoreError.readOnlyDirectory(path: path)) {
      try ReviewStore(path: path)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test func aTextFileIsLeftUntouched() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("notes.txt")
    let text = Data("These are my notes, not a database.\n".utf8)
    #expect(FileManager.default.createFile(atPath: path, contents: text))
    #expect(throws: ReviewStoreError.notADatabase(path: path)) { try ReviewStore(path: path) }
    #expect(FileManager.default.contents(atPath: path) == text)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["notes.txt"])
  }

  @Test func anotherProgramsDatabaseIsLeftUntouched() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("other.sqlite")
    do {
      let queue = try DatabaseQueue(path: path)
      try queue.write { db in
        try db.execute(sql: "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('phở')")
      }
      try queue.close()
    }
    let before = try #require(FileManager.default.contents(atPath: path))
    #expect(throws: ReviewStoreError.notAFactdeckDatabase(path: path)) {
      try ReviewStore(path: path)
    }
    #expect(FileManager.default.contents(atPath: path) == before)
  }

  @Test func aDatabaseFromANewerFactdeckIsLeftUntouched() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("future.sqlite")
    do {
      var future = StoreSchema.migrator
      future.registerMigration("v99-from-the-future") { db in
        try db.execute(sql: "CREATE TABLE hologram (id INTEGER PRIMARY KEY)")
      }
      let pool = try DatabasePool(path: path)  // WAL, as factdeck writes it
      try future.migrate(pool)
      try pool.close()
    }
    let before = try #require(FileManager.default.contents(atPath: path))
    let error = #expect(throws: ReviewStoreError.self) { try ReviewStore(path: path) }
    #expect(error == .newerSchema(path: path, unknownMigrations: ["v99-from-the-future"]))
    #expect(error?.description.contains("newer factdeck") == true)
    #expect(FileManager.default.contents(atPath: path) == before)
  }

  @Test func aFolderIsNotADatabase() throws {
    let directory = try TemporaryDirectory()
    #expect(throws: ReviewStoreError.isAFolder(path: directory.url.path)) {
      try ReviewStore(path: directory.url.path)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
  }

  @Test func aReadOnlyFileIsRefused() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("progress.sqlite")
    try ReviewStore(path: path).close()
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    #expect(throws: ReviewStoreError.readOnlyFile(path: path)) { try ReviewStore(path: path) }
  }

  @Test func everyErrorIsOneLineNamingThePath() {
    let path = "/tmp/x/progress.sqlite"
    let errors: [ReviewStoreError] = [
      .missingDirectory(path: path), .readOnlyDirectory(path: path), .readOnlyFile(path: path),
      .notADatabase(path: path), .notAFactdeckDatabase(path: path), .isAFolder(path: path),
      .newerSchema(path: path, unknownMigrations: ["v3"]),
      .database(path: path, message: "disk I/O"),
    ]
    for error in errors {
      #expect(error.description.hasPrefix(path + ": "))
      #expect(!error.description.contains("\n"))
    }
  }
}
