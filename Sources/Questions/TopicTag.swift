import Articles
import Facts

/// The article's title set ahead of a card that leans on the article's own subject: "Great
/// Fire of London — The fire was stopped at _____." A teacher's printed quiz has the title at
/// its head, so "the fire", "the plan" or "the city" need no more; a card studied alone weeks
/// later has no head, and without the title it could be any fire, plan or city.
///
/// A card is tagged when it holds a definite phrase of common words ("the three-year plan",
/// "this fund", "the first convoy") that no name after "of" explains, or a "she" or "his" (in
/// a profile, the title says whose), and it names nothing the title names. A title that would
/// tell the answer ("… Bt4.5 billion fund …" over a card asking that sum) is left off.
struct TopicTag: Sendable {
  /// Between the title and the card.
  static let separator = " — "
  /// A title longer than this is a sentence, not a tag.
  static let maxWords = 18

  /// An article's title, read once for every card of the article.
  struct Title: Sendable {
    var text: String
    /// The stems of its capitalised words of four letters or more: its names.
    var names: Set<String>
    /// The stems of all its words.
    var stems: Set<String>
    /// Its figures, as `TopicTag.figures` reads them.
    var figures: Set<String>
    /// `TextFolding.wordBytes(text)`: every card of the article is looked for in the title.
    var folded: [UInt8]?
    /// `TextFolding.words(text)`, for answers whose words need Unicode folding (or every
    /// answer, when the title does).
    var words: [String]

    init(_ text: String) {
      self.text = text
      let words = spaceSplit(text)
      stems = Set(words.compactMap { ArticleTopic.stem($0) })
      names = Set(
        words.compactMap { word -> String? in
          guard word.first?.isUppercase ?? false, let stem = ArticleTopic.stem(word),
            stem.count >= 4
          else { return nil }
          return stem
        })
      figures = TopicTag.figures(text)
      folded = TextFolding.wordBytes(text)
      self.words = TextFolding.words(text)
    }

    /// `TextFolding.contains(text, answer)`, with the title folded once.
    func contains(_ answer: String) -> Bool {
      guard let folded, let pin = TextFolding.wordBytes(answer) else {
        return TextFolding.containsWords(words, TextFolding.words(answer))
      }
      return TextFolding.containsWords(in: folded, pin)
    }
  }

  private var titles: [String: Title] = [:]
  init(articles: [Article]) {
    for article in articles {
      guard let title = article.title, spaceCount(title) < TopicTag.maxWords else { continue }
      titles[article.name] = Title(title)
    }
  }

  /// `question` with its article's title ahead of the prompt when the prompt leans on the
  /// article's subject and the title does not tell the answer.
  func tagged(_ question: Question) -> Question {
    tagged(question, tellsAnswer: TopicTag.tells)
  }

  /// `questions`, each as `tagged` makes it. Whether the title tells an answer is found once
  /// an article: a fact's cards repeat their answers (the short question's, the cloze's, the
  /// choice's), and each look searches the title for the answer's words.
  func tagged(_ questions: [Question]) -> [Question] {
    struct Told: Hashable {
      var article: String
      var answer: String
    }
    var told: [Told: Bool] = [:]
    return questions.map { question in
      tagged(question) { title, answer in
        let key = Told(article: question.source.article, answer: answer)
        if let known = told[key] { return known }
        let tells = TopicTag.tells(title, answer: answer)
        told[key] = tells
        return tells
      }
    }
  }

  /// `tagged`, given how to tell whether the title tells one answer (`TopicTag.tells`).
  private func tagged(_ question: Question, tellsAnswer: (Title, String) -> Bool) -> Question {
    // A card is studied alone, weeks later, among other decks' cards: unless it names the
    // story's own subject, the title says which story it is from. (Auditors rejected cards
    // leaning on "the Dreyfus case" unnamed far more often than any title was in the way.)
    guard question.kind != .order, let title = titles[question.source.article],
      !TopicTag.names(title, in: question.prompt)
        || leansOnPhraseTheTitleLacks(question.prompt, title: title),
      !tells(title, question, tellsAnswer: tellsAnswer)
    else { return question }
    var tagged = question
    tagged.prompt = title.text + TopicTag.separator + question.prompt
    return tagged
  }

