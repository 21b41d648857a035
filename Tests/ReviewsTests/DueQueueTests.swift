import Foundation
import GRDB
import Scheduling
import Testing

@testable import Reviews

@Suite struct DueQueueTests {
  let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!  // UTC+7, no daylight saving
  /// 10:00 local on 2026-03-10.
  let now = Fixtures.date("2026-03-10T03:00:00Z")
  let added = Fixtures.date("2026-01-01T00:00:00Z")

  private func store(_ count: Int, siblings: Bool = false) throws -> (ReviewStore, Learner) {
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "an")
    try store.syncDeck(
      id: "d", title: "D", cards: Fixtures.cards(count, siblings: siblings), at: added)
    return (store, learner)
  }

  /// Puts a card straight into a schedule, as if answered long ago.
  private func set(
    _ store: ReviewStore, _ learner: Learner, _ card: String, _ state: LearningState,
    due: Date, lastReview: Date? = nil, stability: Double = 5
  ) throws {
    let schedule = CardSchedule(
      state: state, step: state == .review ? nil : 0, stability: stability, difficulty: 5,
      due: due, lastReview: lastReview ?? due.addingTimeInterval(-86_400 * stability), reps: 3,
      lapses: 0)
    try store.write { db in
      let cardID = try ReviewStore.cardRecord(CardKey(deck: "d", card: card), db).id!
      try CardStateRecord(
        learnerID: learner.id, cardID: cardID, schedule: schedule, suspended: false,
        buriedUntil: nil
      ).update(db)
    }
  }

  private func hours(_ value: Double) -> TimeInterval { value * 3600 }

  @Test func learningThenReviewsThenNewCards() throws {
    let (store, learner) = try store(12)
    try set(store, learner, "c0", .learning, due: now.addingTimeInterval(-60))
    try set(store, learner, "c1", .relearning, due: now.addingTimeInterval(-600))
    try set(store, learner, "c2", .learning, due: now.addingTimeInterval(300))  // not yet
    // Overdue: c3 is 10 days late on stability 5, c4 only 2 days late on stability 1 but
    // proportionally later (lower retrievability), c5 slightly overdue.
    try set(
      store, learner, "c3", .review, due: now.addingTimeInterval(-86_400 * 10),
      lastReview: now.addingTimeInterval(-86_400 * 15), stability: 5)
    try set(
      store, learner, "c4", .review, due: now.addingTimeInterval(-86_400 * 2),
      lastReview: now.addingTimeInterval(-86_400 * 4), stability: 1)
    try set(
      store, learner, "c5", .review, due: now.addingTimeInterval(-86_400 * 1.5),
      lastReview: now.addingTimeInterval(-86_400 * 11.5), stability: 10)
    // Due today: c6 later today, c7 earlier today. Due tomorrow: c8.
    try set(store, learner, "c6", .review, due: now.addingTimeInterval(hours(10)))
    try set(store, learner, "c7", .review, due: now.addingTimeInterval(-hours(2)))
    try set(store, learner, "c8", .review, due: now.addingTimeInterval(hours(20)))

    let queue = try store.dueQueue(for: learner, at: now, timeZone: zone)
    #expect(queue.learning.map(\.key.card) == ["c1", "c0"])
    #expect(queue.reviews.map(\.key.card) == ["c4", "c3", "c5", "c7", "c6"])
    #expect(queue.new.map(\.key.card) == ["c9", "c10", "c11"])
    #expect(queue.nextLearningDue == now.addingTimeInterval(300))
    #expect(queue.cards.count == 10)

    // The ordering is the scheduler's retrievability, lowest first.
    let scheduler = try Fixtures.scheduler()
    let overdue = queue.reviews.prefix(3).map { scheduler.retrievability(of: $0.schedule, at: now) }
    #expect(overdue == overdue.sorted())
  }

  @Test func suspendedBuriedAndRemovedCardsAreLeftOut() throws {
    let (store, learner) = try store(6)
    let key = { (card: String) in CardKey(deck: "d", card: card) }
    try store.setSuspended(true, key("c0"), for: learner)
    try store.bury(key("c1"), for: learner, at: now, timeZone: zone)
    try store.syncDeck(
      id: "d", title: "D", cards: Fixtures.cards(6).filter { $0.cardID != "c2" }, at: now)
    #expect(
      try store.dueQueue(for: learner, at: now, timeZone: zone).new.map(\.key.card) == [
        "c3", "c4", "c5",
      ])
    // Burying lasts until 04:00 local the next day.
    let buried = try store.cardState(for: learner, card: key("c1")).buriedUntil
    #expect(buried == Fixtures.date("2026-03-10T21:00:00Z"))
    let nextMorning = Fixtures.date("2026-03-10T21:00:00Z")
    #expect(
      try store.dueQueue(for: learner, at: nextMorning, timeZone: zone).new.map(\.key.card) == [
        "c1", "c3", "c4", "c5",
      ])
    try store.setSuspended(false, key("c0"), for: learner)
    #expect(try store.dueQueue(for: learner, at: now, timeZone: zone).new.first?.key.card == "c0")
  }

  @Test func newCardsIntroducedTodayCountAgainstTheLimit() throws {
    let (store, learner) = try store(10)
    let scheduler = try Fixtures.scheduler()
    // Two answered yesterday evening (before 04:00 local today), three this morning.
    let yesterday = Fixtures.date("2026-03-09T20:30:00Z")  // 03:30 local on the 10th
    for (index, time) in [yesterday, yesterday, now, now, now].enumerated() {
      let key = CardKey(deck: "d", card: "c\(index)")
      try store.record(
        .easy, for: key, learner: learner,
        shown: store.cardState(for: learner, card: key).schedule, at: time, durationMs: 1,
        scheduler: scheduler)
    }
    let queue = try store.dueQueue(
      for: learner, at: now.addingTimeInterval(60), timeZone: zone,
      limits: DailyLimits(newCards: 5, reviews: 100))
    #expect(queue.newIntroducedToday == 3)
    #expect(queue.new.map(\.key.card) == ["c5", "c6"])
    let exhausted = try store.dueQueue(
      for: learner, at: now, timeZone: zone, limits: DailyLimits(newCards: 3, reviews: 100))
    #expect(exhausted.new.isEmpty)
  }

  @Test func reviewsDoneTodayCountAgainstTheLimit() throws {
    let (store, learner) = try store(8)
    let scheduler = try Fixtures.scheduler()
    for index in 0..<8 {
      try set(
        store, learner, "c\(index)", .review,
        due: now.addingTimeInterval(-86_400 - Double(index) * 60))
    }
    for index in 0..<2 {
      let key = CardKey(deck: "d", card: "c\(index)")
      try store.record(
        .good, for: key, learner: learner,
        shown: store.cardState(for: learner, card: key).schedule, at: now, durationMs: 1,
        scheduler: scheduler)
    }
    let queue = try store.dueQueue(
      for: learner, at: now, timeZone: zone, limits: DailyLimits(newCards: 20, reviews: 5))
    #expect(queue.reviewsDoneToday == 2)
    #expect(queue.reviews.count == 3)
    // An undone review gives its place back.
    let last = try store.reviews(for: learner).last!
    try store.undo(review: last.id, for: learner, at: now)
    let after = try store.dueQueue(
      for: learner, at: now, timeZone: zone, limits: DailyLimits(newCards: 20, reviews: 5))
    #expect(after.reviewsDoneToday == 1)
    #expect(after.reviews.count == 4)
  }

  @Test func siblingsAreNotShownOnTheSameDay() throws {
    // c0/c1 share fact f0, c2/c3 f1, c4/c5 f2, c6/c7 f3.
    let (store, learner) = try store(8, siblings: true)
    let first = try store.dueQueue(for: learner, at: now, timeZone: zone)
    #expect(first.new.map(\.key.card) == ["c0", "c2", "c4", "c6"])

    let key = CardKey(deck: "d", card: "c2")
    try store.record(
      .easy, for: key, learner: learner, shown: store.cardState(for: learner, card: key).schedule,
      at: now, durationMs: 1, scheduler: Fixtures.scheduler())
    try set(store, learner, "c4", .review, due: now.addingTimeInterval(-86_400))
    try set(store, learner, "c5", .review, due: now.addingTimeInterval(-86_400))
    let second = try store.dueQueue(for: learner, at: now, timeZone: zone)
    #expect(second.reviews.map(\.key.card).count == 1)
    #expect(second.new.map(\.key.card) == ["c0", "c6"])
    // The next study day, c3 may come.
    let tomorrow = try store.dueQueue(
      for: learner, at: now.addingTimeInterval(86_400), timeZone: zone)
    #expect(tomorrow.new.map(\.key.card).contains("c3"))
  }

  @Test func theSameFactInTwoDecksIsOneSiblingGroup() throws {
    // Two articles told the same event: deck e asks about fact f-c1 of deck d again.
    let (store, learner) = try store(2)
    try store.syncDeck(
      id: "e", title: "E",
      cards: [
        DeckCardIdentity(cardID: "e0", factID: "f-c1", kind: "short"),
        DeckCardIdentity(cardID: "e1", factID: "f-e1", kind: "short"),
      ], at: added)
    let first = try store.dueQueue(for: learner, at: now, timeZone: zone)
    #expect(first.new.map(\.key.description) == ["d/c0", "d/c1", "e/e1"])

    // Answering d/c1 keeps e/e0 away for the day, even when only deck e is studied.
    let key = CardKey(deck: "d", card: "c1")
    try store.record(
      .good, for: key, learner: learner, shown: store.cardState(for: learner, card: key).schedule,
      at: now, durationMs: 1, scheduler: Fixtures.scheduler())
    let onlyE = try store.dueQueue(for: learner, decks: ["e"], at: now, timeZone: zone)
    #expect(onlyE.new.map(\.key.card) == ["e1"])
    #expect(onlyE.newIntroducedToday == 0)
  }

  @Test func onlyTheDecksAskedFor() throws {
    let (store, learner) = try store(3)
    try store.syncDeck(id: "e", title: "E", cards: Fixtures.cards(2, prefix: "e"), at: added)
    let onlyE = try store.dueQueue(for: learner, decks: ["e"], at: now, timeZone: zone)
    #expect(
      onlyE.new.map(\.key) == [CardKey(deck: "e", card: "e0"), CardKey(deck: "e", card: "e1")])
    let both = try store.dueQueue(for: learner, decks: ["d", "e"], at: now, timeZone: zone)
    #expect(both.new.count == 5)
    #expect(try store.dueQueue(for: learner, decks: [], at: now, timeZone: zone).cards.isEmpty)
  }
}

