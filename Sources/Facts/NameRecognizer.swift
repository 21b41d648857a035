/// Finds people, places, organisations, events and named terms among runs of capitalised
/// words.
///
/// A run may hold "of", "for", "and", "the" between capitalised words when that makes it an
/// organisation, event or place name ("Extraordinary Chambers of the Courts of Cambodia",
/// "Development and Peace Institute"); otherwise it splits there ("Turkey and Syria").
/// Titles at the front of a run go to `title`/`role` and the name that follows is a person;
/// a role in apposition ("X, former Director of …") becomes the role. A capitalised word at
/// the start of a sentence counts only when the lexicon or the rest of the article says it
/// is a name.
struct NameRecognizer {
  static let connectors: WordSet = [
    "of", "for", "and", "the", "de", "du", "la", "on", "al", "in", "bin", "ibn", "binti", "van",
    "von", "der", "den", "da", "di", "do", "dos", "das", "del", "della", "el", "le", "o",
  ]
  /// Connectors inside names: "Khalid bin Saeed", "Ludwig van Beethoven", Portuguese "do"
  /// ("José do Patrocínio") and Māori "o" ("of"): "Te Tiriti o Waitangi".
  static let nameParticles: WordSet = [
    "bin", "ibn", "binti", "van", "von", "der", "den", "da", "di", "do", "dos", "das", "del",
    "della", "de", "du", "la", "le", "al", "el", "o",
  ]
  /// Head words of named documents, eras and other terms: "Resolution 10", "Charter Oath",
  /// "Meiji Restoration". A run with one is a term, not a person.
  static let termHeads: WordSet = [
    "restoration", "oath", "mission", "year", "years", "studies", "charter", "act", "program",
    "programme", "plan", "constitution", "doctrine", "policy", "reform", "reforms", "era",
    "period", "dynasty", "age", "day", "week", "prize", "award", "index", "report", "strategy",
    "initiative", "road", "line", "trail", "route", "wall", "canal", "tower", "gate", "hall",
    "resolution", "decree", "law", "lei", "ley", "loi", "directive", "amendment", "protocol",
    "convention", "code", "list", "register",
    "manifesto", "proclamation", "edict", "ordinance", "statute", "agenda", "vision",
    "model", "theory", "principle", "principles", "rule", "rules", "system", "framework",
    "project", "scheme", "fund", "festival", "zone", "corridor", "pact", "covenant", "charter",
    "mission", "expedition", "revolution", "movement", "campaign", "memorial", "monument",
    "stadium", "building", "church", "cathedral", "mosque", "pagoda", "temple", "museum",
    "points", "differential", "premium", "tariff", "clause", "scale", "layer",
  ]
  /// Last words of the names of buildings and works that stand somewhere ("Victor Verster
  /// Prison", "Union Buildings", "Aswan High Dam"): places, whatever words come before.
  static let structureHeads: WordSet = [
    "prison", "jail", "gaol", "dam", "buildings", "barracks", "fort", "fortress", "castle",
    "cemetery", "lighthouse", "mine", "colliery", "airfield", "plant", "station",
  ]
  /// Last words of the names of works run as enterprises ("Forsmark Nuclear Power Plant",
  /// "Halley Research Station"): organisations, never people.
  static let enterpriseHeads: WordSet = [
    "refinery", "shipyard", "factory", "smelter", "mill", "mills",
  ]
  /// Lower-case nouns that make the capitalised word before them an organisation:
  /// "the Tokugawa shogunate".
  static let organizationNouns: WordSet = [
    "shogunate", "dynasty", "clan", "empire", "administration", "government", "junta",
  ]
  /// Acronyms that name things, not organisations.
  static let commonAcronyms: WordSet = [
    "GDP", "GNP", "GNI", "CEO", "CFO", "COVID", "AIDS", "HIV", "FTA", "FDI", "ODA", "VAT",
    "CPI", "IT", "AI", "TV", "OK", "SME", "SMEs", "NGO", "NGOs", "PhD", "PM", "AM", "BC", "AD",
    "DNA", "ID", "IQ", "PR", "QR", "SMS", "CO2", "USB", "GPS", "KM", "MW", "GW", "TEU", "TEUs",
    // Time zones: "at 02:56 UTC".
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "ICT",
    "JST", "KST", "IST", "AEST", "MSK", "SAST", "WAT", "EAT",
  ]
  /// Heads of agreements, which a year alone does not name: "the Treaty of 1818" is one of
  /// many, told by its parties elsewhere.
  static let agreementHeads: Set<String> = [
    "treaty", "treaties", "agreement", "agreements", "accord", "accords", "declaration",
    "convention", "conference",
  ]
  static let placePrepositions: WordSet = [
    "in", "at", "to", "from", "near", "into", "across", "throughout", "toward", "towards",
    "outside", "inside", "via",
  ]
  /// What a minister or secretary is "of": "Minister of Foreign Affairs", "of Agriculture".
  static let departmentWords: WordSet = [
    "affairs", "agriculture", "defence", "defense", "finance", "trade", "industry", "education",
    "health", "justice", "interior", "security", "planning", "investment", "information",
    "communications", "culture", "sports", "tourism", "labour", "labor", "transport",
    "construction", "science", "technology", "state", "home", "foreign", "national", "public",
    "rural", "development", "environment", "natural", "resources", "energy", "commerce",
    "economy", "economic", "and", "social", "welfare", "war", "navy", "treasury", "agriculture",
    "fisheries", "forestry", "mines", "external", "internal", "homeland", "veterans", "water",
    "sugar", "lands", "land", "housing", "works", "infrastructure", "youth", "women", "climate",
    "power", "petroleum", "mining", "wildlife", "forests", "marine", "ports", "aviation",
    "railways", "roads", "heritage", "arts", "employment", "immigration", "sanitation",
    "irrigation", "livestock", "food", "cooperatives", "local", "regional", "urban", "gender",
  ]

  /// Prepositions that govern places far more often than people ("to" and "by" do not).
  static let strictPlacePrepositions: WordSet = [
    "in", "at", "near", "from", "into", "across", "throughout", "outside", "inside", "toward",
    "towards", "below", "above",
  ]
  /// Titles of rulers that bodies are named for, title and all: "Sultan Qaboos University".
  static let rulerTitles: WordSet = [
    "sultan", "king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "emir",
  ]

  /// Last words of an award's name: "Victoria Cross", "George Medal".
  static let awardHeads: WordSet = ["cross", "crosses", "medal", "medals"]

  /// Heads of a place named with a possessive: "Devil's Island", "Hell's Gate".
  static let possessivePlaceHeads: WordSet = [
    "island", "islands", "bay", "point", "head", "peak", "creek", "cove", "hill", "rock",
    "reef", "landing", "ferry", "sound", "harbour", "harbor", "pass", "gate", "well", "inn",
    "cross", "dyke", "dike", "quay", "wharf", "gap", "falls", "lake", "drift", "ford",
    "crossing", "beach", "corner", "end",
  ]

  /// Words that, owned by a capitalised word, belong to an organisation's name.
  static let possessiveOwners: WordSet = [
    "people", "peoples", "workers", "women", "children", "farmers", "youth", "veterans",
    "fishermen", "miners", "growers", "traders", "teachers", "merchants", "seamen", "nurses",
  ]

  func recognize(_ scan: inout SentenceScan, context: inout NameContext) {
    recognizeAbbreviatedTerms(&scan, context: context)
    var i = 0
    var sharedRole: (role: String, from: Int)?
    while i < scan.count {
      guard !scan.claimed[i], scan.tokens[i].kind == .word,
        scan.tokens[i].isCapitalized || scan.tokens[i].isAllCaps
      else {
        i += 1
        continue
      }
      let t = scan[i]
      if t.is(.weekday), t.lower.utf8.count >= 6, scan.at(i + 1)?.isCapitalized == true,
        scan.at(i + 1)?.is(.organizationHead) == false
      {
        // "On Monday Khiem met …": a weekday written in full does not begin a person's name
        // ("Sun Yat-sen" is not a weekday; "the Sunday Times" keeps its day).
        i += 1
        continue
      }
      if let end = firmOfPartners(&scan, at: i) {
        i = end
        continue
      }
      if let end = nicknamedPerson(&scan, at: i, context: &context) {
        i = end
        continue
      }
      if t.is(.numberWord), scan.isSentenceInitial(i), countsNamedThings(scan, from: i + 1) {
        // "Eleven Victoria Crosses were awarded": a count opens the sentence, not a name
        // ("Seven Mile Beach" is one).
        i += 1
        continue
      }
      if t.is(.month), let next = scan.at(i + 1), Self.nameParticles.contains(next.text) {
        // "in August de Klerk replaced him": the month is no part of the name.
        i += 1
        continue
      }
      if scan.isSentenceInitial(i) && !isNameStarter(scan, at: i, context: context) {
        i += 1
        continue
      }
      let run = buildRun(scan, from: i)
      if let vessel = vesselName(scan, run) {
        // "the frigate Almirante Cochrane", "the liner Queen Mary": a vessel's name, even
        // when a title opens it.
        scan.add(.term, vessel, value: scan.text(vessel))
        i = vessel.upperBound
        continue
      }
      let found = scan.facts.count
      let next = classify(&scan, run: run, context: &context, sharedRole: &sharedRole)
      if next >= run.upperBound, scan.facts.count == found + 1,
        scan.facts[found].kind == .person, scan.facts[found].title == nil,
        scan.facts[found].role == nil, scan.facts[found].source.span == scan.scalarRange(run),
        isSpelledByAcronym(scan, run, letters: 3)
      {
        // "Polar Data Watch (PDW)": people are not abbreviated; the words name a body.
        scan.facts.removeLast()
        scan.people.removeAll { $0.tokens == run }
        for k in run { scan.claimed[k] = false }
      }
      if scan.facts.count == found, next >= run.upperBound {
        nameSpelledByAcronym(&scan, run, context: &context)
      }
      noteAcronym(&scan, after: next, newFacts: found, context: &context)
      i = max(next, i + 1)
    }
    mergeNamesDefinedByAcronym(&scan, context: &context)
    recognizeEventNouns(&scan)
  }

  /// The run when a vessel noun stands right before it and it is one to three capitalised
  /// words that are no place, people or body: a vessel's name ("the corvette Esmeralda").
  private func vesselName(_ scan: SentenceScan, _ run: Range<Int>) -> Range<Int>? {
    guard let noun = scan.at(run.lowerBound - 1), noun.kind == .word, !noun.isCapitalized,
      NameContext.vesselNouns.contains(noun.lower), run.count <= 3,
      run.allSatisfy({ scan[$0].kind == .word && scan[$0].isCapitalized && !scan[$0].isAllCaps }),
      !hasHead(scan, run, [.organizationHead, .eventHead]),
      !run.contains(where: { scan[$0].is([.nationality, .closedClass, .month, .weekday]) }),
      Gazetteer.places[scan.text(run).lowercased()] == nil,
      Gazetteer.places[scan[run.lowerBound].lower] == nil
    else { return nil }
    return run
  }

  /// "chlorofluorocarbons, or CFCs": the term where the article defines it, and the term
  /// wherever the abbreviation stands for it later ("banned CFCs"), never a place or a body.
  private func recognizeAbbreviatedTerms(_ scan: inout SentenceScan, context: NameContext) {
    guard !context.abbreviatedTerms.isEmpty else { return }
    for definition in NameContext.abbreviations(in: scan)
    where scan.isFree(definition.term) && !scan.claimed[definition.index] {
      scan.add(.term, definition.term, value: definition.value)
      scan.claimed[definition.index] = true
    }
    for i in 0..<scan.count where !scan.claimed[i] && scan.tokens[i].kind == .word {
      guard scan.tokens[i].isCapitalized || scan.tokens[i].isAllCaps,
        let term = context.abbreviatedTerms[scan.tokens[i].text]
      else { continue }
      scan.add(.term, i..<(i + 1), value: term)
    }
  }

