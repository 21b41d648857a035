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

/// The stored form of a log entry: the card as its local row id.
struct ReviewRecord: Hashable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "review"
  var entry: ReviewLogEntry
  var cardRowID: Int64

  init(entry: ReviewLogEntry, cardRowID: Int64) {
    self.entry = entry
    self.cardRowID = cardRowID
  }

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

  func encode(to container: inout PersistenceContainer) {
    container["uuid"] = entry.id.uuidString
    container["learnerID"] = entry.learnerID
    container["cardID"] = cardRowID
    container["time"] = entry.time.milliseconds
    container["rating"] = entry.rating.rawValue
    container["durationMs"] = entry.durationMs
    container["kind"] = entry.kind.rawValue
    container["elapsedDays"] = entry.elapsedDays
    container["retrievability"] = entry.retrievability
    ScheduleColumns.write(entry.before, to: &container, suffix: "Before")
    ScheduleColumns.write(entry.after, to: &container, suffix: "After")
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
