import Articles

/// What the name rules learn across an article: acronyms it defines, the people it has
/// named (so "Sen" later means "Hun Sen" and "he said" means the last person), and the
/// words it capitalises mid-sentence (so a sentence-initial "Recently" is not a name).
struct NameContext {
  /// "ECCC" → "Extraordinary Chambers of the Courts of Cambodia".
  var acronyms = WordMap<String>()
  /// Acronyms of places and terms ("NWFP" → place "North-West Frontier Province").
  var otherAcronyms = WordMap<AcronymMeaning>()
  /// A part of a person's name → the person's full value ("Chea" → "Nuon Chea").
  var personParts = WordMap<String>()
  /// The last person named, for "he said".
  var lastPerson: String?
  /// The person a profile's title names ("Marie Curie (1867–1934): …"), until the text gives
  /// a fuller form of the name.
  var titleSubject: String?
  /// The speaker of the last quotation and its sentence, for a quotation that goes on in the
  /// next sentence without a new attribution.
  var lastSpeaker: (name: String, sentence: Int)?
  /// Lower-case forms of words the article capitalises away from a sentence start.
  var capitalizedMidSentence = WordSet()
  /// Single capitalised words the article uses as places: "in the Punjab", "into the
  /// Rhineland", "the district of Gurdaspur" — so every mention of them is a place, even
  /// where nothing in the sentence says so ("Punjab in the north-west").
  var articlePlaces = WordSet()
  /// Names the dateline gives as the story's setting, lower-cased ("vanua levu"): places
  /// wherever the story names them.
  var datelinePlaces = WordSet()
  /// Single words the article gives as a thing's name ("was called Eagle"): terms wherever
  /// they stand, even after "into".
  var namedThings = WordSet()

  /// Abbreviations of lower-case terms the article defines ("chlorofluorocarbons, or CFCs",
  /// "glacial lake outburst floods (GLOFs)"), keyed as written: every later "CFCs" is that term.
  var abbreviatedTerms = WordMap<String>()

  /// What an acronym of a place or term stands for.
  typealias AcronymMeaning = (kind: FactKind, value: String)

  /// Prepositions that, with or without "the", put a name in place position.
  static let placePrepositions: WordSet = [
    "in", "into", "from", "through", "across", "throughout", "near", "at", "off",
  ]
  /// Lower-case nouns of vessels and craft, which are known by names of their own: "the
  /// gunboat Berouw", "the turret ship Huáscar".
  static let vesselNouns: WordSet = [
    "ship", "warship", "gunboat", "ironclad", "frigate", "corvette", "cruiser",
    "battleship", "destroyer", "submarine", "steamer", "steamship", "liner", "schooner",
    "sloop", "galleon", "yacht", "tanker", "freighter", "ferry", "tug", "vessel", "flagship",
    "brig", "barque", "clipper", "spacecraft",
  ]
  static let namingVerbs: WordSet = [
    "called", "named", "dubbed", "christened", "nicknamed", "renamed",
  ]
  /// Lower-case nouns that name a place by what follows "of": "the district of Gurdaspur".
  static let placeOfNouns: WordSet = [
    "district", "province", "region", "city", "town", "village", "state", "county", "port",
    "island", "forest", "kingdom", "emirate", "principality", "duchy", "valley", "department",
    // "the battle of Segesvár", "the walls of Galata": what a battle, a siege or walls are of.
    "battle", "siege", "walls", "outskirts", "colony", "suburbs", "ruins",
  ]

  /// Name parts too common to stand for one person.
  static let ambiguousParts: WordSet = [
    "van", "thi", "le", "ho", "de", "da", "la", "al", "bin", "von", "der", "di", "du", "ta", "to",
  ]

  /// Lower-case forms of capitalised names the article uses as policies or other terms
  /// ("the Doi Moi reforms", "called it \"Doi Moi\""), so no mention of them is a person.
  var termNames = WordSet()

