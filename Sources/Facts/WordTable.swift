/// The lexicon's word classes keyed by the lower-case UTF-8 bytes of a word, so the tokenizer
/// can tag a word from the bytes it already holds: an FNV-1a hash and open addressing instead
/// of hashing a `String` with SipHash for every word of every sentence.
struct WordTable: Sendable {
  private let slots: [Int32]
  private let hashes: [UInt64]
  private let keys: [[UInt8]]
  private let values: [WordClass]
  private let mask: Int

  init(_ table: [String: WordClass]) {
    var size = 16
    while size < table.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var hashes: [UInt64] = []
    var keys: [[UInt8]] = []
    var values: [WordClass] = []
    for (word, classes) in table {
      let bytes = Array(word.utf8)
      let h = Self.hash(bytes)
      var slot = Int(truncatingIfNeeded: h) & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(keys.count)
      hashes.append(h)
      keys.append(bytes)
      values.append(classes)
    }
    self.slots = slots
    self.hashes = hashes
    self.keys = keys
    self.values = values
    mask = size - 1
  }

  @inline(__always) static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
    }
    return h
  }

  /// The classes of the word spelled by `bytes` (lower case), or none.
  func classes(_ bytes: [UInt8]) -> WordClass {
    bytes.withUnsafeBufferPointer { classes($0, hash: Self.hash($0)) }
  }

  /// The same for bytes the caller has already hashed with `hash(_:)`, as it wrote them.
  func classes(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> WordClass {
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return [] }
      if hashes[index] == h, Self.same(keys[index], bytes) { return values[index] }
      slot = (slot + 1) & mask
    }
  }

  /// Whether `key` holds exactly `bytes` (a plain loop: the generic `elementsEqual` costs more
  /// than the look-up around it).
  @inline(__always) private static func same(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard key.count == bytes.count else { return false }
    var i = 0
    while i < key.count {
      if key[i] != bytes[i] { return false }
      i += 1
    }
    return true
  }

  /// One step of `hash(_:)`, for callers that hash bytes as they produce them.
  @inline(__always) static func hash(_ h: UInt64, _ b: UInt8) -> UInt64 {
    (h ^ UInt64(b)) &* 0x100_0000_01b3
  }

  static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325
}
