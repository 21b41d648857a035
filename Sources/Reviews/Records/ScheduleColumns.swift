import Foundation
import GRDB
import Scheduling

/// Reads and writes a `CardSchedule` as the eight columns the state cache and the review log
/// (before and after) share, with an optional column-name suffix.
enum ScheduleColumns {
  static func read(_ row: Row, suffix: String = "") -> CardSchedule {
    let stateName: String = row["state" + suffix]
    let lastReview: Int64? = row["lastReview" + suffix]
    return CardSchedule(
      state: LearningState(rawValue: stateName) ?? .new,
      step: row["step" + suffix],
      stability: row["stability" + suffix],
      difficulty: row["difficulty" + suffix],
      due: Date(milliseconds: row["due" + suffix]),
      lastReview: lastReview.map(Date.init(milliseconds:)),
      reps: row["reps" + suffix],
      lapses: row["lapses" + suffix])
  }

  static func write(
    _ schedule: CardSchedule, to container: inout PersistenceContainer, suffix: String = ""
  ) {
    container["state" + suffix] = schedule.state.rawValue
    container["step" + suffix] = schedule.step
    container["stability" + suffix] = schedule.stability
    container["difficulty" + suffix] = schedule.difficulty
    container["due" + suffix] = schedule.due.milliseconds
    container["lastReview" + suffix] = schedule.lastReview?.milliseconds
    container["reps" + suffix] = schedule.reps
    container["lapses" + suffix] = schedule.lapses
  }
}
