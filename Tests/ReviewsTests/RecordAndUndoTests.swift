import Foundation
import Scheduling
import Testing

@testable import Reviews

@Suite struct RecordAndUndoTests {
  let start = Fixtures.date("2026-03-02T09:00:00Z")

  private func storeWithDeck(_ count: Int = 4) throws -> (ReviewStore, Learner) {
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "an")
    try store.syncDeck(id: "geo", title: "Geography", cards: Fixtures.cards(count), at: start)
    return (store, learner)
  }

  @Test func recordingAnAnswerLogsItAndMovesTheCard() throws {
    let (store, learner) = try storeWithDeck()
    let scheduler = try Fixtures.scheduler()
    let key = CardKey(deck: "geo", card: "c0")
    let shown = try store.cardState(for: learner, card: key).schedule
    #expect(shown.state == .new)
    let time = start.addingTimeInterval(60)
    let entry = try store.record(
      .good, for: key, learner: learner, shown: shown, at: time, durationMs: 4200,
      scheduler: scheduler)
    let expected = scheduler.review(shown, rating: .good, at: time, cardKey: "geo/c0").card
    #expect(entry.after == expected)
    #expect(entry.before == shown)
    #expect(try store.cardState(for: learner, card: key).schedule == expected)
    let log = try store.reviews(for: learner)
    #expect(log == [entry])
    #expect(log[0].durationMs == 4200)
    #expect(log[0].kind == .normal)
  }

  @Test func anAnswerToAStaleStateIsRefusedAndNothingIsWritten() throws {
    let (store, learner) = try storeWithDeck()
    let scheduler = try Fixtures.scheduler()
    let key = CardKey(deck: "geo", card: "c1")
    let shown = try store.cardState(for: learner, card: key).schedule
    // Another process answers first.
    try store.record(
      .good, for: key, learner: learner, shown: shown, at: start, durationMs: 1000,
      scheduler: scheduler)
    let after = try store.cardState(for: learner, card: key)
    #expect(throws: ReviewStoreError.cardChanged(key)) {
      try store.record(
        .again, for: key, learner: learner, shown: shown, at: start.addingTimeInterval(5),
        durationMs: 1000, scheduler: scheduler)
    }
    #expect(try store.reviews(for: learner).count == 1)
    #expect(try store.cardState(for: learner, card: key) == after)
  }

  @Test func anUnknownCardIsRefused() throws {
    let (store, learner) = try storeWithDeck()
    let key = CardKey(deck: "geo", card: "nope")
    #expect(throws: ReviewStoreError.unknownCard(key)) {
      try store.record(
        .good, for: key, learner: learner, shown: .new(due: start), at: start, durationMs: 0,
        scheduler: Fixtures.scheduler())
    }
  }

  @Test func aCramAnswerIsLoggedButLeavesTheSchedule() throws {
    let (store, learner) = try storeWithDeck()
    let scheduler = try Fixtures.scheduler()
    let key = CardKey(deck: "geo", card: "c2")
    let shown = try store.cardState(for: learner, card: key).schedule
    let entry = try store.record(
      .again, for: key, learner: learner, shown: shown, at: start, durationMs: 800, kind: .cram,
      scheduler: scheduler)
    #expect(entry.after == shown)
    #expect(try store.cardState(for: learner, card: key).schedule == shown)
    #expect(try store.reviews(for: learner).map(\.kind) == [.cram])
  }

  @Test func undoRestoresTheStateBeforeWithoutTouchingTheLog() throws {
    let (store, learner) = try storeWithDeck()
    let scheduler = try Fixtures.scheduler()
    let key = CardKey(deck: "geo", card: "c0")
    var schedule = try store.cardState(for: learner, card: key).schedule
    var entries: [ReviewLogEntry] = []
    for (offset, rating) in [Rating.good, .good, .again].enumerated() {
      let entry = try store.record(
        rating, for: key, learner: learner, shown: schedule,
        at: start.addingTimeInterval(Double(offset) * 86_400), durationMs: 1000,
        scheduler: scheduler)
      entries.append(entry)
      schedule = entry.after
    }
    #expect(throws: ReviewStoreError.notLatestReview(entries[1].id)) {
      try store.undo(review: entries[1].id, for: learner, at: start)
    }
    let restored = try store.undo(review: entries[2].id, for: learner, at: start)
    #expect(restored.schedule == entries[2].before)
    #expect(throws: ReviewStoreError.alreadyUndone(entries[2].id)) {
      try store.undo(review: entries[2].id, for: learner, at: start)
    }
    let again = try store.undo(review: entries[1].id, for: learner, at: start)
    #expect(again.schedule == entries[0].after)
    #expect(try store.reviews(for: learner) == [entries[0]])
    #expect(try store.reviews(for: learner, includingUndone: true) == entries)
    let undoCount = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM undo") }
    #expect(undoCount == 2)
    let unknown = UUID()
    #expect(throws: ReviewStoreError.unknownReview(unknown)) {
      try store.undo(review: unknown, for: learner, at: start)
    }
  }

  @Test func undoIsPerLearner() throws {
    let (store, an) = try storeWithDeck()
    let binh = try store.learner(named: "bình")
    let key = CardKey(deck: "geo", card: "c0")
    let entry = try store.record(
      .good, for: key, learner: an, shown: store.cardState(for: an, card: key).schedule,
      at: start, durationMs: 1, scheduler: Fixtures.scheduler())
    #expect(throws: ReviewStoreError.unknownReview(entry.id)) {
      try store.undo(review: entry.id, for: binh, at: start)
    }
    #expect(try store.cardState(for: binh, card: key).schedule.state == .new)
  }

  /// Weeks of study with lapses, cram, undos, suspensions and an imported history: rebuilding
  /// every state from the log gives back exactly the stored states.
  @Test func rebuildingFromTheLogEqualsTheStoredStates() throws {
    let (store, learner) = try storeWithDeck(30)
    let scheduler = try Fixtures.scheduler(fuzz: true)
    var generator = SplitMix(seed: 7)
    let history = try ReviewHistoryCSV(
      text: """
        card_id,review_rating,review_time,review_duration
        h1,3,2026-02-01T10:00:00Z,3000
        h2,1,2026-02-01T10:01:00Z,3000
        h2,3,2026-02-01T10:12:00Z,3000
        h1,3,2026-02-04T10:00:00Z,3000
        """, file: "h.csv")
    try store.importHistory(history, file: "h.csv", for: learner, scheduler: scheduler)
    var now = start
    var undone = 0
    for _ in 0..<40 {
      now = now.addingTimeInterval(Double(generator.next() % 7_200) + 3 * 3600)
      let queue = try store.dueQueue(
        for: learner, at: now, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!,
        limits: DailyLimits(newCards: 6, reviews: 50))
      let keys = queue.cards.prefix(8).map(\.key) + [CardKey(deck: "history", card: "h1")]
      for key in Set(keys).sorted() {
        let card = try store.cardState(for: learner, card: key)
        now = now.addingTimeInterval(Double(generator.next() % 30) + 1)
        let rating = Rating(rawValue: Int(generator.next() % 4) + 1)!
        let kind: ReviewKind = generator.next() % 10 == 0 ? .cram : .normal
        let entry = try store.record(
          rating, for: card.key, learner: learner, shown: card.schedule, at: now,
          durationMs: Int(generator.next() % 20_000), kind: kind, scheduler: scheduler)
        if generator.next() % 6 == 0 {
          try store.undo(review: entry.id, for: learner, at: now)
          undone += 1
        }
      }
      if generator.next() % 5 == 0, let card = queue.cards.first {
        try store.setSuspended(generator.next() % 2 == 0, card.key, for: learner)
      }
    }
    #expect(undone > 5)
    let stored = try store.cardStates(for: learner)
    #expect(stored.contains { $0.schedule.state == .review })
    #expect(stored.contains { $0.schedule.lapses > 0 })
    #expect(try store.rebuildCardStates(for: learner, scheduler: scheduler) == [])
    #expect(try store.cardStates(for: learner) == stored)
  }

  @Test func rebuildRepairsADamagedCache() throws {
    let (store, learner) = try storeWithDeck()
    let scheduler = try Fixtures.scheduler()
    let key = CardKey(deck: "geo", card: "c3")
    try store.record(
      .easy, for: key, learner: learner, shown: store.cardState(for: learner, card: key).schedule,
      at: start, durationMs: 1, scheduler: scheduler)
    let good = try store.cardStates(for: learner)
    try store.write { db in
      try db.execute(
        sql: """
          UPDATE card_state SET stability = 99, state = 'relearning'
          WHERE cardID = (SELECT id FROM card WHERE stableID = 'c3')
          """)
    }
    #expect(try store.rebuildCardStates(for: learner, scheduler: scheduler) == [key])
    #expect(try store.cardStates(for: learner) == good)
  }
}

/// A small seeded generator, so "random" study sessions are the same on every run.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
