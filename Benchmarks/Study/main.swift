import BenchmarkSupport
import Decks
import Foundation
import Questions
import Reviews
import Scheduling
import Sessions
import Terminal

// Study start-up and drawing with a database of 100,000 cards.
//   swift run -c release --package-path Benchmarks study-bench [cards]
// Aims: start to first card drawn < 150 ms; one frame < 2 ms.

let cardCount = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
let now = Date(timeIntervalSince1970: 1_790_000_000)
let utc = TimeZone(identifier: "UTC")!

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func report(_ label: String, _ ms: Double, aim: Double? = nil) {
  let figure = String(format: "%9.3f ms", ms)
  let verdict = aim.map {
    ms <= $0 ? "  (aim < \(Int($0)) ms: met)" : "  (aim < \(Int($0)) ms: MISSED)"
  }
  print("\(label.padding(toLength: 46, withPad: " ", startingAt: 0))\(figure)\(verdict ?? "")")
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
  "factdeck-study-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let path = folder.appendingPathComponent("bench.sqlite").path
let deck = SyntheticDeck.make(cardCount)
let scheduler = try Scheduler(SchedulerConfiguration())
print("study-bench: \(cardCount) cards")

// Setup (not part of the figures): the database with every card, 90% of them reviewed before,
// as a learner months into the deck would have it.
do {
  let store = try ReviewStore(path: path)
  let learner = try store.learner(named: "ana")
  let sync = try milliseconds {
    _ = try StoreStudyBackend(
      store: store, learner: learner, decks: [deck], scheduler: scheduler, timeZone: utc,
      syncAt: now.addingTimeInterval(-200 * 86_400))
  }
  report("setup: first sync of the deck (new cards)", sync)
  try store.close()
  let sql = """
    UPDATE card_state SET state = 'review', stability = 20 + (cardID % 50),
      difficulty = 5, reps = 4, lastReview = \(Int64(now.timeIntervalSince1970 * 1000)) - 86400000 * (cardID % 60),
      due = \(Int64(now.timeIntervalSince1970 * 1000)) + 86400000 * ((cardID % 90) - 30)
    WHERE cardID % 10 != 0;
    """
  let sqlite = Process()
  sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
  sqlite.arguments = [path, sql]
  try sqlite.run()
  sqlite.waitUntilExit()
  guard sqlite.terminationStatus == 0 else { fatalError("sqlite3 could not prepare the states") }
}

// Start to the first card drawn, as `factdeck study DECK` does it once the deck files are read:
// open the store, read the due queue, build the screen, render; the deck sync of a deck the
// store already knows runs after that first frame and is timed on its own.
var firstFrame = ScreenGrid(columns: 0, rows: 0)
var samples: [String: [Double]] = [:]
let rounds = 7
for _ in 0..<rounds {
  var store: ReviewStore!
  var learner: Learner!
  var backend: StoreStudyBackend!
  var loaded: (cards: [StudyCard], laterDue: Date?)!
  var model: StudyScreen!
  let open = try milliseconds {
    store = try ReviewStore(path: path)
    learner = try store.learner(named: "ana")
    backend = StoreStudyBackend(
      store: store, learner: learner, decks: [deck], scheduler: scheduler, timeZone: utc)
    let known = try backend.knowsEveryDeck()
    precondition(known)
  }
  let queue = try milliseconds {
    loaded = try backend.load(StudyScope(deckIDs: nil), cram: false, at: now)
  }
  let draw = milliseconds {
    model = StudyScreen(
      learner: "ana", decks: [], columns: 80, rows: 24, at: now,
      grades: SchedulerGrades(scheduler), judge: AnswerJudge(),
      startWith: StudyScope(deckIDs: nil))
    _ = model.handle(.loaded(loaded.cards, laterDue: loaded.laterDue), at: now)
    firstFrame = ScreenRenderer().render(model)
  }
  let sync = try milliseconds { try backend.syncDecks(at: now) }
  samples["open store", default: []].append(open)
  samples["due queue", default: []].append(queue)
  samples["model + first frame", default: []].append(draw)
  samples["start to first card drawn", default: []].append(open + queue + draw)
  samples["deck sync, after the first frame", default: []].append(sync)
  try store.close()
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
for key in ["open store", "due queue", "model + first frame"] {
  report("  \(key) (median of \(rounds))", median(samples[key]!))
}
report(
  "start to first card drawn (median of \(rounds))", median(samples["start to first card drawn"]!),
  aim: 150)
report(
  "deck sync of \(cardCount) unchanged cards (median)",
  median(samples["deck sync, after the first frame"]!))
precondition(firstFrame.text.contains("The long chronicle"), "the first frame shows no card")

// Before all this the command reads the deck files; that cost grows with the decks, not with
// the database, and is measured here for the same 100,000 cards.
do {
  let yaml = DeckWriter().yaml(deck)
  var read: Deck?
  let ms = try milliseconds {
    read = try DeckReader().read(yaml, file: "bench.yaml", defaultID: "x")
  }
  precondition(read?.cards.count == deck.cards.count)
  report("read the deck file (\(yaml.utf8.count / 1_000_000) MB of YAML)", ms)
}

// Drawing: render the model into cells, and copy cells to curses (output to /dev/null).
do {
  let store = try ReviewStore(path: path)
  let learner = try store.learner(named: "ana")
  let backend = try StoreStudyBackend(
    store: store, learner: learner, decks: [deck], scheduler: scheduler, timeZone: utc,
    syncAt: now)
  let loaded = try backend.load(StudyScope(deckIDs: nil), cram: false, at: now)
  var model = StudyScreen(
    learner: "ana", decks: [], columns: 80, rows: 24, at: now, grades: SchedulerGrades(scheduler),
    judge: AnswerJudge(), startWith: StudyScope(deckIDs: nil))
  _ = model.handle(.loaded(loaded.cards, laterDue: loaded.laterDue), at: now)
  var revealed = model
  _ = revealed.handle(.key(.character(" ")), at: now)
  let renderer = ScreenRenderer()
  for (columns, rows) in [(80, 24), (200, 60)] {
    var a = model
    var b = revealed
    _ = a.handle(.key(.resize(columns: columns, rows: rows)), at: now)
    _ = b.handle(.key(.resize(columns: columns, rows: rows)), at: now)
    let rounds = 2000
    let total = milliseconds {
      for i in 0..<rounds { _ = renderer.render(i % 2 == 0 ? a : b) }
    }
    report(
      "render one frame \(columns)×\(rows) (mean of \(rounds))", total / Double(rounds), aim: 2)
  }
  setenv("TERM", "xterm-256color", 1)
  if let terminal = try? CursesScreen(outputPath: "/dev/null") {
    let measure = CursesScreen.measure
    let cursesRenderer = ScreenRenderer(measure: measure)
    let frames = [cursesRenderer.render(model), cursesRenderer.render(revealed)]
    let rounds = 2000
    let total = milliseconds {
      for i in 0..<rounds { terminal.draw(frames[i % 2]) }
    }
    let both = milliseconds {
      for i in 0..<rounds { terminal.draw(cursesRenderer.render(i % 2 == 0 ? model : revealed)) }
    }
    terminal.close()
    report("curses copy of one 80×24 frame (mean of \(rounds))", total / Double(rounds), aim: 2)
    report("render + curses, one 80×24 frame (mean)", both / Double(rounds), aim: 2)
  } else {
    print("curses drawing not measured: no terminal description for TERM=xterm-256color")
  }
  try store.close()
}