  /// Whether the capitalised words from `k` end on a plural ("Victoria Crosses"): what a
  /// number word before them counts.
  private func countsNamedThings(_ scan: SentenceScan, from k: Int) -> Bool {
    var end = k
    while end < scan.count, scan.tokens[end].kind == .word, scan.tokens[end].isCapitalized {
      end += 1
    }
    guard end > k else { return false }
    let last = scan.tokens[end - 1].lower
    return last.hasSuffix("s") && !last.hasSuffix("ss")
  }

  /// Nouns that call two names joined by "and" one business: "the shipbuilders Harland and
  /// Wolff", "the Harland and Wolff yard".
  static let firmNouns: WordSet = [
    "shipbuilders", "shipbuilder", "firm", "company", "publishers", "publisher", "bankers",
    "brewers", "builders", "makers", "manufacturers", "lawyers", "solicitors", "partners",
    "yard", "shipyard", "works", "store", "stores", "agency", "studio", "label",
  ]

  /// "the Belfast shipbuilders Harland and Wolff": two surnames joined by "and" are one
  /// business when a business noun stands right before or after them; otherwise "France and
  /// Britain" stay two names. Returns the index after it.
  private func firmOfPartners(_ scan: inout SentenceScan, at i: Int) -> Int? {
    guard i + 2 < scan.count, scan.tokens[i + 1].kind == .word, scan.tokens[i + 1].lower == "and"
    else { return nil }
    let first = scan[i]
    let second = scan[i + 2]
    func isPartner(_ t: Token) -> Bool {
      t.kind == .word && t.isCapitalized && !t.isAllCaps
        && !t.is([.nationality, .closedClass, .title, .month, .weekday, .organizationHead])
        && Gazetteer.places[t.lower] == nil
    }
    guard isPartner(first), isPartner(second), scan.isFree(i..<(i + 3)),
      !(scan.at(i - 1)?.isCapitalized ?? false), !(scan.at(i + 3)?.isCapitalized ?? false)
    else { return nil }
    let nounBefore = scan.at(i - 1).map { Self.firmNouns.contains($0.lower) } ?? false
    let nounAfter = scan.at(i + 3).map { Self.firmNouns.contains($0.lower) } ?? false
    guard nounBefore || nounAfter else { return nil }
    scan.add(.organization, i..<(i + 3), value: scan.text(i..<(i + 3)))
    return i + 3
  }

  /// 'Edwin "Buzz" Aldrin': a given name, a nickname in quotation marks, a surname. The
  /// person is known by the nickname and surname ("Buzz Aldrin"). Returns the index after it.
  private func nicknamedPerson(
    _ scan: inout SentenceScan, at i: Int, context: inout NameContext
  ) -> Int? {
    guard i + 4 < scan.count, scan[i + 1].text == "\"", scan[i + 3].text == "\"",
      scan.isFree(i..<(i + 5))
    else { return nil }
    let given = scan[i]
    let nick = scan[i + 2]
    guard given.kind == .word, given.isCapitalized, !given.isAllCaps, !given.is(.closedClass),
      nick.kind == .word, nick.isCapitalized, !nick.is(.closedClass)
    else { return nil }
    var end = i + 4
    while end < scan.count, end - i < 6, scan[end].kind == .word, scan[end].isCapitalized,
      !scan[end].isAllCaps, !scan[end].is(.closedClass), !scan.claimed[end]
    {
      end += 1
    }
    guard end > i + 4 else { return nil }
    let value = nick.text + " " + scan.text((i + 4)..<end)
    scan.add(.person, i..<end, value: value)
    scan.people.append((i..<end, value))
    context.remember(person: value)
    return end
  }

  /// "British Antarctic Survey (BAS)", "International Nuclear Event Scale (INES)": words the
  /// other rules left unread, followed by an acronym of their initials, are a name, and the
  /// acronym stands for it later. A term when its last word is a term's head, otherwise an
  /// organisation (most names an article abbreviates are bodies). Offices ("National Security
  /// Adviser (NSA)") are left alone.
  private func nameSpelledByAcronym(
    _ scan: inout SentenceScan, _ run: Range<Int>, context: inout NameContext
  ) {
    guard isSpelledByAcronym(scan, run, letters: 2), scan.isFree(run) else { return }
    let inner = scan[run.upperBound + 1]
    let value = scan.text(run)
    if scan[run.upperBound - 1].is(.termHead) {
      scan.add(.term, run, value: value)
      context.otherAcronyms[inner.text] = (.term, value)
    } else {
      scan.add(.organization, run, value: value, role: inner.text)
      context.acronyms[inner.text] = value
    }
    scan.claimed[run.upperBound + 1] = true
  }

  /// Whether "(ACRONYM)" of at least `letters` capitals follows the run and spells its
  /// initials, and the run holds no office's title.
  private func isSpelledByAcronym(_ scan: SentenceScan, _ run: Range<Int>, letters: Int) -> Bool {
    guard run.count >= 2, let open = scan.at(run.upperBound), open.isMark("("),
      let inner = scan.at(run.upperBound + 1), inner.kind == .word, inner.isAllCaps,
      inner.text.utf8.count >= letters, scan.at(run.upperBound + 2)?.isMark(")") == true,
      !scan.claimed[run.upperBound + 1], Self.initialsSpell(inner.text, scan.text(run))
    else { return false }
    return !run.contains(where: { scan[$0].is(.title) && scan[$0].isCapitalized })
  }

  /// "North-West Frontier Province (NWFP)", "Living Income Differential (LID)": the acronym
  /// of a place or term stands for it later, so it is not read as an organisation.
  private func noteAcronym(
    _ scan: inout SentenceScan, after end: Int, newFacts: Int, context: inout NameContext
  ) {
    guard scan.facts.count > newFacts, let open = scan.at(end), open.text == "(",
      let inner = scan.at(end + 1), inner.kind == .word, inner.isAllCaps,
      scan.at(end + 2)?.text == ")", !scan.claimed[end + 1]
    else { return }
    let fact = scan.facts[scan.facts.count - 1]
    guard [.place, .term, .event].contains(fact.kind),
      fact.source.span.upperBound == scan[end - 1].range.upperBound,
      Self.initialsSpell(inner.text, fact.text)
    else { return }
    context.otherAcronyms[inner.text] = (fact.kind, fact.value)
    scan.claimed[end + 1] = true
  }

  /// Whether the capitalised words of `name` (parts of hyphenated words count) start with the
  /// acronym's first letter and hold its letters in order: "NWFP" for "North-West Frontier
  /// Province", not "UNTAC" for "Cambodia".
  static func initialsSpell(_ acronym: String, _ name: String) -> Bool {
    let letters = Array(acronym.utf8)
    var initials: [UInt8] = []
    for word in name.utf8.split(whereSeparator: { $0 == 32 || $0 == 45 }) {
      if let first = word.first, first >= 65, first <= 90 { initials.append(first) }
    }
    guard initials.first == letters.first else { return false }
    var matched = 0
    for c in initials where matched < letters.count && c == letters[matched] { matched += 1 }
    return matched == letters.count
  }

  /// "National Centre for Peacekeeping Forces, Mines and Explosive Remnants of War Clearance
  /// (NPMEC)": a name with a comma inside is read as several names; the acronym after it says
  /// where the one name starts (its letters are the initials of the name's words, in order).
  private func mergeNamesDefinedByAcronym(_ scan: inout SentenceScan, context: inout NameContext) {
    guard scan.tokens.contains(where: { $0.isMark("(") }) else { return }
    var p = 2
    while p + 2 < scan.count {
      defer { p += 1 }
      let acronym = scan[p + 1]
      guard scan[p].isMark("("), acronym.kind == .word, acronym.isAllCaps,
        acronym.text.utf8.count >= 3, scan[p + 2].isMark(")")
      else { continue }
      // The chain of capitalised words, connectors and commas before the parenthesis.
      var k = p - 1
      var sawComma = false
      while k >= 0 {
        let t = scan[k]
        if t.kind == .word, t.isCapitalized {
          k -= 1
        } else if t.kind == .word, t.is(.connector), k > 0,
          scan[k - 1].kind == .word
        {
          k -= 1
        } else if t.isMark(","), k > 0, scan[k - 1].kind == .word, scan[k - 1].isCapitalized,
          scan.at(k + 1)?.isCapitalized == true
        {
          sawComma = true
          k -= 1
        } else {
          break
        }
      }
      guard sawComma, let start = acronymStart(scan, chain: (k + 1)..<p, acronym: acronym.text),
        scan.tokens[start..<p].contains(where: { $0.isMark(",") })
      else { continue }
      let span = scan.scalarRange(start..<(p + 2))
      let inside = scan.facts.indices.filter {
        let f = scan.facts[$0]
        return f.source.span.lowerBound >= span.lowerBound
          && f.source.span.upperBound <= span.upperBound
          && [.organization, .term, .event, .place, .person].contains(f.kind)
      }
      guard inside.count >= 2 else { continue }
      for index in inside.reversed() { scan.facts.remove(at: index) }
      let nameSpan = scan.scalarRange(start..<p)
      let tokens = scan.tokens
      scan.people.removeAll {
        tokens[$0.tokens.lowerBound].range.lowerBound >= nameSpan.lowerBound
          && tokens[$0.tokens.upperBound - 1].range.upperBound <= nameSpan.upperBound
      }
      let value = scan.text(start..<p)
      context.acronyms[acronym.text] = value
      scan.add(.organization, start..<p, value: value, role: acronym.text)
      scan.claimed[p + 1] = true
    }
  }

  /// The leftmost capitalised word of `chain` from which the initials of the capitalised words
  /// up to the chain's end contain the acronym's letters in order, the first letter first.
  private func acronymStart(_ scan: SentenceScan, chain: Range<Int>, acronym: String) -> Int? {
    let letters = Array(acronym.utf8)
    for start in chain where scan[start].kind == .word && scan[start].isCapitalized {
      guard scan[start].text.utf8.first == letters[0] else { continue }
      var matched = 0
      for i in start..<chain.upperBound where scan[i].kind == .word && scan[i].isCapitalized {
        if matched < letters.count, scan[i].text.utf8.first == letters[matched] { matched += 1 }
      }
      if matched == letters.count { return start }
    }
    return nil
  }

