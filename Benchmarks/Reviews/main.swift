import BenchmarkSupport
import Foundation
import Reviews
import Scheduling

// The progress store's two speed goals, on disk in WAL mode:
//   1. answers recorded per second, one committed transaction each (goal 5,000/s);
//   2. building the due queue of a learner with 100,000 cards (goal under 50 ms).
// Run: swift run -c release --package-path Benchmarks reviews-bench

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Seconds of CPU this process has used (user + system): on a shared machine wall-clock figures
/// swing with other jobs' load, CPU time much less.
func cpuSeconds() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func temporaryDatabase(_ name: String) throws -> (path: String, folder: URL) {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("reviews-bench-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return (folder.appendingPathComponent(name).path, folder)
}

func iso(_ date: Date) -> String {
  let formatter = ISO8601DateFormatter()
  formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
  return formatter.string(from: date)
}

let now = Date(timeIntervalSince1970: 1_790_000_000)  // a fixed "today"
let zone = TimeZone(identifier: "Europe/Berlin")!
let scheduler = try Scheduler(SchedulerConfiguration())

// `reviews-bench record` or `reviews-bench queue` runs one part; no argument runs both.
let parts = Set(CommandLine.arguments.dropFirst())
let runRecord = parts.isEmpty || parts.contains("record")
let runQueue = parts.isEmpty || parts.contains("queue")

// MARK: 1. Answers per second

if runRecord {
  let (path, folder) = try temporaryDatabase("record.sqlite")
  defer { try? FileManager.default.removeItem(at: folder) }
  let store = try ReviewStore(path: path)
  let learner = try store.learner(named: "bench")
  let cardCount = 2_000
  let cards = (0..<cardCount).map {
    DeckCardIdentity(cardID: "c\($0)", factID: "f\($0)", kind: "cloze")
  }
  try store.syncDeck(id: "bench", title: "Bench", cards: cards, at: now.addingTimeInterval(-86_400))
  var shown = Dictionary(
    uniqueKeysWithValues: try store.cardStates(for: learner).map { ($0.key, $0.schedule) })
  var random = SplitMix(seed: 1)
  let answers = 20_000
  var time = now
  let cpuStart = cpuSeconds()
  let elapsed = try seconds {
    for index in 0..<answers {
      let key = CardKey(deck: "bench", card: "c\(index % cardCount)")
      time = time.addingTimeInterval(5)
      let rating = Rating(rawValue: random.next(10) == 0 ? 1 : 3)!
      let entry = try store.record(
        rating, for: key, learner: learner, shown: shown[key]!, at: time, durationMs: 4000,
        scheduler: scheduler)
      shown[key] = entry.after
    }
  }
  let cpu = cpuSeconds() - cpuStart
  try store.close()
  print(
    String(
      format: "record: %d answers in %.2f s = %.0f answers/s (%.0f per CPU second); "
        + "one WAL transaction each; goal 5000/s",
      answers, elapsed, Double(answers) / elapsed, Double(answers) / cpu))
}

// MARK: 2. Due queue with 100,000 cards

if runQueue {
  let (path, folder) = try temporaryDatabase("queue.sqlite")
  // REVIEWS_BENCH_KEEP=1 keeps the 100,000-card database for a look with sqlite3.
  let keep = ProcessInfo.processInfo.environment["REVIEWS_BENCH_KEEP"] == "1"
  defer {
    if keep { print("kept \(path)") } else { try? FileManager.default.removeItem(at: folder) }
  }
  let store = try ReviewStore(path: path)
  let learner = try store.learner(named: "bench")
  let cardCount = 100_000
  var random = SplitMix(seed: 42)

  // A year of history for 60% of the cards: learned on some day, reviewed once or twice later
  // (a lapse relearned ten minutes after), and 300 cards forgotten in the last hour, i.e. in
  // relearning now, as in the middle of a session.
  var csv = "card_id,review_rating,review_time,review_duration\n"
  var rows: [(Date, String)] = []
  for index in 0..<(cardCount * 6 / 10) {
    let id = "c\(index)"
    var time = now.addingTimeInterval(-86_400 * Double(30 + random.next(370)) - 7200)
    rows.append((time, "\(id),3,\(iso(time)),4000"))
    time.addTimeInterval(600)
    rows.append((time, "\(id),3,\(iso(time)),4000"))
    for _ in 0..<random.next(3) {
      time.addTimeInterval(86_400 * Double(1 + random.next(90)))
      if time > now.addingTimeInterval(-7200) { break }
      let lapse = random.next(7) == 0
      rows.append((time, "\(id),\(lapse ? 1 : 3),\(iso(time)),4000"))
      if lapse {
        time.addTimeInterval(600)
        rows.append((time, "\(id),3,\(iso(time)),4000"))
      }
    }
    if index % 200 == 0 {
      let today = now.addingTimeInterval(-Double(60 + random.next(3540)))
      rows.append((today, "\(id),1,\(iso(today)),4000"))
    }
  }
  rows.sort { $0.0 < $1.0 }
  for row in rows { csv += row.1 + "\n" }
  let history = try ReviewHistoryCSV(text: csv, file: "bench.csv")
  let importTime = try seconds {
    try store.importHistory(
      history, file: "bench.csv", for: learner, deck: "big", scheduler: scheduler)
  }
  // The deck file: every card, two per fact (siblings), the rest new.
  let cards = (0..<cardCount).map {
    DeckCardIdentity(cardID: "c\($0)", factID: "f\($0 / 2)", kind: $0 % 2 == 0 ? "cloze" : "choice")
  }
  try store.syncDeck(
    id: "big", title: "Big", cards: cards, at: now.addingTimeInterval(-86_400 * 400))
  for index in stride(from: 0, to: cardCount, by: 97) {
    try store.setSuspended(true, CardKey(deck: "big", card: "c\(index)"), for: learner)
  }
  // What every study session does first: sync the deck file, here unchanged.
  let resync = try seconds {
    try store.syncDeck(
      id: "big", title: "Big", cards: cards, at: now.addingTimeInterval(-86_400 * 400))
  }
  var states: [CardState] = []
  let listing = try seconds { states = try store.cardStates(for: learner) }
  var counts: [LearningState: Int] = [:]
  for state in states { counts[state.schedule.state, default: 0] += 1 }
  print(
    String(format: "queue setup: %d cards (", states.count)
      + LearningState.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
      + String(
        format:
          "), %d reviews imported in %.2f s; re-sync of the unchanged deck: %.0f ms; "
          + "listing every card state: %.0f ms", rows.count, importTime, resync * 1000,
        listing * 1000))

  var timings: [Double] = []
  var queue: DueQueue?
  let cpuStart = cpuSeconds()
  for _ in 0..<30 {
    timings.append(
      try seconds {
        queue = try store.dueQueue(for: learner, decks: ["big"], at: now, timeZone: zone)
      })
  }
  let cpuPerBuild = (cpuSeconds() - cpuStart) / 30
  timings.sort()
  let built = queue!
  print(
    String(
      format:
        "due queue (100,000 cards): median %.1f ms, min %.1f ms, max %.1f ms over %d builds, "
        + "%.1f ms CPU each (%d learning, %d reviews, %d new; goal < 50 ms)",
      timings[timings.count / 2] * 1000, timings[0] * 1000, timings[timings.count - 1] * 1000,
      timings.count, cpuPerBuild * 1000, built.learning.count, built.reviews.count,
      built.new.count))
  let unlimited = DailyLimits(newCards: 1_000, reviews: 10_000)
  var wide: [Double] = []
  for _ in 0..<10 {
    wide.append(
      try seconds {
        queue = try store.dueQueue(for: learner, at: now, timeZone: zone, limits: unlimited)
      })
  }
  wide.sort()
  print(
    String(
      format: "due queue with limits 1,000 new / 10,000 reviews: median %.1f ms (%d cards)",
      wide[wide.count / 2] * 1000, queue!.cards.count))
  try store.close()
}
