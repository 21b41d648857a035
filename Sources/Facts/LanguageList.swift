import Articles

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

  /// Whether `text` holds a capitalised word that is one of `languages` (all ASCII). The
  /// bytes are read in place, and only a capitalised word of a language's length is looked
  /// up.
  static func namesLanguage(_ text: String) -> Bool {
    func isLetter(_ byte: UInt8) -> Bool {
      let lower = byte | 0x20
      return lower >= 0x61 && lower <= 0x7A
    }
    var text = text
    return text.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        guard isLetter(bytes[i]) else {
          i += 1
          continue
        }
        let start = i
        while i < bytes.count, isLetter(bytes[i]) { i += 1 }
        if bytes[start] < 0x61, (3...12).contains(i - start), isLanguage(bytes[start..<i]) {
          return true
        }
      }
      return false
    }
  }

  /// Whether the ASCII letters `word` spell one of `languages` in any case: looked up in
  /// `languageWords` from their lower-cased bytes, without making a string.
  static func isLanguage(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lower in
      for (k, byte) in word.enumerated() { lower[k] = byte | 0x20 }
      return languageWords.contains(ascii: UnsafeBufferPointer(lower))
    }
  }

  /// `languages` as a `WordSet`, for looking words up by their bytes.
  static let languageWords = WordSet(languages)

  /// Whether the word after the name (past ", ", " and " or " or ") or the word before it is
  /// a language.
  static func isListedWithLanguage(_ source: FactSource) -> Bool {
    let scalars = Array(source.text.unicodeScalars)
    guard source.span.upperBound <= scalars.count else { return false }
    // (`String(scalars:)` encodes the scalars at once; a `String.UnicodeScalarView` made of a
    // slice appends them one by one, many times more slowly.)
    let after = String(scalars: scalars[source.span.upperBound...])
    let before = String(scalars: scalars[..<source.span.lowerBound])
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
