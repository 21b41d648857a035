import Foundation

/// A learner's scheduling choices: the FSRS weights, how much they want to remember, and the
/// short (re)learning steps that come before day-long intervals.
public struct SchedulerConfiguration: Sendable, Hashable {
  /// FSRS weights w0…w20. 17 (FSRS-4.5) or 19 (FSRS-5) values are accepted and upgraded to 21
  /// when a `Scheduler` is made from this configuration.
  public var parameters: [Double]
  /// The probability of recall the scheduler aims for when a card comes due, in (0, 1).
  public var desiredRetention: Double
  /// Seconds to wait after each learning step (new cards).
  public var learningSteps: [TimeInterval]
  /// Seconds to wait after each relearning step (cards forgotten in review).
  public var relearningSteps: [TimeInterval]
  /// Longest interval in days.
  public var maximumInterval: Int
  /// Spread review intervals a little so cards learned together do not stay together.
  public var fuzz: Bool

  /// The FSRS-6 default weights (py-fsrs 6.3.2, fsrs-rs).
  public static let defaultParameters: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  public init(
    parameters: [Double] = SchedulerConfiguration.defaultParameters,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600],
    relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500,
    fuzz: Bool = true
  ) {
    self.parameters = parameters
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.fuzz = fuzz
  }
}
