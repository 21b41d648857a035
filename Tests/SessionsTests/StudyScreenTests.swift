import Foundation
import Questions
import Scheduling
import Testing

@testable import Sessions

/// The screens as the learner sees them: every test reads the rendered grid.
@Suite struct StudyScreenTests {
  let renderer = ScreenRenderer()
  static let sizes = [(80, 24), (40, 16), (160, 48)]

  func render(_ screen: StudyScreen) -> ScreenGrid { renderer.render(screen) }

  @Test(arguments: sizes) func homeListsDecksWithTheirCounts(columns: Int, rows: Int) throws {
    var screen = StudyScreen(
      learner: "ana", decks: StudyFixtures.decks, columns: columns, rows: rows,
      at: StudyFixtures.start, grades: StudyFixtures.grades, judge: ExactJudge())
    var grid = render(screen)
    #expect(grid.line(0).contains("ana"))
    #expect(grid.text.contains("4 reviewed"))
    let all = try #require(grid.find("All decks"))
    #expect(grid[all.row, all.column].style == .selected)
    #expect(grid.line(all.row).hasSuffix(columns >= 80 ? "5     1    9     4" : "5     1    9"))
    let towers = try #require(grid.find("Famous towers"))
    #expect(grid.line(towers.row).hasSuffix(columns >= 80 ? "5     1    2     4" : "5     1    2"))
    _ = screen.press([.down])
    grid = render(screen)
    #expect(grid[towers.row, towers.column].style == .selected)
    #expect(grid[all.row, all.column].style != .selected)
    let effects = screen.press([.enter])
    #expect(effects == [.load(StudyScope(deckIDs: ["towers"]))])
    #expect(render(screen).text.contains("Loading"))
  }

  @Test func allDecksShowsWhatASessionOverAllWouldHoldNotTheSum() throws {
    // Two decks of 5 new cards each, but the daily limit leaves 6 for today over both.
    var screen = StudyScreen(
      learner: "ana", decks: StudyFixtures.decks,
      allDecks: QueueCounts(new: 6, learning: 1, review: 9), columns: 80, rows: 24,
      at: StudyFixtures.start, grades: StudyFixtures.grades, judge: ExactJudge())
    var grid = render(screen)
    var all = try #require(grid.find("All decks"))
    #expect(grid.line(all.row).hasSuffix("6     1    9     4"))
    // A refresh after a session brings new figures for both.
    _ = screen.handle(
      .decks(StudyFixtures.decks, all: QueueCounts(new: 2, learning: 0, review: 3)),
      at: StudyFixtures.start)
    grid = render(screen)
    all = try #require(grid.find("All decks"))
    #expect(grid.line(all.row).hasSuffix("2     0    3     4"))
  }

