import BenchmarkSupport
import Foundation
import Scheduling

// Reviews per second through the pure FSRS-6 scheduler (py-fsrs 6.3.2 does about 95,000/s on
// this machine). A deck of cards is reviewed over and over at (or a little after) each card's
// due time with a fixed mix of grades; a card starts again as new after 24 reviews so stability
// stays in a realistic range. Run: swift run -c release --package-path Benchmarks scheduling-bench

struct Workload {
  let ratings: [Rating]
  /// Seconds after the due time at which each review happens.
  let delays: [TimeInterval]
  let keys: [String]
  let start: Date

  init(cards: Int, draws: Int) {
    var random = SplitMix(seed: 42)
    // Grades as a learner presses them: mostly Good, some Again, a few Hard and Easy.
    ratings = (0..<draws).map { _ in
      switch random.next() % 100 {
      case 0..<12: .again
      case 12..<20: .hard
      case 20..<92: .good
      default: .easy
      }
    }
    // Mostly on time or within the day, sometimes days late.
    delays = (0..<draws).map { _ in
      let r = random.next() % 100
      return r < 70 ? Double(random.next() % 7_200) : Double(random.next() % (20 * 86_400))
    }
    keys = (0..<cards).map { "deck-\($0 % 7)/card-\($0)" }
    start = Date(timeIntervalSince1970: 1_704_099_600)
  }
}

struct Measurement {
  let reviews: Int
  /// CPU time of this thread: on a machine shared with other builds, wall time mostly measures
  /// the neighbours.
  let seconds: Double
  let wallSeconds: Double
  let checksum: Double
  var perSecond: Double { Double(reviews) / seconds }
}

/// Wall and thread CPU time of `body`.
func timed(_ body: () -> Void) -> (cpu: Double, wall: Double) {
  func cpuNow() -> Double { Double(threadCPUNanoseconds()) * 1e-9 }
  let clock = ContinuousClock()
  let wallStart = clock.now
  let cpuStart = cpuNow()
  body()
  let cpu = cpuNow() - cpuStart
  let wall = wallStart.duration(to: clock.now)
  return (cpu, Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18)
}

func measureReviews(_ scheduler: Scheduler, _ work: Workload, reviews: Int) -> Measurement {
  let cardCount = work.keys.count
  var cards = [CardSchedule](repeating: .new(due: work.start), count: cardCount)
  let draws = work.ratings.count
  let (ratings, delays, keys) = (work.ratings, work.delays, work.keys)
  var checksum = 0.0
  var card = 0
  var draw = 0
  // Keys are read in place, as a caller holding its card's key would pass it.
  let time = timed {
    keys.withUnsafeBufferPointer { keys in
      for _ in 0..<reviews {
        var current = cards[card]
        if current.reps == 24 { current = .new(due: current.due) }
        let now = current.due.addingTimeInterval(delays[draw])
        let outcome = scheduler.review(current, rating: ratings[draw], at: now, cardKey: keys[card])
        cards[card] = outcome.card
        checksum += outcome.interval
        card += 1
        if card == cardCount { card = 0 }
        draw += 1
        if draw == draws { draw = 0 }
      }
    }
  }
  return Measurement(
    reviews: reviews, seconds: time.cpu, wallSeconds: time.wall, checksum: checksum)
}

func measureRetrievability(_ scheduler: Scheduler, _ work: Workload, calls: Int) -> Measurement {
  // Cards with memory, at various ages.
  var cards: [CardSchedule] = []
  var card = CardSchedule.new(due: work.start)
  for i in 0..<work.keys.count {
    let outcome = scheduler.review(
      card, rating: work.ratings[i % work.ratings.count], at: card.due, cardKey: work.keys[i])
    card = outcome.card.reps == 24 ? .new(due: outcome.card.due) : outcome.card
    cards.append(outcome.card)
  }
  var checksum = 0.0
  let delays = work.delays
  let time = timed {
    for i in 0..<calls {
      let c = cards[i % cards.count]
      checksum += scheduler.retrievability(
        of: c, at: c.due.addingTimeInterval(delays[i % delays.count]))
    }
  }
  return Measurement(
    reviews: calls, seconds: time.cpu, wallSeconds: time.wall, checksum: checksum)
}

func report(_ label: String, _ m: Measurement, unit: String = "reviews") {
  let rate = m.perSecond
  let formatted = String(format: "%.2f", rate / 1e6)
  let nanos = String(format: "%.1f", 1e9 / rate)
  let wall = String(format: "%.2f", Double(m.reviews) / m.wallSeconds / 1e6)
  print(
    "\(label): \(formatted) million \(unit)/s of CPU time (\(nanos) ns each; "
      + "\(wall) million/s wall clock; checksum \(m.checksum))")
}

let work = Workload(cards: 4096, draws: 1 << 16)
let reviews = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20_000_000
let fuzzOn = try Scheduler()
let fuzzOff = try Scheduler(SchedulerConfiguration(fuzz: false))

// Arguments: [reviews] [on|off|retrievability] to run one measurement only (for profiling).
let only = CommandLine.arguments.dropFirst(2).first

// Warm up, then take the best of three runs of each.
_ = measureReviews(fuzzOn, work, reviews: reviews / 10)
func best(_ run: () -> Measurement) -> Measurement {
  (0..<3).map { _ in run() }.max { $0.perSecond < $1.perSecond }!
}
if only == nil || only == "on" {
  report("review, fuzz on ", best { measureReviews(fuzzOn, work, reviews: reviews) })
}
if only == nil || only == "off" {
  report("review, fuzz off", best { measureReviews(fuzzOff, work, reviews: reviews) })
}
if only == nil || only == "retrievability" {
  report(
    "retrievability  ", best { measureRetrievability(fuzzOn, work, calls: reviews) },
    unit: "calls")
}
