/// Spreads review intervals of three days or more over a small range, so cards learned together
/// drift apart. The range is py-fsrs's; the pick is uniform and comes from a seed, never from a
/// random generator, so the same card at the same review count always gets the same interval.
struct IntervalFuzz: Sendable, Hashable {
  /// Between `start` and `end` days each extra day widens the range by `factor` days.
  private static let bands: [(start: Double, end: Double, factor: Double)] = [
    (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
  ]

  /// Half-width of the range around `days`: 1 plus the banded growth.
  static func delta(days: Int) -> Double {
    let d = Double(days)
    var delta = 1.0
    for band in bands {
      delta += band.factor * max(min(d, band.end) - band.start, 0.0)
    }
    return delta
  }

  /// Whether an interval of `days` is fuzzed at all (py-fsrs: not below 2.5 days).
  static func applies(days: Int) -> Bool { Double(days) >= 2.5 }

  /// The closed range of days a fuzzed `days` may become.
  static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int> {
    let delta = delta(days: days)
    let d = Double(days)
    var lower = Int((d - delta).rounded(.toNearestOrEven))
    var upper = Int((d + delta).rounded(.toNearestOrEven))
    lower = max(2, lower)
    upper = min(upper, maximumInterval)
    lower = min(lower, upper)
    return lower...upper
  }

  /// `days` moved to a point of its range chosen by `seed`.
  static func fuzzed(days: Int, maximumInterval: Int, seed: UInt64) -> Int {
    guard applies(days: days) else { return days }
    let range = range(days: days, maximumInterval: maximumInterval)
    let count = UInt64(range.upperBound - range.lowerBound + 1)
    let offset = Int(seed.multipliedFullWidth(by: count).high)
    return min(range.lowerBound + offset, maximumInterval)
  }
}

/// A seed that depends only on the card's identity and review count: FNV-1a over the key's UTF-8
/// bytes, mixed with the count by SplitMix64's finaliser. (Swift's `Hasher` is seeded per
/// process, so it cannot be used for anything that must be the same tomorrow.)
enum FuzzSeed {
  static func make(cardKey: String, reps: Int) -> UInt64 {
    mix(fnv1a(cardKey) &+ UInt64(bitPattern: Int64(reps)) &* 0x9e37_79b9_7f4a_7c15)
  }

  /// 64-bit FNV-1a of the UTF-8 bytes.
  @inline(__always)
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }

  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
