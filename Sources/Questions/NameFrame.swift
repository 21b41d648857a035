import Facts

/// What a sentence says about a name right beside it: the nationality and the office or sort
/// noun ("the Soviet representative, _____", "Australia's Foreign Minister, _____", "_____ of
/// Burma", "Major _____", "the island of _____", "the _____ plant"), and whether the words
/// around it show a person. A choice card's options must fit what the prompt says of the gap:
/// three men offered for "the Belgian statesman _____", none of them Belgian, give the answer
/// away.
struct NameFrame: Sendable, Equatable {
  /// Countries the words beside the name tie it to ("soviet union" for "Soviet").
  var nationalities: Set<String> = []
  /// Office, calling or sort nouns beside the name, lower case and singular ("representative",
  /// "minister", "major", "island", "plant").
  var nouns: Set<String> = []
  /// A title, an office or ", who" beside the name: it is a person's.
  var showsPerson = false
  /// "at _____", "the _____ accident", "called the _____", ", a private mansion": the name is
  /// a place's, a thing's or a nickname, whatever the extractor typed it as.
  var showsThing = false
  /// "_____ said": a person's, or a body's or an agency's ("the ministry said").
  var speaks = false
  /// Nouns read from a frame around the gap ("the island of", "the … plant") rather than from
  /// an office: only names of the same frame fit them.
  var frameNouns: Set<String> = []

  init() {}

  /// The frame of the words at `span` (unicode scalar offsets) of `sentence`, for a name of
  /// `kind`: a person's offices, other names' frames. A place takes no noun from the words
  /// after it: ", a process that …" and "the _____ district" say little of which places fit,
  /// and a place left with a lone cloze is dropped.
  init(_ sentence: String, span: Range<Int>, kind: FactKind) {
    let isPerson = kind == .person
    let scalars = sentence.unicodeScalars
    guard span.lowerBound >= 0, span.upperBound <= scalars.count else { return }
    let start = scalars.index(scalars.startIndex, offsetBy: span.lowerBound)
    let end = scalars.index(scalars.startIndex, offsetBy: span.upperBound)
    let before = NameFrame.tokens(String(scalars[scalars.startIndex..<start]))
    let after = NameFrame.tokens(String(scalars[end..<scalars.endIndex]))
    if isPerson, NameFrame.namesVessel(before) {
      showsThing = true
      return
    }
    if isPerson, NameFrame.followsArticle(before, after, name: String(scalars[start..<end])) {
      showsThing = true
      return
    }
    if isPerson, readExamples(before) { return }
    readBefore(before, isPerson: isPerson)
    if kind != .place {
      readAfter(after, isPerson: isPerson)
    } else if let next = after.first, next.first?.isLowercase ?? false,
      NameFrame.sortNouns.contains(NameFrame.lemma(next))
    {
      // "switch from _____ rice", "the _____ text": a crop's or a script's name, which only
      // names of the same frame fit, not the story's other places.
      frameNouns.insert(NameFrame.lemma(next))
    }
    if isPerson { readNaming(before: before, after: after) }
    if !isPerson { readFrames(before: before, after: after) }
  }

  mutating func merge(_ other: NameFrame) {
    nationalities.formUnion(other.nationalities)
    nouns.formUnion(other.nouns)
    frameNouns.formUnion(other.frameNouns)
    showsPerson = showsPerson || other.showsPerson
    showsThing = showsThing || other.showsThing
    speaks = speaks || other.speaks
  }

  // MARK: Reading

