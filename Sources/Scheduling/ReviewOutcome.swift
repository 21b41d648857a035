import Foundation

/// What one review does to a card, with the figures the review log keeps.
public struct ReviewOutcome: Sendable, Hashable {
  /// The card after the review (reps + 1, lapses updated, lastReview = the review time).
  public var card: CardSchedule
  /// Whole days since the previous review; nil on a card's first review.
  public var elapsedDays: Int?
  /// Probability of recall just before the review; nil on a card's first review.
  public var retrievability: Double?
  /// Seconds from the review until the card is due again.
  public var interval: TimeInterval

  public init(
    card: CardSchedule, elapsedDays: Int?, retrievability: Double?, interval: TimeInterval
  ) {
    self.card = card
    self.elapsedDays = elapsedDays
    self.retrievability = retrievability
    self.interval = interval
  }
}