@Suite struct StudyDayTests {
  @Test func theDayTurnsAtFourInTheMorningLocalTime() {
    let paris = TimeZone(identifier: "Europe/Paris")!
    let lateNight = StudyDay(
      containing: Fixtures.date("2026-06-15T01:59:00Z"), timeZone: paris)  // 03:59 local
    #expect(lateNight.start == Fixtures.date("2026-06-14T02:00:00Z"))
    #expect(lateNight.end == Fixtures.date("2026-06-15T02:00:00Z"))
    let morning = StudyDay(containing: Fixtures.date("2026-06-15T02:00:00Z"), timeZone: paris)
    #expect(morning.start == Fixtures.date("2026-06-15T02:00:00Z"))
  }

  @Test func aDaylightSavingDayIsShorter() {
    let newYork = TimeZone(identifier: "America/New_York")!
    // Clocks go forward on 2026-03-08 at 02:00.
    let day = StudyDay(containing: Fixtures.date("2026-03-08T15:00:00Z"), timeZone: newYork)
    #expect(day.start == Fixtures.date("2026-03-08T08:00:00Z"))
    #expect(day.end == Fixtures.date("2026-03-09T08:00:00Z"))
    let before = StudyDay(containing: Fixtures.date("2026-03-07T15:00:00Z"), timeZone: newYork)
    #expect(before.end.timeIntervalSince(before.start) == 23 * 3600)
  }
}
