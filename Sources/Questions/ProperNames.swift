import Articles
import Facts

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

  init(articles: [Article] = [], facts: [Fact] = []) {
    text = articles.flatMap { $0.sentences.filter { !$0.isCaption }.map(\.text) }
      .joined(separator: "\n")
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
  /// skipping spaces), or an empty string at the start.
  private func occurrences(of word: String) -> [String] {
    var found: [String] = []
    var rest = text[...]
    while let range = rest.range(of: word) {
      let after = rest[range.upperBound...].first
      let beforeIndex = range.lowerBound
      let head = text[..<beforeIndex]
      let isStart = head.last.map { !$0.isLetter && !$0.isNumber } ?? true
      let isEnd = after.map { !$0.isLetter && !$0.isNumber } ?? true
      if isStart && isEnd {
        let trimmed = head.reversed().drop { $0 == " " }
        found.append(trimmed.first.map(String.init) ?? "")
      }
      rest = rest[range.upperBound...]
    }
    return found
  }

  /// The word without punctuation around it or a possessive "'s".
  static func bare(_ raw: Substring) -> String {
    var word = raw.drop { !$0.isLetter }
    while let last = word.last, !last.isLetter { word = word.dropLast() }
    if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
    return String(word)
  }
}
