import Articles

/// Last checks on a written wh-question, catching what the clause rules get wrong on real
/// sentences: a clause cut off ("… and?"), a second clause carried along ("When did Pakistan
/// become independent and India at midnight on 15 August 1947?"), a fronted phrase left
/// inside, a role with its verb ("Who was the sent letters…?"), or a question too bare to
/// have one answer without its article ("Who rose to speak?"). A question that fails is
/// dropped; the fact can still be asked by its cloze.
enum QuestionCheck {
  /// Words a question cannot end on: its clause was cut.
  static let danglingEnds: Set<String> = [
    "and", "or", "but", "that", "to", "the", "a", "an", "of", "which", "who", "whom", "with",
    "for", "by", "in", "on", "at", "from", "into", "as", "than", "be", "is", "was", "were",
    "are", "had", "has", "have", "his", "her", "their", "its", "whose", "when", "where", "while",
  ]
  /// Time words that only the article's own sequence of events can resolve.
  static let relativeTimes: [String] = [
    "a year earlier", "a year later", "the next day", "the same day", "the following day",
    "the day before", "that year", "that day", "the same year", "the next year",
    "the following year", "two days later", "days later", "weeks later", "months later",
    "years later", "a day later", "earlier that", "later that", "the previous",
    // "On the day of the auction": the day of something the story told before.
    "the day of the", "the night of the", "the eve of the", "the morning of the",
  ]
  /// Time phrases that point at another moment of the story wherever they stand: a card
  /// whose only time is one of them cannot say when ("late that night", "a week later").
  static let anaphoricTimes: [String] =
    relativeTimes + [
      "that night", "that evening", "that morning", "that afternoon", "that week", "that month",
      "that summer", "that winter", "that spring", "that autumn", "by then", "a week later",
      "a month later", "days earlier", "weeks earlier", "months earlier", "years earlier",
      "this month", "this week", "the day after", "the week before", "since then",
      "since that time",
    ] + Lexicon.months.map { "that " + $0.lowercased() }
  static let paddedAnaphoricTimes = anaphoricTimes.map { " " + $0 + " " }

  /// True when the card tells its time only by pointing elsewhere in the story: it holds an
  /// anaphoric time phrase and no year.
  static func hasOnlyRelativeTime(_ prompt: String) -> Bool {
    // A year first, on the bytes (ASCII digits): most cards have one, and then no phrase
    // need be looked for.
    if holdsFourDigits(prompt) { return false }
    // The folded buffer is the words between spaces: searched as it is, with no strings made.
    if let folded = TextFolding.wordBytes(prompt) { return holdsAnaphoricTime(folded) }
    let text = " " + TextFolding.words(prompt).joined(separator: " ") + " "
    // (A byte search when the folded text is ASCII: Foundation's `contains` was most of the
    // question stage's time.)
    return paddedAnaphoricTimes.contains(where: { text.containsASCII($0) })
  }

  static let paddedAnaphoricTimeBytes = paddedAnaphoricTimes.map { Array($0.utf8) }

  /// Whether words folded by `TextFolding.wordBytes` hold one of `paddedAnaphoricTimeBytes`.
  /// A phrase between spaces can only start at a space, so the folded words are walked once
  /// and only the phrases opening on the word after each space are compared there, instead of
  /// a search of the whole text for each of the sixty phrases.
  static func holdsAnaphoricTime(_ folded: [UInt8]) -> Bool {
    folded.withUnsafeBufferPointer { bytes in
      var space = 0
      while space + 1 < bytes.count {
        var end = space + 1
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        if let key = packedWord(bytes[(space + 1)..<end]),
          let phrases = anaphoricTimesByFirstWord[key]
        {
          for phrase in phrases
          where bytes.count - space >= phrase.count
            && bytes[space..<(space + phrase.count)].elementsEqual(phrase)
          {
            return true
          }
        }
        space = end
      }
      return false
    }
  }

  /// A word of at most eight bytes packed into an integer (nil for a longer or empty word).
  static func packedWord(_ word: some Collection<UInt8>) -> UInt64? {
    guard !word.isEmpty, word.count <= 8 else { return nil }
    return word.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
  }