  @Test(arguments: sizes) func clozeAsksForATypedAnswerAndShowsTheDifference(
    columns: Int, rows: Int
  ) throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds, columns: columns, rows: rows)
    var grid = render(screen)
    #expect(grid.text.contains("Fill the gap"))
    #expect(grid.text.contains("_____"))
    #expect(grid.text.contains("Answer  ▏"))
    // Letters are answer text, not commands, while typing.
    _ = screen.type("1890bs")
    grid = render(screen)
    #expect(grid.text.contains("Answer  1890bs▏"))
    _ = screen.press([.backspace, .backspace, .enter])
    grid = render(screen)
    #expect(grid.text.contains("You     1890  ✗ wrong"))
    #expect(grid.text.contains("Wanted  1889"))
    #expect(grid.text.contains("Source  The tower was finished in"))
    let again = try #require(grid.find("Again 1m"))
    #expect(grid[again.row, again.column].style == .selected)  // wrong → Again proposed
    #expect(grid.text.contains("Good 10m"))
    #expect(grid.text.contains("Easy"))
  }

  @Test(arguments: sizes) func aRightTypedAnswerProposesGood(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds, columns: columns, rows: rows)
    _ = screen.type("1889")
    _ = screen.press([.enter])
    let grid = render(screen)
    #expect(grid.text.contains("You     1889  ✓ right"))
    let good = try #require(grid.find("Good 10m"))
    #expect(grid[good.row, good.column].style == .selected)
    let effects = screen.press([.enter])
    #expect(effects.first?.rating == .good)
    #expect(render(screen).text.contains("Short answer"))
  }

  @Test(arguments: sizes) func shortAnswerCardsAskAndReveal(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(
      [StudyFixtures.card(StudyFixtures.short)], columns: columns, rows: rows)
    var grid = render(screen)
    #expect(grid.text.contains("Short answer"))
    #expect(grid.text.contains("Who designed the tower's structure?"))
    #expect(grid.text.contains("Answer  ▏"))
    _ = screen.type("Maurice Koechlin")
    _ = screen.press([.enter])
    grid = render(screen)
    #expect(grid.text.contains("✓ right"))
    #expect(grid.text.contains("Answer  Maurice Koechlin"))
    #expect(grid.text.contains("4 Easy"))
  }

  @Test func spaceOnAnEmptyFieldRevealsWithoutJudging() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    _ = screen.press([.character(" ")])
    let grid = render(screen)
    #expect(grid.text.contains("Revealed without answering."))
    #expect(grid.text.contains("Answer  1889"))
    #expect(screen.session?.current?.proposed == nil)
  }

  @Test(arguments: sizes) func choiceTakesNumbersOrLetters(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(
      [StudyFixtures.card(StudyFixtures.choice)], columns: columns, rows: rows)
    var grid = render(screen)
    #expect(grid.text.contains("Multiple choice"))
    #expect(grid.text.contains("1 a) Lyon"))
    #expect(grid.text.contains("4 d) Lille"))
    // "b" is option b here, not bury.
    let effects = screen.press([.character("b")])
    #expect(effects.isEmpty)
    grid = render(screen)
    #expect(grid.text.contains("✓ 2 b) Paris"))
    #expect(screen.session?.current?.proposed == .good)
  }

  @Test func aWrongChoiceIsMarked() throws {
    var screen = StudyFixtures.screen([StudyFixtures.card(StudyFixtures.choice)])
    _ = screen.press([.character("3")])
    let grid = render(screen)
    #expect(grid.text.contains("✗ 3 c) Nice"))
    #expect(grid.text.contains("✓ 2 b) Paris"))
    let nice = try #require(grid.find("Nice"))
    #expect(grid[nice.row, nice.column].style == .bad)
  }

  @Test(arguments: sizes) func trueFalseTakesTOrF(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(
      [StudyFixtures.card(StudyFixtures.trueFalse)], columns: columns, rows: rows)
    #expect(render(screen).text.contains("t True      f False"))
    _ = screen.press([.character("t")])
    let grid = render(screen)
    #expect(grid.text.contains("You said True  ✗ wrong"))
    #expect(grid.text.contains("Answer  False"))
  }

  @Test(arguments: sizes) func orderIsRearrangedWithKeys(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(
      [StudyFixtures.card(StudyFixtures.order)], columns: columns, rows: rows)
    var grid = render(screen)
    #expect(grid.text.contains("▸ 1. Opening"))
    // Opening to the bottom: pick it up, move down twice, drop.
    _ = screen.press([.character(" "), .down, .down, .character(" ")])
    grid = render(screen)
    #expect(grid.text.contains("1. Design"))
    #expect(grid.text.contains("2. Building"))
    #expect(grid.text.contains("▸ 3. Opening"))
    _ = screen.press([.enter])
    grid = render(screen)
    #expect(grid.text.contains("Your order  ✓ right"))
    #expect(grid.text.contains("Answer  Design → Building → Opening"))
  }

  @Test func gradesAreCommittedBeforeTheNextCardIsShown() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    _ = screen.press([.character(" ")])
    let effects = screen.handle(.key(.character("3")), at: StudyFixtures.start)
    #expect(effects.first?.rating == .good)
    var grid = render(screen)
    #expect(grid.text.contains("Fill the gap"))
    #expect(grid.text.contains("Saving…"))
    // Keys wait while saving.
    #expect(screen.handle(.key(.character("4")), at: StudyFixtures.start).isEmpty)
    _ = screen.handle(.recorded(ReviewReceipt(reviewID: "a")), at: StudyFixtures.start)
    grid = render(screen)
    #expect(grid.text.contains("Short answer"))
  }

  @Test func undoTakesBackAnswersInTheDatabaseToo() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    _ = screen.press([.character(" "), .character("4")])
    _ = screen.press([.character(" "), .character("4")])
    #expect(render(screen).text.contains("Multiple choice"))
    var effects = screen.press([.character("u")])
    #expect(effects.count == 1)
    if case .undo(let record, _)? = effects.first {
      #expect(record.card.question.id == "s1")
    } else {
      Issue.record("expected undo, got \(effects)")
    }
    #expect(render(screen).text.contains("Short answer"))
    #expect(render(screen).text.contains("Took back the last answer."))
    // Ctrl-Z works while typing too.
    effects = screen.press([.control("z")])
    #expect(effects.count == 1)
    #expect(render(screen).text.contains("Fill the gap"))
    #expect(screen.press([.control("z")]).isEmpty)
    #expect(render(screen).text.contains("Nothing to undo."))
  }

  @Test func escapeThenALetterIsACommandWhileTyping() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    _ = screen.press([.escape])
    #expect(render(screen).text.contains("Command: u undo"))
    let effects = screen.press([.character("b")])
    #expect(effects == [.bury(StudyFixtures.allKinds[0])])
    let grid = render(screen)
    #expect(grid.text.contains("Short answer"))
    #expect(grid.text.contains("Buried until tomorrow."))
    _ = screen.press([.escape])
    #expect(screen.press([.character("s")]) == [.suspend(StudyFixtures.allKinds[1])])
  }

  @Test func quitWorksEverywhere() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    #expect(screen.press([.control("c")]) == [.quit])
    _ = screen.press([.character(" ")])
    #expect(screen.press([.character("q")]) == [.quit])
  }

  @Test(arguments: sizes) func helpListsEveryKey(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds, columns: columns, rows: rows)
    _ = screen.press([.character(" ")])
    _ = screen.press([.character("?")])
    var text = render(screen).text
    let pages = ScreenRenderer().helpPages(columns: columns, rows: rows).count
    #expect(pages >= 1)
    if pages > 1 { #expect(text.contains("page 1 of \(pages)")) }
    for _ in 1..<pages {
      _ = screen.press([.character(" ")])
      text += render(screen).text
    }
    for phrase in [
      "Again, Hard, Good, Easy", "take back the last", "bury the card", "suspend the card",
      "quit;", "reveal without", "reorder a", "true or false", "Ctrl-Z", "Esc",
    ] {
      #expect(text.contains(phrase), "help lacks \(phrase)")
    }
    _ = screen.press([.character("x")])
    #expect(render(screen).text.contains("Fill the gap"))
  }

  @Test func aSmallTerminalSaysSoAndRecovers() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    _ = screen.press([.resize(columns: 20, rows: 6)])
    var grid = render(screen)
    #expect(grid.columns == 20)
    #expect(grid.text.contains("Terminal too small"))
    _ = screen.press([.resize(columns: 100, rows: 30)])
    grid = render(screen)
    #expect(grid.text.contains("Fill the gap"))
    #expect(grid.lines.count == 30)
  }

  @Test func aCardTooTallForTheTerminalSaysWhatItNeeds() throws {
    let long = StudyFixtures.question(
      "long", .short,
      prompt: Array(repeating: "Which tower is tallest?", count: 12).joined(separator: " "),
      answer: "x")
    var screen = StudyFixtures.screen([StudyFixtures.card(long)], columns: 30, rows: 12)
    var grid = render(screen)
    #expect(grid.text.contains("Terminal too small"))
    #expect(grid.text.contains("this card"))
    _ = screen.press([.resize(columns: 80, rows: 24)])
    grid = render(screen)
    #expect(grid.text.contains("Which tower is tallest?"))
  }

  @Test func doubleWidthTextIsLaidOutByDisplayWidth() throws {
    let cjk = StudyFixtures.question(
      "cjk", .short, prompt: "长江是亚洲最长的河流，流经中国许多省份和城市。它的长度是多少公里？", answer: "6300")
    let screen = StudyFixtures.screen([StudyFixtures.card(cjk)], columns: 30, rows: 16)
    let grid = render(screen)
    let start = try #require(grid.find("长江"))
    #expect(grid[start.row, start.column].text == "长")
    #expect(grid[start.row, start.column + 1].isContinuation)
    #expect(grid[start.row, start.column + 2].text == "江")
    // Every line fits in 30 columns and the text wrapped onto more lines.
    for row in 0..<grid.rows {
      #expect(grid.measure.columns(of: grid.line(row)) <= 30)
    }
    #expect(grid.text.contains("公里？"))
  }

  @Test func untrustedDeckTextNeverReachesTheTerminalAsControls() throws {
    let evil = StudyFixtures.question(
      "evil", .short, prompt: "Name\u{1B}]0;pwned\u{07} the \u{1B}[2Jtower\u{9B}31m?", answer: "x")
    let screen = StudyFixtures.screen([StudyFixtures.card(evil)])
    let grid = render(screen)
    #expect(grid.text.contains("Name the tower"))
    for cell in grid.cells {
      #expect(
        cell.text.unicodeScalars.allSatisfy {
          $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value)
        })
    }
  }

  @Test(arguments: sizes) func theEndShowsWhatWasDoneAndWhatIsNext(columns: Int, rows: Int) throws {
    var screen = StudyFixtures.screen(
      [StudyFixtures.card(StudyFixtures.cloze)], columns: columns, rows: rows)
    _ = screen.type("1889")
    _ = screen.press([.enter, .character("4")])
    #expect(screen.page == .finished)
    let grid = render(screen)
    #expect(grid.text.contains("Session complete."))
    #expect(grid.text.contains("Cards studied  1"))
    #expect(grid.text.contains("Accuracy       100%"))
    #expect(grid.text.contains("Time           0s"))
    #expect(grid.text.contains("Next due       in 8 days"))
  }

  @Test func theEndAsksWhenTheNextCardIsDue() throws {
    var screen = StudyFixtures.screen([StudyFixtures.card(StudyFixtures.cloze)])
    _ = screen.press([.character(" ")])
    _ = screen.handle(.key(.character("4")), at: StudyFixtures.start)
    let effects = screen.handle(.recorded(nil), at: StudyFixtures.start)
    #expect(effects == [.findNextDue(StudyScope(deckIDs: ["towers"]))])
    _ = screen.handle(
      .nextDue(StudyFixtures.start.addingTimeInterval(3600)), at: StudyFixtures.start)
    #expect(render(screen).text.contains("Next due       in 1h"))
  }

  @Test func progressAndCountsFollowTheSession() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds)
    var grid = render(screen)
    #expect(grid.line(0).contains("New 5 · Learn 0 · Due 0 · 0:00"))
    #expect(grid.line(1).hasSuffix("0/5"))
    _ = screen.press(
      [.character(" "), .character("1")], at: StudyFixtures.start.addingTimeInterval(65))
    grid = render(screen)
    #expect(grid.line(0).contains("New 4 · Learn 1 · Due 0 · 1:05"))
    #expect(grid.line(1).hasSuffix("1/6"))
    #expect(grid.line(1).contains("█"))
  }

  @Test func cramShowsNoIntervals() throws {
    var screen = StudyFixtures.screen(StudyFixtures.allKinds, cram: true)
    _ = screen.press([.character(" ")])
    let grid = render(screen)
    #expect(grid.line(0).contains("cram"))
    #expect(
      grid.text.contains("1 Again   2 Hard   3 Good   4 Easy") || grid.text.contains(" 1 Again "))
    #expect(!grid.text.contains("10m"))
  }
}

extension StudyEffect {
  var rating: Rating? {
    if case .record(let r) = self { return r.rating }
    return nil
  }
}
