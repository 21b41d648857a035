import Foundation
import Reviews
import Scheduling
import Testing

/// `--plain` and piped input: the same session, line by line.
@Suite struct PlainStudyTests {
  @Test func pipedAnswersAreJudgedGradedAndStored() throws {
    let run = try StudyRun()
    // cloze typed right, Enter = suggested Good; short answer with a typo; choice by letter;
    // true/false wrong, accept Again; then quit.
    let input = "1889\n\nMaurice Kochlin\n4\nb\n\nt\n\n:q\n"
    let (status, output) = try run.pipe([], input: input)
    #expect(status == 0)
    #expect(output.contains("5 new, 0 learning, 0 due"))
    #expect(output.contains("You typed: 1889 — right"))
    #expect(output.contains("Grades: 1 Again (1m) · 2 Hard (6m) · 3 Good (10m)"))
    #expect(output.contains("You typed: Maurice Kochlin — right"))
    #expect(output.contains("You chose 2) Pisa — right"))
    #expect(output.contains("You said true — wrong"))
    #expect(output.contains("Session over: 4 cards studied"))
    #expect(output.contains("Accuracy: 75%"))
    #expect(!output.contains("\u{1B}"))
    let reviews = try run.reviews()
    #expect(reviews.map(\.rating) == [.good, .easy, .good, .again])
  }

  @Test func plainFlagUndoAndEndOfInput() throws {
    let run = try StudyRun()
    let (status, output) = try run.pipe(["--plain", "towers"], input: "\n3\n\n3\n:u\n\n1\n")
    #expect(status == 0)
    #expect(output.contains("Took back the last answer."))
    let reviews = try run.reviews()
    #expect(reviews.map(\.rating) == [.good, .again])
    #expect(try run.reviews(includingUndone: true).count == 3)
  }

  @Test func cramLeavesEveryScheduleAsItWas() throws {
    let run = try StudyRun()
    let (status, output) = try run.pipe(["--cram"], input: "\n1\n\n4\n")
    #expect(status == 0)
    #expect(output.contains("cram"))
    let reviews = try run.reviews()
    #expect(reviews.count == 2)
    #expect(reviews.allSatisfy { $0.kind == .cram })
    #expect(try run.cardStates().allSatisfy { $0.schedule.state == .new && $0.schedule.reps == 0 })
  }

  @Test func sessionCapsLimitTheCards() throws {
    let run = try StudyRun()
    let (_, output) = try run.pipe(["--new", "2"], input: "")
    #expect(output.contains("2 new, 0 learning, 0 due"))
    let (_, limited) = try run.pipe(["--limit", "1"], input: "")
    #expect(limited.contains("1 new, 0 learning, 0 due"))
  }

  @Test func unknownDecksAndBadOptionsAreClearErrors() throws {
    let run = try StudyRun()
    let (status, output) = try run.pipe(["rivers"], input: "")
    #expect(status == 1)
    #expect(output.contains("no deck 'rivers'"))
    #expect(output.contains("decks: towers"))
    let (usage, _) = try run.pipe(["--limit", "0"], input: "")
    #expect(usage == 2)
  }

  @Test func editedDecksReachTheDatabase() throws {
    let run = try StudyRun()
    let file = try run.copyDecks()
    _ = try run.pipe([], input: "\n3\n")
    // A teacher adds a card and removes one.
    var text = try String(contentsOf: file, encoding: .utf8)
    text = text.replacingOccurrences(of: "  - id: tf-height", with: "  - id: tf-height-new")
    text = text.replacingOccurrences(of: "id: f-height", with: "id: f-height-new")
    try text.write(to: file, atomically: true, encoding: .utf8)
    // The second run shows its first card from the stored states, then syncs.
    let (_, second) = try run.pipe([], input: "")
    #expect(second.contains("Short answer"))
    let states = try run.cardStates().map(\.key.card)
    #expect(states.contains("tf-height-new"))
    #expect(!states.contains("tf-height"))
    let (_, third) = try run.pipe(["--limit", "10"], input: "")
    // short, choice, order and the added card; the graded card is learning, due later.
    #expect(third.contains("4 new, 0 learning, 0 due"))
  }

  @Test func bareFactdeckStudiesToo() throws {
    let run = try StudyRun()
    let (status, output) = try run.pipe(["--bare"], input: "1889\n\n")
    #expect(status == 0)
    #expect(output.contains("You typed: 1889 — right"))
    #expect(try run.reviews().map(\.rating) == [.good])
  }

  @Test func aBrokenDeckFileIsNamedWithItsLine() throws {
    let run = try StudyRun()
    let file = try run.copyDecks()
    let broken = file.deletingLastPathComponent().appendingPathComponent("broken.yaml")
    try "id: broken\ntitle: [unclosed\ncards: []\n".write(
      to: broken, atomically: true, encoding: .utf8)
    let (status, output) = try run.pipe([], input: "")
    #expect(status == 1)
    #expect(output.contains("broken.yaml:"))
    #expect(!output.contains("factdeck study —"))
  }

  @Test func timelinesAreOrderedByNumber() throws {
    let run = try StudyRun()
    // Reveal and grade the first four cards, then order the timeline: items 2, 3, 1.
    let input = "\n4\n\n4\n\n4\n\n4\n5 1\n231\n\n"
    let (status, output) = try run.pipe([], input: input)
    #expect(status == 0)
    #expect(output.contains("Type each number 1–3 once, in order."))
    #expect(
      output.contains(
        "Your order: Pisa bell tower → Paris lattice tower → Tokyo broadcast tower — right"))
    #expect(try run.reviews().last?.rating == .good)
  }
}
