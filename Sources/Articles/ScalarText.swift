import Foundation

/// Fast conversions between scalars and strings, and character classes with ASCII fast paths,
/// shared by the reader and the fact extractor. Appending scalars to a
/// `String.UnicodeScalarView` one by one is several times slower than encoding UTF-8 bytes
/// into an array and decoding that once, and the generator must keep up with megabytes a
/// second; they are inlinable so the extractor's loops inline them across the module boundary.
extension String {
  @inlinable public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    // Encoded straight into the string's own storage: no intermediate byte array. The exact
    // length first, so a short string is made inline instead of on the heap.
    var capacity = 0
    for c in scalars {
      let v = c.value
      capacity += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    self = String(unsafeUninitializedCapacity: capacity) { buffer in
      var n = 0
      for c in scalars {
        let v = c.value
        if v < 0x80 {
          buffer[n] = UInt8(v)
          n += 1
        } else if v < 0x800 {
          buffer[n] = UInt8(0xC0 | (v >> 6))
          buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
          n += 2
        } else if v < 0x10000 {
          buffer[n] = UInt8(0xE0 | (v >> 12))
          buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
          n += 3
        } else {
          buffer[n] = UInt8(0xF0 | (v >> 18))
          buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
          buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
          buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
          n += 4
        }
      }
      return n
    }
  }
}

@inlinable @inline(__always) public func appendUTF8(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
  let v = c.value
  if v < 0x80 {
    bytes.append(UInt8(v))
  } else if v < 0x800 {
    bytes.append(UInt8(0xC0 | (v >> 6)))
    bytes.append(UInt8(0x80 | (v & 0x3F)))
  } else if v < 0x10000 {
    bytes.append(UInt8(0xE0 | (v >> 12)))
    bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
    bytes.append(UInt8(0x80 | (v & 0x3F)))
  } else {
    bytes.append(UInt8(0xF0 | (v >> 18)))
    bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
    bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
    bytes.append(UInt8(0x80 | (v & 0x3F)))
  }
}

/// The scalars of a string in one pass (`Array(s.unicodeScalars)` counts them first),
/// decoded straight from its UTF-8 into the array's storage when the bytes are contiguous.
@inlinable public func scalarArray<S: StringProtocol>(_ s: S) -> [Unicode.Scalar] {
  if let decoded = s.utf8.withContiguousStorageIfAvailable(decodeScalars) { return decoded }
  var out: [Unicode.Scalar] = []
  out.reserveCapacity(s.utf8.count)
  for c in s.unicodeScalars { out.append(c) }
  return out
}

/// The scalars of valid UTF-8 (a string's own bytes, so no checks are needed).
@inlinable public func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
  [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
    var i = 0
    var n = 0
    let end = bytes.count
    while i < end {
      // Eight ASCII bytes at a time: each byte is its scalar.
      if i + 8 <= end {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
        if word & 0x8080_8080_8080_8080 == 0 {
          for k in 0..<8 {
            let v = UInt32(truncatingIfNeeded: word >> (8 * UInt64(k))) & 0xFF
            buffer.initializeElement(at: n + k, to: unsafeBitCast(v, to: Unicode.Scalar.self))
          }
          n += 8
          i += 8
          continue
        }
      }
      let b = UInt32(bytes[i])
      var v: UInt32
      if b < 0x80 {
        v = b
        i += 1
      } else if b < 0xE0 {
        v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if b < 0xF0 {
        v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        v =
          (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
          | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        i += 4
      }
      // Valid UTF-8 decodes to valid scalars only.
      buffer.initializeElement(at: n, to: unsafeBitCast(v, to: Unicode.Scalar.self))
      n += 1
    }
    count = n
  }
}

/// Whether `text` holds four ASCII digits in a row, a year most often; read on its bytes.
/// Inlinable, so that callers in other modules get the walk made for their text type: the
/// generic walk cost some thirty thousand instructions a prompt.
@inlinable public func holdsFourDigits(_ text: some StringProtocol) -> Bool {
  var run = 0
  for byte in text.utf8 {
    run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
    if run == 4 { return true }
  }
  return false
}

@inlinable @inline(__always) public func isDigit(_ c: Unicode.Scalar) -> Bool {
  c.value >= 48 && c.value <= 57
}

@inlinable @inline(__always) public func isLetter(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
  return c.properties.isAlphabetic
}

@inlinable @inline(__always) public func isUpper(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 128 { return v >= 65 && v <= 90 }
  return c.properties.isUppercase
}

@inlinable @inline(__always) public func isLower(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 128 { return v >= 97 && v <= 122 }
  return c.properties.isLowercase
}

@inlinable @inline(__always) public func isSpace(_ c: Unicode.Scalar) -> Bool {
  c == " " || c == "\t" || c == "\n"
}

/// Whether the UTF-8 of `s` holds `byte`: the C library's `memchr` over contiguous bytes,
/// where iterating a `String.UTF8View` checks every step.
public func containsByte(_ s: String, _ byte: UInt8) -> Bool {
  let found = s.utf8.withContiguousStorageIfAvailable { bytes in
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    return memchr(base, Int32(byte), bytes.count) != nil
  }
  return found ?? s.utf8.contains(byte)
}

/// The number of space bytes in `s` (a line's word count is one more).
@inlinable public func spaceCount(_ s: String) -> Int {
  if let n = s.utf8.withContiguousStorageIfAvailable({ bytes in
    var n = 0
    var i = 0
    let count = bytes.count
    // Eight bytes at a time: the space bytes of a word are its zero bytes after XOR with
    // spaces, found exactly (no carry crosses a byte) and counted.
    while i + 8 <= count {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
      let t = word ^ 0x2020_2020_2020_2020
      let y = (t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
      n += (~(y | t | 0x7F7F_7F7F_7F7F_7F7F)).nonzeroBitCount
      i += 8
    }
    while i < count {
      if bytes[i] == 32 { n += 1 }
      i += 1
    }
    return n
  }) {
    return n
  }
  return s.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) }
}