  /// "the Soviet representative, _____", "the Belgian statesman _____", "Major _____",
  /// "Australia's Foreign Minister, _____".
  private mutating func readBefore(_ words: [String], isPerson: Bool) {
    var index = words.count - 1
    guard index >= 0 else { return }
    if isPerson {
      // Titles straight before the name: "Major", "Dr.", "President".
      var titles: [String] = []
      while index >= 0, let title = NameFrame.title(words[index]) {
        titles.append(title)
        index -= 1
      }
      if !titles.isEmpty {
        showsPerson = true
        nouns.formUnion(titles.filter { !NameFrame.plainTitles.contains($0) })
      }
      // "at _____", "in the _____": a place.
      var place = index
      if place >= 0, words[place].lowercased() == "the" { place -= 1 }
      if place >= 0, NameFrame.locatives.contains(words[place].lowercased()), titles.isEmpty {
        showsThing = true
        return
      }
      // "what crews called the _____", "called Halvorsen the _____": a nickname or a term.
      if index >= 1, ["the", "a"].contains(words[index].lowercased()) {
        let window = words[max(0, index - 3)..<index].map { $0.lowercased() }
        if window.contains(where: NameFrame.namingWords.contains)
          || window.suffix(2).elementsEqual(["known", "as"])
        {
          showsThing = true
        }
      }
    } else if words[index].lowercased() == "the" || words[index].lowercased() == "a" {
      // "Chile's regulator, the _____": skip the name's own article.
      index -= 1
    }
    var hasComma = false
    if index >= 0, words[index] == "," {
      hasComma = true
      index -= 1
    }
    var phrase: [String] = []
    var opener: String?
    while index >= 0, phrase.count < 6 {
      let word = words[index]
      let lower = word.lowercased()
      if NameFrame.isPossessive(word) || Lexicon.determiners.contains(lower)
        || NameFrame.countWords.contains(lower)
      {
        opener = word
        break
      }
      // "the Secretary of State, _____", "the poet and party leader _____", "the first
      // chief engineer, _____": words a title or calling is written with.
      // ("The mayor of Seattle, _____": a calling of a place reads as the calling.)
      let isInner =
        ((lower == "of" || lower == "for") && !phrase.isEmpty && index >= 1
          && ((words[index - 1].first?.isUppercase ?? false)
            || (isPerson && hasComma && NameFrame.roles.contains(NameFrame.lemma(words[index - 1])))))
        || (lower == "and" && !phrase.isEmpty) || NameFrame.phraseAdverbs.contains(lower)
      // "the Spanish intendant at New Orleans, _____": the post's place is no calling; read
      // on from the calling before it.
      if isPerson, hasComma, ["at", "in"].contains(lower), !phrase.isEmpty,
        phrase.allSatisfy({ $0.first?.isUppercase ?? false }), index >= 1,
        words[index - 1].first?.isLowercase ?? false,
        NameFrame.isWord(words[index - 1]), !NameFrame.isFunctionWord(words[index - 1])
      {
        phrase = []
        index -= 1
        continue
      }
      guard NameFrame.isWord(word), isInner || !NameFrame.isFunctionWord(word),
        !Lexicon.subordinators.contains(lower)
      else { break }
      phrase.insert(word, at: 0)
      index -= 1
    }
    if let of = phrase.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0 {
      phrase = Array(phrase[..<of])
    }
    // "In Dorpur district, farmer _____, 52", "votes from council members _____": a calling
    // with no article after a comma or an agent's preposition.
    let isBareRole =
      opener == nil && isPerson && !hasComma && (1...2).contains(phrase.count)
      && (index < 0 || [",", ";", ":", "("].contains(words[index])
        || ["from", "by", "with"].contains(words[index].lowercased()))
      && phrase.allSatisfy { $0.first?.isLowercase ?? false }
      && NameFrame.roles.contains(NameFrame.lemma(phrase[phrase.count - 1]))
    guard opener != nil || isBareRole, let head = phrase.last else { return }
    // "After the invasion, _____" is a time, not what the person was.
    if hasComma, index >= 1, NameFrame.timePrepositions.contains(words[index - 1].lowercased()) {
      return
    }
    if !hasComma && !isPerson { return }
    // "the Norwegian _____" says the nationality alone; "the United States, the _____" lists.
    guard NameFrame.isCommonHead(head, isPerson: isPerson) || NameFrame.nationality(head) != nil
    else { return }
    if let opener, NameFrame.isPossessive(opener),
      let country = NameFrame.country(possessive: opener)
    {
      nationalities.insert(country)
    }
    for word in phrase {
      if let country = NameFrame.nationality(word) { nationalities.insert(country) }
    }
    let noun = NameFrame.lemma(head)
    guard NameFrame.nationality(head) == nil else { return }
    nouns.insert(noun)
    if isPerson, NameFrame.roles.contains(noun) { showsPerson = true }
  }

  /// "British capitalists such as _____", "regional commanders such as Ras Makonnen, the
  /// governor of Harar, and _____": the plural before "such as" or "including" says what the
  /// gap is. True when such a phrase was read.
  private mutating func readExamples(_ words: [String]) -> Bool {
    var index = words.count - 1
    func opensExamples(_ at: Int) -> Int? {
      let lower = words[at].lowercased()
      if lower == "as", at >= 1, words[at - 1].lowercased() == "such" { return at - 2 }
      if lower == "including" || lower == "notably" { return at - 1 }
      return nil
    }
    var start = index >= 0 ? opensExamples(index) : nil
    // "… such as Ras Makonnen, the governor of Harar, and _____": the gap ends the list.
    if start == nil, index >= 0, words[index].lowercased() == "and" {
      index -= 1
      var steps = 0
      while index >= 1, steps < 14, ![";", ":", "(", ")"].contains(words[index]) {
        if let found = opensExamples(index) {
          start = found
          break
        }
        index -= 1
        steps += 1
      }
    }
    guard var index = start else { return false }
    if index >= 0, words[index] == "," { index -= 1 }
    var phrase: [String] = []
    while index >= 0, phrase.count < 4, NameFrame.isWord(words[index]),
      !NameFrame.isFunctionWord(words[index])
    {
      phrase.insert(words[index], at: 0)
      index -= 1
    }
    // A capital is the sentence's own when the phrase opens it: "Scholars such as _____".
    guard let head = phrase.last,
      head.first?.isLowercase ?? false || (index < 0 && phrase.count == 1),
      NameFrame.nationality(head) == nil, !Lexicon.isFunctionWord(head.lowercased())
    else { return false }
    for word in phrase {
      if let country = NameFrame.nationality(word) { nationalities.insert(country) }
    }
    let noun = NameFrame.lemma(head)
    nouns.insert(noun)
    if NameFrame.roles.contains(noun) { showsPerson = true }
    return true
  }

