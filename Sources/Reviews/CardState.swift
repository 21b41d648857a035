import Foundation
import Scheduling

/// One learner's view of one card: which card it is, its schedule and its study flags.
public struct CardState: Sendable, Hashable {
  public var key: CardKey
  /// Cards with the same fact id are siblings, in one deck or across decks.
  public var factID: String
  public var kind: String
  public var schedule: CardSchedule
  public var suspended: Bool
  /// Hidden from study until this time (the start of the next study day), if buried.
  public var buriedUntil: Date?
  /// False when the deck file no longer has the card (kept for its history).
  public var inDeck: Bool

  public init(
    key: CardKey, factID: String, kind: String, schedule: CardSchedule, suspended: Bool,
    buriedUntil: Date?, inDeck: Bool
  ) {
    self.key = key
    self.factID = factID
    self.kind = kind
    self.schedule = schedule
    self.suspended = suspended
    self.buriedUntil = buriedUntil
    self.inDeck = inDeck
  }
}
