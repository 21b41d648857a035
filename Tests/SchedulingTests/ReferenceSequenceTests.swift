import Foundation
import Testing

@testable import Scheduling

/// Whole review histories against py-fsrs 6.3.2 (vectors.json "sequences"), fuzz off. Each
/// sequence is replayed from a new card, feeding every outcome into the next review, so errors
/// would compound rather than be reset by the reference's "before" card.
@Suite struct ReferenceSequenceTests {
  static let vectors = try? ReferenceVectors.load()
  static let names = vectors?.sequences.map(\.name) ?? []

  @Test func allSequencesAndConfigsArePresent() throws {
    let vectors = try #require(Self.vectors)
    #expect(vectors.sequences.count == 21)
    #expect(vectors.sequences.reduce(0) { $0 + $1.steps.count } == 171)
    #expect(Set(vectors.sequences.map(\.config)) == Set(vectors.meta.configs.keys))
  }

  @Test(arguments: names)
  func sequence(_ name: String) throws {
    let vectors = try #require(Self.vectors)
    let sequence = try #require(vectors.sequences.first { $0.name == name })
    let config = try #require(vectors.meta.configs[sequence.config])
    let scheduler = try Scheduler(config.schedulerConfiguration)
    #expect(scheduler.configuration.fuzz == false)

    var card = try sequence.steps[0].before.cardSchedule(reps: 0, lapses: 0)
    #expect(card.state == .new)
    var lapses = 0
    for step in sequence.steps {
      let context = "\(name) step \(step.i)"
      // Our chained card agrees with the reference's card before this review.
      let before = try step.before.cardSchedule(reps: step.i, lapses: lapses)
      #expect(card.state == before.state, "\(context)")
      #expect(card.step == before.step, "\(context)")
      #expect(closeRelative(card.stability, before.stability), "\(context)")
      #expect(closeRelative(card.difficulty, before.difficulty), "\(context)")
      #expect(sameInstant(card.lastReview, before.lastReview), "\(context)")

      let rating = try Rating(fixtureName: step.rating)
      let now = try Timestamp.parse(step.review_datetime)
      let outcome = scheduler.review(card, rating: rating, at: now, cardKey: "1")
      if card.state == .review && rating == .again { lapses += 1 }

      let after = outcome.card
      #expect(after.state == (try LearningState(fixtureName: step.after.state)), "\(context)")
      #expect(after.step == step.after.step, "\(context)")
      #expect(closeRelative(after.stability, step.after.stability), "\(context)")
      #expect(closeRelative(after.difficulty, step.after.difficulty), "\(context)")
      #expect(sameInstant(after.due, try Timestamp.parse(step.after.due)), "\(context)")
      #expect(
        sameInstant(after.lastReview, try step.after.last_review.map(Timestamp.parse)),
        "\(context)")
      #expect(after.reps == step.i + 1, "\(context)")
      #expect(after.lapses == lapses, "\(context)")
      #expect(abs(outcome.interval - step.interval_seconds) < 0.001, "\(context)")
      #expect(outcome.elapsedDays == step.elapsed_days, "\(context)")
      #expect(closeRelative(outcome.retrievability, step.retrievability_before), "\(context)")
      card = after
    }
  }

  /// py-fsrs's own test_review_card: interval days along a fixed sequence of ratings.
  @Test func upstreamIntervalHistory() throws {
    let vectors = try #require(Self.vectors)
    let sequence = try #require(vectors.sequences.first { $0.name == "upstream_test_review_card" })
    let scheduler = try Scheduler(SchedulerConfiguration(fuzz: false))
    var card = CardSchedule.new(due: try Timestamp.parse(vectors.meta.epoch_T0))
    var history: [Int] = []
    for step in sequence.steps {
      let rating = try Rating(fixtureName: step.rating)
      let outcome = scheduler.review(card, rating: rating, at: card.due, cardKey: "1")
      history.append(Int(outcome.interval / 86_400))
      card = outcome.card
    }
    #expect(history == vectors.upstream_checks.test_review_card_ivl_history.expected)
  }

  /// py-fsrs's own test_memo_state: stability and difficulty after fixed day offsets.
  @Test func upstreamMemoryState() throws {
    let vectors = try #require(Self.vectors)
    let expected = vectors.upstream_checks.test_memo_state
    let sequence = try #require(vectors.sequences.first { $0.name == "upstream_test_memo_state" })
    let scheduler = try Scheduler(SchedulerConfiguration(fuzz: false))
    var card = CardSchedule.new(due: try Timestamp.parse(vectors.meta.epoch_T0))
    for step in sequence.steps {
      let rating = try Rating(fixtureName: step.rating)
      card =
        scheduler.review(
          card, rating: rating, at: try Timestamp.parse(step.review_datetime), cardKey: "1"
        ).card
    }
    let stability = try #require(card.stability)
    let difficulty = try #require(card.difficulty)
    #expect(abs(stability - expected.expected_stability) <= expected.abs_tol)
    #expect(abs(difficulty - expected.expected_difficulty) <= expected.abs_tol)
  }
}
