/// What the name rules learn across an article: acronyms it defines, the people it has
/// named (so "Sen" later means "Hun Sen" and "he said" means the last person), and the
/// words it capitalises mid-sentence (so a sentence-initial "Recently" is not a name).
struct NameContext {
  /// "ECCC" → "Extraordinary Chambers of the Courts of Cambodia".
  var acronyms: [String: String] = [:]
  /// A part of a person's name → the person's full value ("Chea" → "Nuon Chea").
  var personParts: [String: String] = [:]
  /// The last person named, for "he said".
  var lastPerson: String?
  /// The speaker of the last quotation and its sentence, for a quotation that goes on in the
  /// next sentence without a new attribution.
  var lastSpeaker: (name: String, sentence: Int)?
  /// Lower-case forms of words the article capitalises away from a sentence start.
  var capitalizedMidSentence: Set<String> = []

  /// Name parts too common to stand for one person.
  static let ambiguousParts: Set<String> = [
    "van", "thi", "le", "ho", "de", "da", "la", "al", "bin", "von", "der", "di", "du", "ta", "to",
  ]

  init(scans: [SentenceScan]) {
    for scan in scans {
      for (i, t) in scan.tokens.enumerated()
      where t.kind == .word && t.isCapitalized && !scan.isSentenceInitial(i) {
        capitalizedMidSentence.insert(t.lower)
      }
    }
  }

  mutating func remember(person value: String) {
    lastPerson = value
    let parts = value.split(separator: " ")
    guard parts.count >= 2 else { return }
    for part in [parts.first!, parts.last!] {
      let lower = part.lowercased()
      if !Self.ambiguousParts.contains(lower), personParts[lower] == nil {
        personParts[lower] = value
      }
    }
  }
}
