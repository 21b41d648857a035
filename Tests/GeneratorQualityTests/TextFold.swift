import Foundation

/// Folds text the way a lenient marker reads an answer: case, diacritics, punctuation, curly
/// quotes, odd spaces and a leading article make no difference.
enum TextFold {
  static func fold(_ text: String) -> String {
    let plain =
      text
      .replacingOccurrences(of: "đ", with: "d")
      .replacingOccurrences(of: "Đ", with: "D")
      .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .lowercased()
    var out = ""
    out.reserveCapacity(plain.count)
    var lastWasSpace = true
    for scalar in plain.unicodeScalars {
      if CharacterSet.alphanumerics.contains(scalar) || scalar == "." && !lastWasSpace {
        out.unicodeScalars.append(scalar)
        lastWasSpace = false
      } else if !lastWasSpace {
        out.append(" ")
        lastWasSpace = true
      }
    }
    var words = out.split(separator: " ").map { word in
      // A full stop only matters inside a number ("13.3"); elsewhere it is punctuation.
      word.allSatisfy({ $0.isNumber || $0 == "." }) && word.first?.isNumber == true
        ? String(word.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        : word.replacingOccurrences(of: ".", with: "")
    }.filter { !$0.isEmpty }
    if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// The folded words of `text`.
  static func words(_ text: String) -> [String] {
    fold(text).split(separator: " ").map(String.init)
  }

  /// True when `needle`'s folded words occur as a run inside `haystack`'s folded words.
  static func containsWords(_ haystack: String, _ needle: String) -> Bool {
    containsRun(words(haystack), words(needle))
  }

  /// True when `pin` occurs as a run inside `hay`.
  static func containsRun(_ hay: [String], _ pin: [String]) -> Bool {
    guard !pin.isEmpty, pin.count <= hay.count else { return false }
    for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
      return true
    }
    return false
  }
}
