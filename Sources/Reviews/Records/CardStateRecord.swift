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
}
