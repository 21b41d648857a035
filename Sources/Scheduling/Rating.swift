/// The learner's grade of a recall, as in Anki.
public enum Rating: Int, Sendable, Codable, CaseIterable, Hashable, Comparable {
  case again = 1, hard, good, easy

  public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
