import Articles
/// The figures of a sentence and the ones a fact is tied to by a range or a comparison, so a
/// changed value keeps the sentence sensible: "between 0.3% and 0.5%", "from 23 to 28 May",
/// "58 of the 120 seats", "5.38 billion, down from 6.1 billion".
import Facts

enum SentenceFigures {
  /// Every number written in digits in `text`, with its scale word ("6.1 billion" → 6.1e9).
  static func values(in text: String) -> [Double] {
    text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiValues(in: text) : unicodeValues(in: text)
  }

  /// `values(in:)` for any text, a word as Swift's characters make it.
  static func unicodeValues(in text: String) -> [Double] {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map {
      $0.drop(while: { !$0.isNumber }).filter { $0.isNumber || $0 == "." || $0 == "," }
    }
    let raw = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map {
      $0.lowercased().filter(\.isLetter)
    }
    var result: [Double] = []
    for (index, word) in words.enumerated() {
      // Only digits, points and commas are left: dropping the commas is a filter.
      var digits = word.filter { $0 != "," }
      while digits.hasSuffix(".") { digits.removeLast() }
      guard !digits.isEmpty, var value = Double(digits) else { continue }
      if index + 1 < raw.count, let scale = NumberReading.scales[raw[index + 1]] {
        value *= scale
      }
      result.append(value)
    }
    return result
  }

  /// `values(in:)` for ASCII text, read from its bytes: each word's digits, points and commas
  /// from its first digit on, read as a number (commas dropped, trailing points too) and
  /// scaled by a scale word right after it.
  static func asciiValues(in text: String) -> [Double] {
    let words = text.utf8.split(separator: 0x20)
    var result: [Double] = []
    for (index, word) in words.enumerated() {
      var digits: [UInt8] = []
      var started = false
      for byte in word {
        let isDigit = byte >= 0x30 && byte <= 0x39
        if !started {
          guard isDigit else { continue }
          started = true
        }
        if isDigit || byte == 0x2E { digits.append(byte) }
      }
      while digits.last == 0x2E { digits.removeLast() }
      guard !digits.isEmpty, var value = Double(String(decoding: digits, as: UTF8.self)) else {
        continue
      }
      if index + 1 < words.count {
        var letters: [UInt8] = []
        for byte in words[index + 1] {
          if byte >= 0x41 && byte <= 0x5A {
            letters.append(byte + 0x20)
          } else if byte >= 0x61 && byte <= 0x7A {
            letters.append(byte)
          }
        }
        if let scale = NumberReading.scales[String(decoding: letters, as: UTF8.self)] {
          value *= scale
        }
      }
      result.append(value)
    }
    return result
  }

  /// A number or sum fact's amount.
  static func amount(of fact: Fact) -> Double? {
    switch fact.kind {
    case .money: AnswerFormat.money(fact.value)?.amount
    case .number: Double(fact.value)
    default: nil
    }
  }

  static let hedges: Set<String> = [
    "about", "around", "some", "nearly", "roughly", "almost", "over", "under", "more", "less",
    "than", "well", "just", "only", "approximately", "a", "an", "the", "us", "usd", "below",
    "above",
  ]

  /// Facts of the same sentence and kind the fact is tied to.
  static func ties(of fact: Fact, among pool: [Fact]) -> [Fact] {
    let group: Set<FactKind> =
      [.date, .year].contains(fact.kind) ? [.date, .year] : [.money, .number]
    guard group.contains(fact.kind) else { return [] }
    let scalars = Array(fact.source.text.unicodeScalars)
    func text(_ range: Range<Int>) -> String {
      let lower = max(0, min(range.lowerBound, scalars.count))
      let upper = max(lower, min(range.upperBound, scalars.count))
      return String(scalars: scalars[lower..<upper]).lowercased()
    }
    return pool.filter { other in
      guard other.source.article == fact.source.article,
        other.source.sentence == fact.source.sentence, group.contains(other.kind),
        other.source.span != fact.source.span,
        fact.kind == .money || other.kind != .money, other.unit == fact.unit || other.kind == .money
      else { return false }
      let (first, second) =
        other.source.span.lowerBound < fact.source.span.lowerBound
        ? (other.source.span, fact.source.span) : (fact.source.span, other.source.span)
      guard first.upperBound <= second.lowerBound else { return false }
      let between = text(first.upperBound..<second.lowerBound)
      let words = between.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      let before = text(max(0, first.lowerBound - 12)..<first.lowerBound)
        .split(whereSeparator: { !$0.isLetter }).suffix(2)
      let core = words.filter { !hedges.contains($0) }
      // "23 to 28", "1948-1952", "between 0.3% and 0.5%", "from 1.4 to 2.3 billion".
      if core.isEmpty && between.contains(where: { "-–".contains($0) }) { return true }
      if core == ["to"] || core == ["and"] && before.contains("between") { return true }
      // "58 of the 120 seats": a part against its whole.
      if core == ["of"] && fact.kind == .number { return true }
      // "5.38 billion …, down from about 6.1 billion", "up from 12 percent".
      let tail = words.suffix(4).filter { !hedges.contains($0) }
      if tail.suffix(2) == ["down", "from"] || tail.suffix(2) == ["up", "from"]
        || tail.suffix(2) == ["compared", "with"]
      {
        return true
      }
      return false
    }
  }

  static let falling: Set<String> = [
    "fell", "fall", "falls", "fallen", "dropped", "drop", "drops", "declined", "decline",
    "declines", "decreased", "shrank", "cut", "reduced", "slid", "down", "brought", "lowered",
  ]
  static let rising: Set<String> = [
    "rose", "rise", "rises", "risen", "grew", "grow", "grows", "increased", "increase",
    "climbed", "jumped", "up", "raised", "doubled", "soared", "expanded",
  ]

  /// Which way a changed value may move and keep the sentence's story: +1 for the start of a
  /// fall ("fell from about 58 percent") or the end of a rise ("rose to 12"), -1 for the
  /// opposite, 0 when the sentence does not say.
  /// The lower-cased runs of letters before scalar `offset`; ASCII text is read from its
  /// bytes.
  static func wordsBefore(_ text: String, _ offset: Int) -> [String] {
    var text = text
    let ascii = text.withUTF8 { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return TextFolding.asciiLowercaseRuns(bytes[..<max(0, min(offset, bytes.count))]) { _ in
        false
      }
    }
    return ascii ?? unicodeWordsBefore(text, offset)
  }

  /// `wordsBefore` for any text.
  static func unicodeWordsBefore(_ text: String, _ offset: Int) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let start = max(0, min(offset, scalars.count))
    return String(scalars: scalars[..<start]).lowercased()
      .split(whereSeparator: { !$0.isLetter }).map(String.init)
  }

  static func direction(of fact: Fact) -> Int {
    let before = wordsBefore(fact.source.text, fact.source.span.lowerBound)
    guard let preposition = before.last(where: { !hedges.contains($0) }),
      ["from", "to"].contains(preposition)
    else { return 0 }
    let verbs = before.dropLast().suffix(8)
    let isFall = verbs.contains { falling.contains($0) }
    let isRise = verbs.contains { rising.contains($0) }
    guard isFall != isRise else { return 0 }
    return (preposition == "from") == isFall ? 1 : -1
  }
}
