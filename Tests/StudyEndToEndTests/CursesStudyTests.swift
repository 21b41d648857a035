import Foundation
import Reviews
import Scheduling
import Testing

/// The real binary in a real (tmux) terminal: keys in, screen out, reviews in the database.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed"))
struct CursesStudyTests {
  func command(_ run: StudyRun) -> String {
    let args = run.arguments().map { "'\($0)'" }.joined(separator: " ")
    return "exec env FACTDECK_NOW=\(run.now) '\(StudyRun.binary)' \(args)"
  }

  @Test func studiesUndoesAndRedrawsOnResize() throws {
    let run = try StudyRun()
    let tmux = Tmux()
    defer { tmux.kill() }
    try tmux.start(command(run))
    // Each expected line is waited for: a busy machine may catch a frame half drawn.
    var screen = try tmux.waitFor("All decks")
    screen = try tmux.waitFor("Famous towers")
    try tmux.keys("Enter")
    screen = try tmux.waitFor("Fill the gap")
    screen = try tmux.waitFor("finished in _____.")

    // A typed answer, judged, then graded Good.
    try tmux.literal("1889")
    try tmux.keys("Enter")
    // The rating bar is drawn last: wait for it, so a busy machine cannot catch a half frame.
    screen = try tmux.waitFor("3 Good 10m")
    screen = try tmux.waitFor("✓ right")
    screen = try tmux.waitFor("Source  The iron lattice tower")
    try tmux.keys("3")
    screen = try tmux.waitFor("Short answer")

    // Reveal, grade Easy, then take it back.
    try tmux.keys("Space")
    try tmux.waitFor("Answer  Maurice Koechlin")
    try tmux.keys("4")
    screen = try tmux.waitFor("Multiple choice")
    try tmux.keys("u")
    screen = try tmux.waitFor("Took back the last answer.")
    screen = try tmux.waitFor("Short answer")
    try tmux.keys("Space")
    try tmux.waitFor("Answer  Maurice Koechlin")
    try tmux.keys("1")
    screen = try tmux.waitFor("Multiple choice")

    // "b" picks option b on a choice card.
    try tmux.keys("b")
    screen = try tmux.waitFor("✓ 2 b) Pisa")

    // A smaller terminal redraws to fit; a tiny one says so; both recover.
    try tmux.resize(columns: 50, rows: 16)
    screen = try tmux.waitFor("1 Again")
    screen = try tmux.waitFor("Pisa")
    #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 50 })
    try tmux.resize(columns: 20, rows: 6)
    screen = try tmux.waitFor("too small")
    try tmux.resize(columns: 80, rows: 24)
    screen = try tmux.waitFor("Source  The leaning bell tower")
    try tmux.keys("3")
    screen = try tmux.waitFor("True or false?")
    try tmux.keys("q")
    #expect(tmux.waitForExit())

    let reviews = try run.reviews()
    #expect(reviews.map(\.card.card) == ["cloze-year", "short-designer", "choice-city"])
    #expect(reviews.map(\.rating) == [.good, .again, .good])
    let all = try run.reviews(includingUndone: true)
    #expect(all.count == 4)
    #expect(all.contains { $0.card.card == "short-designer" && $0.rating == .easy })
    let states = Dictionary(uniqueKeysWithValues: try run.cardStates().map { ($0.key.card, $0) })
    #expect(states["short-designer"]?.schedule.state == .learning)
    #expect(states["short-designer"]?.schedule.step == 0)
    #expect(states["tf-height"]?.schedule.state == .new)
  }

  @Test func killingTheProcessLosesNoGradeGiven() throws {
    let run = try StudyRun()
    let tmux = Tmux()
    defer { tmux.kill() }
    try tmux.start(command(run).replacingOccurrences(of: "'study'", with: "'study' 'towers'"))
    try tmux.waitFor("Fill the gap")
    try tmux.keys("Space")
    try tmux.waitFor("Answer  1889")
    try tmux.keys("3")
    try tmux.waitFor("Short answer")
    try tmux.keys("Space")
    try tmux.waitFor("Answer  Maurice")
    try tmux.keys("2")
    try tmux.waitFor("Multiple choice")
    try tmux.keys("a")
    try tmux.waitFor("✗ 1 a) Siena")
    try tmux.keys("1")
    let screen = try tmux.waitFor("True or false?")
    #expect(screen.contains("True or false?"))
    let pid = try #require(try tmux.panePID())
    kill(pid, SIGKILL)
    #expect(tmux.waitForExit())

    let reviews = try run.reviews()
    #expect(reviews.map(\.rating) == [.good, .hard, .again])
    #expect(reviews.map(\.card.card) == ["cloze-year", "short-designer", "choice-city"])
  }

  @Test func sigtermRestoresTheTerminalAndKeepsAnswers() throws {
    let run = try StudyRun()
    let tmux = Tmux()
    defer { tmux.kill() }
    // The shell stays after factdeck ends, so the screen after it can be read.
    let args = run.arguments(["towers"]).map { "'\($0)'" }.joined(separator: " ")
    try tmux.start(
      "env FACTDECK_NOW=\(run.now) '\(StudyRun.binary)' \(args); echo \"status $?\"; sleep 30")
    try tmux.waitFor("Fill the gap")
    try tmux.keys("Space")
    try tmux.waitFor("Answer  1889")
    try tmux.keys("4")
    try tmux.waitFor("Short answer")
    let shellPID = try #require(try tmux.panePID())
    // factdeck is the shell's child.
    let child = try #require(childPID(of: shellPID))
    kill(child, SIGTERM)
    let screen = try tmux.waitFor("status 143")
    #expect(screen.contains("status 143"))
    // endwin ran: the full-screen frame is gone from the normal screen.
    #expect(!screen.contains("Short answer"))
    #expect(try run.reviews().map(\.rating) == [.easy])
  }

  @Test(arguments: [false, true]) func coloursUnlessNoColorIsSet(noColor: Bool) throws {
    let run = try StudyRun()
    let tmux = Tmux()
    defer { tmux.kill() }
    let setting = noColor ? "NO_COLOR=1 " : "NO_COLOR= "
    try tmux.start(command(run).replacingOccurrences(of: "exec env ", with: "exec env \(setting)"))
    try tmux.waitFor("All decks")
    try tmux.keys("Enter")
    try tmux.waitFor("Fill the gap")
    try tmux.keys("Space")
    try tmux.waitFor("Answer  1889")
    let styled = try tmux.styledScreen()
    let foreground = (1...7).contains { styled.contains("\u{1B}[3\($0)m") }
    #expect(foreground == !noColor)
    // Without colour the roles still differ: bold, reverse, underline, dim.
    #expect(styled.contains("\u{1B}[1m") || styled.contains(";1m"))
  }

  private func childPID(of parent: Int32) -> Int32? {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      let path = "/proc/\(parent)/task/\(parent)/children"
      if let text = try? String(contentsOfFile: path, encoding: .utf8),
        let pid = text.split(separator: " ").first.flatMap({ Int32($0) })
      {
        return pid
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }
}
