/// What the learner did before the answer was shown.
public enum LearnerResponse: Sendable, Hashable {
  /// Revealed without answering: the learner grades themselves.
  case revealed
  case typed(String, AnswerCheck)
  /// The index into the question's choices.
  case choice(Int, isCorrect: Bool)
  case trueFalse(Bool, isCorrect: Bool)
  /// Items in the order the learner put them.
  case order([String], isCorrect: Bool)

  /// nil when the learner was not judged.
  public var isCorrect: Bool? {
    switch self {
    case .revealed: nil
    case .typed(_, let check): check.isCorrect
    case .choice(_, let ok), .trueFalse(_, let ok), .order(_, let ok): ok
    }
  }
}