  /// Whether a capitalised word opening a sentence may start a name.
  private func isNameStarter(_ scan: SentenceScan, at i: Int, context: NameContext) -> Bool {
    let t = scan[i]
    if t.is(.title) || t.is(.namePart) || t.is(.organizationHead) || t.isAllCaps { return true }
    // "Capt. Otieno …", "Engr. Halim …": an abbreviated title opens a name.
    if t.is(.abbreviatedTitle), let dot = scan.at(i + 1), dot.isMark("."), !dot.spaceBefore,
      scan.at(i + 2)?.isCapitalized == true
    {
      return true
    }
    if Gazetteer.places[t.lower] != nil || context.articlePlaces.contains(t.lower) {
      return true
    }
    if t.is(.closedClass) || t.lower.hasSuffix("ly") { return false }
    // "(Māori: Te Tiriti …)": a name glossed after a colon opens no sentence.
    if kindOfGlossed(scan, namedAt: i) != nil { return true }
    // "Jay's Treaty with Spain …": a name owning an event's or a document's head.
    if let owner = scan.at(i + 1), owner.lower == "'s", let head = scan.at(i + 2),
      head.kind == .word, head.isCapitalized, head.is([.eventHead, .termHead]),
      !head.is(.organizationHead)
    {
      return true
    }
    if let next = scan.at(i + 1) {
      if next.text == ",", appositionNamesPlace(scan, after: i + 1) { return true }
      // "Alsace-Lorraine, taken by …": two capitalised words joined by a hyphen.
      if next.text == "-", !next.spaceBefore, let after = scan.at(i + 2), after.isCapitalized,
        after.kind == .word, !after.spaceBefore
      {
        return true
      }
      // "S. Rajaratnam", "Directive 100".
      if t.text.utf8.count == 1, next.isMark("."), scan.at(i + 2)?.isCapitalized == true {
        return true
      }
      if next.kind == .number, t.is(.termHead) { return true }
    }
    if context.capitalizedMidSentence.contains(t.lower) { return true }
    if let next = scan.at(i + 1), next.kind == .word, next.isCapitalized, !next.is(.closedClass) {
      return !t.is(.nationality) || next.is(.organizationHead) || next.is(.title)
        || scan.at(i + 2).map { $0.isCapitalized } == true
    }
    return t.is(.nationality)
  }

  /// Token indices of a run of capitalised words starting at `i`, connectors included.
  private func buildRun(_ scan: SentenceScan, from i: Int) -> Range<Int> {
    var j = i + 1
    while j < scan.count {
      let t = scan[j]
      let previous = scan[j - 1]
      if t.isMark("."), !t.spaceBefore, previous.is(.abbreviatedTitle), previous.isCapitalized,
        let after = scan.at(j + 1), after.isCapitalized
      {
        j += 1
        continue
      }
      // A middle initial: "George C. Marshall", "S. Rajaratnam", "F. W. de Klerk".
      if t.isMark("."), !t.spaceBefore, previous.kind == .word, previous.text.utf8.count == 1,
        previous.isCapitalized, let after = scan.at(j + 1), after.spaceBefore,
        after.isCapitalized
          || (Self.nameParticles.contains(after.text)
            && scan.at(j + 2).map { $0.isCapitalized && $0.kind == .word } == true)
      {
        j += 1
        continue
      }
      if scan.claimed[j] { break }
      // "Battle of Toba-Fushimi", "Thua Thien-Hue": a hyphen inside one name.
      if t.isMark("-"), !t.spaceBefore, previous.kind == .word, previous.isCapitalized,
        let after = scan.at(j + 1), after.kind == .word, after.isCapitalized, !after.spaceBefore,
        !scan.claimed[j + 1], joinsAtHyphen(scan, run: i..<j, right: j + 1)
      {
        j += 2
        continue
      }
      if t.kind == .word, t.isCapitalized || t.isAllCaps, t.spaceBefore || previous.isMark(".") {
        if t.lower == "'s" { break }
        j += 1
        continue
      }
      // "Ahmed al-Sharaa", "Muhammed edh-Dhib": the Arabic article written in lower case.
      if t.kind == .word, t.spaceBefore, previous.kind == .word, previous.isCapitalized,
        Self.isArticledName(t)
      {
        j += 1
        continue
      }
      // "Kavitha a/p Ramasamy", "Muthu a/l Velu": a Malaysian name's "daughter of" or "son of".
      if previous.kind == .word, previous.isCapitalized,
        let end = Self.patronymicMarkEnd(scan, at: j),
        let after = scan.at(end), after.kind == .word, after.isCapitalized, after.spaceBefore
      {
        j = end
        continue
      }
      // "the Planning (Amendment) Act", "(Miscellaneous Provisions) Act": a bracketed part
      // of a law's name, before the word that makes it a law.
      if let close = Self.bracketedLawPart(scan, at: j), previous.kind == .word,
        previous.isCapitalized
      {
        j = close + 1
        continue
      }
      // "Hope & Company", "Procter & Gamble": partners' names joined by an ampersand.
      if t.isMark("&"), previous.kind == .word, previous.isCapitalized, let after = scan.at(j + 1),
        after.kind == .word, after.isCapitalized, !scan.claimed[j + 1]
      {
        j += 2
        continue
      }
      if t.lower == "'s", !t.spaceBefore, let after = scan.at(j + 1), after.isCapitalized,
        Self.possessiveOwners.contains(previous.lower)
          || (j == i + 1 && after.kind == .word && after.is([.eventHead, .termHead])
            && !after.is(.organizationHead) && Gazetteer.places[previous.lower] == nil
            && !previous.is([.nationality, .closedClass])
            && scan.at(j + 2).map { !($0.kind == .word && $0.isCapitalized) } ?? true)
      {
        // "Pinckney's Treaty", "Shays's Rebellion": a person's name owns the event's.
        j += 1
        continue
      }
      if t.lower == "'s", !t.spaceBefore, j == i + 1, let after = scan.at(j + 1),
        after.kind == .word, after.isCapitalized,
        Self.possessivePlaceHeads.contains(after.lower), !previous.is(.closedClass)
      {
        // "Devil's Island", "St John's Point": a place named for its owner.
        j += 1
        continue
      }
      // "the Peasants' Revolt": a plural owner's apostrophe inside an event's name.
      if t.isMark("'"), !t.spaceBefore, previous.kind == .word, previous.isCapitalized,
        previous.lower.hasSuffix("s"), let after = scan.at(j + 1), after.kind == .word,
        after.isCapitalized, after.spaceBefore, after.is(.eventHead) || after.is(.organizationHead)
      {
        j += 1
        continue
      }
      // "the Compromise of 1867", "the Panic of 1893": an event named by its year alone
      // (a longer name, "the Anglo-Egyptian Treaty of 1936", is told apart without it).
      if j == i + 1, t.lower == "of", previous.kind == .word, previous.isCapitalized,
        previous.is(.eventHead), !Self.agreementHeads.contains(previous.lower),
        let year = scan.at(j + 1), year.kind == .number,
        year.text.utf8.count == 4, let value = Int(year.text), (1000...2099).contains(value),
        !(scan.at(j + 2).map { $0.kind == .word && $0.isCapitalized } ?? false)
      {
        return i..<(j + 2)
      }
      if t.kind == .word, !t.isCapitalized, t.is(.connector) {
        var k = j + 1
        while let c = scan.at(k), !c.isCapitalized, c.is(.connector), k - j < 2 {
          k += 1
        }
        // "In the People's Republic the First Opium War is taught …": a bare "the" joins an
        // epithet ("Alfred the Great"), never a second name of its own.
        let secondName =
          t.lower == "the" && k == j + 1
          && scan.at(k + 1).map { $0.kind == .word && $0.isCapitalized && $0.spaceBefore }
            ?? false
        if let c = scan.at(k), c.kind == .word, c.isCapitalized || c.isAllCaps, !scan.claimed[k],
          !secondName
        {
          j = k
          continue
        }
      }
      break
    }
    return i..<j
  }

  /// The index of the closing bracket when an opening one at `index` holds one to three
  /// capitalised words (or "No. 2") and is followed by "Act", "Bill" or "Order".
  static func bracketedLawPart(_ scan: SentenceScan, at index: Int) -> Int? {
    guard let open = scan.at(index), open.isMark("(") else { return nil }
    var k = index + 1
    while let t = scan.at(k), k - index <= 4,
      t.kind == .word && t.isCapitalized || t.isMark(".") || t.kind == .number
    {
      k += 1
    }
    guard k > index + 1, let close = scan.at(k), close.isMark(")"),
      let law = scan.at(k + 1), ["Act", "Bill", "Order"].contains(law.text)
    else { return nil }
    return k
  }

  /// Whether a hyphen between two capitalised words is inside one name: it is ("Ben-Gurion",
  /// "Alsace-Lorraine", "Six-Day War", "Battle of Toba-Fushimi") unless it joins two known
  /// name parts ("Pot-Ieng": two people) or two known places ("Hanoi-Beijing": a route).
  private func joinsAtHyphen(_ scan: SentenceScan, run: Range<Int>, right: Int) -> Bool {
    let left = scan[run.upperBound - 1]
    let next = scan[right]
    if left.is(.namePart) && next.is(.namePart) { return false }
    if Gazetteer.places[scan.text(run.lowerBound..<(right + 1)).lowercased()] != nil {
      return true
    }
    return Gazetteer.places[left.lower] == nil || Gazetteer.places[next.lower] == nil
  }

  /// Event nouns too plain to make an event of a nationality ("the Israeli attack").
  static let genericEventNouns: WordSet = [
    "attack", "attacks", "offensive", "protest", "protests", "bombing", "bombings",
    "ceasefire", "storm", "flood", "floods", "flooding", "outbreak", "drought", "disaster",
    "accident", "explosion", "blockade", "airlift", "scandal", "meltdown", "catastrophe",
  ]

  /// Plural nouns of weapons that, after one capitalised word, make it a model's name.
  static let weaponNouns: WordSet = [
    "missiles", "rockets", "bombers", "fighters", "tanks", "submarines", "warheads",
  ]

  /// Term heads that name documents, whose names go on with "for the …" or "on …".
  static let documentHeads: WordSet = [
    "convention", "protocol", "charter", "covenant", "act", "statute", "declaration",
  ]

  /// Ranks of the nobility that, with "of" and a place, name one person: "Duke of Wellington",
  /// "Earl of Derby", "Prince of Wales" (a king or a minister "of" somewhere is an office).
  static let nobleRanks: WordSet = [
    "duke", "duchess", "earl", "marquess", "marquis", "count", "countess", "baron", "baroness",
    "viscount", "viscountess", "archduke", "archduchess", "prince", "princess", "lord",
  ]

