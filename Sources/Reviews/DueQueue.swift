import Foundation

/// How many cards a learner takes on per study day.
public struct DailyLimits: Sendable, Hashable {
  /// New cards introduced per day, counting those already introduced today.
  public var newCards: Int
  /// Reviews of review-state cards per day, counting those already done today.
  public var reviews: Int

  public init(newCards: Int = 20, reviews: Int = 200) {
    self.newCards = newCards
    self.reviews = reviews
  }
}

/// What a learner should study now, in the order to study it.
public struct DueQueue: Sendable, Hashable {
  /// The study day the limits and sibling rules apply to.
  public var day: StudyDay
  /// Learning and relearning cards due by now, earliest first.
  public var learning: [CardState]
  /// Review cards due by the end of the day: overdue ones (due before today) lowest
  /// retrievability first, then today's by due time.
  public var reviews: [CardState]
  /// New cards, in the order their decks introduced them, up to what is left of the daily limit.
  public var new: [CardState]
  /// New cards first answered today and reviews of review cards done today.
  public var newIntroducedToday: Int
  public var reviewsDoneToday: Int
  /// When the next learning card not yet due comes due today, so a session can wait for it.
  public var nextLearningDue: Date?

  /// Everything, in study order.
  public var cards: [CardState] { learning + reviews + new }
}