/// The number of Unicode scalars in `s`, from its UTF-8 lead bytes: `unicodeScalars.count`
/// decodes every scalar to count it.
@inlinable public func scalarCount(_ s: String) -> Int {
  if let n = s.utf8.withContiguousStorageIfAvailable({ bytes in
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
  }) {
    return n
  }
  return s.unicodeScalars.count
}

/// The same words as `s.split(separator: " ")`, which compares Characters and so must find
/// the grapheme clusters of the whole string. A space starts and ends a cluster unless a mark
/// or joiner follows it or a prepended sign comes before it; when every space stands between
/// ASCII or Latin letters (nearly always), cutting the UTF-8 at space bytes gives the same
/// words, without the cluster walk. Other text takes the library's split.
public func spaceSplit(_ s: String) -> [Substring] {
  let cuts = s.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
    var cuts: [Range<Int>] = []
    let n = bytes.count
    var start = 0
    for p in 0..<n where bytes[p] == 32 {
      if p + 1 < n, !startsPlainScalar(bytes, at: p + 1) { return nil }
      if p > 0, bytes[p - 1] >= 0x80, !endsPlainScalar(bytes, before: p) { return nil }
      if start < p { cuts.append(start..<p) }
      start = p + 1
    }
    if start < n { cuts.append(start..<n) }
    return cuts
  }
  guard let cuts = cuts ?? nil else { return s.split(separator: " ") }
  let utf8 = s.utf8
  return cuts.map { r in
    s[
      utf8.index(
        utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(
          utf8.startIndex, offsetBy: r.upperBound)]
  }
}

/// Whether the scalar at byte `i` is ASCII or a Latin letter (U+0080–U+02FF, U+1E00–U+1EFF):
/// none of them extends the cluster before it.
public func startsPlainScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
  let b = bytes[i]
  if b < 0x80 { return true }
  if b >= 0xC2 && b <= 0xCB { return true }
  return b == 0xE1 && i + 1 < bytes.count && bytes[i + 1] >= 0xB8 && bytes[i + 1] <= 0xBB
}

/// Whether the non-ASCII scalar ending just before byte `end` is below U+0600 or in
/// U+1E00–U+1EFF or U+2000–U+203F: no prepended sign (which holds on to what follows) is.
public func endsPlainScalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int)
  -> Bool
{
  var lead = end - 1
  while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
  let b = bytes[lead]
  if b >= 0xC2 && b <= 0xD7 { return true }
  guard lead + 1 < end else { return false }
  let second = bytes[lead + 1]
  return (b == 0xE1 && second >= 0xB8 && second <= 0xBB) || (b == 0xE2 && second == 0x80)
}

/// The same pieces as `s.utf8.split(separator: byte, omittingEmptySubsequences:)`, as
/// substrings, found by a scan of contiguous bytes instead of the generic split's index walk.
/// `byte` must be ASCII, so every piece starts and ends on a scalar boundary.
public func byteSplit(_ s: String, _ byte: UInt8, omittingEmpty: Bool) -> [Substring] {
  precondition(byte < 0x80)
  let cuts = s.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
    var cuts: [Range<Int>] = []
    var start = 0
    for p in 0..<bytes.count where bytes[p] == byte {
      if !omittingEmpty || start < p { cuts.append(start..<p) }
      start = p + 1
    }
    if !omittingEmpty || start < bytes.count { cuts.append(start..<bytes.count) }
    return cuts
  }
  guard let cuts else {
    return s.utf8.split(separator: byte, omittingEmptySubsequences: omittingEmpty).map {
      Substring($0)
    }
  }
  let utf8 = s.utf8
  var index = utf8.startIndex
  var offset = 0
  return cuts.map { r in
    // Pieces come in order: each index moves on from the last one.
    index = utf8.index(index, offsetBy: r.lowerBound - offset)
    let end = utf8.index(index, offsetBy: r.count)
    offset = r.upperBound
    defer { index = end }
    return s[index..<end]
  }
}

