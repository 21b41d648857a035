import Articles

/// The words that name an article's own subject: those of its title, its headings, its file
/// name and its first two sentences. A card may say "the plant" in a deck about a power plant,
/// as a teacher's quiz on that article would; "The test therefore fell to the night shift" in
/// the same deck names a test the card never introduces, and the learner cannot tell which.
struct ArticleTopic: Sendable {
  private var words: [String: Set<String>] = [:]

  init(articles: [Article] = []) {
    for article in articles {
      let opening = article.sentences.lazy.filter { !$0.isCaption }.prefix(2).map(\.text)
      var found: Set<String> = []
      let name = article.name.split(separator: ".").first.map(String.init) ?? ""
      for text in [article.title ?? "", name] + article.headings + opening {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) {
          if let stem = ArticleTopic.stem(word) { found.insert(stem) }
        }
      }
      words[article.name] = found
    }
  }

  /// True when `word` (any form: "Reactors", "plant's") is one of the article's topic words.
  func contains(_ word: Substring, in article: String) -> Bool {
    guard let stem = ArticleTopic.stem(word) else { return false }
    return words[article]?.contains(stem) ?? false
  }

  /// A word folded for comparison: letters only, lower case, without a possessive or a plural
  /// "s" ("plant's" and "plants" → "plant"). Nil for a word of fewer than three letters.
  static func stem(_ word: Substring) -> String? {
    var copy = word
    if let stem = copy.withUTF8({ asciiStem($0) }) { return stem }
    return unicodeStem(word)
  }

  /// `stem` of an ASCII word, on its bytes: .some(nil) when it stems to nothing, nil when the
  /// word is not ASCII.
  static func asciiStem(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    var letters: [UInt8] = []
    letters.reserveCapacity(bytes.count)
    for byte in bytes {
      switch byte {
      case 0x41...0x5A: letters.append(byte + 0x20)
      case 0x61...0x7A, 0x27: letters.append(byte)
      default: continue
      }
    }
    if letters.count >= 2, letters[letters.count - 2] == 0x27, letters[letters.count - 1] == 0x73 {
      letters.removeLast(2)
    }
    letters.removeAll { $0 == 0x27 }
    if letters.count > 3, letters.last == 0x73, letters[letters.count - 2] != 0x73 {
      letters.removeLast()
    }
    return .some(letters.count >= 3 ? String(decoding: letters, as: UTF8.self) : nil)
  }

  /// `stem` of any word.
  static func unicodeStem(_ word: Substring) -> String? {
    var letters = word.lowercased().filter { $0.isLetter || $0 == "'" || $0 == "’" }
    if letters.hasSuffix("'s") || letters.hasSuffix("’s") { letters.removeLast(2) }
    letters.removeAll { $0 == "'" || $0 == "’" }
    if letters.count > 3, letters.hasSuffix("s"), !letters.hasSuffix("ss") {
      letters.removeLast()
    }
    return letters.count >= 3 ? letters : nil
  }

  /// Words that pick one thing out by its rank: "The first …", "The whole …".
  static let ranks: Set<String> = [
    "first", "last", "only", "main", "total", "whole", "entire", "final", "original", "most",
    "least", "largest", "biggest", "greatest", "highest", "longest", "worst", "best", "oldest",
    "youngest", "earliest", "latest", "heaviest", "deadliest", "hardest", "smallest",
    "strongest", "richest", "poorest", "fastest", "widest", "deepest", "tallest", "closest",
    "nearest", "newest", "lowest", "bloodiest", "costliest", "busiest",
  ]
  /// Determiners that open a definite subject pointing back into the story.
  static let determiners: Set<String> = ["the", "this", "that", "these", "those", "such"]
  /// Words that end a subject phrase: prepositions and adverbs between subject and verb.
  static let phraseEnds: Set<String> = [
    "of", "in", "at", "on", "for", "with", "from", "to", "by", "under", "over", "after",
    "before", "during", "between", "among", "against", "into", "near", "and", "or", "who",
    "which", "that", "therefore", "then", "also", "still", "soon", "later", "finally", "thus",
    "itself", "themselves", "alone", "too",
  ]

  /// The head noun of the subject a sentence opens on ("The test therefore fell …" →
  /// "test"), when that subject is a definite phrase of common nouns and none of its words
  /// names the article's topic: the card needs the sentence before it to say what it is.
  /// Nil when the sentence opens otherwise, or its subject holds a name, a number or a topic
  /// word ("The British delegation", "The 39 states", "The plant" in a deck on the plant).
  func danglingHead(_ sentence: String, article: String) -> String? {
    // The same words as Articles' spaceSplit, read one at a time (see `SpaceWords`).
    var words = SpaceWords(sentence)
    guard var first = words.next() else { return nil }
    first = first.drop { $0 == "\"" || $0 == "“" || $0 == "‘" || $0 == "'" }
    guard let initial = first.first, initial.isUppercase,
      ArticleTopic.determiners.contains(first.lowercased())
    else { return nil }
    var phrase: [Substring] = []
    while phrase.count < 4, let raw = words.next() {
      let word = raw.drop { $0 == "\"" || $0 == "“" }
      guard let lead = word.first else { break }
      // A name or a figure in the subject says which one it is.
      if lead.isUppercase || lead.isNumber { return nil }
      let bare = word.filter { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
      let lower = bare.lowercased()
      if ArticleTopic.phraseEnds.contains(lower) {
        // "The communist coup in Czechoslovakia": a name after the preposition says which.
        var next = words.next()
        if let word = next, ArticleTopic.determiners.contains(word.lowercased()) {
          next = words.next()
        }
        if let first = next?.first, first.isUppercase || first.isNumber { return nil }
        break
      }
      if VerbForms.auxiliaries.contains(lower) || VerbForms.base(ofPast: lower) != nil
        || lower.hasSuffix("ly")
      {
        break
      }
      phrase.append(Substring(bare))
      if word.last == "," || word.last == ";" || word.last == ":" {
        // "The harbour master, Ole Berg, …": the name in apposition says who.
        if word.last == ",", let next = words.next()?.first, next.isUppercase { return nil }
        break
      }
    }
    guard let head = phrase.last, !head.isEmpty else { return nil }
    // "The next day", "The same year": a relative time, checked as such elsewhere.
    if let opener = phrase.first, ["next", "same", "following", "previous"].contains(opener) {
      return nil
    }
    if phrase.contains(where: { contains($0, in: article) }) { return nil }
    // "The largest single sum", "The first chief engineer": picked out by rank in the story.
    if phrase.contains(where: { ArticleTopic.ranks.contains($0.lowercased()) }) {
      return nil
    }
    return ArticleTopic.stem(head) ?? String(head).lowercased()
  }

  /// True when `lead` (a sentence quoted before the fact's own) says what `head` is: it holds
  /// the same noun.
  static func names(_ head: String, in lead: String) -> Bool {
    lead.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { stem($0) == head }
  }
}

/// The words of a text between spaces, as `spaceSplit` cuts them, read one at a time:
/// `danglingHead` reads a sentence's first few words, and cutting all of them cost it half
/// its time. An ASCII text is cut at its space bytes as it is read (an ASCII space is always
/// a character of its own); any other text is split whole by `spaceSplit`.
struct SpaceWords: IteratorProtocol {
  private let text: String
  private var position: String.Index
  private var split: IndexingIterator<[Substring]>?

  init(_ text: String) {
    self.text = text
    position = text.startIndex
    let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
    split = isASCII == true ? nil : spaceSplit(text).makeIterator()
  }

  mutating func next() -> Substring? {
    if split != nil { return split?.next() }
    let bytes = text.utf8
    var start = position
    while start < bytes.endIndex, bytes[start] == 0x20 { start = bytes.index(after: start) }
    var end = start
    while end < bytes.endIndex, bytes[end] != 0x20 { end = bytes.index(after: end) }
    position = end
    return start < end ? text[start..<end] : nil
  }
}
