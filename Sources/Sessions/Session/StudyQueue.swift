import Foundation

/// The cards left in a session: those the store handed over, in its order (learning, reviews,
/// new), and learning cards that come back later in the session.
public struct StudyQueue: Sendable, Hashable {
  public private(set) var waiting: [StudyCard]
  /// Sorted by due time.
  public private(set) var returning: [StudyCard]
  /// Learning cards due this soon are shown early once nothing else is left, as Anki's
  /// "learn ahead limit" does, so a session can finish.
  public var learnAhead: TimeInterval

  public init(
    _ cards: [StudyCard], limits: StudyLimits = StudyLimits(), learnAhead: TimeInterval = 20 * 60
  ) {
    self.learnAhead = learnAhead
    var facts = Set<String>()
    var newCards = 0
    var kept: [StudyCard] = []
    for card in cards {
      // Siblings of a fact already queued wait for another day.
      guard facts.insert(card.siblingKey).inserted else { continue }
      if card.queueKind == .new {
        if let cap = limits.newCards, newCards >= cap { continue }
        newCards += 1
      }
      if let cap = limits.total, kept.count >= cap { break }
      kept.append(card)
    }
    waiting = kept
    returning = []
  }

  public var isEmpty: Bool { waiting.isEmpty && returning.isEmpty }

  public var counts: QueueCounts {
    var counts = QueueCounts()
    for card in waiting { counts.add(card.queueKind) }
    counts.learning += returning.count
    return counts
  }

  /// The next card to show at `now`: a learning card that is due, else the store's next card,
  /// else a learning card due within the learn-ahead limit.
  public mutating func next(at now: Date) -> StudyCard? {
    if let first = returning.first, first.schedule.due <= now {
      return returning.removeFirst()
    }
    if !waiting.isEmpty { return waiting.removeFirst() }
    if let first = returning.first, first.schedule.due <= now.addingTimeInterval(learnAhead) {
      return returning.removeFirst()
    }
    return nil
  }

  /// When the next learning card left in the session comes due.
  public var nextReturn: Date? { returning.first?.schedule.due }

  /// Brings a card back later in the session.
  public mutating func bringBack(_ card: StudyCard) {
    let index = returning.firstIndex { $0.schedule.due > card.schedule.due } ?? returning.endIndex
    returning.insert(card, at: index)
  }

  /// Puts a card at the end of the store's queue (cram: missed cards come round again).
  public mutating func append(_ card: StudyCard) {
    waiting.append(card)
  }

  public mutating func remove(cardID: String) {
    waiting.removeAll { $0.id == cardID }
    returning.removeAll { $0.id == cardID }
  }
}

/// Caps on one session, on top of the daily limits the store applies.
public struct StudyLimits: Sendable, Hashable {
  /// `--new N`.
  public var newCards: Int?
  /// `--limit N`.
  public var total: Int?

  public init(newCards: Int? = nil, total: Int? = nil) {
    self.newCards = newCards
    self.total = total
  }
}
