import Foundation
import Testing

@testable import Scheduling

/// Fuzz: deterministic per card and review count, inside py-fsrs's range, spread evenly.
@Suite struct IntervalFuzzTests {
  static let t0 = Date(timeIntervalSince1970: 1_704_099_600)  // 2024-01-01T09:00Z
  static let day: TimeInterval = 86_400

  /// A review card due today whose Good review gives an unfuzzed interval of about 90 days.
  static let reviewCard = CardSchedule(
    state: .review, step: nil, stability: 30, difficulty: 5, due: t0 + 30 * day,
    lastReview: t0, reps: 7, lapses: 1)
  static let reviewTime = t0 + 30 * day

  let fuzzed: Scheduler
  let plain: Scheduler

  init() throws {
    fuzzed = try Scheduler()
    plain = try Scheduler(SchedulerConfiguration(fuzz: false))
  }

  func days(_ outcome: ReviewOutcome) -> Int { Int((outcome.interval / Self.day).rounded()) }

  /// Key hashes worked out independently (see `PinnedFuzz`): every tail length, a key longer
  /// than one word, non-ASCII text.
  @Test func keyHashMatchesIndependentValues() {
    for (key, hash) in PinnedFuzz.keyHashes {
      #expect(FuzzSeed.keyHash(key) == hash, "\(key)")
    }
  }

  /// A bridged or otherwise non-contiguous string hashes like its native copy.
  @Test func keyHashReadsNonContiguousStrings() {
    let substring = "xxdeck/1yy".dropFirst(2).dropLast(2)
    #expect(FuzzSeed.keyHash(String(substring)) == FuzzSeed.keyHash("deck/1"))
    let bytes = Array("deck-3/card-1234567".utf8)
    let hash = bytes.withUnsafeBytes(FuzzSeed.keyHash(bytes:))
    #expect(hash == FuzzSeed.keyHash("deck-3/card-1234567"))
  }

  @Test func sameCardAndReviewCountAlwaysGetTheSameInterval() throws {
    let again = try Scheduler()
    for key in ["deck/1", "deck/2", "другой/ключ", ""] {
      let first = fuzzed.review(Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: key)
      let second = again.review(Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: key)
      #expect(first == second, "\(key)")
    }
  }

  /// Pinned values: if the hash or the pick ever changes (for instance to Swift's per-process
  /// `Hasher`), intervals shown yesterday would no longer be the ones given today.
  @Test func seedIsStableAcrossProcesses() {
    #expect(FuzzSeed.make(cardKey: "deck/1", reps: 7) == FuzzSeed.make(cardKey: "deck/1", reps: 7))
    #expect(FuzzSeed.make(cardKey: "deck/1", reps: 7) != FuzzSeed.make(cardKey: "deck/1", reps: 8))
    #expect(FuzzSeed.make(cardKey: "deck/1", reps: 7) != FuzzSeed.make(cardKey: "deck/2", reps: 7))
    #expect(FuzzSeed.make(cardKey: "deck/1", reps: 7) == PinnedFuzz.seedDeck1Reps7)
    #expect(FuzzSeed.make(cardKey: "deck-3/card-1234567", reps: 0) == PinnedFuzz.seedLongKeyReps0)
  }

  @Test func reviewCountChangesTheDraw() {
    var differing = 0
    for i in 0..<200 {
      var card = Self.reviewCard
      let a = fuzzed.review(card, rating: .good, at: Self.reviewTime, cardKey: "k\(i)")
      card.reps += 1
      let b = fuzzed.review(card, rating: .good, at: Self.reviewTime, cardKey: "k\(i)")
      if a.interval != b.interval { differing += 1 }
    }
    // The range has 13 values, so about 12 in 13 pairs differ.
    #expect(differing > 150)
  }

  @Test func fuzzedIntervalsStayInTheReferenceRange() {
    let base = days(plain.review(Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: ""))
    let range = IntervalFuzz.range(days: base, maximumInterval: 36500)
    #expect(range.count > 5)
    for i in 0..<2000 {
      let outcome = fuzzed.review(
        Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: "deck-3/card-\(i)")
      #expect(range.contains(days(outcome)), "card-\(i): \(days(outcome)) not in \(range)")
      #expect(outcome.interval == Double(days(outcome)) * Self.day)
      #expect(outcome.card.due == Self.reviewTime + outcome.interval)
      // Fuzz moves only the due date, never the memory state.
      let unfuzzed = plain.review(
        Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: "deck-3/card-\(i)")
      #expect(outcome.card.stability == unfuzzed.card.stability)
      #expect(outcome.card.difficulty == unfuzzed.card.difficulty)
    }
  }

