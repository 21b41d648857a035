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
  /// The speaker of the last quotation and its sentence, for a quotation that goes on in the
  /// next sentence without a new attribution.
  var lastSpeaker: (name: String, sentence: Int)?
  /// Lower-case forms of words the article capitalises away from a sentence start.
  var capitalizedMidSentence = WordSet()
  /// Single capitalised words the article uses as places: "in the Punjab", "into the
  /// Rhineland", "the district of Gurdaspur" — so every mention of them is a place, even
  /// where nothing in the sentence says so ("Punjab in the north-west").
  var articlePlaces = WordSet()
  /// Single words the article gives as a thing's name ("was called Eagle"): terms wherever
  /// they stand, even after "into".
  var namedThings = WordSet()

  /// What an acronym of a place or term stands for.
  typealias AcronymMeaning = (kind: FactKind, value: String)

  /// Prepositions that, with or without "the", put a name in place position.
  static let placePrepositions: WordSet = [
    "in", "into", "from", "through", "across", "throughout", "near", "at", "off",
  ]
  static let namingVerbs: WordSet = [
    "called", "named", "dubbed", "christened", "nicknamed", "renamed",
  ]
  /// Lower-case nouns that name a place by what follows "of": "the district of Gurdaspur".
  static let placeOfNouns: WordSet = [
    "district", "province", "region", "city", "town", "village", "state", "county", "port",
    "island", "forest", "kingdom", "emirate", "principality", "duchy", "valley",
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

  init(scans: [SentenceScan]) {
    // Room for the article's words up front: growing a set from empty rehashes it every time
    // it doubles. The set is only asked what it contains, never iterated.
    capitalizedMidSentence.reserveCapacity(scans.reduce(0) { $0 + $1.tokens.count / 4 })
    var candidates = WordSet()
    // Words that follow another capitalised word ("Abdel Nasser", "Lord Mountbatten") are
    // surnames at least once, so they are not taken for places.
    var afterName = WordSet()
    for scan in scans {
      Self.notePlaces(scan, candidates: &candidates, afterName: &afterName)
      for (i, t) in scan.tokens.enumerated()
      where i > 0 && t.kind == .word && t.isCapitalized && !t.isAllCaps
        && Self.namingVerbs.contains(scan.tokens[i - 1].lower)
        && !(i + 1 < scan.tokens.count && scan.tokens[i + 1].isCapitalized)
      {
        namedThings.insert(t.lower)
      }
    }
    articlePlaces = candidates.subtracting(afterName)
    for scan in scans {
      for (i, t) in scan.tokens.enumerated() where t.kind == .word {
        if t.isCapitalized {
          if !scan.isSentenceInitial(i) { capitalizedMidSentence.insert(t.lower) }
          // "Doi Moi, Vietnamese for \"renovation\"": a word glossed from another language.
          if t.is(.nationality), i >= 2, scan.tokens[i - 1].isMark(","),
            scan.tokens.count > i + 1, scan.tokens[i + 1].lower == "for"
          {
            noteTermName(scan, before: i - 1, closedBy: nil)
          }
        } else if t.is(.termFollower) {
          noteTermName(scan, before: i, closedBy: nil)
        }
      }
      // Every quotation mark is a token of its own, so the sentence's bytes tell first.
      if containsByte(scan.sentence.text, 34), scan.tokens.contains(where: { $0.isMark("\"") }) {
        for (i, t) in scan.tokens.enumerated() where t.isMark("\"") && i > 0 {
          noteTermName(scan, before: i, closedBy: "\"")
        }
      }
    }
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
    for (i, t) in tokens.enumerated() where t.kind == .word && t.isCapitalized && !t.isAllCaps {
      if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
        !Lexicon.compassSet.contains(tokens[i - 1].lower), tokens[i - 1].lower != "the"
      {
        afterName.insert(t.lower)
      }
      if i > 0, namingVerbs.contains(tokens[i - 1].lower) {
        // "was called Eagle": the name of a thing, not a place.
        afterName.insert(t.lower)
      }
      // One word alone: not the start of a longer name ("House of Commons", "Apollo 11",
      // "Palais des Nations", "Sharm el-Sheikh").
      if i + 1 < tokens.count {
        let next = tokens[i + 1]
        if (next.kind == .word && next.isCapitalized) || next.lower == "of"
          || NameRecognizer.nameParticles.contains(next.lower)
          || next.kind == .number || next.text == "-" || next.lower == "des"
          || next.lower.hasPrefix("el-")
          || next.lower.hasPrefix("al-")
        {
          continue
        }
      }
      guard i >= 2, !t.is(notPlaces), !scan.isSentenceInitial(i) else { continue }
      let before = tokens[i - 1]
      if before.lower == "of", placeOfNouns.contains(tokens[i - 2].text) {
        candidates.insert(t.lower)
        continue
      }
      let preposition = before.lower == "the" ? tokens[i - 2] : before
      if placePrepositions.contains(preposition.lower) && preposition.text == preposition.lower {
        candidates.insert(t.lower)
      }
    }
  }

  /// Records the one to three capitalised words that end at `end` (and, for a quotation, open
  /// right after a quotation mark) when none of them is a known part of people's names.
  private mutating func noteTermName(_ scan: SentenceScan, before end: Int, closedBy mark: String?)
  {
    var start = end
    while start > 0, end - start < 3 {
      let t = scan.tokens[start - 1]
      guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.is(.closedClass) else { break }
      start -= 1
    }
    guard start < end else { return }
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

  mutating func remember(person value: String) {
    lastPerson = value
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
}