  /// `paddedAnaphoricTimeBytes` by their first word, packed (every first word is short).
  static let anaphoricTimesByFirstWord: [UInt64: [[UInt8]]] = {
    var phrases: [UInt64: [[UInt8]]] = [:]
    for phrase in paddedAnaphoricTimeBytes {
      let first = phrase.dropFirst().prefix { $0 != 0x20 }
      phrases[packedWord(first)!, default: []].append(phrase)
    }
    return phrases
  }()

  /// `relativeTimes` between spaces, made once rather than for every question checked.
  static let paddedRelativeTimes = relativeTimes.map { " " + $0 + " " }
  /// True when the sentence opens on a relative time ("The next day Armstrong …", "Nine
  /// days later the …"): only the sentence before can say when that was.
  static func opensOnRelativeTime(_ sentence: String) -> Bool {
    // The first five folded words between spaces are a prefix of the folded buffer.
    if let folded = TextFolding.wordBytes(sentence) {
      var spaces = 0
      var end = folded.count
      for (index, byte) in folded.enumerated() where byte == 0x20 {
        spaces += 1
        if spaces == 6 {
          end = index + 1
          break
        }
      }
      let head = folded.count > 1 ? folded[..<end] : [0x20, 0x20]
      return paddedRelativeTimeBytes.contains { phrase in
        guard let offset = TextFolding.firstOffset(of: phrase, in: head) else { return false }
        return offset <= 12
      }
    }
    return unicodeOpensOnRelativeTime(sentence)
  }

  static let paddedRelativeTimeBytes = paddedRelativeTimes.map { Array($0.utf8) }

  /// The scalars a sentence's opening relative time takes with its comma and space ("That
  /// evening ", "Two days later, "), when the sentence goes on with a capitalised word or
  /// "the" ("That evening Robert Kennedy met …", "The next day the army …"); nil otherwise.
  static func relativeOpenerLength(_ scalars: [Unicode.Scalar]) -> Int? {
    // Most sentences open on a word no opener does: read it before any string is made.
    let first = String(String.UnicodeScalarView(scalars.prefix { $0.properties.isAlphabetic }))
    guard openingFirstWords.contains(first.lowercased()) else { return nil }
    let head = String(String.UnicodeScalarView(scalars.prefix(40))).lowercased()
    for phrase in openingTimes where head.hasPrefix(phrase) {
      var end = phrase.unicodeScalars.count
      if end < scalars.count, scalars[end] == "," { end += 1 }
      guard end < scalars.count, scalars[end] == " ", end + 1 < scalars.count else { continue }
      let next = scalars[(end + 1)...].prefix { $0.properties.isAlphabetic }
      guard let initial = next.first,
        initial.properties.isUppercase || String(String.UnicodeScalarView(next)) == "the"
      else { continue }
      return end + 1
    }
    return nil
  }

