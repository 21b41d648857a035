/// A set of short ASCII words tested against bytes, ignoring ASCII case: a line's words can be
/// looked up where they lie in its UTF-8, with no `String` made, lower-cased or SipHashed per
/// word. Words in the list that are not ASCII are left out; callers handle non-ASCII text
/// another way.
public struct AsciiWordSet: Sendable {
  private let slots: [Int32]
  private let hashes: [UInt64]
  private let keys: [[UInt8]]
  private let mask: Int

  public init<S: Sequence>(_ words: S) where S.Element == String {
    let ascii = Set(words.filter { $0.utf8.allSatisfy { $0 < 128 } }.map { Array($0.utf8) })
    var size = 16
    while size < ascii.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var hashes: [UInt64] = []
    var keys: [[UInt8]] = []
    for bytes in ascii.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let lower = bytes.map(Self.lower)
      let h = Self.hash(lower[...])
      var slot = Int(truncatingIfNeeded: h) & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(keys.count)
      hashes.append(h)
      keys.append(lower)
    }
    self.slots = slots
    self.hashes = hashes
    self.keys = keys
    mask = size - 1
  }

  /// ASCII lower case of one byte; every other byte as it is.
  @inline(__always) public static func lower(_ b: UInt8) -> UInt8 {
    b >= 65 && b <= 90 ? b + 32 : b
  }

  @inline(__always) static func hash<C: Collection>(_ bytes: C) -> UInt64
  where C.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(lower(b))) &* 0x100_0000_01b3 }
    return h
  }

  /// Whether the word spelled by `bytes` is in the set; ASCII case is ignored on both sides.
  public func contains(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    let h = Self.hash(bytes)
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return false }
      if hashes[index] == h, keys[index].elementsEqual(bytes.lazy.map(Self.lower)) {
        return true
      }
      slot = (slot + 1) & mask
    }
  }
}
