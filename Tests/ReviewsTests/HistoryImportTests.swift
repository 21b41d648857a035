import Foundation
import Scheduling
import Testing

@testable import Reviews

@Suite struct HistoryImportTests {
  /// The whole real log, replayed with fuzz off, must leave every card exactly where py-fsrs
  /// leaves it (the replay fixture's last row per card).
  @Test func importingJoshsLogMatchesTheReferenceReplay() throws {
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "josh")
    let summary = try store.importHistory(
      csvAt: Fixtures.joshLog, for: learner, scheduler: Fixtures.scheduler())
    #expect(summary.imported == 12_580)
    #expect(summary.cards == 1_205)
    #expect(summary.skipped == 0)

    let expected = try lastReplayRows()
    let states = try store.cardStates(for: learner, deck: "history")
    #expect(states.count == expected.count)
    var mismatches: [String] = []
    for state in states {
      guard let want = expected[state.key.card] else {
        mismatches.append("\(state.key.card): not in the replay")
        continue
      }
      let have = state.schedule
      if have.state != want.state || have.step != want.step || have.due != want.due
        || !close(have.stability, want.stability) || !close(have.difficulty, want.difficulty)
      {
        mismatches.append("\(state.key.card): \(have) ≠ \(want)")
      }
    }
    #expect(mismatches.count == 0, "first mismatches: \(mismatches.prefix(5))")

    let log = try store.reviews(for: learner)
    #expect(log.count == 12_580)
    #expect(log.allSatisfy { $0.kind == .imported })
    #expect(try store.rebuildCardStates(for: learner, scheduler: Fixtures.scheduler()).isEmpty)

    // Importing the same file again changes nothing.
    let again = try store.importHistory(
      csvAt: Fixtures.joshLog, for: learner, scheduler: Fixtures.scheduler())
    #expect(again.imported == 0)
    #expect(again.skipped == 12_580)
    #expect(try store.cardStates(for: learner, deck: "history") == states)
  }

  @Test func aBadLineIsNamedAndNothingIsWritten() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("history.csv")
    let text = """
      card_id,review_rating,review_time,review_duration
      1,3,2024-03-29T20:32:32.250000+00:00,25060
      2,5,2024-03-29T20:33:32+00:00,1000
      """
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "an")
    let error = #expect(throws: ReviewHistoryError.self) {
      try store.importHistory(csvAt: path, for: learner, scheduler: Fixtures.scheduler())
    }
    #expect(error?.description == "\(path):3: review_rating \"5\" is not 1, 2, 3 or 4")
    #expect(try store.reviews(for: learner).isEmpty)
    #expect(try store.cardStates(for: learner).isEmpty)
  }

  @Test func badHeadersTimesAndFieldCountsNameTheLine() {
    func message(_ text: String) -> String? {
      do {
        _ = try ReviewHistoryCSV(text: text, file: "h.csv")
        return nil
      } catch {
        return error.description
      }
    }
    #expect(
      message("card,rating\n1,3") == "h.csv:1: the header needs the columns "
        + "card_id,review_rating,review_time,review_duration; card_id is missing")
    #expect(
      message("card_id,review_rating,review_time,review_duration\n1,3,yesterday,5")
        == "h.csv:2: review_time \"yesterday\" is not an ISO-8601 time with offset")
    #expect(
      message("card_id,review_rating,review_time,review_duration\n\n1,3,2024-01-01T00:00:00Z")
        == "h.csv:3: expected 4 fields, found 3")
    #expect(
      message("card_id,review_rating,review_time,review_duration\n1,3,2024-01-01T00:00:00Z,-4")
        == "h.csv:2: review_duration \"-4\" is not a number of milliseconds")
    #expect(message("") == "h.csv:1: the file is empty")
  }

  @Test func aReviewOlderThanTheCardsLatestIsRefused() throws {
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "an")
    let scheduler = try Fixtures.scheduler()
    let first = try ReviewHistoryCSV(
      text: "card_id,review_rating,review_time,review_duration\n7,3,2024-05-02T10:00:00Z,100",
      file: "first.csv")
    try store.importHistory(first, file: "first.csv", for: learner, scheduler: scheduler)
    let older = try ReviewHistoryCSV(
      text: "card_id,review_rating,review_time,review_duration\n7,1,2024-05-01T10:00:00Z,100",
      file: "older.csv")
    let error = #expect(throws: ReviewHistoryError.self) {
      try store.importHistory(older, file: "older.csv", for: learner, scheduler: scheduler)
    }
    #expect(
      error?.description
        == "older.csv:2: card 7 was already reviewed later, at 2024-05-02T10:00:00Z")
    #expect(try store.reviews(for: learner).count == 1)
  }

  @Test func aMissingFileIsNamed() throws {
    let store = try ReviewStore.inMemory()
    let learner = try store.learner(named: "an")
    #expect(throws: ReviewHistoryError.unreadable(file: "/nonexistent/h.csv")) {
      try store.importHistory(
        csvAt: "/nonexistent/h.csv", for: learner, scheduler: Fixtures.scheduler())
    }
  }

  private func close(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))
  }

  /// card_id → the schedule fields of its last row in the replay fixture.
  private func lastReplayRows() throws -> [String: CardSchedule] {
    let text = try String(contentsOfFile: Fixtures.joshReplay, encoding: .utf8)
    var result: [String: CardSchedule] = [:]
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let state = LearningState(rawValue: f[5].lowercased())!
      result[f[0]] = CardSchedule(
        state: state, step: Int(f[6]), stability: Double(f[7]), difficulty: Double(f[8]),
        due: Fixtures.date(f[9]), lastReview: Fixtures.date(f[1]), reps: 0, lapses: 0)
    }
    return result
  }
}
