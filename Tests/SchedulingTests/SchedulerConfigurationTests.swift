import Foundation
import Testing

@testable import Scheduling

/// Parameter upgrade from older FSRS versions and refusal of unusable configurations.
@Suite struct SchedulerConfigurationTests {
  static let fsrs45Defaults: [Double] = [
    0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461,
    2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755,
  ]

  @Test func defaultsAreTheReferenceDefaults() throws {
    let configuration = SchedulerConfiguration()
    #expect(configuration.parameters.count == 21)
    #expect(configuration.desiredRetention == 0.9)
    #expect(configuration.learningSteps == [60, 600])
    #expect(configuration.relearningSteps == [600])
    #expect(configuration.maximumInterval == 36500)
    #expect(configuration.fuzz)
    let scheduler = try Scheduler()
    #expect(scheduler.configuration == configuration)
  }

  /// FSRS-5 weights gain w19 = 0 and FSRS-5's fixed decay 0.5, which is exactly the padded set
  /// the reference's "fsrs5_params" configuration uses.
  @Test func upgradesNineteenFSRS5Parameters() throws {
    let vectors = try ReferenceVectors.load()
    let padded = try #require(vectors.meta.configs["fsrs5_params"]).parameters
    var configuration = SchedulerConfiguration(parameters: Array(padded.prefix(19)), fuzz: false)
    let scheduler = try Scheduler(configuration)
    #expect(scheduler.configuration.parameters == padded)
    configuration.parameters = padded
    #expect(scheduler.configuration == configuration)
  }

  /// A 19-value set schedules the reference's FSRS-5 sequence exactly as its padded form does.
  @Test func nineteenParametersReproduceTheFSRS5Sequence() throws {
    let vectors = try ReferenceVectors.load()
    let config = try #require(vectors.meta.configs["fsrs5_params"])
    let sequence = try #require(vectors.sequences.first { $0.name == "fsrs5_param_set" })
    var configuration = config.schedulerConfiguration
    configuration.parameters = Array(configuration.parameters.prefix(19))
    let scheduler = try Scheduler(configuration)
    var card = try sequence.steps[0].before.cardSchedule(reps: 0, lapses: 0)
    for step in sequence.steps {
      let now = try Timestamp.parse(step.review_datetime)
      card =
        scheduler.review(
          card, rating: try Rating(fixtureName: step.rating), at: now, cardKey: "k"
        ).card
      #expect(closeRelative(card.stability, step.after.stability), "step \(step.i)")
      #expect(closeRelative(card.difficulty, step.after.difficulty), "step \(step.i)")
      #expect(sameInstant(card.due, try Timestamp.parse(step.after.due)), "step \(step.i)")
    }
  }

  /// FSRS-4.5 weights: fsrs-rs rewrites w4…w6 for FSRS-5's exponential initial difficulty and
  /// appends w17 = w18 = w19 = 0 and decay 0.5.
  @Test func upgradesSeventeenFSRS45Parameters() throws {
    let w = Self.fsrs45Defaults
    let scheduler = try Scheduler(SchedulerConfiguration(parameters: w))
    let upgraded = scheduler.configuration.parameters
    #expect(upgraded.count == 21)
    #expect(Array(upgraded[0..<4]) == Array(w[0..<4]))
    #expect(closeRelative(upgraded[4], w[4] + 2 * w[5]))
    #expect(closeRelative(upgraded[5], log(1 + 3 * w[5]) / 3))
    #expect(closeRelative(upgraded[6], w[6] + 0.5))
    #expect(Array(upgraded[7..<17]) == Array(w[7..<17]))
    #expect(Array(upgraded[17..<21]) == [0, 0, 0, 0.5])
  }

  /// The rewrite keeps FSRS-4.5's linear initial difficulty D0(G) = w4 − (G − 3)·w5 at its ends
  /// (Again and Easy), and the zero short-term weights leave same-day reviews without effect on
  /// stability, as in FSRS-4.5.
  @Test func upgradedFSRS45KeepsItsBehaviour() throws {
    let w = Self.fsrs45Defaults
    let scheduler = try Scheduler(SchedulerConfiguration(parameters: w))
    #expect(closeRelative(scheduler.model.initialDifficulty(.again), w[4] + 2 * w[5]))
    #expect(closeRelative(scheduler.model.unclampedInitialDifficulty(.easy), w[4] - w[5]))
    for rating in Rating.allCases {
      #expect(closeRelative(scheduler.model.shortTermStability(3.7, rating: rating), 3.7))
    }
    // The FSRS-5 forgetting curve: R = 0.9 after S days, with decay 0.5.
    #expect(closeRelative(scheduler.model.forgettingCurve(elapsedDays: 5, stability: 5), 0.9))
    #expect(scheduler.model.decay == -0.5)
  }