  /// True when the prompt holds "the"/"this"/"that" and up to four lower-case words not
  /// explained by "of" and a name ("the three-year plan", "the city", not "the city of
  /// Orland") whose last word the title lacks: "Kerkennah's fishers … Part of the new money"
  /// names the story's place but not which money.
  func leansOnPhraseTheTitleLacks(_ prompt: String, title: Title) -> Bool {
    // Words in quotation marks are the speaker's: "Who said “The pier will carry the town
    // …”?" asks for whoever said them, whatever town they meant.
    let unquoted = TopicTag.unquoted(prompt)
    // ("Fill the gap:" is the card's, not the story's.)
    let words = spaceSplit(QuestionWriter.articleWords(of: unquoted))
    var leans = false
    // The last word of the phrase that leans: "money" in "the new money".
    var leanHead: String?
    var index = 0
    while index < words.count, !leans {
      defer { index += 1 }
      guard TopicTag.isDeterminer(words[index]) else { continue }
      var next = index + 1
      // The phrase's common words so far, and whether a name after "of" says which it is.
      var seen = 0
      var named = false
      while next < words.count, next <= index + 4 {
        let word = words[next]
        guard let first = word.first else { break }
        let bare = TopicTag.lettersAndHyphens(word)
        // "the Company lost its monopoly": a body's word alone, capitalised as the story's
        // short name for it, points back as "the company" does.
        if first.isUppercase, next == index + 1,
          let stem = ArticleTopic.stem(Substring(bare.lowercased())),
          TopicTag.bodyWords.contains(stem),
          next + 1 < words.count, words[next + 1].first?.isLowercase ?? false,
          // ("The Company of Varne Pilots" is a name.)
          !(words[next + 1] == "of"
            && (next + 2 < words.count && words[next + 2].first?.isUppercase ?? false))
        {
          seen += 1
          leanHead = bare.lowercased()
          break
        }
        guard TopicTag.opensLowercase(word) else { break }
        // A new phrase or a function word ("left the city"): this phrase held no noun. A
        // rank is a modifier ("the first group").
        if TopicTag.determiners.contains(bare)
          || Lexicon.isFunctionWord(bare) && !ArticleTopic.ranks.contains(bare)
        {
          break
        }
        // A verb ends the subject: "the councillors made …" holds no noun "made".
        if VerbForms.auxiliaries.contains(bare) || VerbForms.base(ofPast: bare) != nil
          || bare.hasSuffix("ly")
        {
          break
        }
        seen += 1
        leanHead = bare
        // "the city of Tenochtitlan": the name after it says which.
        named =
          next + 2 < words.count && words[next + 1] == "of"
          && (words[next + 2].first?.isUppercase ?? false)
        // The phrase ends at a comma or a verb-like word; nouns and modifiers run on.
        if word.last == "," || word.last == "." || word.last == ";" || named { break }
        next += 1
      }
      // "the flight", "the first convoy", "the harvested plant": a definite phrase of common
      // words points back into the story, and the title says which story.
      leans = seen > 0 && !named
      if !leans { leanHead = nil }
    }
    guard leans, let head = leanHead, let stem = ArticleTopic.stem(Substring(head)) else {
      return false
    }
    return !title.stems.contains(stem)
  }

  /// Whether `prompt` names one of the title's own names ("the Great Fire" under "Great Fire
  /// of London"), not inside another name ("East Sepik Provincial Health Authority" under
  /// "… for Sepik villages").
  static func names(_ title: Title, in prompt: String) -> Bool {
    let promptWords = spaceSplit(prompt)
    // A compass word before the name or a body's word after it, not the title's own
    // ("Ignacio Zaragoza Seguín" still names the title's Zaragoza).
    func isOtherName(_ index: Int, after: Bool) -> Bool {
      guard promptWords.indices.contains(index), TopicTag.opensUppercase(promptWords[index]),
        let stem = ArticleTopic.stem(promptWords[index]), !title.stems.contains(stem)
      else { return false }
      return (after ? TopicTag.bodyWords : TopicTag.compassWords).contains(stem)
    }
    return promptWords.indices.contains { index in
      let word = promptWords[index]
      guard TopicTag.opensUppercase(word), let stem = ArticleTopic.stem(word),
        title.names.contains(stem)
      else { return false }
      return !isOtherName(index - 1, after: false) && !isOtherName(index + 1, after: true)
    }
  }