  /// "the Copper Scroll", "the École Biblique in Jerusalem", "The Day the World Exploded": a
  /// name straight after "the", with no title in front of it and no noun after it, names a
  /// thing. People are written bare; "the Duke of Wellington" starts on its title, and "the
  /// Kennedy administration" uses the name as a modifier.
  static func followsArticle(_ before: [String], _ after: [String], name: String) -> Bool {
    guard let last = before.last, last.lowercased() == "the",
      let first = name.split(separator: " ").first, title(String(first)) == nil,
      !NameFrame.roles.contains(first.lowercased())
    else { return false }
    // ("the Pol Pot-Ieng Sary regime": a hyphen joins the name to a longer modifier.)
    guard let next = after.first, let initial = next.first, initial != "-", initial != "–"
    else { return after.isEmpty }
    guard initial.isLetter, initial.isLowercase else { return true }
    return Lexicon.isFunctionWord(next.lowercased())
  }

  /// "two ironclads, the _____ and the Blanco Encalada", "the steamer _____": a vessel's
  /// name, whatever the extractor typed it as.
  static func namesVessel(_ words: [String]) -> Bool {
    var index = words.count - 1
    guard index >= 1 else { return false }
    if vesselNouns.contains(lemma(words[index])),
      Lexicon.determiners.contains(words[index - 1].lowercased())
    {
      return true
    }
    guard words[index].lowercased() == "the" else { return false }
    index -= 1
    // "the Almirante Cochrane and the _____": a sibling vessel's name before.
    if index >= 0, ["and", "or"].contains(words[index].lowercased()) {
      index -= 1
      while index >= 0, words[index].first?.isUppercase ?? false { index -= 1 }
      guard index >= 0, words[index].lowercased() == "the" else { return false }
      index -= 1
    }
    if index >= 0, words[index] == "," { index -= 1 }
    return index >= 0 && vesselNouns.contains(lemma(words[index]))
  }

  static let vesselNouns: Set<String> = [
    "ship", "warship", "ironclad", "frigate", "battleship", "cruiser", "destroyer", "corvette",
    "gunboat", "steamer", "steamship", "vessel", "submarine", "schooner", "sloop", "liner",
    "tanker", "freighter", "trawler", "yacht", "galleon", "dreadnought", "flagship", "monitor",
  ]

  /// Works a person's name is the possessive of when they made them: "_____'s film".
  static let workNouns: Set<String> = [
    "film", "novel", "book", "play", "opera", "symphony", "painting", "song", "album", "poem",
    "memoir", "documentary", "movie",
  ]

  /// Nouns a place-typed name modifies when it names a crop, a season or a script rather
  /// than a place: "_____ rice", "the _____ text".
  static let sortNouns: Set<String> = [
    "rice", "wheat", "crop", "variety", "season", "text", "version", "script", "dialect",
    "language", "cuisine", "breed", "chief", "tribe",
  ]

  /// "_____, the Secretary of Defense", "_____ of Burma", "_____, a pump operator", "_____
  /// said".
  private mutating func readAfter(_ words: [String], isPerson: Bool) {
    var words = words
    // "the Waterways Authority (WA), the joint body …": the short form is no description.
    if words.first == "(", let close = words.firstIndex(of: ")"), close <= 4 {
      words.removeFirst(close + 1)
    }
    guard let first = words.first else { return }
    let lower = first.lowercased()
    // "_____'s film Titanic": the maker of a work; only other makers of such works fit.
    if isPerson, lower == "'s" || lower == "’s", words.count > 1,
      NameFrame.workNouns.contains(NameFrame.lemma(words[1]))
    {
      frameNouns.insert(NameFrame.lemma(words[1]))
      return
    }
    if isPerson {
      if NameFrame.speechVerbs.contains(lower) { speaks = true }
      if lower == "jr" || lower == "jr." || lower == "sr." { showsPerson = true }
    }
    if lower == "of", words.count > 1 {
      var rest = Array(words.dropFirst())
      if rest.first?.lowercased() == "the" { rest.removeFirst() }
      if let country = NameFrame.country(named: rest) {
        nationalities.insert(country)
        return
      }
    }
    if !isPerson, Self.isThingNoun(lower) {
      frameNouns.insert(NameFrame.lemma(lower))
      return
    }
    if isPerson, Self.isThingNoun(lower) { showsThing = true }
    // "the _____ and Vell locks": two names sharing a thing's noun.
    if isPerson, lower == "and" || lower == "or" {
      let rest = words.dropFirst().drop { $0.first?.isUppercase ?? false }
      if rest.count < words.count - 1, let noun = rest.first, noun.first?.isLowercase ?? false,
        Self.isThingNoun(noun)
      {
        showsThing = true
      }
    }
    guard first == ",", words.count > 1 else { return }
    // "_____, near the town of …": a place.
    if isPerson, words[1].lowercased() == "near" {
      showsThing = true
      return
    }
    // "_____, or complete independence": a term and its gloss.
    if isPerson, words[1] == "or", words.count > 2, words[2].first?.isLowercase ?? false {
      showsThing = true
      return
    }
    var index = 1
    if ["who", "whose"].contains(words[1].lowercased()) {
      if isPerson { showsPerson = true }
      return
    }
    while index < words.count,
      ["then", "now", "later", "himself", "herself"].contains(
        words[index].lowercased())
    {
      index += 1
    }
    guard index < words.count else { return }
    let opener = words[index]
    guard Lexicon.determiners.contains(opener.lowercased()) || NameFrame.isPossessive(opener)
    else { return }
    if NameFrame.isPossessive(opener), let country = NameFrame.country(possessive: opener) {
      nationalities.insert(country)
    }
    index += 1
    var phrase: [String] = []
    while index < words.count, phrase.count < 6 {
      let word = words[index]
      let lower = word.lowercased()
      guard NameFrame.isWord(word), !NameFrame.isFunctionWord(word),
        !Lexicon.subordinators.contains(lower)
      else { break }
      if !phrase.isEmpty, lower.hasSuffix("ed") || lower.hasSuffix("ing") { break }
      phrase.append(word)
      index += 1
    }
    guard let head = phrase.last,
      NameFrame.isCommonHead(head, isPerson: isPerson) || NameFrame.nationality(head) != nil
    else { return }
    for word in phrase {
      if let country = NameFrame.nationality(word) { nationalities.insert(country) }
    }
    let noun = NameFrame.lemma(head)
    guard NameFrame.nationality(head) == nil else { return }
    nouns.insert(noun)
    if isPerson {
      // "_____, a private mansion": a thing's noun; "_____, a veteran" says nothing either way.
      if NameFrame.roles.contains(noun) {
        showsPerson = true
      } else if NameFrame.isThingNoun(noun) || AnswerCategory.heads[noun] != nil {
        showsThing = true
      }
    }
  }