  /// Relative times that open a sentence as a phrase of their own, longest first so "two
  /// days later" is taken whole. (Not "the day of the …": the day of what follows.)
  static let openingTimes: [String] = (anaphoricTimes + ["nine days later"])
    .filter { !$0.hasSuffix(" the") && !$0.hasSuffix(" that") && $0 != "the previous" }
    .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }

  /// The first words of `openingTimes`.
  static let openingFirstWords = Set(openingTimes.map { String($0.prefix { $0 != " " }) })

  /// `opensOnRelativeTime` for any text.
  static func unicodeOpensOnRelativeTime(_ sentence: String) -> Bool {
    let head = " " + TextFolding.words(sentence).prefix(5).joined(separator: " ") + " "
    return paddedRelativeTimes.contains { phrase in
      guard let range = head.range(of: phrase) else { return false }
      // Within the first words: "Nine days later" may stand after a number word.
      return head.distance(from: head.startIndex, to: range.lowerBound) <= 12
    }
  }

  /// Names that say when, not what: no anchor for a card on their own.
  static let calendarWords = Set(Lexicon.months + Lexicon.weekdayNames + ["I"])

  /// True when a card's text names something of its own story: one of `names` (the other
  /// names its sentence holds), or a capitalised word that does not open a sentence and is not
  /// a month or a weekday. "When did the worst moment come?" could belong to any article.
  static func hasAnchor(_ prompt: String, names: [String] = []) -> Bool {
    if !names.isEmpty {
      let folded = FoldedText(prompt)
      if names.contains(where: { FoldedText.contains(folded, FoldedText($0)) }) { return true }
    }
    return asciiNamesSomething(prompt) ?? unicodeNamesSomething(prompt)
  }

  /// A capitalised word that does not open a sentence and is not a month or a weekday.
  static func unicodeNamesSomething(_ prompt: String) -> Bool {
    var opensSentence = true
    for word in prompt.split(separator: " ") {
      let letters = word.drop { !$0.isLetter && !$0.isNumber }
      // An initial ("P.") does not end a sentence.
      let isInitial = letters.count == 2 && letters.first!.isUppercase && letters.last == "."
      defer {
        opensSentence =
          !isInitial && (word.hasSuffix(".") || word.hasSuffix(":") || word.hasSuffix("?"))
      }
      guard !opensSentence || isInitial, let first = letters.first, first.isUppercase else {
        continue
      }
      let name = letters.prefix { $0.isLetter }
      if !calendarWords.contains(String(name)) { return true }
    }
    return false
  }

  /// The capitalised-word test of `hasAnchor` on the bytes of an ASCII prompt (a byte per
  /// character; a carriage return, which joins a line feed, sends the prompt the general way);
  /// nil for other text.
  static func asciiNamesSomething(_ prompt: String) -> Bool? {
    var text = prompt
    return text.withUTF8 { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      }
      var opensSentence = true
      var index = 0
      while index < bytes.count {
        guard bytes[index] != 0x20 else {
          index += 1
          continue
        }
        var end = index
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        // The word without what comes before its first letter or digit.
        var start = index
        while start < end, !isLetter(bytes[start]), !(bytes[start] >= 0x30 && bytes[start] <= 0x39)
        {
          start += 1
        }
        index = end
        let last = bytes[end - 1]
        // An initial ("P.") does not end a sentence.
        let isInitial =
          end - start == 2 && bytes[start] >= 0x41 && bytes[start] <= 0x5A && last == 0x2E
        let opened = opensSentence
        opensSentence = !isInitial && (last == 0x2E || last == 0x3A || last == 0x3F)
        guard !opened || isInitial, start < end, bytes[start] >= 0x41, bytes[start] <= 0x5A else {
          continue
        }
        var nameEnd = start
        while nameEnd < end, isLetter(bytes[nameEnd]) { nameEnd += 1 }
        let name = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<nameEnd]), as: UTF8.self)
        if !calendarWords.contains(name) { return true }
      }
      return false
    }
  }

  /// Words of a name that say what sort of thing it is, not which one: shared by many names,
  /// so a prompt may hold them without giving the answer away.
  static let sortWords: Set<String> = [
    "plan", "pact", "treaty", "act", "agreement", "accord", "accords", "declaration",
    "resolution", "charter", "conference", "party", "army", "force", "forces", "council",
    "committee", "republic", "union", "nations", "united", "national", "international",
    "organization", "organisation", "bank", "war", "crisis", "operation", "movement", "front",
    "doctrine", "convention", "protocol", "congress", "assembly", "commission", "government",
    "state", "states", "people's", "democratic", "federal", "royal", "british", "french",
    "american", "soviet", "german", "indian", "chinese", "japanese", "south", "north", "east",
    "west", "new", "great", "first", "second", "world", "peace", "independence", "free",
    // Events, bodies and natural features by their sort: "a naval battle" names no battle.
    "battle", "siege", "rebellion", "revolution", "revolt", "uprising", "mutiny", "massacre",
    "campaign", "expedition", "mission", "fund", "programme", "program", "project", "scheme",
    "company", "agency", "ministry", "department", "institute", "university", "association",
    "society", "league", "alliance", "empire", "kingdom", "dynasty", "authority", "office",
    "service", "corporation", "foundation", "board", "court", "river", "lake", "island",
    "islands", "valley", "canal", "earthquake", "flood", "disaster", "law", "reform", "reforms",
  ]

  /// True when the prompt names the place's people or things by a word made from its name:
  /// "14,000 Londoners died" holds London, "the Viennese court" Vienna.
  static func holdsPeopleOf(_ prompt: String, place: String) -> Bool {
    guard place.count >= 4, !place.contains(" "), place.first?.isUppercase ?? false else {
      return false
    }
    var stems = [place]
    if let last = place.last, "aeiouy".contains(last) { stems.append(String(place.dropLast())) }
    let suffixes = ["er", "ers", "ian", "ians", "ese", "an", "ans", "ite", "ites", "ish"]
    for word in nameWords(prompt) where word != place {
      for stem in stems where word.hasPrefix(stem) {
        if suffixes.contains(String(word.dropFirst(stem.count))) { return true }
      }
    }
    return false
  }

  /// True when the prompt already holds a word that singles out a name answer: "His plan …
  /// known as the _____" after "Mountbatten" (the Mountbatten Plan), "What did Nehru and
  /// Liaquat sign?" (the Nehru-Liaquat Pact).
  static func givesAway(_ prompt: String, answer: String, anyCase: Bool = false) -> Bool {
    // (An ASCII answer and prompt are cut on their bytes, as the character tests cut them.)
    let pieces =
      answer.asciiSplit { $0 == 0x20 || $0 == 0x2D }
      ?? answer.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" })
    let distinctive = pieces.filter { word in
      word.count >= 4 && (word.first?.isUppercase ?? false)
        && !sortWords.contains(word.lowercased())
        // "Cambodian", "Vietnamese", "Polish": a people's adjective is shared by many names.
        && !["an", "ese", "ish", "i"].contains(where: { word.lowercased().hasSuffix($0) })
    }
    guard spaceSplit(answer).count >= 2 || answer.contains("-"), !distinctive.isEmpty
    else { return false }
    // A word of the prompt equal to a distinctive word holds it: when no distinctive word is
    // even inside an ASCII prompt's bytes (most prompts), the prompt need not be split.
    if let lower = TextFolding.asciiLowercased(prompt) {
      let found = distinctive.contains { word in
        guard let bytes = TextFolding.asciiLowercased(String(word)) else { return true }
        return TextFolding.firstOffset(of: bytes, in: lower[...]) != nil
      }
      if !found { return false }
    }
    // As a name: "weavers were a majority" does not give away the Weavers Party; in any case
    // "the sale of salt" gives away the Salt Act.
    guard anyCase else {
      let words = Set(nameWords(prompt))
      return distinctive.contains { words.contains(String($0)) }
    }
    let letterRuns =
      prompt.asciiSplit { byte in
        !((0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27)
      } ?? prompt.split(whereSeparator: { !$0.isLetter && $0 != "'" })
    let words = Set(letterRuns.map { $0.lowercased() })
    if distinctive.contains(where: { words.contains($0.lowercased()) }) { return true }
    // "some 3,000 horses died along it … known as _____" gives away Dead Horse Trail: a plural
    // or possessive form of a distinctive word holds it too.
    let stems = Set(letterRuns.compactMap { ArticleTopic.stem($0) })
    return distinctive.contains { word in ArticleTopic.stem(word).map(stems.contains) ?? false }
  }

  /// True when a person's family name (the last word of the answer, or the part of a
  /// hyphenated name) stands in the prompt, alone or inside another name ("Hay-Herrán Treaty",
  /// "renamed the Gaillard Cut", "Gandhi's great-grandson").
  static func holdsFamilyName(_ prompt: String, of person: String) -> Bool {
    let parts = person.split(separator: " ")
    // ("Thomas Reed Jr.": a suffix is no family name.)
    guard parts.count >= 2, let last = parts.last,
      !["Jr", "Jr.", "Sr", "Sr.", "II", "III"].contains(last)
    else { return false }
    let family = last.split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
      .filter { $0.count >= 3 && ($0.first?.isUppercase ?? false) }
    guard !family.isEmpty else { return false }
    // A prompt word equal to a family name holds its bytes: an ASCII prompt holding none of
    // them (most prompts) need not be split.
    if TextFolding.isASCII(prompt),
      !family.contains(where: { !TextFolding.isASCII($0) || prompt.containsASCII($0) })
    {
      return false
    }
    let words = prompt.split(whereSeparator: {
      !$0.isLetter && $0 != "'" && $0 != "’"
    }).map { word -> Substring in
      word.hasSuffix("'s") || word.hasSuffix("’s") ? word.dropLast(2) : word
    }
    return family.contains { name in words.contains { String($0) == name } }
  }

  /// True when the figure stands inside another token of the prompt: "RBMK-1000 … _____
  /// megawatts" for 1,000.
  static func holdsFigure(_ prompt: String, value: String) -> Bool {
    guard let number = Double(value), number >= 100, number == number.rounded(),
      number < 1e9
    else { return false }
    let digits = String(Int(number))
    // A run of digits equal to the figure's is the figure's bytes: without them, no token is
    // cut by its characters.
    guard prompt.firstByteOffset(of: digits) != nil else { return false }
    for token in prompt.split(separator: " ") where token.contains(where: \.isLetter) {
      let runs = token.split(whereSeparator: { !$0.isNumber })
      if runs.contains(where: { $0 == digits }) { return true }
    }
    return false
  }

  /// The prompt's words written as names: runs of letters and apostrophes whose first letter
  /// is upper case. An ASCII prompt is read from its bytes (its letters are A–Z and a–z).
  static func nameWords(_ prompt: String) -> [String] {
    var text = prompt
    let ascii = text.withUTF8 { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var words: [String] = []
      var start = 0
      var index = 0
      while index <= bytes.count {
        let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
        let isPart =
          (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x27
        if !isPart {
          if index > start, bytes[start] >= 0x41, bytes[start] <= 0x5A {
            words.append(
              String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
          }
          start = index + 1
        }
        index += 1
      }
      return words
    }
    return ascii ?? unicodeNameWords(prompt)
  }

  /// `nameWords` for any text.
  static func unicodeNameWords(_ prompt: String) -> [String] {
    prompt.split(whereSeparator: { !$0.isLetter && $0 != "'" }).filter {
      $0.first?.isUppercase ?? false
    }.map(String.init)
  }

  /// Words after "and" that start a second clause the question cannot carry.
  static let clauseOpeners: Set<String> = ["that", "be", "was", "were", "is", "are", "had"]

  static func accepts(_ question: String) -> Bool {
    let (words, lower) = QuestionCheck.words(question)
    guard let last = lower.last, !danglingEnds.contains(last) else { return false }
    let text = " " + lower.joined(separator: " ") + " "
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      // One ASCII test for the text, then a byte search per phrase.
      let bytes = Array(text.utf8)[...]
      if paddedRelativeTimeBytes.contains(where: {
        TextFolding.firstOffset(of: $0, in: bytes) != nil
      }) {
        return false
      }
    } else if paddedRelativeTimes.contains(where: { text.containsASCII($0) }) {
      return false
    }
    for (index, word) in lower.enumerated() where index + 1 < lower.count {
      let next = lower[index + 1]
      // "… and be given …", "… and that Mandela would …": a second clause.
      if word == "and", clauseOpeners.contains(next) { return false }
      // "Who was the sent letters …", "the 1985 the Minister": no noun after "the".
      let written = words[index + 1]
      if word == "the",
        next.first?.isNumber ?? false
          || (written.first?.isLowercase ?? false) && VerbForms.base(ofPast: next) != nil
            && !nounLikePast.contains(next)
      {
        return false
      }
    }
    // ", and for decades the government denied …": a second clause joined on.
    if question.containsASCII(", and ") { return false }
    // "… argue that Hindus?", "doubt that the threat help that …": a that-clause cut short.
    let thats = lower.indices.filter { lower[$0] == "that" }
    if thats.count > 1 || thats.contains(where: { lower.count - $0 <= 3 }) { return false }
    // "How much did Saudi Arabia pledge and the UAE $250 million?": another figure inside.
    if lower.starts(with: ["how"]), question.contains(where: \.isNumber) { return false }
    // "Where will the finds go to the Archaeological Museum …?": the place is already there.
    if lower.first == "where" {
      for (index, word) in lower.enumerated().dropFirst() where index + 1 < words.count {
        if ["to", "at", "into"].contains(word),
          words[index + 1].first?.isUppercase ?? false || lower[index + 1] == "the"
        {
          return false
        }
      }
    }
    // A "when" question that already holds a date or a year asks about two times at once.
    if lower.first == "when" || lower.starts(with: ["in", "what"]) {
      if words.dropFirst(3).contains(where: { isYear($0) || isMonthName($0) }) {
        return false
      }
    }
    // Who/what/when + at least three words of content: "Who rose to speak?" has one answer
    // only inside its article.
    let content = lower.dropFirst().filter {
      QuestionCheck.isLetters($0, longerThan: 2) && !Lexicon.isFunctionWord($0)
        && !VerbForms.auxiliaries.contains($0) && !asking.contains($0)
    }
    return content.count >= 3
  }

  /// The question's words split at spaces, with only their letters, digits, apostrophes and
  /// hyphens, as written and lower-cased; ASCII questions are read from their bytes.
  static func words(_ question: String) -> (words: [String], lower: [String]) {
    guard question.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeWords(question) }
    var words: [String] = []
    var lower: [String] = []
    var word: [UInt8] = []
    var folded: [UInt8] = []
    func end() {
      guard !word.isEmpty else { return }
      words.append(String(decoding: word, as: UTF8.self))
      lower.append(String(decoding: folded, as: UTF8.self))
      word.removeAll(keepingCapacity: true)
      folded.removeAll(keepingCapacity: true)
    }
    for byte in question.utf8 {
      switch byte {
      case 0x20: end()
      case 0x41...0x5A:
        word.append(byte)
        folded.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39, 0x27, 0x2D:
        word.append(byte)
        folded.append(byte)
      default: continue
      }
    }
    end()
    return (words, lower)
  }

  static func unicodeWords(_ question: String) -> (words: [String], lower: [String]) {
    let words = question.split(whereSeparator: { $0 == " " }).map { word in
      String(word.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" || $0 == "-" })
    }.filter { !$0.isEmpty }
    return (words, words.map { $0.lowercased() })
  }

  /// `word.count > length && word.allSatisfy(\.isLetter)`, on the bytes of an ASCII word.
  static func isLetters(_ word: String, longerThan length: Int) -> Bool {
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else {
      return word.count > length && word.allSatisfy(\.isLetter)
    }
    return word.utf8.count > length
      && word.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
  }

  /// Words of the question's own frame and verb particles: no content.
  static let asking: Set<String> = [
    "what", "which", "whom", "month", "year", "day", "how", "many", "much", "per", "cent",
    "percent", "out", "off", "down", "away", "back",
  ]

  /// Past forms that are also nouns after "the" ("the United", "the Red", "the need").
  static let nounLikePast: Set<String> = [
    "united", "red", "need", "seed", "feed", "creed", "speed", "bed", "shed", "hundred", "sacred",
    "federated", "limited", "left", "right", "wounded", "dead", "accused", "armed", "allied",
    "said", "read", "lead", "led", "fed", "bid", "set", "cut", "put", "hit", "cost", "spread",
    "found", "ground", "sound", "wound", "round", "fund", "bound", "mound",
  ]

  /// "March", "May": capitalised inside a question, a month, not the verb.
  private static func isMonthName(_ word: String) -> Bool {
    (word.first?.isUppercase ?? false) && DateWords.isMonth(word)
  }

  private static func isYear(_ word: String) -> Bool {
    word.count == 4 && word.allSatisfy(\.isNumber) && (word.hasPrefix("1") || word.hasPrefix("2"))
  }
}