  /// 3,000 fixed card keys over a 13-day range: every day gets its share (±25 %), and the
  /// chi-square statistic is below the 99.9 % point of its distribution (12 d.f.: 32.9).
  @Test func fuzzCoversTheRangeUniformly() {
    let base = days(plain.review(Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: ""))
    let range = IntervalFuzz.range(days: base, maximumInterval: 36500)
    var counts = [Int: Int]()
    let keys = 3000
    for i in 0..<keys {
      let outcome = fuzzed.review(
        Self.reviewCard, rating: .good, at: Self.reviewTime, cardKey: "deck-3/card-\(i)")
      counts[days(outcome), default: 0] += 1
    }
    let expected = Double(keys) / Double(range.count)
    var chiSquare = 0.0
    for day in range {
      let observed = Double(counts[day, default: 0])
      #expect(abs(observed - expected) < 0.25 * expected, "day \(day): \(observed)")
      chiSquare += (observed - expected) * (observed - expected) / expected
    }
    #expect(Set(counts.keys) == Set(range))
    #expect(chiSquare < 32.9)
  }

  @Test func shortIntervalsAndStepsAreNotFuzzed() {
    // Graduating with Good after the last learning step: 2 days, below the 2.5-day threshold.
    let learning = CardSchedule(
      state: .learning, step: 1, stability: 2.3065, difficulty: 2.1181, due: Self.t0 + 600,
      lastReview: Self.t0, reps: 1, lapses: 0)
    for i in 0..<100 {
      let outcome = fuzzed.review(learning, rating: .good, at: Self.t0 + 600, cardKey: "c\(i)")
      #expect(outcome.interval == 2 * Self.day)
      let again = fuzzed.review(learning, rating: .again, at: Self.t0 + 600, cardKey: "c\(i)")
      #expect(again.interval == 60)
    }
  }

  @Test func fuzzNeverPassesTheMaximumInterval() throws {
    let capped = try Scheduler(SchedulerConfiguration(maximumInterval: 30))
    let card = CardSchedule(
      state: .review, step: nil, stability: 200, difficulty: 5, due: Self.t0 + 200 * Self.day,
      lastReview: Self.t0, reps: 9, lapses: 0)
    var seen = Set<Int>()
    for i in 0..<500 {
      let outcome = capped.review(
        card, rating: .good, at: Self.t0 + 200 * Self.day, cardKey: "c\(i)")
      seen.insert(days(outcome))
    }
    #expect(seen.max() == 30)
    #expect(seen.isSubset(of: Set(IntervalFuzz.range(days: 30, maximumInterval: 30))))
    #expect(seen.count > 1)
  }

  @Test func previewGivesTheSameOutcomesAsReview() {
    let preview = fuzzed.preview(Self.reviewCard, at: Self.reviewTime, cardKey: "deck/42")
    #expect(preview.count == 4)
    for rating in Rating.allCases {
      let outcome = fuzzed.review(
        Self.reviewCard, rating: rating, at: Self.reviewTime, cardKey: "deck/42")
      #expect(preview[rating] == outcome, "\(rating)")
    }
    // Longer waits for better grades.
    let intervals = Rating.allCases.map { preview[$0]?.interval ?? 0 }
    #expect(intervals == intervals.sorted())
  }
}

/// Hashes and seeds worked out independently (the same word folding and SplitMix64 finaliser
/// written in Python), not by this code; the reference draws fuzz at random, so it has no values
/// to compare with.
enum PinnedFuzz {
  static let keyHashes: [(String, UInt64)] = [
    ("", 11_400_714_819_323_198_485),
    ("a", 10_920_906_589_112_184_019),
    ("deck/1", 6_861_234_636_698_605_799),
    ("deck-3/card-1234567", 92_451_342_320_283_626),
    ("другой/ключ", 8_705_912_965_650_905_228),
  ]
  static let seedDeck1Reps7: UInt64 = 10_644_446_854_838_212_430
  static let seedLongKeyReps0: UInt64 = 15_925_274_359_905_037_877
}
