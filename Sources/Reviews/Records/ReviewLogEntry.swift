import Foundation
import GRDB
import Scheduling

/// One row of the append-only review log: an answer with the card's schedule just before and just
/// after it. The log is the source of truth; card states are a cache of it.
public struct ReviewLogEntry: Sendable, Hashable {
  /// Unique across databases: merging logs goes by this id, so merging twice changes nothing.
  public var id: UUID
  public var learnerID: Int64
  public var card: CardKey
  public var time: Date
  public var rating: Rating
  public var durationMs: Int
  public var kind: ReviewKind
  /// Whole days since the card's previous review; nil on its first.
  public var elapsedDays: Int?
  /// The predicted probability of recall at the moment of the answer; nil on the first review.
  public var retrievability: Double?
  public var before: CardSchedule
  public var after: CardSchedule

  public init(
    id: UUID, learnerID: Int64, card: CardKey, time: Date, rating: Rating, durationMs: Int,
    kind: ReviewKind, elapsedDays: Int?, retrievability: Double?, before: CardSchedule,
    after: CardSchedule
  ) {
    self.id = id
    self.learnerID = learnerID
    self.card = card
    self.time = time
    self.rating = rating
    self.durationMs = durationMs
    self.kind = kind
    self.elapsedDays = elapsedDays
    self.retrievability = retrievability
    self.before = before
    self.after = after
  }
}

/// The stored form of a log entry: the card as its local row id. Rows are only ever appended
/// (`append`), never updated.
struct ReviewRecord: Hashable, FetchableRecord {
  var entry: ReviewLogEntry
  var cardRowID: Int64

  /// Reads a review row joined with its card's `deckID` and `stableID`.
  init(row: Row) {
    let uuidText: String = row["uuid"]
    cardRowID = row["cardID"]
    entry = ReviewLogEntry(
      id: UUID(uuidString: uuidText)
        ?? UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
      learnerID: row["learnerID"],
      card: CardKey(deck: row["deckID"], card: row["stableID"]),
      time: Date(milliseconds: row["time"]),
      rating: Rating(rawValue: row["rating"]) ?? .again,
      durationMs: row["durationMs"],
      kind: ReviewKind(rawValue: row["kind"]) ?? .normal,
      elapsedDays: row["elapsedDays"],
      retrievability: row["retrievability"],
      before: ScheduleColumns.read(row, suffix: "Before"),
      after: ScheduleColumns.read(row, suffix: "After"))
  }

  /// Appends `entry` through a cached statement: recording is the hot path (thousands a second).
  static func append(_ entry: ReviewLogEntry, cardRowID: Int64, _ db: Database) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO review (uuid, learnerID, cardID, time, rating, durationMs, kind, elapsedDays,
          retrievability, stateBefore, stepBefore, stabilityBefore, difficultyBefore, dueBefore,
          lastReviewBefore, repsBefore, lapsesBefore, stateAfter, stepAfter, stabilityAfter,
          difficultyAfter, dueAfter, lastReviewAfter, repsAfter, lapsesAfter)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let before = entry.before
    let after = entry.after
    var values: [(any DatabaseValueConvertible)?] = [
      entry.id.uuidString, entry.learnerID, cardRowID, entry.time.milliseconds,
      entry.rating.rawValue, entry.durationMs, entry.kind.rawValue, entry.elapsedDays,
      entry.retrievability,
    ]
    for schedule in [before, after] {
      values += [
        schedule.state.rawValue, schedule.step, schedule.stability, schedule.difficulty,
        schedule.due.milliseconds, schedule.lastReview?.milliseconds, schedule.reps,
        schedule.lapses,
      ]
    }
    try statement.execute(arguments: StatementArguments(values))
  }

  /// The select that `init(row:)` reads: reviews with their card's deck and stable id.
  static let selectSQL = """
    SELECT review.*, card.deckID, card.stableID FROM review JOIN card ON card.id = review.cardID
    """
}

/// Undoing a review appends one of these; the review row itself is never touched.
struct UndoRecord: Codable, Hashable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "undo"
  var reviewUUID: String
  /// Milliseconds since 1970.
  var time: Int64
}
