/// A name listed beside a language is a language: "alerts in Lukonzo, English and Swahili".
/// The name rules read "in Lukonzo" as a place, and a language offered among towns, or asked
/// for with "where", makes a card nonsense; such a name is left out.
enum LanguageList {
  static func drop(_ facts: inout [Fact]) {
    guard facts.contains(where: { $0.kind == .place }) else { return }
    facts.removeAll { $0.kind == .place && isListedWithLanguage($0.source) }
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

  /// Languages a page names beside a local one.
  static let languages: Set<String> = [
    "english", "french", "spanish", "portuguese", "arabic", "swahili", "german", "russian",
    "chinese", "mandarin", "cantonese", "hindi", "urdu", "bengali", "amharic", "hausa",
    "yoruba", "igbo", "zulu", "xhosa", "luganda", "quechua", "aymara", "guarani", "fijian",
    "latin", "greek", "hebrew", "persian", "turkish", "japanese", "korean", "vietnamese",
    "khmer", "thai", "malay", "indonesian", "tagalog", "dutch", "italian", "polish",
  ]
}
