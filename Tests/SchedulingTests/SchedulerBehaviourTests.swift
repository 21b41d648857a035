import Foundation
import Testing

@testable import Scheduling

/// Card life-cycle rules beyond the reference vectors: factdeck's `.new` state, counters,
/// retrievability at any moment, and (re)learning step edge cases.
@Suite struct SchedulerBehaviourTests {
  static let t0 = Date(timeIntervalSince1970: 1_704_099_600)  // 2024-01-01T09:00Z
  static let day: TimeInterval = 86_400
  let scheduler: Scheduler

  init() throws { scheduler = try Scheduler(SchedulerConfiguration(fuzz: false)) }

  @Test func newCardStartsLearningAtTheFirstStep() {
    let card = CardSchedule.new(due: Self.t0)
    let good = scheduler.review(card, rating: .good, at: Self.t0, cardKey: "c")
    #expect(good.card.state == .learning && good.card.step == 1)
    #expect(good.interval == 600 && good.card.due == Self.t0 + 600)
    #expect(good.elapsedDays == nil && good.retrievability == nil)
    #expect(good.card.lastReview == Self.t0 && good.card.reps == 1 && good.card.lapses == 0)
    let hard = scheduler.review(card, rating: .hard, at: Self.t0, cardKey: "c")
    #expect(hard.card.step == 0 && hard.interval == 330)
    let again = scheduler.review(card, rating: .again, at: Self.t0, cardKey: "c")
    #expect(again.card.step == 0 && again.interval == 60)
    let easy = scheduler.review(card, rating: .easy, at: Self.t0, cardKey: "c")
    #expect(easy.card.state == .review && easy.card.step == nil && easy.interval == 8 * Self.day)
  }

  @Test func lapsesCountOnlyAgainInReview() {
    var card = CardSchedule.new(due: Self.t0)
    var now = Self.t0
    let ratings: [Rating] = [.again, .good, .good, .again, .again, .good, .good, .again, .good]
    var expectedLapses = 0
    for (index, rating) in ratings.enumerated() {
      if card.state == .review && rating == .again { expectedLapses += 1 }
      let outcome = scheduler.review(card, rating: rating, at: now, cardKey: "c")
      card = outcome.card
      #expect(card.reps == index + 1)
      #expect(card.lapses == expectedLapses)
      now = card.due
    }
    #expect(expectedLapses == 2)
  }

  @Test func retrievabilityIsZeroBeforeTheFirstReview() {
    #expect(scheduler.retrievability(of: .new(due: Self.t0), at: Self.t0 + 5 * Self.day) == 0)
  }

  @Test func retrievabilityFallsWithWholeDays() {
    let card = CardSchedule(
      state: .review, step: nil, stability: 10, difficulty: 5, due: Self.t0 + 10 * Self.day,
      lastReview: Self.t0, reps: 3, lapses: 0)
    #expect(scheduler.retrievability(of: card, at: Self.t0) == 1)
    #expect(scheduler.retrievability(of: card, at: Self.t0 - 3600) == 1)
    #expect(scheduler.retrievability(of: card, at: Self.t0 + Self.day - 1) == 1)
    #expect(closeRelative(scheduler.retrievability(of: card, at: Self.t0 + 10 * Self.day), 0.9))
    let nineDays = scheduler.retrievability(of: card, at: Self.t0 + 9 * Self.day)
    #expect(scheduler.retrievability(of: card, at: Self.t0 + 10 * Self.day - 1) == nineDays)
    var previous = 1.0
    for days in stride(from: 1.0, through: 3000, by: 37) {
      let r = scheduler.retrievability(of: card, at: Self.t0 + days * Self.day)
      #expect(r < previous && r > 0)
      previous = r
    }
    // The continuous curve for charts agrees at whole days and lies between them.
    #expect(scheduler.forgettingCurve(elapsedDays: 9, stability: 10) == nineDays)
    let between = scheduler.forgettingCurve(elapsedDays: 9.5, stability: 10)
    #expect(between < nineDays && between > 0.9)
  }

  @Test func outcomeReportsElapsedDaysAndRetrievabilityBeforeTheReview() {
    let card = CardSchedule(
      state: .review, step: nil, stability: 10, difficulty: 5, due: Self.t0 + 10 * Self.day,
      lastReview: Self.t0, reps: 3, lapses: 0)
    let now = Self.t0 + 12 * Self.day + 3600
    let outcome = scheduler.review(card, rating: .good, at: now, cardKey: "c")
    #expect(outcome.elapsedDays == 12)
    #expect(outcome.retrievability == scheduler.retrievability(of: card, at: now))
    #expect(outcome.card.due.timeIntervalSince(now) == outcome.interval)
  }

  @Test func learningCardBeyondTheStepsGraduatesOnAPass() throws {
    // A card left at step 4 by a configuration with more steps.
    let card = CardSchedule(
      state: .learning, step: 4, stability: 2, difficulty: 5, due: Self.t0 + 600,
      lastReview: Self.t0, reps: 4, lapses: 0)
    for rating in [Rating.hard, .good, .easy] {
      let outcome = scheduler.review(card, rating: rating, at: Self.t0 + 600, cardKey: "c")
      #expect(outcome.card.state == .review && outcome.card.step == nil, "\(rating)")
    }
    let again = scheduler.review(card, rating: .again, at: Self.t0 + 600, cardKey: "c")
    #expect(again.card.state == .learning && again.card.step == 0 && again.interval == 60)
  }