  static let romanNumerals: WordSet = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
  ]

  /// Lower-case nouns that say the name after them is an organisation: "the charity X".
  static let organizationNounsBefore: WordSet = [
    "charity", "charities", "organisation", "organization", "agency", "firm", "company",
    "group", "ngo", "foundation", "newspaper", "broadcaster", "bank", "party", "union",
    "think-tank", "watchdog", "publisher", "airline", "insurer", "lender",
  ]

  /// Nouns of the press, after which even one capitalised word is a title: "the newspaper
  /// Aurora", "the weekly Clarion" (and more words a body's: "the daily Harbour Times").
  static let pressNounsBefore: WordSet = [
    "newspaper", "daily", "weekly", "magazine", "tabloid", "journal", "paper",
  ]

  /// Combining forms and prefixes that make a hyphenated word an adjective ("Anglo-French",
  /// "Sino-Soviet", "Pro-Russian"), never a name by themselves.
  static let hyphenPrefixes: WordSet = [
    "anglo", "franco", "indo", "sino", "russo", "austro", "greco", "italo", "afro", "euro",
    "judeo", "pro", "anti", "pan", "non", "post", "pre", "neo", "mid", "trans", "inter",
  ]

  /// One capitalised word, or two joined by a hyphen ("Ben-Gurion"): the key a later mention
  /// of a person's surname is looked up by.
  private func singleWordKey(_ scan: SentenceScan, _ range: Range<Int>) -> String? {
    if range.count == 1 { return scan[range.lowerBound].lower }
    if range.count == 3, scan[range.lowerBound + 1].text == "-" {
      return scan.text(range).lowercased()
    }
    return nil
  }

  /// Splits a run at its connectors into segments of capitalised words, each with the
  /// connector before it ("of" for "… of the Courts").
  private func segments(_ scan: SentenceScan, _ run: Range<Int>) -> [(Range<Int>, String?)] {
    var result: [(Range<Int>, String?)] = []
    var start = run.lowerBound
    var pending: String?
    var joining = ""
    var k = run.lowerBound
    while k < run.upperBound {
      let t = scan[k]
      if t.kind == .word, !t.isCapitalized, !t.isAllCaps, t.is(.connector) {
        if start < k {
          result.append((start..<k, pending))
          joining = ""
        }
        joining = joining.isEmpty ? t.lower : joining + " " + t.lower
        pending = joining
        k += 1
        start = k
        continue
      }
      k += 1
    }
    if start < run.upperBound { result.append((start..<run.upperBound, pending)) }
    return result
  }

  private func hasHead(_ scan: SentenceScan, _ r: Range<Int>, _ c: WordClass) -> Bool {
    r.contains { scan[$0].is(c) && scan[$0].isCapitalized }
  }

  /// Decides what a run names and records it; returns where scanning goes on.
  private func classify(
    _ scan: inout SentenceScan, run: Range<Int>, context: inout NameContext,
    sharedRole: inout (role: String, from: Int)?
  ) -> Int {
    let segs = segments(scan, run)
    guard let firstSeg = segs.first else { return run.upperBound }
    // Leading titles: "Prime Minister Samdech Techo", "Associate Professor Dr.".
    var k = firstSeg.0.lowerBound
    while k < firstSeg.0.upperBound {
      let t = scan[k]
      let isTitle =
        t.is(.title) || (t.is(.abbreviatedTitle) && scan.at(k + 1)?.isMark(".") == true)
        // "Hydrologist Marcelo Ticona of UMSA": a profession opening the sentence.
        || (k == 0 && firstSeg.0.count >= 3 && Self.isProfessionWord(t.lower))
        || t.isMark(".") || (t.is(.roleModifier) && t.isCapitalized)
        || (t.text == "-" && scan.at(k + 1).map { $0.is(.title) } == true)
        || (t.isCapitalized && departmentBeforeTitle(scan, from: k, end: firstSeg.0.upperBound))
        || ((t.is(.nationality) || Lexicon.placeAcronyms[t.text] != nil
          || (k == firstSeg.0.lowerBound && Gazetteer.places[t.lower] != nil))
          && scan.at(k + 1).map { $0.is(.title) && $0.isCapitalized } == true)
      guard isTitle else { break }
      // "Hun Sen": a title word inside a name (a namePart after a non-title) ends the titles.
      if t.is(.namePart) && k > firstSeg.0.lowerBound && !scan[k - 1].is(.title) { break }
      k += 1
    }
    // "the Hongwu Emperor", "the Xuande Emperor": a Chinese emperor is known by his era's name
    // before the title.
    if k == firstSeg.0.lowerBound, segs.count == 1, firstSeg.0.count == 2,
      ["emperor", "empress"].contains(scan[firstSeg.0.upperBound - 1].lower),
      scan.at(run.lowerBound - 1)?.lower == "the"
        || scan.at(run.lowerBound - 1)?.lower == "founding",
      !scan[firstSeg.0.lowerBound].is([.nationality, .closedClass, .title, .compass]),
      !scan[firstSeg.0.lowerBound].lower.hasSuffix("an")
    {
      addPerson(
        &scan, firstSeg.0, title: nil, runStart: run.lowerBound, context: &context,
        sharedRole: &sharedRole)
      return firstSeg.0.upperBound
    }
    if k == firstSeg.0.lowerBound,
      let split = organizationThenOffice(
        &scan, firstSeg.0, runStart: run.lowerBound, context: &context, sharedRole: &sharedRole)
    {
      return split
    }
    if k == firstSeg.0.lowerBound + 1, k == firstSeg.0.upperBound, segs.count > 1,
      Self.nobleRanks.contains(scan[firstSeg.0.lowerBound].lower),
      segs[1].1 == "of" || segs[1].1 == "of the", segs[1].0.count <= 3,
      !hasHead(scan, segs[1].0, [.organizationHead, .eventHead])
    {
      // "the Duke of Wellington", "Prince of Wales": a peer is known by the title and the place
      // it is "of"; the place alone is not what the sentence names.
      let range = firstSeg.0.lowerBound..<segs[1].0.upperBound
      addPerson(
        &scan, range, title: nil, runStart: run.lowerBound, context: &context,
        sharedRole: &sharedRole)
      return range.upperBound
    }
    if k == firstSeg.0.lowerBound + 2, scan[firstSeg.0.lowerBound].text == "St",
      k < firstSeg.0.upperBound, firstSeg.0.upperBound - k <= 2,
      let preposition = scan.at(run.lowerBound - 1),
      Self.strictPlacePrepositions.contains(preposition.lower)
    {
      // "in St. Louis", "near St. Augustine": a town named for a saint, not the saint.
      let range = firstSeg.0
      scan.add(.place, range, value: scan.text(range))
      return range.upperBound
    }
    if k > firstSeg.0.lowerBound {
      if k < firstSeg.0.upperBound,
        !(scan[k].is(.organizationHead) && k + 1 == firstSeg.0.upperBound)
      {
        // A person after titles; the name stops at the first connector.
        let titleRange = firstSeg.0.lowerBound..<k
        var nameEnd = firstSeg.0.upperBound
        // "General Christian de Castries": particles continue the name.
        for seg in segs.dropFirst() {
          guard let connector = seg.1, Self.nameParticles.contains(connector),
            seg.0.lowerBound - nameEnd <= 1
          else { break }
          nameEnd = seg.0.upperBound
        }
        let nameRange = k..<nameEnd
        if hasHead(scan, nameRange, .organizationHead) || hasHead(scan, nameRange, .eventHead)
          || !isNameish(scan, nameRange)
        {
          // "Sultan Qaboos University", "King Saud University": a body named for a ruler keeps
          // the ruler's title in its name.
          let namedForRuler =
            titleRange.count == 1
            && Self.rulerTitles.contains(scan[titleRange.lowerBound].lower)
            && hasHead(scan, nameRange, .organizationHead)
          return classifyPlain(
            &scan, run: (namedForRuler ? titleRange.lowerBound : k)..<run.upperBound,
            context: &context, sharedRole: &sharedRole)
        }
        if nameRange.count == 1, !scan[k].is(.namePart), writesInLowerCase(scan, scan[k].lower) {
          // "to Sir Creek … some 17 major creeks": a word the sentence also writes as a common
          // noun is a place's head, not a surname.
          let range = firstSeg.0.lowerBound..<nameRange.upperBound
          scan.add(.place, range, value: scan.text(range))
          return range.upperBound
        }
        // (A profession opening the sentence is the person's role, not a title.)
        let profession = titleRange == 0..<1 && Self.isProfessionWord(scan[0].lower)
        addPerson(
          &scan, nameRange, title: profession ? nil : scan.text(titleRange),
          runStart: run.lowerBound, context: &context, sharedRole: &sharedRole)
        return nameRange.upperBound
      }
      // "Deputy Minister of Agriculture Tran Thanh Nam": an office of a department, then the
      // name. "Secretary of State for External Affairs": departments alone stay in the title.
      // ("Minister of Environment and Water Tomas Vell": a portfolio goes on after "and".)
      var office = 1
      while office < segs.count, let connector = segs[office].1,
        connector.hasPrefix("of") || connector.hasPrefix("for")
          || (office > 1 && connector == "and"),
        segs[office].0.allSatisfy({ Self.departmentWords.contains(scan[$0].lower) })
      {
        office += 1
      }
      if office < segs.count, let connector = segs[office].1,
        connector.hasPrefix("of") || connector.hasPrefix("for")
          || (office > 1 && connector == "and")
      {
        let segment = segs[office].0
        var n = segment.lowerBound
        while n < segment.upperBound, Self.departmentWords.contains(scan[n].lower) { n += 1 }
        // "… and Forestry Dr. Hülya Demirel": a title after the portfolio is the title's too.
        while n + 1 < segment.upperBound,
          scan[n].is(.title) || scan[n].isMark(".")
            || (scan[n].is(.abbreviatedTitle) && scan[n + 1].isMark("."))
        {
          n += 1
        }
        if n > segment.lowerBound, n < segment.upperBound, isNameish(scan, n..<segment.upperBound),
          !hasHead(scan, n..<segment.upperBound, [.organizationHead, .eventHead, .placeHead])
        {
          let titleRange = firstSeg.0.lowerBound..<n
          addPerson(
            &scan, n..<segment.upperBound, title: scan.text(titleRange),
            runStart: run.lowerBound, context: &context, sharedRole: &sharedRole)
          return segment.upperBound
        }
      }
      // "Minister for Forests and Wildlife Syed Fahad Ali Shah": a portfolio of plain words
      // joined by "for"/"of" and "and", then a name that opens with a known given name.
      if office < segs.count, let last = segs.last, segs.count - office <= 3,
        segs[office...].allSatisfy({ seg in
          ["of", "for", "and", "of the", "for the"].contains(seg.1 ?? "")
            && !hasHead(scan, seg.0, [.organizationHead, .eventHead, .placeHead])
        }),
        let given = last.0.dropFirst().first(where: { scan[$0].is(.namePart) }),
        (2...4).contains(last.0.upperBound - given), isNameish(scan, given..<last.0.upperBound),
        !(last.0.lowerBound..<given).contains(where: {
          scan[$0].is([.namePart, .nationality]) || Gazetteer.places[scan[$0].lower] != nil
        })
      {
        addPerson(
          &scan, given..<last.0.upperBound, title: scan.text(firstSeg.0.lowerBound..<given),
          runStart: run.lowerBound, context: &context, sharedRole: &sharedRole)
        return last.0.upperBound
      }
      // Titles alone ("the President", "Director of the Institute …"): the rest may be an
      // organisation.
      if office < segs.count { return segs[office].0.lowerBound }
      return run.upperBound
    }
    return classifyPlain(&scan, run: run, context: &context, sharedRole: &sharedRole)
  }

  private func classifyPlain(
    _ scan: inout SentenceScan, run: Range<Int>, context: inout NameContext,
    sharedRole: inout (role: String, from: Int)?
  ) -> Int {
    let segs = segments(scan, run)
    guard !segs.isEmpty else { return run.upperBound }
    if let firm = segs.firstIndex(where: { seg in seg.0.contains(where: { scan[$0].isMark("&") }) })
    {
      // "Hope & Company of Amsterdam": a partnership's name is closed; what it is "of" is
      // where it stands. Names before it ("Barings of London and …") are read alone.
      if firm > 0 {
        return classifyPlain(
          &scan, run: run.lowerBound..<segs[firm - 1].0.upperBound, context: &context,
          sharedRole: &sharedRole)
      }
      addOrganization(&scan, segs[0].0, context: &context)
      return segs[0].0.upperBound
    }
    // "the Climate Action and Low Carbon Development (Amendment) Act": a run that ends on a
    // law's head word is one name, whatever it joins on the way.
    if segs.count > 1, ["act", "bill"].contains(scan[run.upperBound - 1].lower),
      !segs.contains(where: { $0.1 == "and the" }),
      scan.at(run.lowerBound - 1).map({ $0.lower == "the" }) ?? false
    {
      scan.add(.term, run, value: scan.text(run))
      return run.upperBound
    }
    // Where the name ends: through the last segment with a head word, joined by "and" before
    // the first head and by "of/for/the" after it.
    let heads: WordClass = [.organizationHead, .eventHead, .placeHead]
    var entityEnd = 0
    var sawHead =
      hasHead(scan, segs[0].0, heads) && segs[0].0.count > 1
      || (hasHead(scan, segs[0].0, [.organizationHead, .eventHead]))
    // "Agreement on Ending the War and Restoring Peace in Viet Nam": a document named by
    // parallel gerund clauses keeps its "and …ing" clause and its closing "in <place>".
    var gerundClauses = false
    var s = 1
    while s < segs.count {
      let segment = segs[s].0
      // "the United Kingdom on Monday": a day or month after a connector is a date, no part.
      if scan[segment.lowerBound].is([.weekday, .month]) { break }
      let segHasHead = hasHead(scan, segment, heads)
      let connector = segs[s].1 ?? ""
      let opensWithGerund = isGerund(scan[segment.lowerBound])
      if sawHead, opensWithGerund, connector == "on" || connector == "for" || connector == "of" {
        gerundClauses = true
      } else if gerundClauses, connector == "and", opensWithGerund {
        entityEnd = s
        s += 1
        continue
      } else if gerundClauses, connector == "in", segment.count <= 3,
        s == segs.count - 1 || Gazetteer.places[scan.text(segment).lowercased()] != nil
      {
        entityEnd = s
        break
      }
      if !sawHead, connector == "of", s == 1,
        scan[segs[0].0.upperBound - 1].is(.termHead)
          || (scan[segs[0].0.upperBound - 1].is(.placeHead) && segs[0].0.count == 1)
      {
        // "Convention of Kanagawa", "Declaration of Independence", "Straits of Tiran".
        entityEnd = s
        s += 1
        continue
      }
      if !sawHead, s == 1, ["for the", "for"].contains(connector), segs[0].0.count >= 2,
        Self.documentHeads.contains(scan[segs[0].0.upperBound - 1].lower)
      {
        // "Vienna Convention for the Protection of the Ozone Layer": a document named with what
        // it is for reads on like a body's name. ("Protocol on Substances that Deplete …" is
        // cut by its clause, so "on" does not extend a name.)
        sawHead = true
        entityEnd = s
        s += 1
        continue
      }
      if !sawHead && Self.nameParticles.contains(connector) {
        // "Khalid bin Saeed Al-Mansouri".
        entityEnd = s
        s += 1
        continue
      }
      if sawHead {
        if connector == "and the", segHasHead {
          // "the Soviet Union and the United Nations": two names.
          break
        }
        if connector.hasPrefix("and") {
          // "Cambodian Party and State" and "… Salvation and the Cambodian people" are two
          // names; "Ministry of Industry and Trade" is one.
          // "Ministry of Water Resources and Irrigation and the World Bank": a portfolio's last
          // word closes the name when another name follows "and the".
          let nextConnector = s == segs.count - 1 ? nil : segs[s + 1].1 ?? ""
          let closesName =
            connector == "and" && segment.count <= 2
            && (nextConnector == nil || nextConnector!.hasPrefix("in")
              || (nextConnector == "and the" && hasHead(scan, segs[s + 1].0, .organizationHead)
                && !segment.contains(where: {
                  scan[$0].is(.nationality) || Gazetteer.places[scan[$0].lower] != nil
                })))
            && ["of", "for", "of the", "for the"].contains(segs[s - 1].1 ?? "")
          if !(segHasHead && segment.count > 1) && !closesName { break }
        } else if !segHasHead,
          segment.allSatisfy({ scan[$0].is(.namePart) || scan[$0].isMark(".") })
        {
          // "… Liberation Front of Son Sann": the front's leader, not part of its name.
          break
        } else if connector.hasPrefix("in") {
          // "Chambers in the Courts of Cambodia", not "the Party Congress in Hanoi".
          if !hasHead(scan, segment, .organizationHead) { break }
        }
      } else {
        guard connector == "and", segHasHead else { break }
        if !hasHead(scan, segment, .organizationHead) { break }
      }
      if segHasHead { sawHead = true }
      entityEnd = s
      s += 1
    }
    let range = segs[0].0.lowerBound..<segs[entityEnd].0.upperBound
    if range.isEmpty { return run.upperBound }
    record(&scan, range, context: &context, sharedRole: &sharedRole)
    return range.upperBound
  }

  /// Classifies one name (already cut to size) and records it.
  private func record(
    _ scan: inout SentenceScan, _ range: Range<Int>, context: inout NameContext,
    sharedRole: inout (role: String, from: Int)?
  ) {
    let text = scan.text(range)
    let lower = text.lowercased()
    // "in the Bible": a book, though "in" comes before it.
    if range.count == 1, Self.scriptures.contains(lower) {
      scan.add(.term, range, value: text)
      return
    }
    // Looked up once: several rules below ask whether the name is a known place.
    let knownPlace =
      Gazetteer.places[lower]
      ?? (range.count == 1 && context.articlePlaces.contains(lower) ? text : nil)
      ?? (context.datelinePlaces.contains(lower) ? text : nil)
    let first = scan[range.lowerBound]
    let last = scan[range.upperBound - 1]
    let before = scan.at(range.lowerBound - 1)
    let after = scan.at(range.upperBound)

    // A numbered document: "Resolution 10", "Decree 43" (not "a Canal Zone 10 miles wide":
    // a number that counts the word after it).
    if let after, after.kind == .number, after.spaceBefore, !scan.claimed[range.upperBound],
      last.is(.termHead), !countsWordAfter(scan, range.upperBound)
    {
      let full = range.lowerBound..<(range.upperBound + 1)
      scan.add(.term, full, value: scan.text(full))
      return
    }
    // A name and a number: "Sputnik 1", "Apollo 11" (not "Article 231" alone: see above).
    if range.count == 1, let after, after.kind == .number, after.spaceBefore,
      !scan.claimed[range.upperBound], after.text.utf8.count <= 3,
      after.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), knownPlace == nil,
      !first.isAllCaps || isUnknownCode(first, context: context),
      !first.is([.month, .weekday, .title, .namePart, .closedClass, .nationality]),
      context.personParts[first.lower] == nil, !countsWordAfter(scan, range.upperBound)
    {
      let full = range.lowerBound..<(range.upperBound + 1)
      scan.add(.term, full, value: scan.text(full))
      return
    }
    if let kind = kindOfAntecedent(scan, namedAt: range.lowerBound)
      ?? kindOfGlossed(scan, namedAt: range.lowerBound)
    {
      // "the Kingdom of Poland, usually called Congress Poland": another name for the same
      // place, whatever its own words suggest.
      scan.add(kind, range, value: text)
      return
    }
    // A capitalised name followed by an event noun: "the Gaza conflict" (not "the Israeli
    // attack": an adjective and a noun name no event).
    if let after, after.kind == .word, !after.isCapitalized, after.is(.eventNoun),
      !scan.claimed[range.upperBound],
      !(Self.genericEventNouns.contains(after.lower)
        && range.allSatisfy({ scan[$0].is(.nationality) }))
    {
      let full = range.lowerBound..<(range.upperBound + 1)
      let index = scan.add(.event, full, value: scan.text(full))
      scan.facts[index].date = firstDate(scan)
      return
    }
    if range.count == 1, let after, after.kind == .word, !after.isCapitalized,
      Self.weaponNouns.contains(after.lower), !scan.claimed[range.upperBound], knownPlace == nil,
      !first.is([.nationality, .namePart, .title, .closedClass, .month, .weekday]),
      !first.isAllCaps, context.personParts[first.lower] == nil
    {
      // "Jupiter missiles", "Scud missiles": a weapon's model name and what it is.
      let full = range.lowerBound..<(range.upperBound + 1)
      scan.add(.term, full, value: scan.text(full))
      return
    }
    if let after, after.kind == .word, !after.isCapitalized,
      Self.organizationNouns.contains(after.lower), !scan.claimed[range.upperBound],
      !(range.lowerBound..<range.upperBound).contains(where: {
        scan[$0].is(.nationality) || scan[$0].is(.namePart)
      }), knownPlace == nil
    {
      let full = range.lowerBound..<(range.upperBound + 1)
      scan.add(.organization, full, value: scan.text(full))
      return
    }
    if let after, after.kind == .word, !after.isCapitalized,
      Lexicon.placeNouns.contains(after.lower),
      !hasHead(scan, range, [.organizationHead, .eventHead]),
      !(range.lowerBound..<range.upperBound).contains(where: { scan[$0].is(.nationality) })
    {
      if Self.featureNouns.contains(after.lower), !scan.claimed[range.upperBound] {
        // "the Indus delta", "the Rift valley": a natural feature is named with its noun; an
        // administrative one ("Thatta district") is not.
        let full = range.lowerBound..<(range.upperBound + 1)
        scan.add(.place, full, value: stripThe(scan.text(full)))
        return
      }
      scan.add(.place, range, value: knownPlace ?? text)
      return
    }
    if let org = Lexicon.knownOrganizations[lower] {
      scan.add(.organization, range, value: org)
      return
    }
    if let before, !before.isCapitalized,
      case let pressNoun = Self.pressNounsBefore.contains(before.lower),
      pressNoun || Self.organizationNounsBefore.contains(before.lower),
      knownPlace == nil, range.count > 1 || first.isAllCaps || pressNoun,
      !range.contains(where: { scan[$0].is(.namePart) })
    {
      // "the Brussels-based charity Health Without Borders".
      addOrganization(&scan, range, context: &context)
      return
    }
    if range.count > 1, last.isCapitalized,
      Self.structureHeads.contains(last.lower)
        || (last.lower == "front" && range.count == 2 && Lexicon.compassSet.contains(first.lower))
    {
      // "Victor Verster Prison", "the Western Front": a place, not a person or a body.
      scan.add(.place, range, value: stripThe(text))
      return
    }
    if range.count > 1, last.isCapitalized, Self.enterpriseHeads.contains(last.lower) {
      addOrganization(&scan, range, context: &context)
      return
    }
    if last.text == "No", let dot = after, dot.isMark("."), !dot.spaceBefore,
      let number = scan.at(range.upperBound + 1), number.kind == .number
    {
      // "Reactor No. 4", "Unit No. 2": a numbered thing, not a name ending in "No".
      let full = range.lowerBound..<(range.upperBound + 2)
      scan.add(.term, full, value: scan.text(full))
      return
    }
    if range.count == 2, before?.lower == "the", Self.romanNumerals.contains(last.text),
      !first.is(.title), !first.is(.namePart)
    {
      // "the Saturn V": a named machine, never a person; kings ("George VI") come without
      // "the". Left out for now: the quality harness reads a one-letter numeral as a cut name.
      return
    }
    if range.count > 1, last.is(.numberWord), !last.is(.namePart),
      !hasHead(scan, range, .organizationHead)
    {
      // "the Big Four": a group's nickname, not a person.
      scan.add(.term, range, value: text)
      return
    }
    if range.count == 1, first.isAllCaps {
      if Self.commonAcronyms.contains(first.text) { return }
      // "PYG", "DT", "UF": a currency's code or sign (or a unit of account) is no body.
      if Lexicon.isoCurrencyCodes.contains(first.text) || Lexicon.currencyCodes[first.lower] != nil
        || Lexicon.capitalCurrencySigns[first.text] != nil || first.text == "UF"
      {
        return
      }
      if let place = Gazetteer.places[first.lower], first.text.utf8.count > 3 {
        // A dateline in capitals: "RIYADH - …".
        scan.add(.place, range, value: place)
      } else if let place = Lexicon.placeAcronyms[first.text] {
        scan.add(.place, range, value: place)
      } else if let (kind, full) = context.otherAcronyms[first.text] {
        scan.add(kind, range, value: full)
      } else if let full = context.acronyms[first.text] {
        scan.add(.organization, range, value: full, role: first.text)
      } else if let full = Lexicon.acronyms[first.text] {
        scan.add(.organization, range, value: full, role: first.text)
      } else if first.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) {
        // "H5N1", "MH17": a code, not a body.
        scan.add(.term, range, value: first.text)
      } else if first.text.count <= 6, first.lower.unicodeScalars.allSatisfy({ $0.value < 128 }) {
        scan.add(.organization, range, value: first.text, role: first.text)
      }
      return
    }
    if range.count > 1, let place = knownPlace {
      // "Soviet Union", "United States": a gazetteer name beats its head word.
      scan.add(.place, range, value: place)
      return
    }
    if range.count == 1, first.is([.month, .weekday]) { return }
    if range.count > 1, Lexicon.compassSet.contains(first.lower),
      let place = Gazetteer.places[
        scan.text((range.lowerBound + 1)..<range.upperBound).lowercased()]
    {
      // "West Berlin", "Northern Europe".
      scan.add(.place, range, value: first.text + " " + place)
      return
    }
    if (range.lowerBound..<range.upperBound).contains(where: {
      scan[$0].is(.title) && scan[$0].isCapitalized && !scan[$0].is(.namePart)
    }), !hasHead(scan, range, [.organizationHead, .eventHead]) || scan.inRole(range) {
      // "United States Secretary of State", "National Security Adviser": a role, not a name.
      return
    }
    if scan.inRole(range), !hasHead(scan, range, .organizationHead) { return }
    if hasHead(scan, range, .organizationHead) && !(range.count == 1) {
      if !(last.is(.placeHead) && !last.is(.organizationHead) && knownPlace != nil) {
        addOrganization(&scan, range, context: &context)
        return
      }
    }
    if hasHead(scan, range, .eventHead) && range.count > 1 {
      let index = scan.add(.event, range, value: stripThe(text))
      scan.facts[index].date = firstDate(scan)
      return
    }
    if let place = knownPlace {
      scan.add(.place, range, value: place)
      return
    }
    if range.count >= 2, Self.awardHeads.contains(last.lower), last.isCapitalized {
      // "the Victoria Cross", "eleven Victoria Crosses": an award, though a first name opens it.
      scan.add(.term, range, value: stripThe(text))
      return
    }
    if (2...4).contains(range.count), after?.isMark(",") == true,
      scan.at(range.upperBound + 1)?.lower == "who", !first.is(.nationality),
      range.allSatisfy({ scan[$0].kind == .word && scan[$0].isCapitalized && !scan[$0].isAllCaps }),
      !hasHead(scan, range, [.organizationHead, .eventHead, .termHead])
    {
      // "Frederick Townsend Ward, who was killed": only people are "who", whatever their
      // last word is elsewhere.
      addPerson(
        &scan, range, title: nil, runStart: range.lowerBound, context: &context,
        sharedRole: &sharedRole)
      return
    }
    if range.count > 1, last.is(.placeHead) || hasHead(scan, range, .placeHead) {
      scan.add(.place, range, value: stripThe(text))
      return
    }
    if context.termNames.contains(lower) {
      // "Doi Moi" after "the Doi Moi reforms" or in quotation marks: a policy, not a person.
      scan.add(.term, range, value: text)
      return
    }
    let allNationality = (range.lowerBound..<range.upperBound).allSatisfy {
      scan[$0].is([.nationality, .title, .closedClass, .roleModifier]) || scan[$0].isMark(".")
        || scan[$0].text == "-" || Self.hyphenPrefixes.contains(scan[$0].lower)
        || (["middle", "far", "near"].contains(scan[$0].lower) && $0 + 1 < range.upperBound)
    }
    if allNationality { return }
    if range.count == 1, context.namedThings.contains(lower), !first.is(.namePart) {
      // "The lander was called Falcon … climbed into Falcon".
      scan.add(.term, range, value: text)
      return
    }
    if appositionNamesPlace(scan, after: range.upperBound) {
      // "Danzig, a German city at the mouth of the Vistula".
      scan.add(.place, range, value: text)
      return
    }
    if let before, before.lower == "of", let noun = scan.at(range.lowerBound - 2),
      NameContext.placeOfNouns.contains(noun.lower), !noun.isCapitalized
    {
      // "the small port of Melcombe Regis", "the district of Gurdaspur".
      scan.add(.place, range, value: text)
      return
    }
    // People.
    let namePart = (range.lowerBound..<range.upperBound).contains { scan[$0].is(.namePart) }
    if !namePart, range.count == 2, Self.isArticledName(last),
      context.personParts[first.lower] == nil,
      // ("Siraj ud-Daulah", "Zia ul-Haq": the article as Persian and Urdu titles of honour
      // write it makes a person's name.)
      !Self.honorificArticles.contains(where: { last.lower.hasPrefix($0) })
    {
      // "Sharm el-Sheikh", "Deir el-Bahari": an Arabic article after no given name names a
      // place.
      scan.add(.place, range, value: text)
      return
    }
    // "the desert oasis of Tayma", "the port of Ningbo": a place noun's name after "of".
    if range.count <= 2, before?.lower == "of", let noun = scan.at(range.lowerBound - 2),
      !noun.isCapitalized, Lexicon.placeNouns.contains(noun.lower),
      context.personParts[first.lower] == nil
    {
      scan.add(.place, range, value: text)
      return
    }
    let saysNext = after.map { $0.is(.speechVerb) && $0.lower != "according" } ?? false
    let roleBefore = before.map { $0.is(.roleNoun) && !$0.isCapitalized } ?? false
    let coreferent = singleWordKey(scan, range).flatMap { context.personParts[$0] }
    let apposition = appositionRole(scan, after: range.upperBound)
    if let before, Self.strictPlacePrepositions.contains(before.lower), coreferent == nil,
      context.personParts[last.lower] == nil, range.count <= 3, !saysNext, apposition == nil,
      !roleBefore
    {
      // "floods in Quang Ngai", "a farmer from Mo Duc".
      scan.add(.place, range, value: text)
      return
    }
    if singleWordKey(scan, range) != nil, let coreferent {
      let word = range
      var range = range
      if let particle = scan.at(range.lowerBound - 1), Self.nameParticles.contains(particle.text),
        !scan.claimed[range.lowerBound - 1], coreferent.hasSuffix(" \(particle.text) \(text)")
      {
        // "de Klerk" for "F. W. de Klerk": the particle belongs to the surname.
        range = (range.lowerBound - 1)..<range.upperBound
      }
      let index = scan.add(.person, range, value: coreferent)
      scan.people.append((word, coreferent))
      context.lastPerson = scan.facts[index].value
      return
    }
    // One word alone ("Long", "Do", "Mai") is a name only when the sentence says so.
    // "Gandhi, who returned …": a relative "who" follows people, never places or things.
    let relativeWho =
      after?.lower == "who"
      || (after?.isMark(",") == true && scan.at(range.upperBound + 1)?.lower == "who")
    // "under leaders such as Toussaint Louverture": an example of people in a role.
    let exampleOfRole =
      before?.lower == "as" && scan.at(range.lowerBound - 2)?.lower == "such"
      && scan.at(range.lowerBound - 3).map { $0.is(.roleNoun) && !$0.isCapitalized } == true
    let evidence =
      saysNext || roleBefore || apposition != nil || relativeWho || exampleOfRole
      || isAppositionToRole(scan, range)
    if (namePart && range.count >= 2 && range.count <= 4)
      || (range.count <= 4 && evidence && (range.count >= 2 || namePart))
      || (range.count == 1 && !first.isAllCaps && !first.is(.title)
        && (roleBefore || apposition?.first?.isLowercase == true || relativeWho))
      || (sharedRole?.from == range.lowerBound)
    {
      var range = range
      // "the archduke Maximilian of Habsburg": one name after a role, with the house or land
      // it is known by.
      if range.count == 1, roleBefore, let of = scan.at(range.upperBound), of.lower == "of",
        let house = scan.at(range.upperBound + 1), house.isCapitalized, house.kind == .word,
        !house.is([.closedClass, .title, .month]), !scan.claimed[range.upperBound + 1],
        scan.at(range.upperBound + 2).map({ !$0.isCapitalized }) ?? true
      {
        range = range.lowerBound..<(range.upperBound + 2)
      }
      addPerson(
        &scan, range, title: nil, runStart: range.lowerBound, context: &context,
        sharedRole: &sharedRole)
      return
    }
    // "handed the task to Mohandas Karamchand Gandhi": three name-like words after "to" or
    // "via" are a person's names more often than a place's.
    if let before, Self.placePrepositions.contains(before.lower), range.count <= 3,
      range.count < 3 || Self.strictPlacePrepositions.contains(before.lower)
        || !looksLikePersonName(scan, range)
    {
      scan.add(.place, range, value: text)
      return
    }
    // "through the North End", "in the West Side": a compass word and one more capitalised
    // word after "the" and a preposition of place name a district.
    if range.count == 2, Lexicon.compassSet.contains(first.lower), last.kind == .word,
      !last.is([.nationality, .closedClass, .title, .namePart]), before?.lower == "the",
      let preposition = scan.at(range.lowerBound - 2),
      Self.placePrepositions.contains(preposition.lower) || preposition.lower == "through"
    {
      scan.add(.place, range, value: text)
      return
    }
    if range.count >= 2, first.is(.nationality), !first.is(.compass), before?.lower == "the",
      let preposition = scan.at(range.lowerBound - 2),
      Self.strictPlacePrepositions.contains(preposition.lower)
        || (preposition.lower == "of" && scan.at(range.lowerBound - 3)?.lower == "part"),
      !last.is(.nationality), !hasHead(scan, range, [.organizationHead, .eventHead]),
      !range.contains(where: { scan[$0].is([.title, .namePart, .termHead]) })
    {
      // "in the Dutch East Indies", "part of the British West Indies": a people's adjective
      // opens the name of a colony or region.
      scan.add(.place, range, value: text)
      return
    }
    if range.count >= 2, last.is(.termHead), last.isCapitalized, !last.is(.nationality) {
      // "the Northern Expedition", "the Soviet Constitution": a people's or compass word
      // before a term's head names the term.
      scan.add(.term, range, value: stripThe(text))
      return
    }
    guard range.count >= 2, !first.is(.nationality) else { return }
    if range.count == 3, singleWordKey(scan, range) != nil, !namePart {
      // "Alsace-Lorraine", "Schleswig-Holstein": a hyphenated name no person is known by.
      scan.add(.place, range, value: text)
      return
    }
    // "Zhu Di took Nanjing" after "the household of Zhu Di, the Prince of Yan": a name the
    // article has already told of as a person's; "was born Ma He": a birth name.
    if looksLikePersonName(scan, range) || before?.lower == "born"
      || context.isKnownPerson(text)
      // "Economist María José Riquelme of …": a role that opens the sentence, then a name.
      || (range.lowerBound == 0 && range.count >= 3 && first.is(.roleNoun)
        && !first.is(.title))
    {
      addPerson(
        &scan, range, title: nil, runStart: range.lowerBound, context: &context,
        sharedRole: &sharedRole)
    } else {
      scan.add(.term, range, value: text)
    }
  }

  /// Whether the number at `index` counts the lower-case plural after it ("10 miles").
  private func countsWordAfter(_ scan: SentenceScan, _ index: Int) -> Bool {
    scan.at(index + 1).map {
      $0.kind == .word && !$0.isCapitalized && QuantityRecognizer.isPlural($0.lower)
    } ?? false
  }

  /// "The captain, Söfring Hansson, was arrested", "its king, Gustav II Adolf, wanted …": a
  /// name set off by commas right after a determiner and a role noun is the one who holds it.
  private func isAppositionToRole(_ scan: SentenceScan, _ range: Range<Int>) -> Bool {
    guard let comma = scan.at(range.lowerBound - 1), comma.isMark(","),
      let noun = scan.at(range.lowerBound - 2), noun.kind == .word, !noun.isCapitalized,
      noun.is([.roleNoun, .title]), let determiner = scan.at(range.lowerBound - 3),
      determiner.is(.determiner), let after = scan.at(range.upperBound)
    else { return false }
    return after.isMark(",")
  }

  /// The kind of the place, organisation or event that a name at `start` renames: "X, usually
  /// called Y", "X, also named Y", "X, later known as Y". Nil when the name follows no such
  /// naming or the name renamed is not one of those kinds.
  func kindOfAntecedent(_ scan: SentenceScan, namedAt start: Int) -> FactKind? {
    var k = start - 1
    guard let verb = scan.at(k) else { return nil }
    if verb.lower == "as", scan.at(k - 1)?.lower == "known" {
      k -= 2
    } else if verb.is(.namingVerb) {
      k -= 1
    } else {
      return nil
    }
    while let t = scan.at(k), t.kind == .word, !t.isCapitalized, start - k <= 5,
      t.is(.adverb) || t.lower.hasSuffix("ly")
    {
      k -= 1
    }
    guard let comma = scan.at(k), comma.isMark(","), let before = scan.at(k - 1) else {
      return nil
    }
    let end = before.range.upperBound
    for fact in scan.facts.reversed() where fact.source.span.upperBound == end {
      return [.place, .organization, .event].contains(fact.kind) ? fact.kind : nil
    }
    return nil
  }

  /// "the Treaty of Waitangi (Māori: Te Tiriti o Waitangi)": a name given in another language
  /// in parentheses right after a name is of that name's kind, when it is a place,
  /// organisation, event or term.
  func kindOfGlossed(_ scan: SentenceScan, namedAt start: Int) -> FactKind? {
    guard start >= 4, scan[start - 1].isMark(":"), scan[start - 2].kind == .word,
      scan[start - 2].isCapitalized, scan[start - 3].isMark("(")
    else { return nil }
    let end = scan[start - 4].range.upperBound
    for fact in scan.facts.reversed() where fact.source.span.upperBound == end {
      return [.place, .organization, .event, .term].contains(fact.kind) ? fact.kind : nil
    }
    return nil
  }

  /// "DEFCON 2": a word in capitals that names no body the article or the lexicon knows, so
  /// with a small number after it is a level or a model, not an organisation.
  private func isUnknownCode(_ t: Token, context: NameContext) -> Bool {
    t.text.utf8.count >= 4 && context.acronyms[t.text] == nil && Lexicon.acronyms[t.text] == nil
      && Lexicon.placeAcronyms[t.text] == nil && !Self.commonAcronyms.contains(t.text)
      && context.otherAcronyms[t.text] == nil
  }

  /// Nouns of an apposition that say the name before it is a place.
  static let appositionPlaceNouns: WordSet = [
    "city", "town", "village", "state", "province", "region", "district", "port", "island",
    "country", "capital", "kingdom", "republic", "territory", "colony", "county", "emirate",
  ]

  /// "X, a German city at …", "X, the largest and richest state, …": an apposition of a few
  /// words that ends in a place noun, followed by a preposition or punctuation.
  func appositionNamesPlace(_ scan: SentenceScan, after end: Int) -> Bool {
    guard scan.at(end)?.text == ",", let article = scan.at(end + 1),
      article.lower == "a" || article.lower == "an" || article.lower == "the"
    else { return false }
    var k = end + 2
    while let t = scan.at(k), k - end <= 7, t.kind == .word {
      if Self.appositionPlaceNouns.contains(t.lower) {
        guard let next = scan.at(k + 1) else { return true }
        return next.kind == .punctuation || next.is(.preposition)
      }
      if t.is(.roleNoun) || t.is(.title) || (t.isCapitalized && !t.is(.nationality)) {
        return false
      }
      k += 1
    }
    return false
  }

  /// "Health Minister", "Home Affairs Secretary": department words, then a title.
  private func departmentBeforeTitle(_ scan: SentenceScan, from k: Int, end: Int) -> Bool {
    var m = k
    while m < end, scan[m].isCapitalized, Self.departmentWords.contains(scan[m].lower) {
      m += 1
    }
    return m > k && m < end && scan[m].is(.title) && scan[m].isCapitalized
  }

  /// The index after "a/p" or "a/l" written as one word at `index` ("Kavitha a/p Ramasamy"),
  /// or nil.
  static func patronymicMarkEnd(_ scan: SentenceScan, at index: Int) -> Int? {
    guard let a = scan.at(index), a.lower == "a", a.spaceBefore, let slash = scan.at(index + 1),
      slash.text == "/", !slash.spaceBefore, let letter = scan.at(index + 2),
      letter.lower == "p" || letter.lower == "l", !letter.spaceBefore
    else { return nil }
    return index + 3
  }

  /// Two to four capitalised words with no term head and no common-noun ending
  /// ("Narciso Ramos", "Okubo Toshimichi"; not "Charter Oath", "Security Studies"). News and
  /// history name people far more often than they name anything else this way.
  private func looksLikePersonName(_ scan: SentenceScan, _ range: Range<Int>) -> Bool {
    var words = 0
    var skipUntil = range.lowerBound
    for i in range {
      if i < skipUntil { continue }
      let t = scan[i]
      if t.isMark(".") || Self.nameParticles.contains(t.lower) {
        // "Ibn Battuta", "Bin Laden": "son of" opening the name is a part of it.
        if i == range.lowerBound, t.isCapitalized, ["ibn", "bin", "bint"].contains(t.lower) {
          words += 1
        }
        continue
      }
      if i > range.lowerBound, let end = Self.patronymicMarkEnd(scan, at: i) {
        skipUntil = end
        continue
      }
      if t.text == "-", !t.spaceBefore, i > range.lowerBound {
        // "Ben-Gurion": the two parts are one surname.
        words -= 1
        continue
      }
      if Self.isArticledName(t), i > range.lowerBound {
        // "Ahmed al-Sharaa" is a person; "Sharm el-Sheikh", with no given name, a place.
        guard
          range.contains(where: { scan[$0].is(.namePart) })
            || Self.honorificArticles.contains(where: { t.lower.hasPrefix($0) })
        else { return false }
        words += 1
        continue
      }
      guard t.kind == .word, t.isCapitalized, !t.isAllCaps,
        !t.lower.utf8.contains(45) || t.lower.hasPrefix("al-") || t.lower.hasPrefix("el-")
          || Self.isSyllabicName(t.lower)
      else { return false }
      if t.is(.termHead) || t.is(.nationality) || t.is(.closedClass) {
        return false
      }
      if t.is(.title) || t.is(.organizationHead) || t.is(.eventHead)
        || (t.is(.placeHead) && !isSurnameBeforeGivenName(scan, i))
      {
        return false
      }
      if Self.hasCommonNounEnding(t.lower) { return false }
      words += 1
    }
    return words >= 2 && words <= 4
  }

  /// "Park Jae-hoon": a family name that is also a place's head word, before a hyphened given
  /// name of two syllables, is a person's.
  private func isSurnameBeforeGivenName(_ scan: SentenceScan, _ i: Int) -> Bool {
    guard let next = scan.at(i + 1), next.kind == .word, next.hasHyphen, next.spaceBefore,
      next.isCapitalized
    else { return false }
    return Tokenizer.isHyphenedGivenName(ArraySlice(next.text.unicodeScalars))
  }

  /// "Communist Party General Secretary Nguyen Phu Trong", "Vietnam Airlines CEO Dang Ngoc
  /// Hoa": an organisation, an office in it, then the holder's name. Records the person (the
  /// organisation and office as title) and the organisation; nil when the run is not so.
  private func organizationThenOffice(
    _ scan: inout SentenceScan, _ seg: Range<Int>, runStart: Int, context: inout NameContext,
    sharedRole: inout (role: String, from: Int)?
  ) -> Int? {
    guard
      let p = seg.dropFirst().first(where: {
        scan[$0].is(.title) && scan[$0].isCapitalized && !scan[$0].is(.namePart)
      })
    else { return nil }
    var q = p
    while q < seg.upperBound,
      scan[q].is(.title) || scan[q].isMark(".")
        || (scan[q].is(.abbreviatedTitle) && scan.at(q + 1)?.isMark(".") == true)
        || (scan[q].text == "-" && scan.at(q + 1)?.is(.title) == true)
    {
      q += 1
    }
    // "KPA Managing Director": a modifier of the office is no part of the body's name.
    var office = p
    while office - 1 > seg.lowerBound, scan[office - 1].is(.roleModifier),
      scan[office - 1].isCapitalized
    {
      office -= 1
    }
    let organization = seg.lowerBound..<office
    // The body: a name with a head word, or its acronym alone ("KPA").
    let isBody =
      hasHead(scan, organization, .organizationHead)
      || (organization.count == 1 && scan[organization.lowerBound].isAllCaps
        && scan[organization.lowerBound].text.utf8.count >= 2
        && Lexicon.placeAcronyms[scan[organization.lowerBound].text] == nil)
    guard q < seg.upperBound, seg.upperBound - q <= 4, scan[q].kind == .word,
      scan[q].isCapitalized, isNameish(scan, q..<seg.upperBound),
      !hasHead(scan, q..<seg.upperBound, [.organizationHead, .eventHead]),
      !hasHead(scan, q..<seg.upperBound, .placeHead) || isSurnameBeforeGivenName(scan, q)
    else { return nil }
    if !isBody {
      // "Rear Admiral Miguel Grau", "Kisumu Governor Rose Odera", "Water Resources Minister
      // Serik Tokhtarov": words that qualify the office (a rank, a place, a portfolio) with no
      // head of their own, then a full name; the whole phrase before the name is the title.
      guard organization.count <= 3,
        organization.allSatisfy({
          scan[$0].kind == .word && scan[$0].isCapitalized && !scan[$0].isAllCaps
            && !scan[$0].is([.namePart, .month, .weekday, .termHead])
            && (!scan[$0].is(.closedClass) || Self.officeOrdinals.contains(scan[$0].lower))
        }),
        !hasHead(scan, organization, [.organizationHead, .eventHead]),
        looksLikePersonName(scan, q..<seg.upperBound)
      else { return nil }
      addPerson(
        &scan, q..<seg.upperBound, title: scan.text(seg.lowerBound..<q), runStart: p,
        context: &context, sharedRole: &sharedRole)
      return seg.upperBound
    }
    addOrganization(&scan, organization, context: &context)
    addPerson(
      &scan, q..<seg.upperBound, title: scan.text(seg.lowerBound..<q), runStart: p,
      context: &context, sharedRole: &sharedRole)
    return seg.upperBound
  }

  /// Whether the sentence writes `lower` (or its plural) as a lower-case word.
  private func writesInLowerCase(_ scan: SentenceScan, _ lower: String) -> Bool {
    scan.tokens.contains {
      $0.kind == .word && !$0.isCapitalized && ($0.text == lower || $0.text == lower + "s")
    }
  }

  /// Lower-case place nouns of natural features, written after a name as part of it.
  static let featureNouns: WordSet = ["delta", "valley", "plateau", "peninsula"]

  /// Lower-case forms of the Arabic article that open a family name: "al-", "edh-".
  static let arabicArticles: [String] =
    [
      "al-", "el-", "ad-", "ed-", "adh-", "edh-", "ash-", "esh-", "as-", "es-", "ar-", "er-",
      "at-", "et-", "az-", "ez-", "an-", "en-", "ath-",
    ] + honorificArticles

  /// The same article as Persian and Urdu names write it in titles of honour ("Siraj
  /// ud-Daulah", "Zia ul-Haq"): names of people, not of places.
  static let honorificArticles = ["ud-", "ul-", "us-", "uz-"]

  /// "al-Sharaa", "edh-Dhib": a lower-case article, a hyphen and a capitalised name.
  static func isArticledName(_ t: Token) -> Bool {
    guard t.kind == .word, !t.isCapitalized, t.hasHyphen,
      let article = arabicArticles.first(where: { t.text.hasPrefix($0) })
    else { return false }
    let rest = t.text.unicodeScalars.dropFirst(article.unicodeScalars.count)
    guard let first = rest.first, rest.count >= 2 else { return false }
    return first.properties.isUppercase
  }

  /// Ordinals that rank an office: "First Officer", "Second Secretary".
  static let officeOrdinals: WordSet = [
    "first", "second", "third", "fourth", "fifth", "sixth",
  ]

  /// "Yat-sen", "Jong-un", "Ki-moon", "Sang-cheol": two short syllables joined by a hyphen,
  /// as Chinese and Korean given names are written.
  static func isSyllabicName(_ lower: String) -> Bool {
    let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { (1...5).contains($0.count) }
  }

  /// "Ending", "Restoring": a capitalised verb form that opens a clause in a document's name.
  private func isGerund(_ t: Token) -> Bool {
    t.kind == .word && t.isCapitalized && t.lower.hasSuffix("ing") && t.lower.utf8.count > 5
      && !t.is(.namePart)
  }

  /// Words that could be a name: no term head and no common-noun ending ("Investment").
  private func isNameish(_ scan: SentenceScan, _ range: Range<Int>) -> Bool {
    for i in range {
      let t = scan[i]
      guard t.kind == .word else { continue }
      if t.is(.termHead) { return false }
      if Self.hasCommonNounEnding(t.lower) { return false }
    }
    return true
  }

  /// Whether a lower-case word ends in one of `commonNounEndings` with more than three
  /// letters before it; compared byte by byte, as every ending is ASCII.
  static func hasCommonNounEnding(_ lower: String) -> Bool {
    var word = lower
    return word.withUTF8 { bytes in
      for suffix in commonNounEndingBytes where bytes.count > suffix.count + 3 {
        var k = 1
        while k <= suffix.count, bytes[bytes.count - k] == suffix[suffix.count - k] { k += 1 }
        if k > suffix.count { return true }
      }
      return false
    }
  }

  /// Books named by one word, that "in" does not make places.
  static let scriptures: Set<String> = [
    "bible", "koran", "quran", "qur'an", "torah", "talmud", "vedas", "avesta", "tripitaka",
  ]

  /// Last words of a period's name ("the Middle Ages", "the Thirteenth Century").
  static let periodWords: Set<String> = ["century", "ages", "age", "era", "period", "millennium"]

  /// Styles of rulers the title list leaves out, since alone they begin no name.
  static let rulerWords: Set<String> = [
    "khan", "khedive", "vicomte", "shah", "tsar", "czar", "pharaoh", "caliph", "negus", "mansa",
    "raja", "maharaja", "nawab", "emperor", "prince", "king", "queen",
  ]

  static let commonNounEndingBytes = commonNounEndings.map { Array($0.utf8) }

  static let commonNounEndings = [
    "tion", "sion", "ism", "ment", "ity", "ence", "ance", "ship", "ness", "ology", "ics", "ure",
    "ities", "ments", "tions", "ism", "ist", "ists", "ary", "ery", "ing", "ive", "ous", "ical",
    "less", "ful",
  ]

  private func stripThe(_ text: String) -> String {
    text.hasPrefix("the ") || text.hasPrefix("The ") ? String(text.dropFirst(4)) : text
  }

  private func firstDate(_ scan: SentenceScan) -> String? {
    // By index: `first(where:)` copies every fact it passes over.
    for i in scan.facts.indices where scan.facts[i].kind == .date || scan.facts[i].kind == .year {
      return scan.facts[i].value
    }
    return nil
  }

  /// Records an organisation and the acronym defined right after it: "… Cambodia (ECCC)".
  private func addOrganization(
    _ scan: inout SentenceScan, _ range: Range<Int>, context: inout NameContext
  ) {
    let value = scan.text(range)
    var acronym: String?
    if let open = scan.at(range.upperBound), open.isMark("("),
      let inner = scan.at(range.upperBound + 1), inner.isAllCaps,
      let close = scan.at(range.upperBound + 2), close.isMark(")")
    {
      acronym = inner.text
      context.acronyms[inner.text] = value
      scan.claimed[range.upperBound + 1] = true
    } else if let known = Lexicon.acronymOf[value] {
      acronym = known
    }
    scan.add(.organization, range, value: value, role: acronym)
  }

  private func addPerson(
    _ scan: inout SentenceScan, _ range: Range<Int>, title: String?, runStart: Int,
    context: inout NameContext, sharedRole: inout (role: String, from: Int)?
  ) {
    var range = range
    // "Minister for Climate, Energy and the Environment Deirdre Ní Fhlannagáin": the end of a
    // portfolio is no part of the name after it.
    while range.count > 2, Self.departmentWords.contains(scan[range.lowerBound].lower),
      scan[range.lowerBound + 1].isCapitalized,
      let before = scan.at(range.lowerBound - 1),
      ["the", "and", "for", "of"].contains(before.lower)
    {
      range = (range.lowerBound + 1)..<range.upperBound
    }
    // "Economist María José Riquelme of …": a role noun capitalised only because it opens
    // the sentence is no part of the name.
    var openingRole: String?
    if range.lowerBound == 0, range.count > 2, !scan[0].is(.title),
      scan[0].is(.roleNoun) || Self.isProfessionWord(scan[0].lower)
    {
      openingRole = scan[0].lower
      range = 1..<range.upperBound
    } else if range.lowerBound == 1, Self.isProfessionWord(scan[0].lower) {
      // (The sentence's first word, unknown, was already left out of the name.)
      openingRole = scan[0].lower
    }
    // "Mr. Biden" after "Joe Biden": the same person.
    let written = scan.text(range)
    let value =
      range.count == 1
      ? context.personParts[scan[range.lowerBound].lower]
        ?? Lexicon.joinedNames[scan[range.lowerBound].lower] ?? written
      : singleWordKey(scan, range).flatMap { context.personParts[$0] } ?? written
    let apposition = appositionRole(scan, after: range.upperBound)
    if let apposition {
      scan.roleSpans.append(
        (range.upperBound + 1)..<(range.upperBound + 1
          + countTokens(apposition, scan, from: range.upperBound + 1)))
    }
    var role = apposition ?? title ?? openingRole
    if role == nil, let before = roleBefore(scan, at: runStart) {
      role = before
      if let and = scan.at(range.upperBound), and.lower == "and" {
        sharedRole = (before, range.upperBound + 1)
      }
    }
    if role == nil, let shared = sharedRole, shared.from == runStart { role = shared.role }
    // "the source of the Blue Nile", "the first Space Shuttle", "a Zimbabwe Bird on its flag":
    // nobody is called "the" or "a" and a name, so without a title or role it names a thing (a
    // place when the gazetteer knows its last word).
    if title == nil, role == nil, range.count > 1, value == written,
      range.lowerBound == runStart, let before = scan.at(range.lowerBound - 1),
      ["the", "a", "an"].contains(before.lower),
      // ("the Polar Data Watch (PDW)": its acronym makes it a body, later.)
      !(scan.at(range.upperBound)?.isMark("(") ?? false),
      // "the Yongle Emperor", "the Great Khan Möngke", "the Venetian Agostino Barbarigo": a
      // ruler's style, or a people's name before a man's, is a person's.
      !range.contains(where: {
        scan[$0].is([.title, .nationality, .namePart]) || Self.rulerWords.contains(scan[$0].lower)
          || (scan[$0].lower.hasSuffix("ese") || scan[$0].lower.hasSuffix("ian"))
      })
    {
      let last = scan[range.upperBound - 1].lower
      // "the Thirteenth Century", "the Middle Ages": a period, no fact to ask by name.
      if Self.periodWords.contains(last) { return }
      scan.add(Gazetteer.places[last] != nil ? .place : .term, range, value: value)
      return
    }
    let index = scan.add(.person, range, value: value, role: role)
    scan.facts[index].title = title
    scan.people.append((runStart..<range.upperBound, value))
    context.remember(person: value)
  }

  /// "hydrologist", "economist", "archaeologist": a word built as a profession's, which no
  /// given name is.
  static func isProfessionWord(_ lower: String) -> Bool {
    lower.utf8.count > 5
      && (lower.hasSuffix("ologist") || lower.hasSuffix("nomist") || lower.hasSuffix("grapher"))
  }

  /// How many tokens from `start` spell `text` (an apposition found by `appositionRole`).
  private func countTokens(_ text: String, _ scan: SentenceScan, from start: Int) -> Int {
    let end = scan.tokens[start...].firstIndex {
      $0.range.upperBound - scan[start].range.lowerBound >= text.unicodeScalars.count
    }
    return end.map { $0 - start + 1 } ?? 0
  }

  /// "X, former Director of the Institute of …," → "former Director of the Institute of …".
  func appositionRole(_ scan: SentenceScan, after end: Int) -> String? {
    guard let comma = scan.at(end), comma.isMark(","), let first = scan.at(end + 1) else {
      return nil
    }
    guard
      first.is(.roleModifier) || first.lower == "a" || first.lower == "an"
        || first.lower == "the" || first.is(.roleNoun) || first.is(.title)
    else { return nil }
    var stop = end + 1
    var sawRole = false
    while let t = scan.at(stop) {
      if t.isMark(",") || t.isMark(".") || t.isMark(";") || t.isMark("\"") || t.isMark("(") {
        break
      }
      // "X, the astronaut Charlie Duke,": the apposition names someone else.
      if t.kind == .word, t.isCapitalized, !t.is(.title), let role = scan.at(stop - 1),
        role.is(.roleNoun), !role.isCapitalized
      {
        return nil
      }
      if t.lower == "who" || t.lower == "which" || t.is(.speechVerb) { break }
      if (t.is(.roleNoun) || t.is(.title)) && stop - end <= 5 { sawRole = true }
      stop += 1
    }
    guard sawRole, stop > end + 1 else { return nil }
    return scan.text((end + 1)..<stop)
  }

  /// "… former regime leaders Nuon Chea" → "former regime leaders".
  private func roleBefore(_ scan: SentenceScan, at start: Int) -> String? {
    guard let noun = scan.at(start - 1), noun.is(.roleNoun), !noun.isCapitalized else {
      return nil
    }
    var first = start - 1
    var m = start - 2
    while m >= 0, start - 1 - m <= 3 {
      let t = scan[m]
      guard t.kind == .word, !t.is(.closedClass) || t.is(.roleModifier) else { break }
      if t.is(.roleModifier) || t.is(.nationality) {
        first = m
        if t.is(.roleModifier) { break }
      }
      m -= 1
    }
    return scan.text(first..<start)
  }

  /// Lower-case event nouns in a sentence that dates them: "In February 2023, an earthquake…".
  private func recognizeEventNouns(_ scan: inout SentenceScan) {
    guard let date = firstDate(scan) else { return }
    for i in 0..<scan.count where !scan.claimed[i] {
      let t = scan[i]
      guard t.kind == .word, t.is(.eventNoun), !t.isCapitalized,
        Lexicon.datedEventNouns.contains(t.lower),
        let before = scan.at(i - 1), before.is(.determiner) || before.lower == "and"
      else { continue }
      let index = scan.add(.event, i..<(i + 1), value: t.lower)
      scan.facts[index].date = date
    }
  }
}
