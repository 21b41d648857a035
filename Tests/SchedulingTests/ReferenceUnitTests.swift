import Foundation
import Testing

@testable import Scheduling

/// Single formulas against py-fsrs 6.3.2 (vectors.json "unit").
@Suite struct ReferenceUnitTests {
  let vectors: ReferenceVectors
  let model: MemoryModel

  init() throws {
    vectors = try ReferenceVectors.load()
    model = MemoryModel(parameters: vectors.meta.default_parameters, desiredRetention: 0.9)
  }

  @Test func defaultParametersAndBoundsMatchTheReference() {
    #expect(SchedulerConfiguration.defaultParameters == vectors.meta.default_parameters)
    #expect(ParameterBounds.lower == vectors.meta.lower_bounds)
    #expect(ParameterBounds.upper == vectors.meta.upper_bounds)
  }

  @Test func initialStabilityAndDifficulty() throws {
    for rating in Rating.allCases {
      let name = "\(rating)".capitalized
      let s = try #require(vectors.unit.initial_stability[name])
      let d = try #require(vectors.unit.initial_difficulty_clamped[name])
      let unclamped = try #require(vectors.unit.initial_difficulty_unclamped[name])
      #expect(closeRelative(model.initialStability(rating), s), "\(name)")
      #expect(closeRelative(model.initialDifficulty(rating), d), "\(name)")
      #expect(closeRelative(model.unclampedInitialDifficulty(rating), unclamped), "\(name)")
    }
    #expect(closeRelative(model.easyInitialDifficulty, -4.771630703161737))
  }

  @Test func decayAndFactor() {
    #expect(closeRelative(model.decay, vectors.unit.decay))
    #expect(closeRelative(model.factor, vectors.unit.factor))
  }

  @Test func forgettingCurve() {
    for point in vectors.unit.forgetting_curve {
      let r = model.forgettingCurve(elapsedDays: point.t, stability: point.S)
      #expect(closeRelative(r, point.R), "t=\(point.t) S=\(point.S)")
    }
  }

  @Test func nextIntervalForSeveralRetentions() {
    #expect(vectors.unit.next_interval.count > 20)
    for row in vectors.unit.next_interval {
      let model = MemoryModel(
        parameters: vectors.meta.default_parameters, desiredRetention: row.desired_retention)
      #expect(
        closeRelative(model.rawInterval(stability: row.S), row.raw),
        "DR=\(row.desired_retention) S=\(row.S)")
      #expect(
        model.intervalDays(stability: row.S, maximum: 36500) == row.days,
        "DR=\(row.desired_retention) S=\(row.S)")
    }
  }

  @Test func nextDifficulty() throws {
    for row in vectors.unit.next_difficulty {
      let rating = try Rating(fixtureName: row.rating)
      #expect(
        closeRelative(model.nextDifficulty(row.D, rating: rating), row.next_D),
        "D=\(row.D) \(row.rating)")
    }
  }

  @Test func sameDayStability() throws {
    for row in vectors.unit.short_term_stability {
      let rating = try Rating(fixtureName: row.rating)
      let next = model.shortTermStability(row.S, rating: rating)
      #expect(closeRelative(next, row.next_S), "S=\(row.S) \(row.rating)")
      if rating != .again { #expect(next >= row.S) }
    }
  }

  @Test func laterDayStabilityAfterSuccessAndLapse() {
    for row in vectors.unit.long_term_stability {
      let expected: [(Rating, Double)] = [
        (.again, row.Again), (.hard, row.Hard), (.good, row.Good), (.easy, row.Easy),
      ]
      for (rating, value) in expected {
        let next = model.longTermStability(
          difficulty: row.D, stability: row.S, retrievability: row.R, rating: rating)
        #expect(closeRelative(next, value), "D=\(row.D) S=\(row.S) R=\(row.R) \(rating)")
      }
    }
  }

  @Test func fuzzRanges() {
    for row in vectors.unit.fuzz_ranges {
      #expect(IntervalFuzz.applies(days: row.interval) == row.fuzz_applies, "\(row.interval)")
      #expect(closeRelative(IntervalFuzz.delta(days: row.interval), row.delta), "\(row.interval)")
      let range = IntervalFuzz.range(days: row.interval, maximumInterval: 36500)
      #expect(range == row.min_ivl...row.max_ivl, "\(row.interval)")
    }
  }
}
