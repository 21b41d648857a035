import Foundation
import Scheduling
import Testing

@testable import Reviews

@Suite struct DeckSyncTests {
  let day1 = Fixtures.date("2026-04-01T08:00:00Z")
  let day2 = Fixtures.date("2026-04-02T08:00:00Z")

  @Test func syncingKeepsTheStateOfCardsThatRemain() throws {
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "an")
    let first = try store.syncDeck(id: "d", title: "Old", cards: Fixtures.cards(3), at: day1)
    #expect(first == DeckSyncSummary(added: 3, removed: 0, changed: 0))
    let key = CardKey(deck: "d", card: "c1")
    let answered = try store.record(
      .good, for: key, learner: learner, shown: store.cardState(for: learner, card: key).schedule,
      at: day1, durationMs: 1, scheduler: Fixtures.scheduler())

    // The deck is regenerated: c0 is gone, c1 stays with another kind, c3 is new.
    let regenerated = [
      DeckCardIdentity(cardID: "c1", factID: "f-c1", kind: "short"),
      DeckCardIdentity(cardID: "c2", factID: "f-c2", kind: "cloze"),
      DeckCardIdentity(cardID: "c3", factID: "f-c3", kind: "cloze"),
    ]
    let second = try store.syncDeck(id: "d", title: "New", cards: regenerated, at: day2)
    #expect(second == DeckSyncSummary(added: 1, removed: 1, changed: 1))
    let states = try store.cardStates(for: learner, deck: "d")
    #expect(states.map(\.key.card) == ["c1", "c2", "c3"])
    #expect(states[0].schedule == answered.after)
    #expect(states[0].kind == "short")
    #expect(states[2].schedule == .new(due: day2))
    #expect(try store.decks().map(\.title) == ["New"])

    // c0 keeps its row and comes back as it was.
    #expect(try store.cardStates(for: learner, includingRemoved: true).count == 4)
    let back = try store.syncDeck(id: "d", title: "New", cards: Fixtures.cards(4), at: day2)
    #expect(back.added == 1)
    #expect(try store.cardState(for: learner, card: CardKey(deck: "d", card: "c0")).inDeck)
  }

  @Test func aLearnerAddedLaterStartsWithEveryCardNew() throws {
    let store = try ReviewStore.inMemory()
    try store.syncDeck(id: "d", title: "D", cards: Fixtures.cards(5), at: day1)
    let late = try store.learner(named: "late")
    let states = try store.cardStates(for: late)
    #expect(states.count == 5)
    #expect(states.allSatisfy { $0.schedule == .new(due: day1) && !$0.suspended })
    #expect(try store.learners().map(\.name) == ["late"])
  }
}

@Suite struct CardStateRowTests {
  @Test func encodesTheContractShape() throws {
    let learning = CardState(
      key: CardKey(deck: "vn", card: "c1"), factID: "f1", kind: "cloze",
      schedule: CardSchedule(
        state: .learning, step: 1, stability: 2.3065, difficulty: 2.118103970459016,
        due: Fixtures.date("2024-03-29T20:42:39.497Z"),
        lastReview: Fixtures.date("2024-03-29T20:32:39.497Z"), reps: 1, lapses: 0),
      suspended: false, buriedUntil: nil, inDeck: true)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode([CardStateRow(learning)]), as: UTF8.self)
    #expect(
      json
        == #"[{"buried_until":null,"card":"c1","deck":"vn","difficulty":2.118103970459016,"#
        + #""due":"2024-03-29T20:42:39.497Z","fact":"f1","lapses":0,"#
        + #""last_review":"2024-03-29T20:32:39.497Z","reps":1,"stability":2.3065,"#
        + #""state":"learning","step":1,"suspended":false}]"#)

    let fresh = CardState(
      key: CardKey(deck: "vn", card: "c2"), factID: "f2", kind: "choice",
      schedule: .new(due: Fixtures.date("2026-01-01T00:00:00Z")), suspended: true,
      buriedUntil: nil, inDeck: true)
    let object = try JSONSerialization.jsonObject(with: encoder.encode(CardStateRow(fresh)))
    let fields = try #require(object as? [String: Any])
    for key in [
      "card", "deck", "state", "step", "stability", "difficulty", "due", "last_review", "reps",
      "lapses",
    ] {
      #expect(fields[key] != nil, "missing \(key)")
    }
    #expect(fields["state"] as? String == "new")
    #expect(fields["due"] as? String == "2026-01-01T00:00:00Z")
    #expect(fields["last_review"] is NSNull)
  }
}

@Suite struct UTCTimestampTests {
  @Test func parsesTheFormsInUse() {
    #expect(UTCTimestamp.milliseconds(from: "1970-01-01T00:00:00Z") == 0)
    #expect(
      UTCTimestamp.milliseconds(from: "2024-03-29T20:32:32.250000+00:00") == 1_711_744_352_250)
    #expect(UTCTimestamp.milliseconds(from: "2024-03-29T21:32:32.25+01:00") == 1_711_744_352_250)
    #expect(UTCTimestamp.milliseconds(from: "2024-02-29T00:00:00Z") == 1_709_164_800_000)
    #expect(UTCTimestamp.milliseconds(from: "1969-12-31T23:59:59.999Z") == -1)
    for bad in [
      "", "2024-03-29", "2024-03-29T20:32:32", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
      "2024-03-29T20:32:32.Z", "2024-03-29T20:32:32Zjunk", "yesterday",
    ] {
      #expect(UTCTimestamp.milliseconds(from: bad) == nil, "\(bad)")
    }
  }

  @Test func formatsAndParsesBack() {
    for value: Int64 in [0, -1, 1_711_744_352_250, 1_711_744_352_000, 4_102_444_800_001] {
      let text = UTCTimestamp.string(milliseconds: value)
      #expect(UTCTimestamp.milliseconds(from: text) == value, "\(text)")
    }
    #expect(UTCTimestamp.string(milliseconds: 1_711_744_352_000) == "2024-03-29T20:32:32Z")
    #expect(UTCTimestamp.string(milliseconds: -1) == "1969-12-31T23:59:59.999Z")
  }
}
