import Questions

/// A verdict on a typed answer and how it differs from the expected one.
public struct AnswerCheck: Sendable, Hashable {
  public var isCorrect: Bool
  /// Right apart from a small typo: counted correct, the difference shown.
  public var isClose: Bool
  /// The learner's answer set against the expected one, for display.
  public var difference: [AnswerDifference]
  /// What the learner was expected to type (the accepted form closest to theirs).
  public var expected: String

  public init(
    isCorrect: Bool, isClose: Bool = false, difference: [AnswerDifference], expected: String
  ) {
    self.isCorrect = isCorrect
    self.isClose = isClose
    self.difference = difference
    self.expected = expected
  }
}

/// Judges typed answers. A protocol so the model can be tested with a strict judge as well as
/// the lenient `AnswerJudge` of the Questions stage, which is what the program uses.
public protocol TypedAnswerChecking: Sendable {
  func check(_ typed: String, for question: Question) -> AnswerCheck
}

extension AnswerJudge: TypedAnswerChecking {
  public func check(_ typed: String, for question: Question) -> AnswerCheck {
    let judgement = judge(typed, for: question)
    return AnswerCheck(
      isCorrect: judgement.verdict != .wrong, isClose: judgement.verdict == .close,
      difference: judgement.difference, expected: judgement.expected)
  }
}
