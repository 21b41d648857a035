import Foundation
import Scheduling

/// The FSRS-6 scheduler seen as the four grade buttons.
public struct SchedulerGrades: GradePreviewing {
  public let scheduler: Scheduler

  public init(_ scheduler: Scheduler) { self.scheduler = scheduler }

  public func outcomes(for card: StudyCard, at now: Date) -> [Rating: GradeOutcome] {
    scheduler.preview(card.schedule, at: now, cardKey: card.id).mapValues {
      GradeOutcome(schedule: $0.card, interval: $0.interval, label: IntervalText.short($0.interval))
    }
  }
}
