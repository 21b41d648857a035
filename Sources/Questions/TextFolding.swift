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

  /// True when `needle`'s words occur as a run inside `haystack`'s words.
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    let hay = words(haystack)
    let pin = words(needle)
    guard !pin.isEmpty, pin.count <= hay.count else { return false }
    for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
      return true
    }
    return false
  }
}