  /// Lower-case nouns that make the capitalised words before them a term's name.
  static let termFollowers: WordSet = [
    "reforms", "reform", "policy", "policies", "doctrine", "programme", "program", "strategy",
    "initiative", "campaign", "movement", "era", "period",
  ]

  /// `headings` are the article's title and section headings, read only for what they call a
  /// vessel ("The Vasa: the warship that sank").
  init(scans: [SentenceScan], headings: [SentenceScan] = []) {
    // Room for the article's words up front: growing a set from empty rehashes it every time
    // it doubles. The set is only asked what it contains, never iterated.
    capitalizedMidSentence.reserveCapacity(scans.reduce(0) { $0 + $1.tokens.count / 4 })
    var candidates = WordSet()
    // Words that follow another capitalised word ("Abdel Nasser", "Lord Mountbatten") are
    // surnames at least once, so they are not taken for places.
    var afterName = WordSet()
    // Tokens are read in place, field by field: copying one retains its two strings.
    for heading in headings {
      for i in heading.tokens.indices where Self.namesVessel(heading.tokens, at: i) {
        namedThings.insert(heading.tokens[i].lower)
        afterName.insert(heading.tokens[i].lower)
      }
    }
    for s in scans.indices {
      Self.notePlaces(scans[s], candidates: &candidates, afterName: &afterName)
      let tokens = scans[s].tokens
      // (The tokens are passed, not the scan: `scans[s]` would copy the whole scan per token.)
      // (Only a capitalised word names one: the others are passed over without a call.)
      for i in tokens.indices where tokens[i].isCapitalized && Self.namesVessel(tokens, at: i) {
        namedThings.insert(tokens[i].lower)
        afterName.insert(tokens[i].lower)
      }
      for i in tokens.indices
      where i > 0 && tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isAllCaps
        && tokens[i - 1].is(.namingVerb)
        && !(i + 1 < tokens.count && tokens[i + 1].isCapitalized)
      {
        namedThings.insert(tokens[i].lower)
      }
    }
    articlePlaces = candidates.subtracting(afterName)
    // "Marie Curie (1867–1934): …": a title that opens on a name and a life span is a profile
    // of that person, so "Curie" alone is she, not the husband named in full before her.
    if let title = headings.first, let subject = Self.profileSubject(title) {
      remember(person: subject)
      lastPerson = nil
      titleSubject = subject
    }
    for s in scans.indices {
      for found in Self.abbreviations(in: scans[s]) {
        abbreviatedTerms[found.text] = found.value
      }
    }
    for s in scans.indices {
      let tokens = scans[s].tokens
      for i in tokens.indices where tokens[i].kind == .word {
        if tokens[i].isCapitalized {
          if !scans[s].isSentenceInitial(i) { capitalizedMidSentence.insert(tokens[i].lower) }
          // "Doi Moi, Vietnamese for \"renovation\"": a word glossed from another language.
          if tokens[i].is(.nationality), i >= 2, tokens[i - 1].isMark(","),
            tokens.count > i + 1, tokens[i + 1].lower == "for"
          {
            noteTermName(scans[s], before: i - 1, closedBy: nil)
          }
        } else if tokens[i].is(.termFollower) {
          noteTermName(scans[s], before: i, closedBy: nil)
        }
      }
      // "Purna Swaraj, or complete independence": a name glossed in plain words is a term
      // (one word alone could as well be a person: "Nehru, or failing him …").
      for i in tokens.indices.dropFirst()
      where tokens[i].isMark(",") && i + 2 < tokens.count && tokens[i + 1].lower == "or"
        && tokens[i + 2].kind == .word && !tokens[i + 2].isCapitalized
        && !tokens[i + 2].is(.closedClass)
      {
        noteTermName(scans[s], before: i, closedBy: nil, minimumWords: 2)
      }
      // Every quotation mark is a token of its own, so the sentence's bytes tell first.
      if containsByte(scans[s].sentence.text, 34), tokens.contains(where: { $0.isMark("\"") }) {
        for i in tokens.indices where tokens[i].isMark("\"") && i > 0 {
          noteTermName(scans[s], before: i, closedBy: "\"")
        }
      }
    }
  }

