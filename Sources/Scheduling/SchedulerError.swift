/// Why a configuration cannot schedule reviews; each message says what to change.
public enum SchedulerError: Error, Equatable, CustomStringConvertible {
  /// FSRS weights come in sets of 21 (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5).
  case wrongParameterCount(Int)
  /// Weight `index` (w0…w20, after upgrading older sets) lies outside `lower...upper`.
  case parameterOutOfRange(index: Int, value: Double, lower: Double, upper: Double)
  /// Desired retention must lie strictly between 0 and 1.
  case desiredRetentionOutOfRange(Double)
  /// A learning step (`index`, 0-based) is not a positive, finite number of seconds.
  case invalidLearningStep(index: Int, seconds: Double)
  /// A relearning step (`index`, 0-based) is not a positive, finite number of seconds.
  case invalidRelearningStep(index: Int, seconds: Double)
  /// The maximum interval must be at least one day.
  case maximumIntervalTooSmall(Int)

  public var description: String {
    switch self {
    case .wrongParameterCount(let count):
      return
        "FSRS parameters: expected 21 values (FSRS-6), 19 (FSRS-5) or 17 (FSRS-4.5), got \(count)"
    case .parameterOutOfRange(let index, let value, let lower, let upper):
      return "FSRS parameter w\(index) = \(value) is outside its range \(lower)…\(upper)"
    case .desiredRetentionOutOfRange(let value):
      return "desired retention \(value) must be between 0 and 1 (exclusive), e.g. 0.9"
    case .invalidLearningStep(let index, let seconds):
      return "learning step \(index + 1) is \(seconds) s; steps must be positive numbers of seconds"
    case .invalidRelearningStep(let index, let seconds):
      return
        "relearning step \(index + 1) is \(seconds) s; steps must be positive numbers of seconds"
    case .maximumIntervalTooSmall(let days):
      return "maximum interval \(days) days must be at least 1 day"
    }
  }
}