  @Test(arguments: [0, 1, 16, 18, 20, 22, 35])
  func refusesOtherParameterCounts(_ count: Int) {
    let parameters = Array(repeating: 1.0, count: count)
    #expect(throws: SchedulerError.wrongParameterCount(count)) {
      try Scheduler(SchedulerConfiguration(parameters: parameters))
    }
    let message = SchedulerError.wrongParameterCount(count).description
    #expect(message.contains("21") && message.contains("got \(count)"))
  }

  @Test func refusesEachParameterOutsideItsBounds() throws {
    for index in 0..<21 {
      let lower = ParameterBounds.lower[index]
      let upper = ParameterBounds.upper[index]
      for value in [lower - 0.0001, upper + 0.0001, .nan, .infinity] {
        var parameters = SchedulerConfiguration.defaultParameters
        parameters[index] = value
        let error = #expect(throws: SchedulerError.self) {
          try Scheduler(SchedulerConfiguration(parameters: parameters))
        }
        guard case .parameterOutOfRange(let i, _, let lo, let hi) = error else {
          Issue.record("w\(index) = \(value): \(String(describing: error))")
          continue
        }
        #expect(i == index && lo == lower && hi == upper)
      }
      // The bounds themselves are allowed.
      for value in [lower, upper] {
        var parameters = SchedulerConfiguration.defaultParameters
        parameters[index] = value
        #expect(throws: Never.self) {
          try Scheduler(SchedulerConfiguration(parameters: parameters))
        }
      }
    }
  }

  @Test func outOfRangeMessageNamesTheParameterAndItsRange() {
    let error = SchedulerError.parameterOutOfRange(index: 4, value: 0.5, lower: 1, upper: 10)
    #expect(error.description == "FSRS parameter w4 = 0.5 is outside its range 1.0…10.0")
  }

  @Test(arguments: [0.0, 1.0, -0.1, 1.5, .nan, .infinity])
  func refusesDesiredRetentionOutsideZeroToOne(_ retention: Double) {
    let error = #expect(throws: SchedulerError.self) {
      try Scheduler(SchedulerConfiguration(desiredRetention: retention))
    }
    guard case .desiredRetentionOutOfRange = error else {
      Issue.record("\(String(describing: error))")
      return
    }
    #expect(error?.description.contains("between 0 and 1") == true)
  }

  @Test(arguments: [0.0, -60, .nan, .infinity])
  func refusesBadSteps(_ seconds: Double) {
    let learning = #expect(throws: SchedulerError.self) {
      try Scheduler(SchedulerConfiguration(learningSteps: [60, seconds]))
    }
    guard case .invalidLearningStep(index: 1, _) = learning else {
      Issue.record("\(String(describing: learning))")
      return
    }
    let relearning = #expect(throws: SchedulerError.self) {
      try Scheduler(SchedulerConfiguration(relearningSteps: [seconds]))
    }
    guard case .invalidRelearningStep(index: 0, _) = relearning else {
      Issue.record("\(String(describing: relearning))")
      return
    }
  }

  @Test func refusesBadStepsWithTheirPosition() {
    #expect(throws: SchedulerError.invalidLearningStep(index: 1, seconds: 0)) {
      try Scheduler(SchedulerConfiguration(learningSteps: [60, 0]))
    }
    #expect(throws: SchedulerError.invalidRelearningStep(index: 0, seconds: -5)) {
      try Scheduler(SchedulerConfiguration(relearningSteps: [-5]))
    }
    #expect(
      SchedulerError.invalidLearningStep(index: 1, seconds: 0).description
        == "learning step 2 is 0.0 s; steps must be positive numbers of seconds")
    // Empty step lists are fine: cards then go straight to review.
    #expect(throws: Never.self) {
      try Scheduler(SchedulerConfiguration(learningSteps: [], relearningSteps: []))
    }
  }

  @Test(arguments: [0, -1])
  func refusesMaximumIntervalBelowOneDay(_ days: Int) {
    #expect(throws: SchedulerError.maximumIntervalTooSmall(days)) {
      try Scheduler(SchedulerConfiguration(maximumInterval: days))
    }
  }
}
