/// Spreads review intervals of three days or more over a small range, so cards learned together
/// drift apart. The range is py-fsrs's; the pick is uniform and comes from a seed, never from a
/// random generator, so the same card at the same review count always gets the same interval.
enum IntervalFuzz {
  /// Half-width of the range around `days`: 1 day, plus 0.15 per day between 2.5 and 7 days,
  /// 0.1 per day between 7 and 20, and 0.05 per day beyond 20.
  @inline(__always)
  static func delta(days: Int) -> Double {
    let d = Double(days)
    var delta = 1.0
    delta += 0.15 * max(min(d, 7.0) - 2.5, 0.0)
    delta += 0.1 * max(min(d, 20.0) - 7.0, 0.0)
    delta += 0.05 * max(d - 20.0, 0.0)
    return delta
  }

  /// Whether an interval of `days` is fuzzed at all (py-fsrs: not below 2.5 days).
  @inline(__always)
  static func applies(days: Int) -> Bool { days >= 3 }

  /// The closed range of days a fuzzed `days` may become.
  static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int> {
    let (lower, upper) = bounds(days: days, maximumInterval: maximumInterval)
    return lower...upper
  }

  /// py-fsrs's range: days ± delta rounded half to even, at least 2, at most the maximum.
  @inline(__always)
  static func bounds(days: Int, maximumInterval: Int) -> (lower: Int, upper: Int) {
    let delta = delta(days: days)
    let d = Double(days)
    var lower = Int(FastRounding.halfToEven(d - delta))
    var upper = Int(FastRounding.halfToEven(d + delta))
    lower = max(2, lower)
    upper = min(upper, maximumInterval)
    lower = min(lower, upper)
    return (lower, upper)
  }

  /// `days` moved to a point of its range chosen by `seed`: each day of the range is equally
  /// likely (py-fsrs rounds a uniform draw, which halves the weight of the two ends).
  @inline(__always)
  static func fuzzed(days: Int, maximumInterval: Int, seed: UInt64) -> Int {
    guard applies(days: days) else { return days }
    let (lower, upper) = bounds(days: days, maximumInterval: maximumInterval)
    let count = UInt64(truncatingIfNeeded: upper &- lower &+ 1)
    let offset = Int(truncatingIfNeeded: seed.multipliedFullWidth(by: count).high)
    return min(lower &+ offset, maximumInterval)
  }
}

/// A seed that depends only on the card's identity and review count: the key's UTF-8 bytes are
/// folded eight at a time (multiply–xorshift), then mixed with the count by SplitMix64's
/// finaliser. Byte-at-a-time FNV-1a was a quarter of a fuzzed review's cost; this is a few
/// cycles per word. (Swift's `Hasher` is seeded per process, so it cannot be used for anything
/// that must be the same tomorrow.)
enum FuzzSeed {
  @inline(__always)
  static func make(cardKey: String, reps: Int) -> UInt64 {
    mix(keyHash(cardKey) &+ UInt64(bitPattern: Int64(reps)) &* 0x9e37_79b9_7f4a_7c15)
  }

  /// A stable 64-bit hash of the key's UTF-8 bytes, read in place when stored contiguously.
  @inline(__always)
  static func keyHash(_ text: String) -> UInt64 {
    if let hash = text.utf8.withContiguousStorageIfAvailable({
      keyHash(bytes: UnsafeRawBufferPointer($0))
    }) {
      return hash
    }
    return Array(text.utf8).withUnsafeBytes(keyHash(bytes:))
  }

  /// Folds little-endian 64-bit words (the last one zero-padded) into the length-salted state.
  static func keyHash(bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      hash = fold(hash, word)
      offset += 8
    }
    if offset < bytes.count {
      var word: UInt64 = 0
      var shift: UInt64 = 0
      while offset < bytes.count {
        word |= UInt64(bytes[offset]) << shift
        shift += 8
        offset += 1
      }
      hash = fold(hash, word)
    }
    return hash
  }

  @inline(__always)
  static func fold(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let h = (hash ^ word) &* 0xbf58_476d_1ce4_e5b9
    return h ^ (h >> 31)
  }

  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
