import BenchmarkSupport
import Decks
import Facts
import Foundation
import Questions

// Reading deck files: the fast canonical scanner against the full YAML parser (Yams).
//   swift run -c release --package-path Benchmarks decks-bench [largest-card-count] [--fast-only]
// Aim: a 100,000-card canonical deck read well under 1 s (the study command reads every
// deck before the first card is drawn).

let arguments = CommandLine.arguments.dropFirst()
let largest = arguments.compactMap { Int($0) }.first ?? 100_000
/// Skips the slow Yams reads, e.g. to profile the fast path alone.
let fastOnly = arguments.contains("--fast-only")

/// Wall-clock and this thread's CPU milliseconds: on a busy machine the CPU figure is the
/// one that says what the code costs.
struct Timing {
  var wall: Double
  var cpu: Double
}

func measure(_ body: () -> Void) -> Timing {
  let start = DispatchTime.now().uptimeNanoseconds
  let cpuStart = threadCPUNanoseconds()
  body()
  let cpu = Double(threadCPUNanoseconds() - cpuStart) / 1_000_000
  return Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000, cpu: cpu)
}

/// The best of `runs` timings: the least disturbed by other work on the machine.
func best(_ runs: Int, _ body: () -> Void) -> Timing {
  let timings = (0..<runs).map { _ in measure(body) }
  return Timing(wall: timings.map(\.wall).min()!, cpu: timings.map(\.cpu).min()!)
}

func line(_ label: String, cards: Int, bytes: Int, time: Timing, aim: Double? = nil) {
  let megabytes = Double(bytes) / 1_000_000
  let rate = megabytes / (time.wall / 1000)
  var text = "\(label.padding(toLength: 6, withPad: " ", startingAt: 0))"
  text += String(
    format: "%7d cards %6.2f MB %9.1f ms wall %9.1f ms cpu %7.1f MB/s", cards, megabytes,
    time.wall, time.cpu, rate)
  if let aim {
    text += time.wall <= aim ? "  (aim < \(Int(aim)) ms: met)" : "  (aim < \(Int(aim)) ms: MISSED)"
  }
  print(text)
}

print("decks-bench: reading canonical deck files (best of several runs)")
var counts = [1_000, 10_000, 100_000].filter { $0 <= largest }
if !counts.contains(largest) { counts.append(largest) }
let fast = DeckReader()
let yams = DeckReader(allowsFastPath: false)
for count in counts {
  let deck = SyntheticDeck.make(count)
  let text = DeckWriter().yaml(deck)
  let bytes = text.utf8.count
  var read: Deck?
  let fastTime = best(count >= 100_000 ? 5 : 10) {
    read = try? fast.read(text, file: "bench.yaml", defaultID: "bench")
  }
  precondition(read == deck, "the fast reader must give back the deck written")
  line("fast", cards: count, bytes: bytes, time: fastTime, aim: count >= 100_000 ? 1000 : nil)
  if fastOnly { continue }
  read = nil
  let yamsTime = best(count >= 100_000 ? 1 : 3) {
    read = try? yams.read(text, file: "bench.yaml", defaultID: "bench")
  }
  precondition(read == deck, "the Yams reader must give back the deck written")
  line("yams", cards: count, bytes: bytes, time: yamsTime)
  print(String(format: "        speed-up %.0f×", yamsTime.wall / fastTime.wall))
}
