/// A name listed beside a language is a language: "alerts in Lukonzo, English and Swahili".
/// The name rules read "in Lukonzo" as a place, and a language offered among towns, or asked
/// for with "where", makes a card nonsense; such a name is left out.
public enum LanguageList {
  static func drop(_ facts: inout [Fact]) {
    guard facts.contains(where: { $0.kind == .place }) else { return }
    // Facts come sentence by sentence: whether a sentence names a language at all is read
    // once, from its bytes, and most name none.
    var sentence: (article: String, index: Int)?
    var namesOne = false
    facts.removeAll { fact in
      guard fact.kind == .place else { return false }
      if sentence?.index != fact.source.sentence || sentence?.article != fact.source.article {
        sentence = (fact.source.article, fact.source.sentence)
        namesOne = namesLanguage(fact.source.text)
      }
      return namesOne && isListedWithLanguage(fact.source)
    }
  }

  /// Whether `text` holds a capitalised word that is one of `languages` (all ASCII).
  static func namesLanguage(_ text: String) -> Bool {
    var word: [UInt8] = []
    var capitalised = false
    func isOne() -> Bool {
      capitalised && (3...12).contains(word.count)
        && languages.contains(String(decoding: word, as: UTF8.self))
    }
    for byte in text.utf8 {
      let lower = byte | 0x20
      if lower >= 0x61 && lower <= 0x7A {
        if word.isEmpty { capitalised = byte < 0x61 }
        word.append(lower)
      } else {
        if isOne() { return true }
        word.removeAll(keepingCapacity: true)
      }
    }
    return isOne()
  }

  /// Whether the word after the name (past ", ", " and " or " or ") or the word before it is
  /// a language.
  static func isListedWithLanguage(_ source: FactSource) -> Bool {
    let scalars = Array(source.text.unicodeScalars)
    guard source.span.upperBound <= scalars.count else { return false }
    let after = String(String.UnicodeScalarView(scalars[source.span.upperBound...]))
    let before = String(String.UnicodeScalarView(scalars[..<source.span.lowerBound]))
    for joint in [", ", " and ", " or "] {
      if after.hasPrefix(joint) {
        let word = after.dropFirst(joint.count).prefix { $0.isLetter }
        if word.first?.isUppercase ?? false, languages.contains(word.lowercased()) { return true }
      }
      if before.hasSuffix(joint) {
        let head = before.dropLast(joint.count)
        let word = head.reversed().prefix { $0.isLetter }.reversed()
        if word.first?.isUppercase ?? false, languages.contains(String(word).lowercased()) {
          return true
        }
      }
    }
    return false
  }

  /// Languages, lower-cased: those a page names beside a local one, and those a question may
  /// take a place-typed name for ("Amharic", "Demotic").
  public static let languages: Set<String> = [
    "afrikaans", "english", "french", "german", "arabic", "hindi", "urdu", "bengali", "punjabi",
    "khmer", "vietnamese", "chinese", "mandarin", "cantonese", "japanese", "korean", "russian",
    "spanish", "portuguese", "italian", "dutch", "latin", "greek", "hebrew", "persian", "farsi",
    "turkish", "swahili", "zulu", "xhosa", "sanskrit", "tamil", "thai", "lao", "malay",
    "amharic", "aramaic", "coptic", "demotic", "hieroglyphic", "tigrinya", "tagalog", "hausa",
    "yoruba", "igbo", "luganda", "quechua", "aymara", "guarani", "fijian", "indonesian", "polish",
  ]
}
