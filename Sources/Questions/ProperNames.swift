import Articles
import Facts
import Foundation

/// Words an article uses only as names: capitalised inside its sentences, not only at their
/// start, and never written in lower case ("Kisumu" in "… the port of Kisumu …"), and the
/// words of the names its facts hold ("Venice"). "Work" in "Work began in 1961" is capitalised
/// only because it opens the sentence; "Trade" in "the Ministry of Trade" is also "trade"
/// elsewhere. A question that moves a sentence's first word after "did" keeps the capital of a
/// name and drops any other.
///
/// The text is searched only when a question asks about a word, which few do: reading every
/// word of every article up front cost a twentieth of the writer's time.
struct ProperNames: Sendable {
  /// The articles' sentences, one per line.
  private var text = ""
  /// The words of the names the facts hold.
  private var factWords: Set<String> = []
  /// The text's UTF-8 bytes when a byte search for an ASCII word finds exactly what
  /// Foundation's search finds (see `searchesAsBytes`), else nil.
  private var bytes: [UInt8]?

  init(articles: [Article] = [], facts: [Fact] = []) {
    text = articles.flatMap { $0.sentences.filter { !$0.isCaption }.map(\.text) }
      .joined(separator: "\n")
    bytes = ProperNames.searchesAsBytes(text) ? Array(text.utf8) : nil
    for fact in facts
    where [.person, .place, .organization, .event, .term].contains(fact.kind) {
      for raw in fact.text.split(separator: " ") {
        let word = ProperNames.bare(raw)
        if word.first?.isUppercase ?? false { factWords.insert(word) }
      }
    }
  }

  /// True when `word` is one of the articles' names.
  func contains(_ word: String) -> Bool {
    let bare = ProperNames.bare(Substring(word))
    guard !bare.isEmpty, !isCommonWord(bare) else { return false }
    if factWords.contains(bare) { return true }
    // Capitalised after a word of the same sentence, not after a sentence's end.
    return occurrences(of: bare).contains { before in
      guard let last = before.last else { return false }
      return !".!?\"“(\n".contains(last)
    }
  }

  /// True when the articles also write `word` in lower case, as it is or with an ending
  /// ("working" for "Work"): a common word, whatever its capital at the start of a sentence.
  func isCommonWord(_ word: String) -> Bool {
    let lower = ProperNames.bare(Substring(word)).lowercased()
    guard lower.first?.isLetter ?? false else { return false }
    return ProperNames.inflections(of: lower).contains { !occurrences(of: $0).isEmpty }
  }

  /// The word and the regular endings a noun or verb takes: names seldom take them.
  static func inflections(of lower: String) -> [String] {
    var forms = [lower, lower + "s", lower + "ed", lower + "ing", lower + "er", lower + "ers"]
    if lower.hasSuffix("e"), lower.count > 2 {
      forms += [lower + "d", lower.dropLast() + "ing"]
    }
    return forms
  }

  /// For each whole-word occurrence of `word` in the text, the character before it (after
  /// skipping spaces), or an empty string at the start. An ASCII word is found by its bytes
  /// when the text allows it: Foundation's search converted the text for every word asked.
  func occurrences(of word: String) -> [String] {
    if let bytes, !word.isEmpty, word.utf8.allSatisfy({ $0 < 0x80 }) {
      return byteOccurrences(of: word, in: bytes)
    }
    return foundationOccurrences(of: word)
  }

  /// True when every character of `text` is one scalar that no search can match in part or
  /// as another spelling: ASCII (but a carriage return, which joins a line feed), or a letter,
  /// punctuation, symbol or space that combines with nothing and is no other spelling of
  /// ASCII. Then an ASCII word's matches are exactly its byte matches, on character
  /// boundaries.
  static func searchesAsBytes(_ text: String) -> Bool {
    var checked: Set<Unicode.Scalar> = []
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 {
        if scalar == "\r" { return false }
        continue
      }
      guard checked.insert(scalar).inserted else { continue }
      let properties = scalar.properties
      switch properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
        .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
        .currencySymbol, .otherSymbol, .spaceSeparator:
        break
      default:
        return false
      }
      // A precomposed letter ("é", "ẩ") is one character to Foundation's search, which no
      // ASCII word matches in part; a scalar that decomposes to ASCII alone (the Kelvin sign,
      // the Greek question mark) is matched by it.
      let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
      guard properties.canonicalCombiningClass == .notReordered,
        !properties.isGraphemeExtend,
        decomposed == [scalar]
          || (decomposed.count > 1 && decomposed.contains { $0.value >= 0x80 })
      else { return false }
    }
    return true
  }

  /// `foundationOccurrences` for an ASCII word, searched in the text's bytes.
  func byteOccurrences(of word: String, in bytes: [UInt8]) -> [String] {
    let pin = Array(word.utf8)
    var found: [String] = []
    var from = 0
    while let offset = TextFolding.firstOffset(of: pin, in: bytes[from...]) {
      let lower = text.utf8.index(text.utf8.startIndex, offsetBy: from + offset)
      let upper = text.utf8.index(lower, offsetBy: pin.count)
      if let before = wordBefore(lower..<upper) { found.append(before) }
      from += offset + pin.count
    }
    return found
  }

  /// `occurrences(of:)` by Foundation's search: any word, any text.
  func foundationOccurrences(of word: String) -> [String] {
    var found: [String] = []
    var rest = text[...]
    while let range = rest.range(of: word) {
      if let before = wordBefore(range) { found.append(before) }
      rest = rest[range.upperBound...]
    }
    return found
  }

  /// For a match of a word at `range` in the text: when it stands as a whole word, the
  /// character before it (after skipping spaces), or "" at the start; nil inside a word.
  func wordBefore(_ range: Range<String.Index>) -> String? {
    let head = text[..<range.lowerBound]
    let isStart = head.last.map { !$0.isLetter && !$0.isNumber } ?? true
    let isEnd = text[range.upperBound...].first.map { !$0.isLetter && !$0.isNumber } ?? true
    guard isStart && isEnd else { return nil }
    return head.reversed().drop { $0 == " " }.first.map(String.init) ?? ""
  }

  /// The word without punctuation around it or a possessive "'s".
  static func bare(_ raw: Substring) -> String {
    var word = raw.drop { !$0.isLetter }
    while let last = word.last, !last.isLetter { word = word.dropLast() }
    if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
    return String(word)
  }
}