/// The text of bytes `range` of `s`, for an ASCII `s` whose scalar offsets are byte offsets:
/// the same string `String(scalars:)` makes from those scalars, copied instead of re-encoded.
/// Nil when the bytes are not at hand in one piece.
@inlinable public func asciiSlice(_ s: String, _ range: Range<Int>) -> String? {
  s.utf8.withContiguousStorageIfAvailable {
    String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
  }
}

/// Whether the UTF-8 of `s` holds the bytes of `needle`: `memchr` finds each candidate first
/// byte over contiguous bytes, where the standard library's generic `firstRange(of:)` builds a
/// searcher and walks indices.
public func containsBytes(_ s: String, _ needle: StaticString) -> Bool {
  let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
  precondition(!pattern.isEmpty)
  let found = s.utf8.withContiguousStorageIfAvailable { firstOffset(of: pattern, in: $0) != nil }
  return found ?? Array(s.utf8).withUnsafeBufferPointer { firstOffset(of: pattern, in: $0) != nil }
}

/// Foundation's `s.contains(needle)` for an ASCII `needle` without ";", "`" or "K": Foundation
/// compares composed characters, slowly, but no string without the needle's bytes holds a
/// match (only U+037E, U+1FEF and U+212A are canonically equal to ASCII, to those three), so
/// only one with them asks Foundation.
public func foundationContains(_ s: String, _ needle: String) -> Bool {
  var pattern = needle
  let present = pattern.withUTF8 { pattern -> Bool in
    precondition(
      !pattern.isEmpty && pattern.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B }
    )
    return s.utf8.withContiguousStorageIfAvailable { firstOffset(of: pattern, in: $0) != nil }
      ?? Array(s.utf8).withUnsafeBufferPointer { firstOffset(of: pattern, in: $0) != nil }
  }
  return present && s.contains(needle)
}

/// `s.hasPrefix(prefix)` for an ASCII `prefix` without ";", "`" or "K": the library compares
/// Characters, but only a string whose bytes open with the prefix's can open with it (see
/// `foundationContains`), so only such a string asks the library.
public func hasASCIIPrefix(_ s: String, _ prefix: String) -> Bool {
  assert(prefix.utf8.allSatisfy { $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B })
  return s.utf8.starts(with: prefix.utf8) && s.hasPrefix(prefix)
}

/// Whether the UTF-8 of `s` holds the bytes of `needle` (not empty). A needle none of whose
/// scalars is canonically equal to another sequence (no ";", "`" or "K", no "·") is found by
/// Foundation or `hasPrefix` only where its bytes are, so this turns down a line before a
/// slow search.
public func holdsBytes(_ s: String, of needle: String) -> Bool {
  var pattern = needle
  return pattern.withUTF8 { pattern in
    s.utf8.withContiguousStorageIfAvailable { firstOffset(of: pattern, in: $0) != nil }
      ?? Array(s.utf8).withUnsafeBufferPointer { firstOffset(of: pattern, in: $0) != nil }
  }
}

/// Where the bytes of `pattern` (not empty) first occur in `bytes`.
func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>)
  -> Int?
{
  guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return nil }
  let last = bytes.count - pattern.count
  var start = 0
  while start <= last {
    guard let hit = memchr(base + start, Int32(pattern[0]), last - start + 1) else { return nil }
    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    var k = 1
    while k < pattern.count, bytes[at + k] == pattern[k] { k += 1 }
    if k == pattern.count { return at }
    start = at + 1
  }
  return nil
}

/// The same answer as `s.hasPrefix(String(mark))` for a non-ASCII `mark` that no other
/// sequence of scalars is canonically equal to ("›", "»"): the library compares Characters,
/// finding grapheme clusters, whenever either string is not ASCII. Such a first Character is
/// `mark` exactly when the bytes open with it and it is not extended by what follows; ASCII
/// never extends a cluster, so only a line whose next scalar is not ASCII takes the library's
/// path.
public func opensWith(_ s: String, _ mark: Unicode.Scalar) -> Bool {
  var encoded: [UInt8] = []
  appendUTF8(mark, to: &encoded)
  let verdict = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
    guard bytes.count >= encoded.count else { return false }
    for k in encoded.indices where bytes[k] != encoded[k] { return false }
    return bytes.count == encoded.count || bytes[encoded.count] < 0x80 ? true : nil
  }
  if let verdict, let verdict { return verdict }
  return s.hasPrefix(String(mark))
}
