import Foundation
import Scheduling

/// What a grade would do to a card: the schedule it leaves and the interval shown on its
/// button (as Anki shows "<1m", "10m", "4d").
public struct GradeOutcome: Sendable, Hashable {
  public var schedule: CardSchedule
  public var interval: TimeInterval
  public var label: String

  public init(schedule: CardSchedule, interval: TimeInterval, label: String) {
    self.schedule = schedule
    self.interval = interval
    self.label = label
  }
}

/// The scheduler as a session needs it: the outcome of each of the four grades. A protocol so
/// the model stays pure and testable; `SchedulerGrades` adapts the FSRS-6 scheduler.
public protocol GradePreviewing: Sendable {
  func outcomes(for card: StudyCard, at now: Date) -> [Rating: GradeOutcome]
}
