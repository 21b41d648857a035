/// A `[String: Value]` for the name rules' word look-ups, with the same answers as the
/// dictionary but cheaper keys: an ASCII key (nearly every word) is found by an FNV-1a hash of
/// its UTF-8 bytes and a byte comparison, instead of SipHash and a Unicode-aware comparison.
///
/// `String` equality is canonical equivalence, and the only scalars whose canonical
/// decomposition is ASCII are U+037E (";"), U+1FEF ("`") and U+212A ("K"). So an ASCII key and
/// a non-ASCII one are equal exactly when the non-ASCII one, with those three scalars written
/// as their ASCII forms, spells the ASCII one; every other pair of keys with one ASCII side
/// differs. Keys with any other non-ASCII scalar live in a plain dictionary, where `String`
/// compares them.
struct WordMap<Value: Sendable>: Sendable {
  private var slots: [Int32] = Array(repeating: -1, count: 16)
  private var hashes: [UInt64] = []
  private var starts: [Int32] = []
  private var bytes: [UInt8] = []
  private var values: [Value] = []
  /// Keys with a scalar past ASCII, looked up by `String` rules.
  private var others: [String: Value] = [:]
  /// Every key as first stored, in order.
  private(set) var keys: [String] = []

  init() {}

  init(_ pairs: some Sequence<(String, Value)>) {
    for (key, value) in pairs { self[key] = value }
  }

  var isEmpty: Bool { keys.isEmpty }

  /// Every key with its value, in the order the keys were first stored.
  var pairs: [(key: String, value: Value)] { keys.map { ($0, self[$0]!) } }

  mutating func reserveCapacity(_ n: Int) {
    var size = slots.count
    while size < n * 2 { size *= 2 }
    if size > slots.count {
      slots = Array(repeating: -1, count: size / 2)
      grow()
    }
    hashes.reserveCapacity(n)
    starts.reserveCapacity(n)
    values.reserveCapacity(n)
    keys.reserveCapacity(n)
  }

  /// The value stored for a key equal to `key`, as `Dictionary` says.
  subscript(_ key: String) -> Value? {
    get {
      Self.withSpelling(key) { spelling, hash in
        guard let spelling else { return others[key] }
        return find(spelling, hash).map { values[$0] }
      }
    }
    set {
      guard let newValue else { preconditionFailure("WordMap does not remove keys") }
      Self.withSpelling(key) { spelling, hash in
        guard let spelling else {
          if others.updateValue(newValue, forKey: key) == nil { keys.append(key) }
          return
        }
        if store(spelling, hash, newValue) { keys.append(key) }
      }
    }
  }

  /// Calls `body` with the ASCII spelling of `key` and its hash: its own bytes when ASCII, and
  /// when its only other scalars are the three that decompose to ASCII, those written in
  /// ASCII. Any other key gets nil: no ASCII key equals it.
  @inline(__always) private static func withSpelling<R>(
    _ key: String, _ body: (UnsafeBufferPointer<UInt8>?, UInt64) -> R
  ) -> R {
    let fast = key.utf8.withContiguousStorageIfAvailable { buffer -> R? in
      var h = WordTable.emptyHash
      var any: UInt8 = 0
      for b in buffer {
        h = WordTable.hash(h, b)
        any |= b
      }
      return any < 128 ? body(buffer, h) : nil
    }
    if let fast, let fast { return fast }
    var folded: [UInt8] = []
    var h = WordTable.emptyHash
    for scalar in key.unicodeScalars {
      let b: UInt8
      switch scalar.value {
      case 0..<128: b = UInt8(scalar.value)
      case 0x037E: b = 0x3B
      case 0x1FEF: b = 0x60
      case 0x212A: b = 0x4B
      default: return body(nil, 0)
      }
      folded.append(b)
      h = WordTable.hash(h, b)
    }
    return folded.withUnsafeBufferPointer { body($0, h) }
  }

  /// The value for the key spelled by `ascii`, which must be ASCII bytes: the same as looking
  /// up the `String` they spell, without making it.
  func value(forASCII ascii: UnsafeBufferPointer<UInt8>) -> Value? {
    var h = WordTable.emptyHash
    for b in ascii { h = WordTable.hash(h, b) }
    return find(ascii, h).map { values[$0] }
  }

  private func find(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return nil }
      if hashes[index] == hash, spells(index, key) { return index }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always) private func spells(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[index])
    let end = index + 1 < starts.count ? Int(starts[index + 1]) : bytes.count
    guard end - start == key.count else { return false }
    var i = 0
    while i < key.count {
      if bytes[start + i] != key[i] { return false }
      i += 1
    }
    return true
  }

  /// Stores `value` for the key; true when the key is new.
  private mutating func store(
    _ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64, _ value: Value
  ) -> Bool {
    if let index = find(key, hash) {
      values[index] = value
      return false
    }
    if (values.count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(values.count)
    hashes.append(hash)
    starts.append(Int32(bytes.count))
    bytes.append(contentsOf: key)
    values.append(value)
    return true
  }

  private mutating func grow() {
    let size = slots.count * 2
    var grown = [Int32](repeating: -1, count: size)
    for index in hashes.indices {
      var slot = Int(truncatingIfNeeded: hashes[index]) & (size - 1)
      while grown[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      grown[slot] = Int32(index)
    }
    slots = grown
  }
}

extension WordMap: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral elements: (String, Value)...) {
    self.init(elements)
  }
}

/// A `Set<String>` of words with `WordMap`'s cheap look-ups and the set's answers.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var map = WordMap<Bool>()
  /// The members in the order they were first inserted, for building other tables.
  var members: [String] { map.keys }

  init() {}

  init(_ words: some Sequence<String>) {
    for word in words { insert(word) }
  }

  init(arrayLiteral elements: String...) {
    self.init(elements)
  }

  var isEmpty: Bool { members.isEmpty }

  func contains(_ word: String) -> Bool { map[word] != nil }

  /// Whether the set holds the word spelled by `ascii`, which must be ASCII bytes.
  func contains(ascii: UnsafeBufferPointer<UInt8>) -> Bool { map.value(forASCII: ascii) != nil }

  mutating func insert(_ word: String) {
    // Looked up first: most inserts repeat a word, and a look-up costs less than a store.
    if map[word] == nil { map[word] = true }
  }

  mutating func reserveCapacity(_ n: Int) {
    map.reserveCapacity(n)
  }

  func subtracting(_ other: WordSet) -> WordSet {
    WordSet(members.filter { !other.contains($0) })
  }
}
