import Articles
import Foundation

extension String {
  /// `replacingOccurrences(of:with:)` for one ASCII character, done on the bytes when the text
  /// is ASCII (as figures and dates are): Foundation's search bridges to NSString and costs
  /// far more than the text is long. Other text still goes through Foundation, which
  /// compares composed characters.
  func replacingASCII(_ target: Unicode.Scalar, with replacement: String) -> String {
    let byte = UInt8(target.value)
    guard utf8.contains(byte) else { return self }
    guard utf8.allSatisfy({ $0 < 0x80 }) else {
      return replacingOccurrences(of: String(target), with: replacement)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + replacement.utf8.count)
    for current in utf8 {
      if current == byte {
        bytes.append(contentsOf: replacement.utf8)
      } else {
        bytes.append(current)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// How many times `marker` occurs, counted left to right without overlaps, and the text
  /// after the last one: `components(separatedBy:)`'s count minus one and its last part, for
  /// an ASCII marker such as the cloze gap.
  func occurrences(of marker: String) -> (count: Int, after: Substring) {
    let pattern = Array(marker.utf8)
    let bytes = Array(utf8)
    var count = 0
    var index = 0
    var afterStart = 0
    while index + pattern.count <= bytes.count {
      if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) {
        count += 1
        index += pattern.count
        afterStart = index
      } else {
        index += 1
      }
    }
    let start = utf8.index(startIndex, offsetBy: afterStart)
    return (count, self[start...])
  }
}

extension String {
  /// `contains(_:)` for an ASCII needle, searched in the bytes when the text is ASCII too;
  /// other text goes through Foundation. A needle that is not ASCII goes through Foundation as
  /// well: its search reads "\u{212A}" (the Kelvin sign) as "K".
  /// In other text Foundation is asked only when the needle's bytes are there
  /// (`foundationContains`), unless the needle holds ";", "`" or "K", which a scalar of other
  /// bytes is canonically equal to.
  func containsASCII(_ needle: String) -> Bool {
    guard needle.utf8.allSatisfy({ $0 < 0x80 }) else { return contains(needle) }
    var text = self
    let found = text.withUTF8 { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return String.firstOffset(of: needle, in: bytes) != nil
    }
    if let found { return found }
    guard !needle.isEmpty, !needle.utf8.contains(where: { $0 == 0x3B || $0 == 0x60 || $0 == 0x4B })
    else { return contains(needle) }
    return foundationContains(self, needle)
  }

  /// `split(whereSeparator:)` of an ASCII text, cut at the bytes `isSeparator` picks without
  /// walking its characters: each ASCII character is one byte but "\r\n", so the words are
  /// the same when `isSeparator` cuts "\r" and "\n" both or neither, as the character test
  /// cuts "\r\n" or not. Nil when the text is not ASCII.
  func asciiSplit(where isSeparator: (UInt8) -> Bool) -> [Substring]? {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    var words: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      if isSeparator(utf8[index]) {
        if start < index { words.append(self[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start < utf8.endIndex { words.append(self[start..<utf8.endIndex]) }
    return words
  }

  /// Where `needle` first occurs, in bytes (the first search `range(of:)` makes).
  func firstByteOffset(of needle: String) -> Int? {
    var text = self
    return text.withUTF8 { String.firstOffset(of: needle, in: $0) }
  }

  /// Where `needle`'s bytes first occur in `bytes`.
  static func firstOffset(of needle: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    // `TextFolding.search` lines the pattern up by its second byte with `memchr`: most
    // patterns open on a space, which a byte-by-byte scan finds every few bytes.
    var needle = needle
    return needle.withUTF8 { pattern in
      TextFolding.search(UnsafeRawBufferPointer(pattern), in: UnsafeRawBufferPointer(bytes))
    }
  }
}

extension Substring {
  /// `contains("-")`: an ASCII word answers from its bytes; any other goes through Foundation,
  /// which compares composed characters ("-" with a combining mark after it is not "-").
  var holdsHyphen: Bool {
    guard utf8.contains(0x2D) else { return false }
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return contains("-") }
    return true
  }

  /// `filter(keep)` of an ASCII word, read from its bytes: nil when the word is not ASCII.
  /// `keepByte` must answer for each ASCII byte as `keep` does for its character (A–Z and
  /// a–z are the ASCII letters, 0–9 the ASCII numbers), and answer alike for "\r" and "\n",
  /// which make one character together.
  func asciiFiltered(_ keepByte: (UInt8) -> Bool) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for byte in utf8 {
      guard byte < 0x80 else { return nil }
      if keepByte(byte) { bytes.append(byte) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `hasSuffix(",")`, which walks the word's characters backwards: a word whose last byte is
  /// no comma does not end on one, and a comma after an ASCII byte (or alone) is a character
  /// of its own. After any other scalar (a prepended sign holds on to what follows) the
  /// characters are compared.
  var endsOnComma: Bool {
    guard utf8.last == 0x2C else { return false }
    guard let before = utf8.dropLast().last, before >= 0x80 else { return true }
    return hasSuffix(",")
  }

  /// The first `count` words between spaces: `split(separator: " ").prefix(count)` without
  /// splitting the rest of the text.
  func firstWords(_ count: Int) -> [Substring] {
    if let cuts = spaceCuts(count, fromEnd: false) { return cuts.map(wordAt) }
    var words: [Substring] = []
    var index = startIndex
    while words.count < count {
      while index < endIndex, self[index] == " " { index = self.index(after: index) }
      guard index < endIndex else { break }
      var end = index
      while end < endIndex, self[end] != " " { end = self.index(after: end) }
      words.append(self[index..<end])
      index = end
    }
    return words
  }

  /// The last `count` words between spaces, in order: `split(separator: " ").suffix(count)`
  /// without splitting the text before them.
  func lastWords(_ count: Int) -> [Substring] {
    if let cuts = spaceCuts(count, fromEnd: true) { return cuts.reversed().map(wordAt) }
    var words: [Substring] = []
    var end = endIndex
    while words.count < count {
      while end > startIndex, self[self.index(before: end)] == " " { end = self.index(before: end) }
      guard end > startIndex else { break }
      var start = end
      while start > startIndex, self[self.index(before: start)] != " " {
        start = self.index(before: start)
      }
      words.insert(self[start..<end], at: 0)
      end = start
    }
    return words
  }

  /// The byte ranges of the first (or, from the end, the last) `count` words between spaces,
  /// found on the bytes instead of by walking characters; nil when a space passed might not be
  /// a character of its own (a mark or joiner after it, a prepended sign before it: see
  /// `spaceSplit`), and the characters must be walked. Words from the end come last first.
  private func spaceCuts(_ count: Int, fromEnd: Bool) -> [Range<Int>]? {
    let cuts = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
      func isLoneSpace(_ at: Int) -> Bool {
        (at + 1 >= bytes.count || startsPlainScalar(bytes, at: at + 1))
          && (at == 0 || bytes[at - 1] < 0x80 || endsPlainScalar(bytes, before: at))
      }
      var cuts: [Range<Int>] = []
      if fromEnd {
        var end = bytes.count
        while cuts.count < count {
          while end > 0, bytes[end - 1] == 0x20 {
            guard isLoneSpace(end - 1) else { return nil }
            end -= 1
          }
          guard end > 0 else { break }
          var start = end
          while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
          if start > 0, !isLoneSpace(start - 1) { return nil }
          cuts.append(start..<end)
          end = start
        }
      } else {
        var start = 0
        while cuts.count < count {
          while start < bytes.count, bytes[start] == 0x20 {
            guard isLoneSpace(start) else { return nil }
            start += 1
          }
          guard start < bytes.count else { break }
          var end = start
          while end < bytes.count, bytes[end] != 0x20 { end += 1 }
          if end < bytes.count, !isLoneSpace(end) { return nil }
          cuts.append(start..<end)
          start = end
        }
      }
      return cuts
    }
    return cuts ?? nil
  }

  /// The word at a byte range `spaceCuts` found.
  private func wordAt(_ cut: Range<Int>) -> Substring {
    let start = utf8.index(startIndex, offsetBy: cut.lowerBound)
    return self[start..<utf8.index(start, offsetBy: cut.count)]
  }
}
