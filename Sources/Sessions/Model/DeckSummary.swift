/// A deck on the home screen: what is waiting today and what was done.
public struct DeckSummary: Sendable, Hashable {
  public var id: String
  public var title: String
  /// Cards available today: new (within the daily limit), learning, due reviews.
  public var available: QueueCounts
  public var cards: Int
  public var reviewedToday: Int

  public init(id: String, title: String, available: QueueCounts, cards: Int, reviewedToday: Int) {
    self.id = id
    self.title = title
    self.available = available
    self.cards = cards
    self.reviewedToday = reviewedToday
  }
}
