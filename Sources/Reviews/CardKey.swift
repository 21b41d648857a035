/// A card as the database knows it: the deck it belongs to and its stable id within that deck.
public struct CardKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  public var deck: String
  public var card: String

  public init(deck: String, card: String) {
    self.deck = deck
    self.card = card
  }

  /// "deck/card": also the key the scheduler seeds its interval fuzz with, so a rebuild from the
  /// log fuzzes exactly as the original answers did.
  public var description: String { "\(deck)/\(card)" }

  public static func < (lhs: CardKey, rhs: CardKey) -> Bool {
    (lhs.deck, lhs.card) < (rhs.deck, rhs.card)
  }
}
