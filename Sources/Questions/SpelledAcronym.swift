/// An acronym a card spells out: "The Ministry of Economy, Trade and Industry, known as _____"
/// gives METI away letter by letter.
enum SpelledAcronym {
  /// Small words an acronym skips: "of", "and", "the", "for".
  static let skipped: Set<String> = ["of", "and", "the", "for", "de", "du", "des", "la", "&"]

  /// True when the answer is an acronym (two to seven capitals) and the prompt holds a run of
  /// capitalised words, small words skipped, whose initials are its letters in order.
  static func spells(_ prompt: String, answer: String) -> Bool {
    let letters = Array(answer.unicodeScalars.filter { $0.properties.isAlphabetic })
    guard (2...7).contains(letters.count),
      letters.allSatisfy({ $0.properties.isUppercase }),
      answer.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "." || $0 == "&" })
    else { return false }
    let words = prompt.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
    var initials: [Unicode.Scalar?] = []
    for word in words {
      let lower = word.lowercased()
      if skipped.contains(lower) { continue }
      let first = word.unicodeScalars.first { $0.properties.isAlphabetic }
      initials.append(first.flatMap { $0.properties.isUppercase ? $0 : nil })
    }
    // Any run of capitalised words whose initials are the acronym's letters.
    guard initials.count >= letters.count else { return false }
    for start in 0...(initials.count - letters.count) {
      if (0..<letters.count).allSatisfy({ initials[start + $0] == letters[$0] }) { return true }
    }
    return false
  }
}
