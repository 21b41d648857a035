import Decks
import Facts
import Foundation
import Questions

/// What several benchmarks share: a large deck shaped like the generator's output, and the
/// CPU clock that tells what code costs on a machine shared with other jobs.
public enum SyntheticDeck {
  /// A deck of `count` cards shaped like the generator's: a fifth of each kind, some quoted
  /// values, accepted answers and choices.
  public static func make(_ count: Int) -> Deck {
    let kinds: [QuestionKind] = [.cloze, .short, .choice, .truefalse, .order]
    let cards = (0..<count).map { i -> Question in
      let kind = kinds[i % kinds.count]
      let year = String(1000 + i % 1000)
      return Question(
        id: "card-\(i)", kind: kind,
        prompt: kind == .cloze
          ? "Event number \(i) of the long chronicle happened in the year _____."
          : "When did event number \(i) of the \"long\" chronicle happen?",
        answer: kind == .truefalse ? "True" : kind == .order ? "A → B → C" : year,
        accept: kind == .short ? ["in \(year)", "the year \(year)"] : [],
        choices: kind == .choice ? ["1", year, "2", "3"] : kind == .order ? ["B", "C", "A"] : [],
        fact: TestedFact(id: "fact-\(i / 2)", kind: .year, text: year, value: year),
        source: QuestionSource(
          article: "chronicle.txt", sentence: i, text: "Event number \(i) happened in \(year)."))
    }
    return Deck(
      id: "chronicle", title: "The long chronicle",
      sources: [
        DeckSource(
          path: "chronicle.txt", title: "Chronicle", sha256: String(repeating: "5e", count: 32))
      ],
      cards: cards)
  }
}

/// CPU time this thread has used, in nanoseconds: wall-clock time also counts the waiting for
/// a core, CPU time only the work.
public func threadCPUNanoseconds() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// A small seeded generator (SplitMix64), so every run measures and dumps the same data.
public struct SplitMix {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in 0..<bound (0 when bound is 0).
  public mutating func next(_ bound: Int) -> Int {
    bound <= 0 ? 0 : Int(next() % UInt64(bound))
  }
}
