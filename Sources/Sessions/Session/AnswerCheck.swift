import Questions

/// A verdict on a typed answer and how it differs from the expected one.
public struct AnswerCheck: Sendable, Hashable {
  public var isCorrect: Bool
  /// The learner's answer set against the expected one, for display.
  public var difference: [AnswerDifference]
  /// What the learner was expected to type (the accepted form closest to theirs).
  public var expected: String

  public init(isCorrect: Bool, difference: [AnswerDifference], expected: String) {
    self.isCorrect = isCorrect
    self.difference = difference
    self.expected = expected
  }
}

/// A run of text in an answer comparison.
public struct AnswerDifference: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// In both answers.
    case same
    /// Typed by the learner but not expected.
    case extra
    /// Expected but not typed.
    case missing
  }

  public var kind: Kind
  public var text: String

  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}

/// Judges typed answers; the Questions stage's `AnswerJudge` is adapted to it.
public protocol TypedAnswerChecking: Sendable {
  func check(_ typed: String, for question: Question) -> AnswerCheck
}
