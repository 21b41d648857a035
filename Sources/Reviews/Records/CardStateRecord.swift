import Foundation
import GRDB
import Scheduling

/// One learner's cached schedule of one card, plus the flags that are not part of scheduling.
struct CardStateRecord: Hashable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "card_state"
  var learnerID: Int64
  var cardID: Int64
  var schedule: CardSchedule
  var suspended: Bool
  /// Milliseconds since 1970; hidden from the due queue until then.
  var buriedUntil: Int64?

  init(
    learnerID: Int64, cardID: Int64, schedule: CardSchedule, suspended: Bool, buriedUntil: Int64?
  ) {
    self.learnerID = learnerID
    self.cardID = cardID
    self.schedule = schedule
    self.suspended = suspended
    self.buriedUntil = buriedUntil
  }

  init(row: Row) {
    learnerID = row["learnerID"]
    cardID = row["cardID"]
    schedule = ScheduleColumns.read(row)
    suspended = row["suspended"]
    buriedUntil = row["buriedUntil"]
  }

  func encode(to container: inout PersistenceContainer) {
    container["learnerID"] = learnerID
    container["cardID"] = cardID
    ScheduleColumns.write(schedule, to: &container)
    container["suspended"] = suspended
    container["buriedUntil"] = buriedUntil
  }

  /// Stores a new schedule for one card, leaving its flags alone (cached statement: hot path).
  static func updateSchedule(
    _ schedule: CardSchedule, learnerID: Int64, cardID: Int64, _ db: Database
  ) throws {
    let statement = try db.cachedStatement(
      sql: """
        UPDATE card_state SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
          lastReview = ?, reps = ?, lapses = ?
        WHERE learnerID = ? AND cardID = ?
        """)
    try statement.execute(arguments: [
      schedule.state.rawValue, schedule.step, schedule.stability, schedule.difficulty,
      schedule.due.milliseconds, schedule.lastReview?.milliseconds, schedule.reps,
      schedule.lapses, learnerID, cardID,
    ])
  }
}