  /// "known locally as _____", "to be called _____": a name given to a lake, a company or a
  /// term. ("called Tolan the _____" names the nickname, not Tolan.)
  private mutating func readNaming(before: [String], after: [String]) {
    var window: [String] = []
    for word in before.reversed() {
      guard NameFrame.isWord(word), window.count < 3 else { break }
      window.insert(word.lowercased(), at: 0)
    }
    guard
      window.contains(where: NameFrame.namingWords.contains)
        || (window.contains("known") && window.last == "as")
    else { return }
    if let next = after.first?.lowercased(), ["the", "a", "an"].contains(next) { return }
    showsThing = true
  }

  /// "the island of _____", "a platoon of the _____": the noun a name of that frame shares.
  private mutating func readFrames(before: [String], after: [String]) {
    var index = before.count - 1
    if index >= 0, ["the", "a", "an"].contains(before[index].lowercased()) { index -= 1 }
    guard index >= 1, before[index].lowercased() == "of" else { return }
    let noun = before[index - 1]
    let lower = noun.lowercased()
    guard NameFrame.isWord(noun), noun.first?.isLowercase ?? false, !Lexicon.isFunctionWord(lower)
    else { return }
    frameNouns.insert(NameFrame.lemma(lower))
  }

  // MARK: Words

  /// The sentence's words and its commas, semicolons, colons and brackets, in order; a final
  /// full stop leaves a word unless it is an abbreviation ("Dr.", "U.S.").
  static func tokens(_ text: String) -> [String] {
    var copy = text
    return copy.withUTF8 { bytes in asciiTokens(bytes) } ?? unicodeTokens(text)
  }

