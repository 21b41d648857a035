import Foundation

/// Comparison keys for text: case, diacritics, punctuation and spacing removed, so "Hun Sen",
/// "hun-sen" and "Hún Sen." compare equal.
public enum TextFolding {
  /// A–Z or a–z: the ASCII bytes whose characters are letters.
  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// The runs of ASCII letters in `bytes` (and of the bytes `alsoInWord` keeps, such as an
  /// apostrophe), lower-cased: the byte path of several word scans.
  static func asciiLowercaseRuns(
    _ bytes: Slice<UnsafeBufferPointer<UInt8>>, alsoInWord: (UInt8) -> Bool
  ) -> [String] {
    var words: [String] = []
    var word: [UInt8] = []
    for byte in bytes {
      switch byte {
      case 0x41...0x5A: word.append(byte + 0x20)
      case 0x61...0x7A: word.append(byte)
      default:
        if alsoInWord(byte) {
          word.append(byte)
        } else if !word.isEmpty {
          words.append(String(decoding: word, as: UTF8.self))
          word.removeAll(keepingCapacity: true)
        }
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// An ASCII text's bytes lower-cased (A–Z only, as `lowercased()` does for ASCII); nil for
  /// other text.
  static func asciiLowercased(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }
    return bytes
  }

  /// Whether every byte of the text is ASCII: such text compares equal only byte for byte.
  static func isASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  public static func key(_ text: String) -> String {
    if let folded = wordBytes(text) {
      guard folded.count > 2 else { return "" }
      return String(decoding: folded[1..<(folded.count - 1)], as: UTF8.self)
    }
    return unicodeWords(text).joined(separator: " ")
  }

  public static func words(_ text: String) -> [String] {
    // ASCII, and the punctuation that folds to itself, needs no diacritic folding: a fast
    // path for most text.
    if let folded = wordBytes(text) { return split(folded) }
    return unicodeWords(text)
  }

  /// The words of text that needs Unicode folding (and of any text: the general reading the
  /// byte paths must match).
  /// Letters whose stroke is no diacritic to Foundation, as a reader folds them.
  static let strokeLetters: [Unicode.Scalar: Unicode.Scalar] = [
    "đ": "d", "ł": "l", "ø": "o", "ħ": "h",
  ]

  static func unicodeWords(_ text: String) -> [String] {
    let folded = text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
      locale: Locale(identifier: "en_US_POSIX")
    ).lowercased()
    var words: [String] = []
    var current = ""
    for scalar in folded.unicodeScalars {
      // Letters with a stroke keep it through diacritic folding: "Đổi Mới" is "doi moi".
      if let plain = strokeLetters[scalar] {
        current.unicodeScalars.append(plain)
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        current.unicodeScalars.append(scalar)
      } else if scalar == "'" || scalar == "’" {
        continue
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// The words of a buffer made by `wordBytes`.
  static func split(_ folded: [UInt8]) -> [String] {
    var words: [String] = []
    folded.withUnsafeBufferPointer { bytes in
      var start = 1
      for index in 1..<bytes.count where bytes[index] == 0x20 {
        if index > start {
          words.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        start = index + 1
      }
    }
    return words
  }

  /// Text folded to its words in one buffer, like `asciiWordBytes`, for ASCII text and text
  /// whose other characters are punctuation that Unicode folding leaves a separator (curly
  /// quotes, dashes, bullets, the euro sign, a no-break space) or drops like an apostrophe
  /// (’); nil for text that needs Unicode folding.
  static func wordBytes(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { bytes -> [UInt8]? in
      var result = [UInt8](repeating: 0x20, count: bytes.count + 2)
      var written = 1
      let fitted = result.withUnsafeMutableBufferPointer { out -> Bool in
        var index = 0
        let count = bytes.count
        while index < count {
          let byte = bytes[index]
          switch byte {
          case 0x41...0x5A:
            out[written] = byte + 0x20
            written += 1
            index += 1
            continue
          case 0x61...0x7A, 0x30...0x39:
            out[written] = byte
            written += 1
            index += 1
            continue
          case 0x27:
            index += 1
            continue
          case 0x00..<0x80:
            index += 1
          case 0xC2:
            guard index + 1 < count else { return false }
            switch bytes[index + 1] {
            // No-break space, £, «, °, ·, »
            case 0xA0, 0xA3, 0xAB, 0xB0, 0xB7, 0xBB: index += 2
            default: return false
            }
          case 0xE2:
            guard index + 2 < count else { return false }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 {
              switch third {
              // ’ is dropped like an apostrophe.
              case 0x99:
                index += 3
                continue
              // Dashes, ‘, “, ”, •, …
              case 0x90...0x95, 0x98, 0x9C, 0x9D, 0xA2, 0xA6: index += 3
              default: return false
              }
            } else if second == 0x82, third == 0xAC {
              // €
              index += 3
            } else {
              return false
            }
          default:
            return false
          }
          // A separator: one space after a word (the buffer is spaces already).
          if out[written - 1] != 0x20 { written += 1 }
        }
        if out[written - 1] != 0x20 { written += 1 }
        return true
      }
      guard fitted else { return nil }
      result.removeLast(result.count - written)
      return result
    }
  }

  /// ASCII text folded to its words in one buffer, each word between spaces (" hun sen "), so
  /// a run of words is found by a byte search; nil for text that needs Unicode folding.
  static func asciiWordBytes(_ text: String) -> [UInt8]? {
    var result: [UInt8] = [0x20]
    result.reserveCapacity(text.utf8.count + 2)
    for byte in text.utf8 {
      switch byte {
      case 0x41...0x5A: result.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39: result.append(byte)
      case 0x27: continue
      case 0x80...: return nil
      default:
        if result.last != 0x20 { result.append(0x20) }
      }
    }
    if result.last != 0x20 { result.append(0x20) }
    return result
  }

  /// A byte search of words folded by `asciiWordBytes`.
  static func containsWords(in hay: [UInt8], _ pin: [UInt8]) -> Bool {
    guard pin.count > 1, pin.count <= hay.count else { return false }
    return hay.withUnsafeBytes { h in
      pin.withUnsafeBytes { p in search(p, in: h) != nil }
    }
  }

  /// The first offset of `pattern` in `bytes`: `memchr` finds where the pattern's second byte
  /// (its first letter, after the space of a folded word) could line up, `memcmp` checks.
  static func search(_ pattern: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer) -> Int? {
    let count = bytes.count
    let length = pattern.count
    guard length > 0, length <= count, let base = bytes.baseAddress,
      let head = pattern.baseAddress
    else { return nil }
    let keyOffset = length > 1 ? 1 : 0
    let key = Int32(pattern[keyOffset])
    var start = 0
    while start <= count - length {
      guard let found = memchr(base + start + keyOffset, key, count - length - start + 1) else {
        return nil
      }
      let candidate = base.distance(to: UnsafeRawPointer(found)) - keyOffset
      if memcmp(base + candidate, head, length) == 0 { return candidate }
      start = candidate + 1
    }
    return nil
  }

  /// Where `pattern` first occurs in `bytes`, counted from the start of `bytes`.
  static func firstOffset(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
    guard !pattern.isEmpty, pattern.count <= bytes.count else { return nil }
    return bytes.withUnsafeBytes { h in
      pattern.withUnsafeBytes { p in search(p, in: h) }
    }
  }

  /// True when `needle`'s words occur as a run inside `haystack`'s words.
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    // Most text is ASCII: compare bytes without making a string per word.
    if let hay = wordBytes(haystack), let pin = wordBytes(needle) {
      return containsWords(in: hay, pin)
    }
    return containsWords(words(haystack), words(needle))
  }

  /// Whether the words `pin` stand in a row in the words `hay` (`contains` of folded words).
  static func containsWords(_ hay: [String], _ pin: [String]) -> Bool {
    guard !pin.isEmpty, pin.count <= hay.count else { return false }
    for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
      return true
    }
    return false
  }
}