  @Test func learningCardWithoutAStepIsAtTheFirstStep() {
    let card = CardSchedule(
      state: .learning, step: nil, stability: 2, difficulty: 5, due: Self.t0 + 600,
      lastReview: Self.t0, reps: 1, lapses: 0)
    let outcome = scheduler.review(card, rating: .good, at: Self.t0 + 600, cardKey: "c")
    #expect(outcome.card.state == .learning && outcome.card.step == 1)
  }

  @Test func withoutRelearningStepsALapseStaysInReview() throws {
    let noSteps = try Scheduler(
      SchedulerConfiguration(learningSteps: [], relearningSteps: [], fuzz: false))
    let card = CardSchedule(
      state: .review, step: nil, stability: 20, difficulty: 5, due: Self.t0 + 20 * Self.day,
      lastReview: Self.t0, reps: 5, lapses: 0)
    let outcome = noSteps.review(card, rating: .again, at: Self.t0 + 20 * Self.day, cardKey: "c")
    #expect(outcome.card.state == .review && outcome.card.step == nil)
    #expect(outcome.card.lapses == 1)
    #expect(outcome.interval >= Self.day)
    let fresh = noSteps.review(.new(due: Self.t0), rating: .again, at: Self.t0, cardKey: "c")
    #expect(fresh.card.state == .review && fresh.interval == Self.day)
  }

  @Test func hugeStabilityIsCappedAtTheMaximumInterval() {
    let card = CardSchedule(
      state: .review, step: nil, stability: 1e9, difficulty: 1, due: Self.t0, lastReview: Self.t0,
      reps: 50, lapses: 0)
    let outcome = scheduler.review(card, rating: .easy, at: Self.t0 + 400 * Self.day, cardKey: "c")
    #expect(outcome.interval == 36500 * Self.day)
    #expect((outcome.card.stability ?? 0) > 1e9)
  }

  @Test func reviewIsAPureFunctionOfItsInputs() throws {
    let other = try Scheduler(SchedulerConfiguration(fuzz: false))
    var card = CardSchedule.new(due: Self.t0)
    var now = Self.t0
    for rating in [Rating.good, .good, .hard, .again, .good, .easy] {
      let a = scheduler.review(card, rating: rating, at: now, cardKey: "x")
      let b = other.review(card, rating: rating, at: now, cardKey: "y")
      #expect(a == b)
      card = a.card
      now = card.due + 3 * 3600
    }
  }

  @Test func elapsedDaysAreWholeDaysRoundedDown() {
    let day = Self.day
    #expect(Scheduler.wholeDays(0) == 0)
    #expect(Scheduler.wholeDays(day - 0.001) == 0)
    #expect(Scheduler.wholeDays(day) == 1)
    // Less than half a microsecond short of a day is a day: times are kept to the microsecond.
    #expect(Scheduler.wholeDays(day - 4e-7) == 1)
    #expect(Scheduler.wholeDays(3 * day + 5) == 3)
    #expect(Scheduler.wholeDays(-1) == -1)
    #expect(Scheduler.wholeDays(-day) == -1)
    #expect(Scheduler.wholeDays(-day - 1) == -2)
    #expect(Scheduler.wholeDays(1e300) > 1_000_000_000)
    #expect(Scheduler.wholeDays(-1e300) < -1_000_000_000)
    // Fractional timestamps a whole number of days apart.
    let last = Date(timeIntervalSince1970: 1_711_744_352.497)
    let now = Date(timeIntervalSince1970: 1_711_744_352.497 + 5 * day)
    let span = now.timeIntervalSinceReferenceDate - last.timeIntervalSinceReferenceDate
    #expect(Scheduler.wholeDays(span) == 5)
  }

  @Test func relearningHardWithOneStepWaitsOneAndAHalfSteps() {
    let card = CardSchedule(
      state: .relearning, step: 0, stability: 1.5, difficulty: 6, due: Self.t0 + 600,
      lastReview: Self.t0, reps: 6, lapses: 1)
    let hard = scheduler.review(card, rating: .hard, at: Self.t0 + 600, cardKey: "c")
    #expect(hard.card.state == .relearning && hard.card.step == 0 && hard.interval == 900)
    let good = scheduler.review(card, rating: .good, at: Self.t0 + 600, cardKey: "c")
    #expect(good.card.state == .review && good.card.step == nil && good.interval >= Self.day)
    let again = scheduler.review(card, rating: .again, at: Self.t0 + 600, cardKey: "c")
    #expect(again.card.step == 0 && again.interval == 600 && again.card.lapses == 1)
  }

  @Test func malformedCardsAreScheduledRatherThanTrapping() {
    // A negative step counts as the first step.
    let negative = CardSchedule(
      state: .learning, step: -3, stability: 2, difficulty: 5, due: Self.t0, lastReview: Self.t0,
      reps: 1, lapses: 0)
    let hard = scheduler.review(negative, rating: .hard, at: Self.t0 + 60, cardKey: "c")
    #expect(hard.card.step == 0 && hard.interval == 330)
    // A review card without memory starts over as a learning card with initial memory.
    let empty = CardSchedule(
      state: .review, step: nil, stability: nil, difficulty: nil, due: Self.t0,
      lastReview: Self.t0, reps: 4, lapses: 0)
    let good = scheduler.review(empty, rating: .good, at: Self.t0 + 2 * Self.day, cardKey: "c")
    #expect(good.card.state == .learning && good.card.step == 1)
    #expect(good.card.stability == 2.3065 && good.elapsedDays == 2 && good.retrievability == nil)
  }
}