  /// `tokens` of ASCII text, read from its bytes (a byte per character); nil for other text
  /// and for text with a carriage return, which joins a line feed into one character.
  static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
    func string(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    var result: [String] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] != 0x20, bytes[index] != 0x0A else {
        index += 1
        continue
      }
      var start = index
      var end = index
      while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x0A { end += 1 }
      index = end
      // ( " [ before the word, , ; : ) " ] ! ? after it.
      while start < end, [0x28, 0x22, 0x5B].contains(bytes[start]) {
        result.append(string(start..<start + 1))
        start += 1
      }
      var wordEnd = end
      while wordEnd > start,
        [0x2C, 0x3B, 0x3A, 0x29, 0x22, 0x5D, 0x21, 0x3F].contains(bytes[wordEnd - 1])
      {
        wordEnd -= 1
      }
      var trailingStart = wordEnd
      if wordEnd - start > 3, bytes[wordEnd - 1] == 0x2E,
        !bytes[start..<(wordEnd - 1)].contains(0x2E)
      {
        trailingStart = wordEnd - 1
      }
      if trailingStart > start { result.append(string(start..<trailingStart)) }
      for offset in trailingStart..<end { result.append(string(offset..<offset + 1)) }
    }
    return result
  }

  /// `tokens` of any text.
  static func unicodeTokens(_ text: String) -> [String] {
    var result: [String] = []
    for piece in text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" }) {
      var word = Substring(piece)
      var leading: [String] = []
      while let first = word.first, "(\"“‘[".contains(first) {
        leading.append(String(first))
        word = word.dropFirst()
      }
      var trailing: [String] = []
      while let last = word.last, ",;:)\"”’]!?".contains(last) {
        trailing.insert(String(last), at: 0)
        word = word.dropLast()
      }
      if word.last == ".", word.count > 3, !word.dropLast().contains(".") {
        trailing.insert(".", at: 0)
        word = word.dropLast()
      }
      result += leading
      if !word.isEmpty { result.append(String(word)) }
      result += trailing
    }
    return result
  }

  static func isWord(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first else { return false }
    return first.properties.isAlphabetic
  }

  /// A function word, but not an acronym spelt like one ("US", "IT").
  static func isFunctionWord(_ word: String) -> Bool {
    if word.count > 1, word.allSatisfy({ $0.isUppercase || $0 == "." }) { return false }
    return Lexicon.isFunctionWord(word.lowercased())
  }

  static func isPossessive(_ word: String) -> Bool {
    word.count > 2 && (word.hasSuffix("'s") || word.hasSuffix("’s"))
  }

  /// Lower case, a plural's "s" dropped: "reactors" and "reactor" are one frame.
  static func lemma(_ word: String) -> String {
    let lower = word.lowercased()
    if lower.count > 3, lower.hasSuffix("s"), !lower.hasSuffix("ss") {
      return String(lower.dropLast())
    }
    return lower
  }

  /// A title written before a name, lower case ("major", "doctor"), or nil.
  static func title(_ word: String) -> String? {
    guard word.first?.isUppercase ?? false else { return nil }
    let lower = word.lowercased()
    if let plain = titleForms[lower] { return plain }
    return nil
  }

  static let titleForms: [String: String] = {
    var table: [String: String] = [
      "dr.": "doctor", "dr": "doctor", "mr.": "mr", "mr": "mr", "mrs.": "mrs", "mrs": "mrs",
      "ms.": "ms", "ms": "ms", "prof.": "professor", "gen.": "general", "col.": "colonel",
      "capt.": "captain", "lt.": "lieutenant", "sgt.": "sergeant", "maj.": "major",
      "rev.": "reverend", "st.": "saint",
    ]
    for title in [
      "major", "lieutenant", "sergeant", "corporal", "private", "professor", "senator",
      "governor", "mayor", "bishop", "archbishop", "reverend", "judge", "justice", "commander",
      "general", "admiral", "colonel", "captain", "marshal", "commodore", "brigadier", "president",
      "chancellor", "premier", "minister", "secretary", "ambassador", "king", "queen", "prince",
      "princess", "emperor", "empress", "sultan", "shah", "tsar", "kaiser", "pope", "cardinal",
      "lord", "lady", "sir", "dame", "duke", "duchess", "count", "countess", "baron", "viscount",
      "maharaja", "nizam", "khedive", "emir", "sheikh", "ayatollah", "imam", "chairman",
      "director", "inspector", "detective", "chief",
    ] {
      table[title] = title
    }
    return table
  }()

  /// Titles that say "a person" and no more: "Mr" asks no option to be a "Mr".
  static let plainTitles: Set<String> = ["mr", "mrs", "ms", "saint"]

  /// Whether `head` ends a description rather than a name: "the United States, the _____"
  /// lists names. A person's capitalised head must be an office ("Foreign Minister").
  static func isCommonHead(_ head: String, isPerson: Bool) -> Bool {
    if head.first?.isLowercase ?? false { return true }
    let noun = lemma(head)
    return isPerson
      && (roles.contains(noun) || titleForms[head.lowercased()] != nil
        || ["secretary", "minister", "director", "general", "president"].contains {
          noun.hasSuffix($0)
        })
  }

  /// Counts that open a description like a determiner: "Two German ministers, _____ and …".
  static let countWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
  ]

  /// Words inside a title or calling that are function words elsewhere ("the first chief
  /// engineer", "the then President").
  static let phraseAdverbs: Set<String> = ["first", "then", "former", "later", "once"]

  /// Prepositions that open a time or place phrase before a comma ("After the vote, _____"),
  /// not an agent's ("led by the Secretary of State, _____").
  static let timePrepositions: Set<String> = [
    "after", "before", "during", "in", "on", "at", "since", "until", "following", "despite",
    "within", "throughout", "amid", "upon", "across", "near",
  ]

  /// Words before a name that make it a place: "at _____", "near _____".
  static let locatives: Set<String> = ["at", "in", "near", "inside", "across", "into", "through"]

  /// Words a name follows when it is a nickname or a term: "called the _____".
  static let namingWords: Set<String> = ["called", "nicknamed", "dubbed", "renamed"]

  static let speechVerbs: Set<String> = [
    "said", "says", "told", "tells", "wrote", "writes", "argued", "argues", "recalled",
    "added", "explained", "warned", "insisted", "replied", "admitted", "testified", "asked",
  ]

  /// Nouns a name stands before when it is a thing's: "the _____ accident", "the _____ plant".
  static func isThingNoun(_ lower: String) -> Bool {
    thingNouns.contains(lemma(lower))
  }

  static let thingNouns: Set<String> = [
    "accident", "disaster", "proposal", "plant", "reactor", "station", "market", "programme",
    "program", "project", "scheme", "lock", "dam", "mine", "route", "trail", "circuit",
    "railway", "railroad", "line", "canal", "river", "valley", "glacier", "lake", "area",
    "region", "site", "camp", "agreement", "accord", "talk", "conference", "crisis",
    "inspector", "delegation", "government", "administration", "regime", "era", "period",
    "plan", "design", "type", "model", "class", "engine", "aircraft", "plane", "missile",
    "rocket", "treaty", "coalition", "district", "province", "border", "airport", "airfield",
    "base", "bridge", "tunnel", "road", "street", "square", "port", "harbour", "harbor",
    "viaduct", "estate", "farm", "hotel", "hospital", "school", "church", "branch",
    "mansion", "villa", "house", "building", "island", "town", "village", "city", "settlement",
  ]

  /// Office and calling nouns that make a person.
  static let roles: Set<String> = [
    "representative", "statesman", "stateswoman", "minister", "secretary", "secretary-general",
    "president", "vice-president", "dictator", "leader", "chief", "engineer", "director",
    "operator", "chairman", "chairwoman", "chair", "officer", "ambassador", "envoy", "diplomat",
    "general", "admiral", "major", "colonel", "captain", "commander", "lieutenant", "pilot",
    "journalist", "reporter", "correspondent", "writer", "poet", "novelist", "historian",
    "scientist", "chemist", "physicist", "biologist", "doctor", "physician", "surgeon",
    "nurse", "economist", "lawyer", "judge", "senator", "governor", "mayor", "premier",
    "chancellor", "king", "queen", "emperor", "khan", "sultan", "shah", "tsar", "prince",
    "princess", "pope", "bishop", "priest", "monk", "democrat", "republican", "socialist",
    "communist", "activist", "campaigner", "spokesman", "spokeswoman", "spokesperson",
    "founder", "owner", "manager", "executive", "head", "deputy", "worker", "firefighter",
    "soldier", "sergeant", "corporal", "architect", "designer", "inventor", "explorer",
    "official", "adviser", "advisor", "aide", "negotiator", "delegate", "commissioner",
    "administrator", "governor-general", "viceroy", "attorney", "mediator",
    "farmer", "fisherman", "fisher", "teacher", "professor", "student", "volunteer",
    "son", "daughter", "brother", "sister", "wife", "husband", "father", "mother",
    "grandson", "great-grandson", "granddaughter", "nephew", "niece", "widow", "heir",
    "researcher", "glaciologist", "geologist", "climatologist", "analyst", "expert",
    "cosmonaut", "astronaut", "composer", "painter", "artist", "philosopher", "theologian",
    "emir", "sheikh", "chieftain", "warlord", "rebel", "guerrilla", "revolutionary",
    "politician", "lawmaker", "legislator", "mp", "member", "clerk", "banker", "merchant",
    "undersecretary", "under-secretary", "councillor", "councilor", "speaker", "msp", "mep",
  ]

  // MARK: Nationality

  /// The country key a nationality word gives ("Soviet" → "russia"), or nil.
  static func nationality(_ word: String) -> String? {
    let lower = word.lowercased()
    if let country = demonyms[lower] { return country }
    return nil
  }

  /// The country key of "Australia's", or nil when the possessor is no country.
  static func country(possessive word: String) -> String? {
    country(named: [String(word.dropLast(2))])
  }

  /// The country key of a country's name at the start of `words` ("United States", "Burma").
  static func country(named words: [String]) -> String? {
    // No country's name opens on this word: most words of a prompt stop here, before any
    // name is put together.
    guard let first = words.first, countryFirstWords.contains(first.lowercased()) else {
      return nil
    }
    for length in stride(from: min(3, words.count), through: 1, by: -1) {
      let name = words.prefix(length).joined(separator: " ").lowercased()
      if let alias = countryAliases[name] { return alias }
      if AnswerCategory.countries.contains(name) { return name }
    }
    return nil
  }

  /// The first word of every country's name and other name, lower-cased.
  static let countryFirstWords = Set(
    (Array(countryAliases.keys) + Array(AnswerCategory.countries)).compactMap {
      $0.split(separator: " ").first.map(String.init)
    })

  /// Names of one country written several ways, to one key.
  static let countryAliases: [String: String] = [
    "soviet union": "russia", "ussr": "russia", "us": "united states", "u.s.": "united states",
    "usa": "united states", "america": "united states", "britain": "united kingdom",
    "great britain": "united kingdom", "uk": "united kingdom", "england": "united kingdom",
    "scotland": "united kingdom", "wales": "united kingdom", "burma": "myanmar",
    "holland": "netherlands", "persia": "iran", "siam": "thailand", "ceylon": "sri lanka",
    "korea": "south korea", "viet nam": "vietnam", "czechia": "czech republic",
    "türkiye": "turkey", "kampuchea": "cambodia",
  ]

  /// Nationality adjectives and the country key they give.
  static let demonyms: [String: String] = {
    var table: [String: String] = [
      "us": "united states", "u.s.": "united states", "american": "united states",
      "uk": "united kingdom", "british": "united kingdom", "english": "united kingdom",
      "scottish": "united kingdom", "welsh": "united kingdom", "soviet": "russia",
      "russian": "russia", "burmese": "myanmar", "dutch": "netherlands", "swiss": "switzerland",
      "french": "france", "german": "germany", "prussian": "germany", "thai": "thailand",
      "lao": "laos", "laotian": "laos", "khmer": "cambodia", "filipino": "philippines",
      "greek": "greece", "czech": "czech republic", "polish": "poland", "danish": "denmark",
      "swedish": "sweden", "finnish": "finland", "irish": "ireland", "spanish": "spain",
      "portuguese": "portugal", "turkish": "turkey", "ottoman": "turkey", "israeli": "israel",
      "pakistani": "pakistan", "bangladeshi": "bangladesh", "nepali": "nepal",
      "nepalese": "nepal", "iraqi": "iraq", "kuwaiti": "kuwait", "saudi": "saudi arabia",
      "yemeni": "yemen", "omani": "oman", "qatari": "qatar", "afghan": "afghanistan",
      "new zealand": "new zealand", "chilean": "chile", "peruvian": "peru",
      "colombian": "colombia", "panamanian": "panama", "mexican": "mexico", "cuban": "cuba",
      "canadian": "canada", "brazilian": "brazil", "argentine": "argentina",
      "argentinian": "argentina", "venezuelan": "venezuela", "ecuadorian": "ecuador",
      "bolivian": "bolivia", "belgian": "belgium", "norwegian": "norway",
      "australian": "australia", "austrian": "austria", "hungarian": "hungary",
      "italian": "italy", "japanese": "japan", "chinese": "china", "korean": "south korea",
      "vietnamese": "vietnam", "indian": "india", "indonesian": "indonesia",
      "malaysian": "malaysia", "egyptian": "egypt", "syrian": "syria", "iranian": "iran",
      "persian": "iran", "lebanese": "lebanon", "jordanian": "jordan", "romanian": "romania",
      "bulgarian": "bulgaria", "serbian": "serbia", "croatian": "croatia",
      "ukrainian": "ukraine", "belarusian": "belarus", "georgian": "georgia",
      "armenian": "armenia", "kenyan": "kenya", "nigerian": "nigeria", "ghanaian": "ghana",
      "ethiopian": "ethiopia", "algerian": "algeria", "moroccan": "morocco",
      "tunisian": "tunisia", "libyan": "libya", "sudanese": "sudan", "congolese": "congo",
      "rwandan": "rwanda", "ugandan": "uganda", "zimbabwean": "zimbabwe", "slovak": "slovakia",
      "slovenian": "slovenia", "estonian": "estonia", "latvian": "latvia",
      "lithuanian": "lithuania", "icelandic": "iceland", "mongolian": "mongolia",
      "tibetan": "china", "taiwanese": "taiwan", "singaporean": "singapore",
      "sri lankan": "sri lanka", "cambodian": "cambodia", "yugoslav": "yugoslavia",
      "scandinavian": "scandinavia", "uruguayan": "uruguay", "paraguayan": "paraguay",
      "haitian": "haiti", "jamaican": "jamaica", "guatemalan": "guatemala",
      "nicaraguan": "nicaragua", "south african": "south africa", "tanzanian": "tanzania",
      "somali": "somalia", "albanian": "albania", "bosnian": "bosnia", "maltese": "malta",
      "cypriot": "cyprus", "luxembourgish": "luxembourg",
    ]
    table["north korean"] = "north korea"
    return table
  }()
}

