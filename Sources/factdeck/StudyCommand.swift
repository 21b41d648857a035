import ArgumentParser
import Decks
import Foundation
import Questions
import Reviews
import Scheduling
import Sessions
import Terminal

/// `factdeck study [DECK…]` and bare `factdeck`: the full-screen study session, or line by line
/// when there is no terminal or with `--plain`.
struct StudyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "study",
    abstract: "Study the cards that are due (full screen; line by line with --plain).",
    discussion: """
      Every answer is saved before the next card appears; q quits at any moment and ? lists \
      the keys. Without a terminal on stdin and stdout the session runs line by line.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp("Decks to study, by id or file name (default: all).", valueName: "deck"))
  var deckNames: [String] = []

  @Flag(help: "Study any cards without changing their schedule.")
  var cram = false

  @Flag(help: "Line by line on stdin/stdout instead of full screen.")
  var plain = false

  @Option(
    name: .customLong("new"),
    help: ArgumentHelp("At most N new cards this session.", valueName: "n"))
  var newCards: Int?

  @Option(help: ArgumentHelp("At most N cards this session.", valueName: "n"))
  var limit: Int?

  func validate() throws {
    if let newCards, newCards < 0 { throw ValidationError("--new must be 0 or more") }
    if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more") }
  }

  func run() throws {
    let now = try Clock.now()
    let decks = try DeckFolder.load(from: global.decksDirectory)
    let scope = try DeckFolder.scope(for: deckNames, in: decks, folder: global.decksDirectory)
    let store = try global.openStore()
    let learner = try store.learner(named: global.learnerName)
    let scheduler = try Scheduler(SchedulerConfiguration())
    let backend = StoreStudyBackend(
      store: store, learner: learner, decks: decks, scheduler: scheduler)
    // A deck the store has never seen must be synced first; otherwise the sync waits until the
    // first card is on screen (it takes a while for big decks).
    let syncLater = try backend.knowsEveryDeck()
    if !syncLater { try backend.syncDecks(at: now) }
    let afterFirstCard: () -> StudyEvent? = {
      guard syncLater else { return nil }
      do {
        try backend.syncDecks(at: now)
        return nil
      } catch {
        return .failed("Could not update the decks in the database: \(error)")
      }
    }
    let options = StudySession.Options(
      cram: cram, limits: StudyLimits(newCards: newCards, total: limit))
    let runner = EffectRunner(backend: backend, clock: { try Clock.now() })
    let grades = SchedulerGrades(scheduler)
    let judge = AnswerJudge()

    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    var terminal: CursesScreen?
    if !plain && isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 && term != "dumb"
      && !term.isEmpty
    {
      do {
        terminal = try CursesScreen()
      } catch {
        // A terminal curses does not know still gets the session, line by line.
        FileHandle.standardError.write(Data("factdeck: \(error); studying line by line\n".utf8))
      }
    }
    guard let terminal else {
      let output = FileHandle.standardOutput
      let study = PlainStudy(
        readLine: { Swift.readLine(strippingNewline: true) },
        write: { output.write(Data($0.utf8)) }, runner: runner, clock: { try Clock.now() })
      try study.run(
        scope: scope ?? StudyScope(deckIDs: nil), learner: learner.name, options: options,
        grades: grades, judge: judge, afterFirstCard: afterFirstCard)
      return
    }
    defer { terminal.close() }
    let (columns, rows) = terminal.size
    let model = StudyScreen(
      learner: learner.name, decks: try backend.decks(at: now),
      allDecks: try backend.allDecks(at: now), options: options,
      columns: columns, rows: rows, at: now, grades: grades, judge: judge, startWith: scope)
    try CursesStudy.run(
      model, terminal: terminal, runner: runner, clock: { try Clock.now() },
      afterFirstFrame: afterFirstCard)
  }
}