  /// Whether the token at `i` is one word naming a vessel: right after a vessel noun ("the
  /// corvette Esmeralda") or before an apposition that calls it one ("Vasa, the warship …",
  /// "The Vasa: a warship"). Places, peoples and people's name parts never are.
  static func namesVessel(_ tokens: [Token], at i: Int) -> Bool {
    guard i > 0, tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].isAllCaps,
      !tokens[i].is([.closedClass, .nationality, .title, .namePart, .month, .weekday]),
      Gazetteer.places[tokens[i].lower] == nil,
      !(tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized
        && !tokens[i - 1].is(.closedClass)),
      !(i + 1 < tokens.count
        && ((tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized)
          || tokens[i + 1].kind == .number || tokens[i + 1].isMark(".")))
    else { return false }
    let before = tokens[i - 1]
    if before.kind == .word, !before.isCapitalized, vesselNouns.contains(before.lower) {
      return true
    }
    guard i + 2 < tokens.count, tokens[i + 1].isMark(",") || tokens[i + 1].isMark(":"),
      ["a", "an", "the"].contains(tokens[i + 2].lower)
    else { return false }
    var k = i + 3
    while k < tokens.count, k - i <= 5, tokens[k].kind == .word, !tokens[k].isCapitalized {
      if vesselNouns.contains(tokens[k].lower) { return true }
      k += 1
    }
    return false
  }

  /// Collects `candidates` for `articlePlaces` from one sentence.
  private static func notePlaces(
    _ scan: SentenceScan, candidates: inout WordSet, afterName: inout WordSet
  ) {
    let tokens = scan.tokens
    let notPlaces: WordClass = [
      .closedClass, .title, .roleNoun, .organizationHead, .eventHead, .termHead, .month,
      .weekday, .namePart, .nationality, .abbreviatedTitle, .speechVerb, .placeHead,
    ]
    for i in tokens.indices
    where tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isAllCaps {
      // Tokens are read in place, field by field: copying one retains its two strings.
      if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
        !tokens[i - 1].is(.compass), !tokens[i - 1].is(.closedClass)
      {
        afterName.insert(tokens[i].lower)
      }
      if i > 0, tokens[i - 1].is(.namingVerb) {
        // "was called Eagle": the name of a thing, not a place.
        afterName.insert(tokens[i].lower)
      }
      // One word alone: not the start of a longer name ("House of Commons", "Apollo 11",
      // "Palais des Nations", "Sharm el-Sheikh").
      if i + 1 < tokens.count {
        let next = i + 1
        if (tokens[next].kind == .word && tokens[next].isCapitalized) || tokens[next].lower == "of"
          || tokens[next].is(.nameParticle)
          || tokens[next].kind == .number || tokens[next].text == "-" || tokens[next].lower == "des"
          || tokens[next].lower.hasPrefix("el-")
          || tokens[next].lower.hasPrefix("al-")
        {
          continue
        }
      }
      guard i >= 2, !tokens[i].is(notPlaces), !scan.isSentenceInitial(i) else { continue }
      // "the Pra and Ankobra rivers": both words before a plural place noun are places.
      if i + 3 < tokens.count, tokens[i + 1].lower == "and", tokens[i + 2].kind == .word,
        tokens[i + 2].isCapitalized, !tokens[i + 2].is(notPlaces),
        pluralPlaceNouns.contains(tokens[i + 3].text)
      {
        candidates.insert(tokens[i].lower)
        candidates.insert(tokens[i + 2].lower)
        continue
      }
      // "in eight districts, including Anuradhapura, Polonnaruwa … and Trincomalee": a list
      // after a plural place noun names places.
      if i >= 4, tokens[i - 1].lower == "including" || tokens[i - 1].lower == "as",
        tokens[i - 1].lower == "including" || tokens[i - 2].lower == "such",
        let noun = tokens[..<(i - 1)].last(where: { $0.kind == .word && $0.lower != "such" }),
        pluralPlaceNouns.contains(noun.text)
      {
        for item in listItems(scan, from: i) where !tokens[item].is(notPlaces) {
          candidates.insert(tokens[item].lower)
        }
        continue
      }
      if tokens[i - 1].lower == "of", placeOfNouns.contains(tokens[i - 2].text) {
        candidates.insert(tokens[i].lower)
        continue
      }
      // "The island was Krakatoa": a place noun said to be the name.
      if i >= 3, tokens[i - 1].lower == "was" || tokens[i - 1].lower == "is",
        placeOfNouns.contains(tokens[i - 2].text) || tokens[i - 2].text == "volcano",
        tokens[i - 3].lower == "the"
      {
        candidates.insert(tokens[i].lower)
        continue
      }
      let preposition = tokens[i - 1].lower == "the" ? i - 2 : i - 1
      if tokens[preposition].is(.placePreposition)
        && tokens[preposition].text == tokens[preposition].lower
      {
        candidates.insert(tokens[i].lower)
      }
    }
  }

  /// Lower-case plural nouns of places that a list or a pair of names can stand before or
  /// after: "the Pra and Ankobra rivers", "districts, including Ampara and Kurunegala".
  static let pluralPlaceNouns: WordSet = [
    "rivers", "islands", "lakes", "provinces", "districts", "regions", "valleys", "mountains",
    "towns", "cities", "villages", "counties", "states", "ports", "countries", "municipalities",
  ]

  /// The token indices of a list of one-word names that starts at `start`: "Ampara,
  /// Kurunegala and Trincomalee", each followed by a comma, "and", a bracket or the end of
  /// the list; empty when a name of the list runs on into a second capitalised word.
  static func listItems(_ scan: SentenceScan, from start: Int) -> [Int] {
    let tokens = scan.tokens
    var items: [Int] = []
    var i = start
    while i < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized,
      !tokens[i].isAllCaps
    {
      let next = i + 1 < tokens.count ? tokens[i + 1] : nil
      if let next, next.kind == .word, next.isCapitalized { return [] }
      items.append(i)
      var j = i + 1
      // "Trincomalee (Tirukōṇamalai)": a bracketed second name belongs to the item.
      if j < tokens.count, tokens[j].text == "(" {
        while j < tokens.count, tokens[j].text != ")" { j += 1 }
        j += 1
      }
      guard j < tokens.count else { break }
      if tokens[j].text == "," { j += 1 }
      if j < tokens.count, tokens[j].lower == "and" {
        j += 1
      } else if tokens[j - 1].text != "," {
        break
      }
      i = j
    }
    return items
  }

  /// Records the one to three capitalised words that end at `end` (and, for a quotation, open
  /// right after a quotation mark) when none of them is a known part of people's names.
  private mutating func noteTermName(
    _ scan: SentenceScan, before end: Int, closedBy mark: String?, minimumWords: Int = 1
  ) {
    var start = end
    while start > 0, end - start < 3 {
      let t = scan.tokens[start - 1]
      guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.is(.closedClass) else { break }
      start -= 1
    }
    guard end - start >= minimumWords, start < end else { return }
    if let mark {
      guard start > 0, scan.tokens[start - 1].text == mark, end - start >= 2 else { return }
    } else if start > 0, scan.tokens[start - 1].kind == .word,
      scan.tokens[start - 1].isCapitalized, !scan.tokens[start - 1].is(.closedClass)
    {
      return
    }
    let words = scan.tokens[start..<end]
    // "the Quit India movement" names a term though "India" is a place; "the China policy"
    // and "the Soviet era" do not.
    guard
      !words.contains(where: {
        $0.is(.namePart) || $0.is(.title) || $0.is(.closedClass) || $0.is(.month)
      }),
      !words.allSatisfy({ $0.is(.nationality) || Gazetteer.places[$0.lower] != nil }),
      !words.contains(where: { $0.is(.nationality) }) || mark != nil
    else { return }
    termNames.insert(words.map(\.lower).joined(separator: " "))
  }

  /// Letters of an abbreviation in capitals, a plural "s" dropped: "CFCs" → "CFC"; nil for
  /// any other word.
  static func abbreviationLetters(_ t: Token) -> [UInt8]? {
    guard t.kind == .word, opensWithTwoCapitals(t.text) else { return nil }
    var letters = Array(t.text.utf8)
    if letters.last == 115 { letters.removeLast() }
    guard letters.count >= 2, letters.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
    return letters
  }

  /// Whether `text` opens with two capitals A–Z, as every abbreviation does: other words are
  /// turned down before an array is made of their bytes.
  static func opensWithTwoCapitals(_ text: String) -> Bool {
    func capital(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
    let found = text.utf8.withContiguousStorageIfAvailable {
      $0.count >= 2 && capital($0[0]) && capital($0[1])
    }
    if let found { return found }
    var head = text.utf8.makeIterator()
    guard let b0 = head.next(), let b1 = head.next() else { return false }
    return capital(b0) && capital(b1)
  }

  /// "hydrofluorocarbons (HFCs)", "glacial lake outburst floods, or GLOFs": lower-case words
  /// and right after them an abbreviation of capitals whose letters are the words' initials
  /// (or, for one long word, letters of it in order). Each as the abbreviation's token index
  /// and text, the term's token range, and the term.
  static func abbreviations(in scan: SentenceScan) -> [(
    text: String, index: Int, term: Range<Int>, value: String
  )] {
    var found: [(text: String, index: Int, term: Range<Int>, value: String)] = []
    let tokens = scan.tokens
    for a in tokens.indices where a >= 2 {
      // Read in place first: most tokens are not abbreviations, and copying one to ask
      // retains its strings.
      guard tokens[a].kind == .word, opensWithTwoCapitals(tokens[a].text),
        let letters = abbreviationLetters(tokens[a])
      else { continue }
      var end = a - 1
      if tokens[end].isMark("("), a + 1 < tokens.count, tokens[a + 1].isMark(")") {
        // "… (HFCs)"
      } else if tokens[end].lower == "or", end >= 1, tokens[end - 1].isMark(",") {
        end -= 1
      } else {
        continue
      }
      // The lower-case words before, nearest first, at most four.
      var words: [Int] = []
      var k = end - 1
      while k >= 0, words.count < 4, tokens[k].kind == .word, !tokens[k].isCapitalized,
        !tokens[k].is(.closedClass), !tokens[k].isAllCaps
      {
        words.insert(k, at: 0)
        k -= 1
      }
      guard let start = termStart(tokens, words: words, letters: letters) else { continue }
      let range = start..<end
      found.append((tokens[a].text, a, range, scan.text(range)))
    }
    return found
  }

  /// The first word of the shortest run ending the words whose initials spell `letters`, or
  /// one long word holding them in order.
  private static func termStart(_ tokens: [Token], words: [Int], letters: [UInt8]) -> Int? {
    guard let lastWord = words.last else { return nil }
    let lower = letters.map { $0 + 32 }
    if words.count >= letters.count {
      let run = words.suffix(letters.count)
      if zip(run, lower).allSatisfy({ tokens[$0].lower.utf8.first == $1 }) { return run.first }
    }
    let word = Array(tokens[lastWord].lower.utf8)
    guard word.count >= 8, word.first == lower.first else { return nil }
    var matched = 0
    for c in word where matched < lower.count && c == lower[matched] { matched += 1 }
    return matched == lower.count ? lastWord : nil
  }

  /// The name a title opens on when a life span in brackets follows it: two to four
  /// capitalised words, then "(" and a number.
  static func profileSubject(_ title: SentenceScan) -> String? {
    let tokens = title.tokens
    guard let bracket = tokens.firstIndex(where: { $0.isMark("(") }), (2...4).contains(bracket),
      bracket + 1 < tokens.count, tokens[bracket + 1].kind == .number,
      tokens[..<bracket].allSatisfy({
        $0.kind == .word && $0.isCapitalized && !$0.isAllCaps
          && !$0.is([.title, .closedClass, .organizationHead, .placeHead, .eventHead])
      })
    else { return nil }
    return title.text(0..<bracket)
  }

  /// Whether `name` is a person's full name the article has already told of, looked up by
  /// the key `remember` stores (its words joined, in lower case).
  func isKnownPerson(_ name: String) -> Bool {
    personParts[String(name.lowercased().filter { $0 != " " })] == name
  }

  mutating func remember(person value: String) {
    lastPerson = value
    // "Mary Jane Seacole" in the text of "Mary Seacole (1805–1881)": the fuller name the
    // profile gives its subject takes over the title's first and last names.
    if let subject = titleSubject, value != subject, value.count > subject.count {
      let words = spaceSplit(value).map { $0.lowercased() }
      let short = spaceSplit(subject).map { $0.lowercased() }
      if words.first == short.first, words.last == short.last, let first = words.first,
        let last = words.last
      {
        personParts[first] = value
        personParts[last] = value
        titleSubject = value
      }
    }
    if rememberASCII(person: value) { return }
    let parts = spaceSplit(value)
    guard parts.count >= 2 else { return }
    // "Hunsen" written later for "Hun Sen": the same letters without the space.
    let joined = parts.joined().lowercased()
    if personParts[joined] == nil { personParts[joined] = value }
    for part in [parts.first!, parts.last!] {
      let lower = part.lowercased()
      if !Self.ambiguousParts.contains(lower), personParts[lower] == nil {
        personParts[lower] = value
      }
    }
  }

  /// `remember(person:)` for an ASCII name, from its bytes: the same keys (the lower-case
  /// letters without spaces, the first and the last word in lower case) without splitting the
  /// name into substrings. False, having done nothing, for any other name.
  private mutating func rememberASCII(person value: String) -> Bool {
    var firstWord = 0..<0
    var lastWord = 0..<0
    var joined: [UInt8] = []
    let ascii =
      value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        var words = 0
        var i = 0
        let n = bytes.count
        joined.reserveCapacity(n)
        while i < n {
          let b = bytes[i]
          if b >= 128 { return false }
          if b == 32 {
            i += 1
            continue
          }
          var end = i
          while end < n, bytes[end] != 32 {
            if bytes[end] >= 128 { return false }
            joined.append(Self.asciiLower(bytes[end]))
            end += 1
          }
          if words == 0 { firstWord = i..<end }
          lastWord = i..<end
          words += 1
          i = end
        }
        return true
      } ?? false
    guard ascii else { return false }
    guard firstWord != lastWord else { return true }
    let lowerJoined = String(decoding: joined, as: UTF8.self)
    if personParts[lowerJoined] == nil { personParts[lowerJoined] = value }
    // The first and the last word in lower case open and close `joined`.
    let firstLower = String(decoding: joined[0..<firstWord.count], as: UTF8.self)
    let lastLower = String(decoding: joined[(joined.count - lastWord.count)...], as: UTF8.self)
    if !Self.ambiguousParts.contains(firstLower), personParts[firstLower] == nil {
      personParts[firstLower] = value
    }
    if !Self.ambiguousParts.contains(lastLower), personParts[lastLower] == nil {
      personParts[lastLower] = value
    }
    return true
  }

  @inline(__always) private static func asciiLower(_ b: UInt8) -> UInt8 {
    b >= 65 && b <= 90 ? b + 32 : b
  }
}