extension NameFrame {
  /// What a prompt asks of its gap's options: the answer's frame, kept to the words the prompt
  /// itself shows (a short question that dropped "Soviet" asks no Soviet options).
  struct Demand: Sendable, Equatable {
    var nationalities: Set<String> = []
    var nouns: Set<String> = []
    var frameNouns: Set<String> = []

    var isEmpty: Bool { nationalities.isEmpty && nouns.isEmpty && frameNouns.isEmpty }

    init(nationalities: Set<String> = [], nouns: Set<String> = [], frameNouns: Set<String> = []) {
      self.nationalities = nationalities
      self.nouns = nouns
      self.frameNouns = frameNouns
    }

    init(_ frame: NameFrame, prompt: String) {
      self.init(frame, promptWords: NameFrame.tokens(prompt).filter(NameFrame.isWord))
    }

    /// The demand of a prompt whose words (`NameFrame.tokens` that are words) are read
    /// already. Only what the frame holds can be asked, so a frame without nationalities
    /// or nouns skips reading the prompt for them.
    init(_ frame: NameFrame, promptWords words: [String]) {
      let wantsNouns = !frame.nouns.isEmpty || !frame.frameNouns.isEmpty
      let wantsCountries = !frame.nationalities.isEmpty
      guard wantsNouns || wantsCountries else { return }
      var lemmas: Set<String> = []
      var countries: Set<String> = []
      for (index, word) in words.enumerated() {
        if wantsNouns { lemmas.insert(NameFrame.lemma(word)) }
        guard wantsCountries else { continue }
        if let country = NameFrame.nationality(word) { countries.insert(country) }
        if NameFrame.isPossessive(word), let country = NameFrame.country(possessive: word) {
          countries.insert(country)
        }
        if let country = NameFrame.country(named: Array(words[index...].prefix(3))) {
          countries.insert(country)
        }
      }
      nationalities = frame.nationalities.intersection(countries)
      nouns = frame.nouns.filter(lemmas.contains)
      frameNouns = frame.frameNouns.filter(lemmas.contains)
    }

