import Decks
import Foundation
import Questions
import Reviews
import Scheduling
import Sessions

/// A study backend on the SQLite review store: the decks' cards with the learner's states, the
/// store's due queue, and every grade committed in its own transaction.
public final class StoreStudyBackend: StudyBackend {
  public let store: ReviewStore
  public let learner: Learner
  public let scheduler: Scheduler
  public let timeZone: TimeZone
  public let limits: DailyLimits
  private let decks: [Deck]
  /// Where each card's question is. Built on another thread while the first queries run: for
  /// 100,000 cards it takes tens of milliseconds.
  private let questions: QuestionIndex

  /// Makes the store's idea of each deck match its file first (`syncDecks`), so new cards
  /// appear and removed ones stop being studied.
  public convenience init(
    store: ReviewStore, learner: Learner, decks: [Deck], scheduler: Scheduler,
    timeZone: TimeZone = .current, limits: DailyLimits = DailyLimits(), syncAt now: Date
  ) throws {
    self.init(
      store: store, learner: learner, decks: decks, scheduler: scheduler, timeZone: timeZone,
      limits: limits)
    try syncDecks(at: now)
  }

  /// Without syncing: call `syncDecks` before the store is asked about cards it may not know.
  public init(
    store: ReviewStore, learner: Learner, decks: [Deck], scheduler: Scheduler,
    timeZone: TimeZone = .current, limits: DailyLimits = DailyLimits()
  ) {
    self.store = store
    self.learner = learner
    self.decks = decks
    self.scheduler = scheduler
    self.timeZone = timeZone
    self.limits = limits
    questions = QuestionIndex(decks)
  }

  /// Syncing a large deck takes a while (about 0.7 s for 100,000 cards), so when the store
  /// already knows every deck the command shows the first card from the stored states and syncs
  /// right after; cards no longer in a file are never shown, since only cards read from the
  /// files have questions.
  public func knowsEveryDeck() throws -> Bool {
    let known = Set(try store.decks().map(\.id))
    return decks.allSatisfy { known.contains($0.id) }
  }

  public func syncDecks(at now: Date) throws {
    for deck in decks {
      try store.syncDeck(
        id: deck.id, title: deck.title,
        cards: deck.cards.map {
          DeckCardIdentity(cardID: $0.id, factID: $0.fact.id, kind: $0.kind.rawValue)
        }, at: now)
    }
  }

  private func studyCard(_ state: CardState) -> StudyCard? {
    guard let place = questions.place(of: state.key) else { return nil }
    let deck = decks[place.deck]
    let question = deck.cards[place.card]
    return StudyCard(
      id: state.key.description, deckID: deck.id, deckTitle: deck.title, question: question,
      schedule: state.schedule)
  }

  private func key(_ card: StudyCard) -> CardKey {
    CardKey(deck: card.deckID, card: card.question.id)
  }

  public func load(_ scope: StudyScope, cram: Bool, at now: Date) throws -> (
    cards: [StudyCard], laterDue: Date?
  ) {
    let wanted = scope.deckIDs.map(Set.init)
    if cram {
      // Every card of the decks that is not suspended, in deck order.
      var states: [CardKey: CardState] = [:]
      for deck in decks where wanted?.contains(deck.id) ?? true {
        for state in try store.cardStates(for: learner, deck: deck.id) { states[state.key] = state }
      }
      var cards: [StudyCard] = []
      for deck in decks where wanted?.contains(deck.id) ?? true {
        for question in deck.cards {
          guard let state = states[CardKey(deck: deck.id, card: question.id)], !state.suspended,
            let card = studyCard(state)
          else { continue }
          cards.append(card)
        }
      }
      return (cards, nil)
    }
    let queue = try store.dueQueue(
      for: learner, decks: wanted, at: now, timeZone: timeZone, limits: limits)
    return (queue.cards.compactMap(studyCard), queue.nextLearningDue)
  }

  public func decks(at now: Date) throws -> [DeckSummary] {
    try decks.map { deck in
      let queue = try store.dueQueue(
        for: learner, decks: [deck.id], at: now, timeZone: timeZone, limits: limits)
      return DeckSummary(
        id: deck.id, title: deck.title,
        available: QueueCounts(
          new: queue.new.count, learning: queue.learning.count, review: queue.reviews.count),
        cards: deck.cards.count, reviewedToday: queue.newIntroducedToday + queue.reviewsDoneToday)
    }
  }

  public func allDecks(at now: Date) throws -> QueueCounts {
    let queue = try store.dueQueue(
      for: learner, decks: Set(decks.map(\.id)), at: now, timeZone: timeZone, limits: limits)
    return QueueCounts(
      new: queue.new.count, learning: queue.learning.count, review: queue.reviews.count)
  }

  public func nextDue(_ scope: StudyScope, after now: Date) throws -> Date? {
    var next: Date?
    var newLeft = false
    for deck in decks where scope.deckIDs?.contains(deck.id) ?? true {
      for state in try store.cardStates(for: learner, deck: deck.id) where !state.suspended {
        if state.schedule.state == .new {
          newLeft = true
          continue
        }
        let due = max(state.schedule.due, state.buriedUntil ?? state.schedule.due)
        if due > now, next.map({ due < $0 }) ?? true { next = due }
      }
    }
    // New cards wait for the next study day's allowance.
    let tomorrow = StudyDay(containing: now, timeZone: timeZone).end
    if newLeft, next.map({ tomorrow < $0 }) ?? true { next = tomorrow }
    return next
  }

  public func record(_ record: GradeRecord) throws -> ReviewReceipt? {
    do {
      let entry = try store.record(
        record.rating, for: key(record.card), learner: learner, shown: record.card.schedule,
        at: record.reviewedAt, durationMs: Int((record.duration * 1000).rounded()),
        kind: record.isCram ? .cram : .normal, scheduler: scheduler)
      return ReviewReceipt(reviewID: entry.id.uuidString, schedule: entry.after)
    } catch .cardChanged {
      throw StudyBackendError.cardChanged(record.card.id)
    }
  }

  public func undo(_ record: GradeRecord, receipt: ReviewReceipt, at now: Date) throws {
    guard let id = UUID(uuidString: receipt.reviewID) else { return }
    try store.undo(review: id, for: learner, at: now)
  }

  public func bury(_ card: StudyCard, at now: Date) throws {
    try store.bury(key(card), for: learner, at: now, timeZone: timeZone)
  }

  public func suspend(_ card: StudyCard, at now: Date) throws {
    try store.setSuspended(true, key(card), for: learner)
  }
}

/// Deck id → card id → position, built in the background and waited for on first use.
final class QuestionIndex: @unchecked Sendable {
  private var places: [String: (deck: Int, cards: [String: Int])] = [:]
  private let ready = DispatchSemaphore(value: 0)
  private var isReady = false

  init(_ decks: [Deck]) {
    Thread.detachNewThread { [self] in
      var places: [String: (deck: Int, cards: [String: Int])] = [:]
      for (d, deck) in decks.enumerated() where places[deck.id] == nil {
        var cards: [String: Int] = [:]
        cards.reserveCapacity(deck.cards.count)
        for (c, question) in deck.cards.enumerated() where cards[question.id] == nil {
          cards[question.id] = c
        }
        places[deck.id] = (d, cards)
      }
      self.places = places
      ready.signal()
    }
  }

  func place(of key: CardKey) -> (deck: Int, card: Int)? {
    if !isReady {
      ready.wait()
      isReady = true
    }
    guard let deck = places[key.deck], let card = deck.cards[key.card] else { return nil }
    return (deck.deck, card)
  }
}
