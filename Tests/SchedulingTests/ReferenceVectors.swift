import Foundation

@testable import Scheduling

/// vectors.json: py-fsrs 6.3.2's results, value by value (see /work/shared/fsrs/README.md).
struct ReferenceVectors: Decodable {
  struct Meta: Decodable {
    let default_parameters: [Double]
    let lower_bounds: [Double]
    let upper_bounds: [Double]
    let epoch_T0: String
    let configs: [String: Config]
  }

  struct Config: Decodable {
    let parameters: [Double]
    let desired_retention: Double
    let learning_steps: [Double]
    let relearning_steps: [Double]
    let maximum_interval: Int
    let enable_fuzzing: Bool
  }

  struct Unit: Decodable {
    struct Curve: Decodable {
      let t: Double
      let S: Double
      let R: Double
    }
    struct Interval: Decodable {
      let desired_retention: Double
      let S: Double
      let raw: Double
      let days: Int
    }
    struct Difficulty: Decodable {
      let D: Double
      let rating: String
      let next_D: Double
    }
    struct ShortTerm: Decodable {
      let S: Double
      let rating: String
      let next_S: Double
    }
    struct LongTerm: Decodable {
      let D: Double
      let S: Double
      let R: Double
      let Again: Double
      let Hard: Double
      let Good: Double
      let Easy: Double
    }
    struct Fuzz: Decodable {
      let interval: Int
      let fuzz_applies: Bool
      let delta: Double
      let min_ivl: Int
      let max_ivl: Int
    }
    let initial_stability: [String: Double]
    let initial_difficulty_clamped: [String: Double]
    let initial_difficulty_unclamped: [String: Double]
    let decay: Double
    let factor: Double
    let forgetting_curve: [Curve]
    let next_interval: [Interval]
    let next_difficulty: [Difficulty]
    let short_term_stability: [ShortTerm]
    let long_term_stability: [LongTerm]
    let fuzz_ranges: [Fuzz]
  }

  struct CardState: Decodable {
    let state: String
    let step: Int?
    let stability: Double?
    let difficulty: Double?
    let due: String
    let last_review: String?
  }

  struct Step: Decodable {
    let i: Int
    let rating: String
    let review_datetime: String
    let before: CardState
    let elapsed_days: Int?
    let retrievability_before: Double?
    let after: CardState
    let interval_seconds: Double
  }

  struct Sequence: Decodable {
    let name: String
    let config: String
    let description: String
    let steps: [Step]
  }

  struct UpstreamChecks: Decodable {
    struct IntervalHistory: Decodable {
      let expected: [Int]
    }
    struct MemoState: Decodable {
      let expected_stability: Double
      let expected_difficulty: Double
      let abs_tol: Double
    }
    let test_review_card_ivl_history: IntervalHistory
    let test_memo_state: MemoState
  }

  let meta: Meta
  let unit: Unit
  let sequences: [Sequence]
  let upstream_checks: UpstreamChecks

  static func load() throws -> ReferenceVectors {
    try JSONDecoder().decode(ReferenceVectors.self, from: FixtureFiles.data("vectors.json"))
  }
}

extension ReferenceVectors.Config {
  /// The same configuration for factdeck's scheduler.
  var schedulerConfiguration: SchedulerConfiguration {
    SchedulerConfiguration(
      parameters: parameters, desiredRetention: desired_retention, learningSteps: learning_steps,
      relearningSteps: relearning_steps, maximumInterval: maximum_interval,
      fuzz: enable_fuzzing)
  }
}

extension ReferenceVectors.CardState {
  /// py-fsrs's card as a factdeck card: Learning at step 0 with no memory is `.new`.
  func cardSchedule(reps: Int, lapses: Int) throws -> CardSchedule {
    let isNew = state == "Learning" && stability == nil && difficulty == nil
    return CardSchedule(
      state: isNew ? .new : try LearningState(fixtureName: state), step: isNew ? nil : step,
      stability: stability, difficulty: difficulty, due: try Timestamp.parse(due),
      lastReview: try last_review.map(Timestamp.parse), reps: reps, lapses: lapses)
  }
}
