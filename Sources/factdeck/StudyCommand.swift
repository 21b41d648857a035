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
    let decks = try StudyDecks.load(from: global.decksDirectory)
    let scope = try StudyDecks.scope(for: deckNames, in: decks, folder: global.decksDirectory)
    let store = try openStore()
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

  private func openStore() throws -> ReviewStore {
    let (path, isDefault) = global.database
    if isDefault {
      try? FileManager.default.createDirectory(
        at: URL(fileURLWithPath: path).deletingLastPathComponent(),
        withIntermediateDirectories: true)
    }
    return try ReviewStore(path: path)
  }
}

/// The decks in the decks folder, read with the deck reader.
enum StudyDecks {
  static func load(from folder: URL) throws -> [Deck] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError.message(
        "no decks folder at \(folder.path); make one with deck files or pass --decks DIR")
    }
    let files = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    ).filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    var texts: [(file: URL, text: String)] = []
    for file in files {
      do {
        texts.append((file, try String(contentsOf: file, encoding: .utf8)))
      } catch {
        throw CLIError.message("\(file.path): cannot read it as UTF-8 text")
      }
    }
    // Big decks take a while to parse: one file per core.
    let results = ParsedDecks(count: texts.count)
    let inputs = texts
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      let (file, text) = inputs[index]
      results.set(
        index,
        Result {
          try DeckReader().read(
            text, file: file.path, defaultID: file.deletingPathExtension().lastPathComponent)
        })
    }
    var decks: [Deck] = []
    var seen = Set<String>()
    for (index, result) in results.all.enumerated() {
      let deck = try result.get()
      guard seen.insert(deck.id).inserted else {
        throw CLIError.message(
          "\(texts[index].file.path): deck id '\(deck.id)' is already used by another file")
      }
      decks.append(deck)
    }
    return decks
  }

  /// The decks named on the command line (by id or file name), nil for all.
  static func scope(for names: [String], in decks: [Deck], folder: URL) throws -> StudyScope? {
    guard !names.isEmpty else { return nil }
    var ids: [String] = []
    for name in names {
      let base = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
      guard let deck = decks.first(where: { $0.id == name || $0.id == base }) else {
        let known = decks.map(\.id).joined(separator: ", ")
        throw CLIError.message(
          "no deck '\(name)' in \(folder.path)" + (known.isEmpty ? "" : " (decks: \(known))"))
      }
      ids.append(deck.id)
    }
    return StudyScope(deckIDs: ids)
  }
}

/// Parse results gathered from several threads, in file order.
private final class ParsedDecks: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<Deck, any Error>?]

  init(count: Int) { results = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: Result<Deck, any Error>) {
    lock.lock()
    results[index] = result
    lock.unlock()
  }

  var all: [Result<Deck, any Error>] {
    lock.lock()
    defer { lock.unlock() }
    return results.map { $0! }
  }
}