    /// Whether a name whose pool frame is `frame` (nil: unknown, a made option) fits: it
    /// shares the nationality, one of the office nouns and one of the frame nouns asked.
    func admits(_ frame: NameFrame?, category: AnswerCategory?) -> Bool {
      guard !isEmpty else { return true }
      guard let frame else { return false }
      if !nationalities.isEmpty, frame.nationalities.isDisjoint(with: nationalities) {
        return false
      }
      if !nouns.isEmpty, frame.nouns.isDisjoint(with: nouns),
        frame.frameNouns.isDisjoint(with: nouns)
      {
        return false
      }
      if !frameNouns.isEmpty, frame.frameNouns.isDisjoint(with: frameNouns),
        frame.nouns.isDisjoint(with: frameNouns)
      {
        // "a platoon of the _____" takes any regiment or army, not only another platoon's.
        let implied = frameNouns.compactMap { NameFrame.impliedCategories[$0] }
        guard let category, implied.contains(category) else { return false }
      }
      return true
    }
  }

  /// Frame nouns that say what sort of body the name is: "a platoon of the _____".
  static let impliedCategories: [String: AnswerCategory] = [
    "platoon": .military, "company": .military, "battalion": .military, "regiment": .military,
    "unit": .military, "soldier": .military, "troop": .military, "detachment": .military,
    "officer": .military, "division": .military, "brigade": .military,
  ]

