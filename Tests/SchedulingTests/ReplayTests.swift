import Foundation
import Testing

@testable import Scheduling

/// One learner's real Anki history (12,580 reviews of 1,205 cards) replayed card by card with
/// fuzz off, against py-fsrs 6.3.2's replay of the same log.
@Suite struct ReplayTests {
  struct ExpectedRow {
    let line: Int
    let cardID: String
    let time: Date
    let rating: Rating
    let elapsedDays: Int?
    let retrievability: Double?
    let state: LearningState
    let step: Int?
    let stability: Double
    let difficulty: Double
    let due: Date
  }

  static func rows(_ name: String) throws -> [[Substring]] {
    let lines = try FixtureFiles.text(name).split(whereSeparator: \.isNewline)
    return lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
  }

  static func expectedRows() throws -> [ExpectedRow] {
    let name = "review-log-josh.replay.csv"
    return try rows(name).enumerated().map { offset, f in
      let line = offset + 2
      func bad(_ reason: String) -> FixtureError { .badRow(file: name, line: line, reason: reason) }
      guard f.count == 10 else { throw bad("expected 10 fields, got \(f.count)") }
      guard let code = Int(f[2]), let rating = Rating(rawValue: code) else { throw bad("rating") }
      guard let stability = Double(f[7]), let difficulty = Double(f[8]) else {
        throw bad("stability/difficulty")
      }
      return ExpectedRow(
        line: line, cardID: String(f[0]), time: try Timestamp.parse(String(f[1])),
        rating: rating, elapsedDays: Int(f[3]), retrievability: Double(f[4]),
        state: try LearningState(fixtureName: String(f[5])), step: Int(f[6]),
        stability: stability, difficulty: difficulty, due: try Timestamp.parse(String(f[9])))
    }
  }

  @Test func replayMatchesReferenceRowByRow() throws {
    let log = try Self.rows("review-log-josh.csv")
    let expected = try Self.expectedRows()
    #expect(log.count == 12_580)
    #expect(expected.count == log.count)
    #expect(Set(log.map { $0[0] }).count == 1_205)

    let scheduler = try Scheduler(SchedulerConfiguration(fuzz: false))
    var cards: [Substring: CardSchedule] = [:]
    var mismatches = 0
    for (row, want) in zip(log, expected) {
      let cardID = row[0]
      let rating = try #require(Int(row[1]).flatMap(Rating.init(rawValue:)))
      let time = try Timestamp.parse(String(row[2]))
      #expect(String(cardID) == want.cardID && rating == want.rating, "line \(want.line)")
      let card = cards[cardID] ?? .new(due: time)
      let outcome = scheduler.review(card, rating: rating, at: time, cardKey: String(cardID))
      cards[cardID] = outcome.card
      let got = outcome.card
      let ok =
        got.state == want.state && got.step == want.step
        && closeRelative(got.stability, want.stability)
        && closeRelative(got.difficulty, want.difficulty) && sameInstant(got.due, want.due)
        && outcome.elapsedDays == want.elapsedDays
        && closeRelative(outcome.retrievability, want.retrievability)
      if !ok {
        mismatches += 1
        if mismatches <= 5 {
          Issue.record("line \(want.line): got \(got), \(outcome) want \(want)")
        }
      }
    }
    #expect(mismatches == 0)
    #expect(cards.count == 1_205)
  }
}
