/// SplitMix64: the only source of randomness in question writing, so the same seed gives the
/// same deck byte for byte.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  /// A generator for one purpose (one question's choices) that does not depend on how many
  /// numbers other questions drew: adding a card does not reshuffle the others.
  public init(seed: UInt64, key: String) {
    state = seed ^ StableHash.fnv1a64(key)
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// Fisher–Yates with this generator (the standard library's algorithm is not specified to
  /// stay the same across releases).
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var result = items
    guard result.count > 1 else { return result }
    for index in stride(from: result.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      result.swapAt(index, other)
    }
    return result
  }
}
