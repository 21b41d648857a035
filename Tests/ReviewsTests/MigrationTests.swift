import Foundation
import GRDB
import Testing

@testable import Reviews

@Suite struct MigrationTests {
  /// A database as the first released schema wrote it, with a row in every table, must come
  /// through the current build's migrations with every row intact.
  @Test func aFirstVersionDatabaseKeepsEveryRow() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("v1.sqlite")
    let firstVersion = StoreSchema.migrator.migrations[0]
    do {
      let queue = try DatabaseQueue(path: path)
      try StoreSchema.migrator.migrate(queue, upTo: firstVersion)
      try queue.write { db in
        try db.execute(
          sql: """
            INSERT INTO learner (id, name) VALUES (1, 'an'), (2, 'bình');
            INSERT INTO deck (id, title) VALUES ('vn', 'Việt Nam');
            INSERT INTO card (id, deckID, stableID, factID, kind, addedAt, inDeck)
              VALUES (10, 'vn', 'c1', 'f1', 'cloze', 1700000000000, 1),
                     (11, 'vn', 'c2', 'f1', 'choice', 1700000000000, 0);
            INSERT INTO card_state (learnerID, cardID, state, step, stability, difficulty, due,
              lastReview, reps, lapses, suspended, buriedUntil)
              VALUES (1, 10, 'review', NULL, 12.5, 4.25, 1700864000000, 1700000000000, 3, 1, 0, NULL),
                     (1, 11, 'new', NULL, NULL, NULL, 1700000000000, NULL, 0, 0, 1, 1700100000000),
                     (2, 10, 'new', NULL, NULL, NULL, 1700000000000, NULL, 0, 0, 0, NULL),
                     (2, 11, 'new', NULL, NULL, NULL, 1700000000000, NULL, 0, 0, 0, NULL);
            INSERT INTO review (uuid, learnerID, cardID, time, rating, durationMs, kind,
              elapsedDays, retrievability, stateBefore, stepBefore, stabilityBefore,
              difficultyBefore, dueBefore, lastReviewBefore, repsBefore, lapsesBefore, stateAfter,
              stepAfter, stabilityAfter, difficultyAfter, dueAfter, lastReviewAfter, repsAfter,
              lapsesAfter)
              VALUES ('6F1C1E38-6A0D-4C3B-9C55-1D7D2B0C7A11', 1, 10, 1700000000000, 3, 4200,
                'normal', 2, 0.93, 'review', NULL, 10.0, 4.3, 1699900000000, 1699800000000, 2, 1,
                'review', NULL, 12.5, 4.25, 1700864000000, 1700000000000, 3, 1),
                     ('0B7F2D55-1F2E-4E0A-8D8C-5A5B7E9C3D22', 1, 10, 1699800000000, 1, 3000,
                'cram', NULL, NULL, 'review', NULL, 10.0, 4.3, 1699900000000, 1699700000000, 2, 1,
                'review', NULL, 10.0, 4.3, 1699900000000, 1699700000000, 2, 1);
            INSERT INTO undo (reviewUUID, time) VALUES ('0B7F2D55-1F2E-4E0A-8D8C-5A5B7E9C3D22', 1699800001000);
            """)
      }
      try queue.close()
    }
    let tables = ["learner", "deck", "card", "card_state", "review", "undo"]
    let before = try snapshot(path, tables)

    let store = try ReviewStore(path: path)
    try store.close()

    let after = try snapshot(path, tables)
    #expect(after == before)
    #expect(after["review"]?.count == 2)
    let applied = try DatabaseQueue(path: path).read { db in
      try StoreSchema.migrator.appliedMigrations(db)
    }
    #expect(applied == StoreSchema.migrator.migrations)
    #expect(applied.count > 1)

    let reopened = try ReviewStore(path: path)
    let an = try reopened.learner(named: "an")
    let states = try reopened.cardStates(for: an, includingRemoved: true)
    #expect(states.map(\.key.card) == ["c1", "c2"])
    #expect(states[0].schedule.stability == 12.5)
    #expect(states[1].suspended)
    #expect(try reopened.reviews(for: an).count == 1)
    #expect(try reopened.reviews(for: an, includingUndone: true).count == 2)
  }

  @Test func theLogRefusesEditsAndDeletes() throws {
    let store = try ReviewStore.inMemory()
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO learner (id, name) VALUES (1, 'an');
          INSERT INTO deck (id, title) VALUES ('d', 'D');
          INSERT INTO card (id, deckID, stableID, factID, kind, addedAt) VALUES (1, 'd', 'c', 'f', 'cloze', 0);
          INSERT INTO review (uuid, learnerID, cardID, time, rating, durationMs, kind,
            stateBefore, dueBefore, repsBefore, lapsesBefore, stateAfter, dueAfter, repsAfter, lapsesAfter)
            VALUES ('u1', 1, 1, 0, 3, 0, 'normal', 'new', 0, 0, 0, 'learning', 60000, 1, 0);
          """)
    }
    #expect(throws: ReviewStoreError.self) {
      try store.write { db in try db.execute(sql: "UPDATE review SET rating = 4") }
    }
    #expect(throws: ReviewStoreError.self) {
      try store.write { db in try db.execute(sql: "DELETE FROM review") }
    }
    #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT rating FROM review") } == 3)
  }

  private func snapshot(_ path: String, _ tables: [String]) throws -> [String: [[String]]] {
    let queue = try DatabaseQueue(path: path)
    defer { try? queue.close() }
    return try queue.read { db in
      var result: [String: [[String]]] = [:]
      for table in tables {
        result[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2")
          .map { row in row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" } }
      }
      return result
    }
  }
}
