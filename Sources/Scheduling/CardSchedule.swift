import Foundation

/// Where a card is in its life; raw values are the contract's state names.
public enum LearningState: String, Sendable, Codable, CaseIterable, Hashable {
  case new, learning, review, relearning
}

/// Everything the scheduler knows about one learner's card. It is a cache of the review log:
/// replaying the log from `CardSchedule.new` gives it back exactly.
public struct CardSchedule: Sendable, Hashable, Codable {
  public var state: LearningState
  /// Index into the learning or relearning steps; nil in review and new.
  public var step: Int?
  /// Days for retrievability to fall to 90%; nil before the first review.
  public var stability: Double?
  /// 1 (easy) … 10 (hard); nil before the first review.
  public var difficulty: Double?
  public var due: Date
  public var lastReview: Date?
  public var reps: Int
  public var lapses: Int

  public init(
    state: LearningState, step: Int?, stability: Double?, difficulty: Double?, due: Date,
    lastReview: Date?, reps: Int, lapses: Int
  ) {
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
    self.reps = reps
    self.lapses = lapses
  }

  /// A card never reviewed, available from `due`.
  public static func new(due: Date) -> CardSchedule {
    CardSchedule(
      state: .new, step: nil, stability: nil, difficulty: nil, due: due, lastReview: nil, reps: 0,
      lapses: 0)
  }
}