  /// Whether `name`, of the sentences read into `frame`, is a person's: a title, an office or
  /// "said" beside it shows one; "at _____", "the _____ accident" or a nickname's frame show
  /// a thing; else two or more capitalised words, none a place's, body's or event's head and
  /// the first no common adjective ("Red Forest", "Golden Horde"), look like a person's name.
  static func looksLikePerson(_ name: String, frame: NameFrame?) -> Bool {
    if frame?.showsPerson ?? false { return true }
    if frame?.showsThing ?? false { return false }
    // "Brekke said": one word may be a person's name when it speaks, if nothing in it says
    // otherwise ("the ministry said" names no person).
    if frame?.speaks ?? false, !name.contains(" "), !hasThingShape(name) { return true }
    return hasPersonShape(name)
  }

  static func hasPersonShape(_ name: String) -> Bool {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
    guard words.filter({ $0.first?.isUppercase ?? false }).count >= 2 else { return false }
    return !hasThingShape(name)
  }

  /// A place's, body's or event's head last ("Locks", "Plant"), a common adjective or a
  /// nationality first ("Red Forest", "British Railways"), or a known place or body.
  static func hasThingShape(_ name: String) -> Bool {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
    let capitalised = words.filter { $0.first?.isUppercase ?? false }
    guard let first = words.first, let last = capitalised.last else { return true }
    if nameAdjectives.contains(first.lowercased()) || nationality(first) != nil { return true }
    let head = last.lowercased()
    if AnswerCategory.heads[head] != nil || thingHeads.contains(head)
      || AnswerCategory.heads[lemma(head)] != nil || thingHeads.contains(lemma(head))
    {
      return true
    }
    if let category = AnswerCategory.of(name, kind: .organization), category != .person {
      return true
    }
    let key = name.lowercased()
    return AnswerCategory.countries.contains(key) || AnswerCategory.cities.contains(key)
  }

  /// First words of places', bodies' and events' names that no person's name starts with.
  static let nameAdjectives: Set<String> = [
    "holy", "great", "black", "red", "white", "golden", "low", "high", "iron", "new", "old",
    "grand", "royal", "federal", "united", "national", "central", "north", "south", "east",
    "west", "northern", "southern", "eastern", "western", "upper", "lower", "middle", "joint",
    "free", "first", "second", "third", "little", "big", "blue", "green", "yellow", "silver",
    "deutsche", "social", "supreme", "the", "lake", "mount", "fort", "port", "cape", "saint",
    "st.", "san", "santa", "glen", "loch", "ben", "operation", "project", "salar", "lago",
    "rio", "río", "sierra", "monte", "puerto", "point", "punta", "metro", "khirbet", "wadi",
    "dark", "kita", "minami", "higashi", "nishi",
  ]

  /// Last words of names that are no person's, beyond `AnswerCategory.heads`.
  static let thingHeads: Set<String> = [
    "oaks", "cut", "locks", "lock", "railroad", "railway", "layer", "forest", "woods", "mark",
    "horde", "countries", "plague", "death", "diet", "chiefs", "parade", "bomber", "march",
    "presidency", "ashram", "rifles", "works", "circuit", "opera", "falls", "gorge", "glacier",
    "trail", "express", "flyer", "line", "lines", "gates", "island", "reef", "park", "garden",
    "gardens", "market", "bazaar", "salar", "fomento", "economica", "económica", "plant",
    "factory", "refinery", "mill", "smelter", "reactor", "reactors", "daiichi", "wire",
    "barrage", "creek", "bunder", "tract", "dike", "tunnel", "harbour", "harbor", "highway",
    "hospital", "scroll", "scrolls", "codex", "bible", "security", "gmbh", "ltd", "inc", "plc",
    "llc", "partners", "nagar", "stone", "bannermen", "tide",
  ]
}
