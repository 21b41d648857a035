/// An opening "It" that stands for nothing: "It was unusually warm in Boston on …", "It was not
/// until 1990 that …", "It is estimated that …", "It took nine years to …". Such a sentence
/// leans on no earlier one, so its facts may be asked from it as it stands.
enum DummySubject {
  /// True when the text opens on a dummy "It".
  static func opens(_ text: String) -> Bool {
    // Most text opens on another word: the first word is read alone before the next seven.
    guard opensOnIt(text) else { return false }
    var words: [String] = []
    for raw in text.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true).prefix(8) {
      words.append(folded(raw))
    }
    guard words.count >= 3, words[0] == "it" else { return false }
    var index = 1
    if words[index] == "took" {
      // "It took nine years to build": a span, then what it took to do.
      let span = words[index + 1]
      return (Int(span) != nil || spans.contains(span) || NumberWords.value(of: span) != nil)
        && text.contains(" to ")
    }
    guard
      let after = beForms.first(where: { form in
        words.count > index + form.count
          && Array(words[index..<(index + form.count)]) == form
      })
    else { return false }
    index += after.count
    while index < words.count, adverbs.contains(words[index]) { index += 1 }
    guard index < words.count else { return false }
    let word = words[index]
    let next = index + 1 < words.count ? words[index + 1] : ""
    if weather.contains(word) { return true }
    if word == "not", next == "until" { return true }
    if reporting.contains(word), next == "that" { return true }
    if judgements.contains(word), clauseOpeners.contains(next) { return true }
    return false
  }

  /// The first word between spaces, folded, is "it". An ASCII first word followed by an ASCII
  /// byte (or nothing) after its space is read from its bytes: no combining mark can join the
  /// space to the words around it there, so the bytes split where the characters do.
  static func opensOnIt(_ text: String) -> Bool {
    let bytes = text.utf8
    var start = bytes.startIndex
    while start < bytes.endIndex, bytes[start] == 0x20 { start = bytes.index(after: start) }
    var end = start
    while end < bytes.endIndex, bytes[end] < 0x80, bytes[end] != 0x20 {
      end = bytes.index(after: end)
    }
    let last = bytes.endIndex
    let next = end < last ? bytes.index(after: end) : end
    let ends = end == last || (bytes[end] == 0x20 && (next == last || bytes[next] < 0x80))
    guard start < end, ends else { return unicodeOpensOnIt(text) }
    var letters = 0
    var isIt = true
    for byte in bytes[start..<end] {
      let lower: UInt8
      switch byte {
      case 0x41...0x5A: lower = byte + 0x20
      case 0x61...0x7A, 0x30...0x39: lower = byte
      default: continue
      }
      isIt = isIt && letters < 2 && lower == (letters == 0 ? 0x69 : 0x74)
      letters += 1
    }
    return isIt && letters == 2
  }

  /// `opensOnIt` read by characters: the reference for any text.
  static func unicodeOpensOnIt(_ text: String) -> Bool {
    guard let opening = Substring(text).firstWords(1).first else { return false }
    return folded(opening) == "it"
  }

  /// A word's letters and digits, lower-cased.
  static func folded(_ raw: Substring) -> String {
    String(raw.filter { $0.isLetter || $0.isNumber }).lowercased()
  }

  /// "is", "was", "had been", "will be": the forms of "be" a dummy subject takes.
  /// ("became", "seemed": "It became obvious that …" judges as "It was" does.)
  static let beForms: [[String]] = [
    ["is"], ["was"], ["had", "been"], ["has", "been"], ["will", "be"], ["would", "be"],
    ["became"], ["becomes"], ["seemed"], ["seems"], ["appeared"],
  ]
  static let adverbs: Set<String> = [
    "unusually", "very", "still", "already", "bitterly", "extremely", "so", "too", "quite",
    "rather", "particularly", "especially", "fairly", "also", "now", "then", "widely",
    "generally", "often", "once", "nearly", "almost",
  ]
  /// The weather and the time of day: "It was cold", "It was nearly midnight".
  static let weather: Set<String> = [
    "warm", "cold", "hot", "dark", "wet", "dry", "sunny", "cloudy", "raining", "snowing",
    "windy", "foggy", "freezing", "humid", "mild", "chilly", "midnight", "noon", "dawn",
    "dusk",
  ]
  /// "It is estimated that …", "It was agreed that …".
  static let reporting: Set<String> = [
    "estimated", "believed", "thought", "said", "reported", "agreed", "decided", "announced",
    "feared", "expected", "known", "claimed", "understood", "hoped", "alleged", "rumoured",
    "rumored", "calculated", "argued", "assumed", "recorded", "noted",
  ]
  /// "It is unclear whether …", "It was impossible to …".
  static let judgements: Set<String> = [
    "clear", "unclear", "likely", "unlikely", "possible", "impossible", "difficult", "hard",
    "easy", "necessary", "important", "obvious", "evident", "certain", "uncertain", "true",
    "unknown", "rare", "common",
  ]
  static let clauseOpeners: Set<String> = [
    "that", "whether", "how", "why", "if", "what", "who", "when", "to",
  ]
  static let spans: Set<String> = [
    "a", "an", "another", "several", "many", "some", "nearly", "almost", "more", "over",
    "about", "until", "only", "just",
  ]
}
