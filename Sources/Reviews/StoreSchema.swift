import GRDB

/// Every schema change of the progress database, in order. A migration that has shipped is never
/// edited: a learner's file migrated by it must mean the same thing forever. Add a new one instead.
///
/// Times are integer milliseconds since 1970 UTC: exact, cheap to index and compare, and the
/// precision the review log keeps (Anki's too), so a state rebuilt from the log equals the cache.
enum StoreSchema {
  /// Written into the SQLite header (`PRAGMA application_id`, "FDK1") so a factdeck database can be
  /// told apart from any other SQLite file before anything is written to it.
  static let applicationID: Int32 = 0x4644_4B31

  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-learners-decks-cards-reviews") { db in
      try db.execute(sql: v1)
    }
    migrator.registerMigration("v2-review-time-index") { db in
      // Today's reviews of a learner (daily limits, siblings, progress) without a scan of the log.
      try db.execute(sql: "CREATE INDEX review_by_learner_time ON review(learnerID, time)")
    }
    migrator.registerMigration("v3-overdue-review-index") { db in
      // Everything the due queue filters and orders review cards by, in one partial index: the
      // overdue reviews among 100,000 cards are then sorted from the index alone.
      try db.execute(
        sql: """
          CREATE INDEX card_state_review_by_due
            ON card_state(learnerID, state, due, lastReview, stability, suspended, buriedUntil)
            WHERE state = 'review'
          """)
    }
    return migrator
  }()

  /// The identifier of the last migration, i.e. the schema this build writes.
  static var currentVersion: String { migrator.migrations.last! }

  static let v1 = """
    PRAGMA application_id = \(applicationID);

    CREATE TABLE learner (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE
    );

    CREATE TABLE deck (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL
    );

    -- Every card the database has ever known. A card that leaves its deck file stays (inDeck = 0)
    -- so its reviews and state survive, and come back if the card does.
    CREATE TABLE card (
      id INTEGER PRIMARY KEY,
      deckID TEXT NOT NULL REFERENCES deck(id),
      stableID TEXT NOT NULL,
      factID TEXT NOT NULL,
      kind TEXT NOT NULL,
      addedAt INTEGER NOT NULL,
      inDeck INTEGER NOT NULL DEFAULT 1,
      UNIQUE (deckID, stableID)
    );
    CREATE INDEX card_by_fact ON card(deckID, factID);

    -- The scheduling cache: one row per learner and card, rebuilt from the review log at will.
    CREATE TABLE card_state (
      learnerID INTEGER NOT NULL REFERENCES learner(id),
      cardID INTEGER NOT NULL REFERENCES card(id),
      state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
      step INTEGER,
      stability REAL,
      difficulty REAL,
      due INTEGER NOT NULL,
      lastReview INTEGER,
      reps INTEGER NOT NULL DEFAULT 0,
      lapses INTEGER NOT NULL DEFAULT 0,
      suspended INTEGER NOT NULL DEFAULT 0,
      buriedUntil INTEGER,
      PRIMARY KEY (learnerID, cardID)
    ) WITHOUT ROWID;
    CREATE INDEX card_state_by_due ON card_state(learnerID, state, due);

    -- The source of truth: one row per answer, never updated or deleted.
    CREATE TABLE review (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      learnerID INTEGER NOT NULL REFERENCES learner(id),
      cardID INTEGER NOT NULL REFERENCES card(id),
      time INTEGER NOT NULL,
      rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
      durationMs INTEGER NOT NULL CHECK (durationMs >= 0),
      kind TEXT NOT NULL CHECK (kind IN ('normal', 'cram', 'imported')),
      elapsedDays INTEGER,
      retrievability REAL,
      stateBefore TEXT NOT NULL,
      stepBefore INTEGER,
      stabilityBefore REAL,
      difficultyBefore REAL,
      dueBefore INTEGER NOT NULL,
      lastReviewBefore INTEGER,
      repsBefore INTEGER NOT NULL,
      lapsesBefore INTEGER NOT NULL,
      stateAfter TEXT NOT NULL,
      stepAfter INTEGER,
      stabilityAfter REAL,
      difficultyAfter REAL,
      dueAfter INTEGER NOT NULL,
      lastReviewAfter INTEGER,
      repsAfter INTEGER NOT NULL,
      lapsesAfter INTEGER NOT NULL
    );
    CREATE INDEX review_by_card ON review(learnerID, cardID, time);
    CREATE TRIGGER review_is_append_only_update BEFORE UPDATE ON review
      BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
    CREATE TRIGGER review_is_append_only_delete BEFORE DELETE ON review
      BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;

    -- Undoing a review appends here; the review row stays and counts as absent.
    CREATE TABLE undo (
      reviewUUID TEXT PRIMARY KEY REFERENCES review(uuid),
      time INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TRIGGER undo_is_append_only_update BEFORE UPDATE ON undo
      BEGIN SELECT RAISE(ABORT, 'undos are append-only'); END;
    CREATE TRIGGER undo_is_append_only_delete BEFORE DELETE ON undo
      BEGIN SELECT RAISE(ABORT, 'undos are append-only'); END;
    """
}