  /// `text` without what stands between quotation marks.
  static func unquoted(_ text: String) -> String {
    switch text.utf8.withContiguousStorageIfAvailable(QuoteCut.init) {
    case .unquoted?: return text
    case .kept(let bytes)?: return String(decoding: bytes, as: UTF8.self)
    case .clinging?, nil: return characterUnquoted(text)
    }
  }

  /// `unquoted` on characters: the reading the byte cut must match.
  static func characterUnquoted(_ text: String) -> String {
    guard text.contains(where: { $0 == "“" || $0 == "\"" }) else { return text }
    var kept = ""
    var inside = false
    for character in text {
      switch character {
      case "“": inside = true
      case "”": inside = false
      case "\"": inside.toggle()
      default: if !inside { kept.append(character) }
      }
    }
    return kept
  }

  /// `unquoted` on the UTF-8 bytes (walking the characters of every prompt was a twentieth of
  /// the writer's time). A quotation mark is a character of its own unless a mark or joiner
  /// follows it or a prepended sign comes before it; the cut is left to the character walk
  /// when any quotation mark has a neighbour that might cling to it.
  enum QuoteCut {
    /// No opening quotation mark: the text as it is.
    case unquoted
    /// The bytes outside quotation marks.
    case kept([UInt8])
    /// A quotation mark next to a scalar that might join its character.
    case clinging

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
      /// The length of the quotation mark at `i` and whether it opens, closes or toggles.
      func mark(at i: Int) -> (length: Int, opens: Bool?)? {
        if bytes[i] == 0x22 { return (1, nil) }
        guard bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return nil }
        switch bytes[i + 2] {
        case 0x9C: return (3, true)
        case 0x9D: return (3, false)
        default: return nil
        }
      }
      var kept: [UInt8] = []
      kept.reserveCapacity(bytes.count)
      var inside = false
      var opened = false
      var i = 0
      while i < bytes.count {
        guard let (length, opens) = mark(at: i) else {
          if !inside { kept.append(bytes[i]) }
          i += 1
          continue
        }
        let end = i + length
        if end < bytes.count, !startsPlainScalar(bytes, at: end),
          !QuoteCut.startsPunctuation(bytes, at: end)
        {
          self = .clinging
          return
        }
        if i > 0, bytes[i - 1] >= 0x80, !endsPlainScalar(bytes, before: i) {
          self = .clinging
          return
        }
        if opens ?? true { opened = true }
        inside = opens ?? !inside
        i = end
      }
      self = opened ? .kept(kept) : .unquoted
    }

    /// Whether the scalar at byte `i` is general punctuation (U+2000–U+203F: dashes, curly
    /// quotes, the ellipsis) other than the two joiners, none of which clings to what is before.
    static func startsPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
      i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] != 0x8C
        && bytes[i + 2] != 0x8D
    }
  }

  /// True when the title holds the card's answer, its tested fact or a figure of either.
  func tells(
    _ title: Title, _ question: Question, tellsAnswer: (Title, String) -> Bool = TopicTag.tells
  ) -> Bool {
    var answers = [question.fact.text, question.answer] + question.accept
    if question.kind == .truefalse { answers = [question.fact.text] }
    for answer in answers where !answer.isEmpty {
      if tellsAnswer(title, answer) { return true }
    }
    // A one-word name answer ("Sheppard") in the title's words.
    return spaceSplit(question.answer).count == 1
      && ArticleTopic.stem(Substring(question.answer)).map(title.stems.contains) ?? false
  }

  /// True when the title holds one answer, or its distinctive words, or one of its figures.
  static func tells(_ title: Title, answer: String) -> Bool {
    title.contains(answer) || QuestionCheck.givesAway(title.text, answer: answer)
      || TopicTag.figures(answer).contains(where: title.figures.contains)
  }

  /// The runs of digits in a text, with their separators dropped ("฿4.5bn" → "45",
  /// "1,000 baht" → "1000").
  static func figures(_ text: String) -> Set<String> {
    // ASCII text on its bytes: there a number is a digit.
    if let found = text.utf8.withContiguousStorageIfAvailable(asciiFigures) ?? nil { return found }
    return characterFigures(text)
  }

  /// `figures` of ASCII bytes; nil when a byte is not ASCII.
  static func asciiFigures(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String>? {
    var found: Set<String> = []
    var run: [UInt8] = []
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      if byte >= 0x30 && byte <= 0x39 {
        run.append(byte)
      } else if (byte == 0x2C || byte == 0x2E) && !run.isEmpty {
        continue
      } else if !run.isEmpty {
        found.insert(String(decoding: run, as: UTF8.self))
        run.removeAll(keepingCapacity: true)
      }
    }
    if !run.isEmpty { found.insert(String(decoding: run, as: UTF8.self)) }
    return found
  }

  /// `figures` read Character by Character: what the byte reading must match.
  static func characterFigures(_ text: String) -> Set<String> {
    var found: Set<String> = []
    var run = ""
    for character in text + " " {
      if character.isNumber {
        run.append(character)
      } else if (character == "," || character == ".") && !run.isEmpty {
        continue
      } else {
        if !run.isEmpty { found.insert(run) }
        run = ""
      }
    }
    return found
  }

  static let determiners: Set<String> = ["the", "this", "that", "these", "those"]

  /// Words that make a place's name part of another name, as `ArticleTopic.stem` folds them.
  static let compassWords: Set<String> = [
    "east", "west", "north", "south", "upper", "lower", "central", "greater", "new",
  ]
  /// Words that make a title's name, before them, part of a body's or a district's name.
  static let bodyWords: Set<String> = [
    "provincial", "province", "authority", "council", "department", "ministry", "university",
    "company", "bank", "fund", "agency", "port", "office", "board", "commission", "district",
    "region", "county", "health", "museum", "society", "institute", "corporation", "trust",
  ]

  /// Whether `word`, after any opening quotation marks, is one of `determiners` in any case.
  /// Every word of every prompt is asked, so it is read on the bytes, with no string made: a
  /// determiner is three to five ASCII letters, and no other letter lowercases into one.
  static func isDeterminer(_ word: Substring) -> Bool {
    word.utf8.withContiguousStorageIfAvailable { bytes in
      var start = 0
      while start < bytes.count {
        if bytes[start] == 0x22 {
          start += 1
        } else if start + 2 < bytes.count, bytes[start] == 0xE2, bytes[start + 1] == 0x80,
          bytes[start + 2] == 0x9C
        {
          start += 3
        } else {
          break
        }
      }
      guard (3...5).contains(bytes.count - start) else { return false }
      var packed: UInt64 = 0
      for byte in bytes[start...] {
        guard byte < 0x80 else { return false }
        packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
      return packedDeterminers.contains(packed)
    } ?? determiners.contains(word.drop { $0 == "\"" || $0 == "“" }.lowercased())
  }

  /// `word.filter { $0.isLetter || $0 == "-" }`: on the bytes when the word is ASCII, where
  /// a letter is A–Z or a–z (filtering Characters builds the string one Character at a time).
  static func lettersAndHyphens(_ word: Substring) -> String {
    let kept = word.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8]? in
      var kept: [UInt8] = []
      kept.reserveCapacity(bytes.count)
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if TextFolding.isASCIILetter(byte) || byte == 0x2D { kept.append(byte) }
      }
      return kept
    }
    guard let kept = kept ?? nil else { return word.filter { $0.isLetter || $0 == "-" } }
    return String(decoding: kept, as: UTF8.self)
  }

  /// `word.first?.isLowercase`, and `opensUppercase` its `isUppercase`: an ASCII first byte
  /// followed by another ASCII byte (or nothing) is a character of its own, read from the byte
  /// (every word of a prompt is asked, and a Character's properties are slow to read).
  static func opensLowercase(_ word: Substring) -> Bool {
    asciiOpening(word).map { $0 >= 0x61 && $0 <= 0x7A } ?? word.first?.isLowercase ?? false
  }

  static func opensUppercase(_ word: Substring) -> Bool {
    asciiOpening(word).map { $0 >= 0x41 && $0 <= 0x5A } ?? word.first?.isUppercase ?? false
  }

  /// The first byte of a word whose first character is that one ASCII byte; nil otherwise.
  static func asciiOpening(_ word: Substring) -> UInt8? {
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next(), first < 0x80, first != 0x0D, (bytes.next() ?? 0) < 0x80
    else { return nil }
    return first
  }

  /// `determiners`, each word's bytes packed into one integer for `isDeterminer`.
  static let packedDeterminers = determiners.map {
    $0.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
  }
}
