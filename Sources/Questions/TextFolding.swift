import Foundation

/// Comparison keys for text: case, diacritics, punctuation and spacing removed, so "Hun Sen",
/// "hun-sen" and "Hún Sen." compare equal.
public enum TextFolding {
  public static func key(_ text: String) -> String {
    words(text).joined(separator: " ")
  }

  public static func words(_ text: String) -> [String] {
    // ASCII needs no diacritic folding: a fast path for most text.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var words: [String] = []
      var current: [UInt8] = []
      for byte in text.utf8 {
        switch byte {
        case 0x41...0x5A: current.append(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: current.append(byte)
        case 0x27: continue
        default:
          if !current.isEmpty {
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
          }
        }
      }
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
      return words
    }
    let folded = text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
      locale: Locale(identifier: "en_US_POSIX")
    ).lowercased()
    var words: [String] = []
    var current = ""
    for scalar in folded.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
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
    return hay.withUnsafeBufferPointer { h in
      pin.withUnsafeBufferPointer { p in
        let first = p[0]
        for start in 0...(h.count - p.count) where h[start] == first {
          var offset = 1
          while offset < p.count, h[start + offset] == p[offset] { offset += 1 }
          if offset == p.count { return true }
        }
        return false
      }
    }
  }

  /// True when `needle`'s words occur as a run inside `haystack`'s words.
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    // Most text is ASCII: compare bytes without making a string per word.
    if let hay = asciiWordBytes(haystack), let pin = asciiWordBytes(needle) {
      return containsWords(in: hay, pin)
    }
    let hay = words(haystack)
    let pin = words(needle)
    guard !pin.isEmpty, pin.count <= hay.count else { return false }
    for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
      return true
    }
    return false
  }
}
