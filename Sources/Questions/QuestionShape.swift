import Articles
import Facts

/// Shapes of a clause that make a wrong wh-question, checked on the words a question keeps
/// (`kept`, token indices of the clause's predicate with the answer's phrase taken out).
enum QuestionShape {
  static let beForms: Set<String> = ["is", "are", "was", "were"]

  /// "The Partition was the division of …", "The jars are of a type made in …": with "be" as
  /// its only verb and a noun phrase or "of" after it, the clause defines or describes its
  /// subject. A when- or where-question on it ("When was the Partition the division of …?")
  /// moves the date or place onto a verb that is not there.
  static func isDescription(_ clause: Clause, kept: [Int]) -> Bool {
    let tokens = clause.tokens
    guard let auxiliary = clause.auxiliary, beForms.contains(tokens[auxiliary].lower),
      clause.verbTail.allSatisfy({ clause.adverbs.contains($0) }), let first = kept.first
    else { return false }
    let word = tokens[first].lower
    return Lexicon.determiners.contains(word) || word == "of"
  }

  /// The kept words up to a second verb of the clause ("was approved in 2025 and cost about
  /// US$85m"): the date or place belongs to the verb before "and", so what follows is cut.
  static func firstConjunct(_ clause: Clause, kept: [Int], after removal: Range<Int>, end: Int)
    -> [Int]
  {
    let tokens = clause.tokens
    guard
      let cut = kept.firstIndex(where: {
        $0 >= removal.upperBound && tokens[$0].lower == "and" && $0 + 1 < end
          && (ClauseParser.isVerbStart(tokens, $0 + 1, end: end)
            || isUnchangedPast(tokens[$0 + 1].lower))
      })
    else { return kept }
    var result = Array(kept[..<cut])
    while let last = result.last, tokens[last].text == "," { result.removeLast() }
    return result
  }

  /// "cost", "cut", "set": a past the same as its base, which `ClauseParser.isPastVerb`
  /// leaves alone; after "and" in a past clause it is the second verb.
  static func isUnchangedPast(_ word: String) -> Bool {
    VerbForms.irregular[word]?.past.contains(word) ?? false
  }

  /// "… were built inside the new Victoria Embankment, completed in 1870, which …": a date in a
  /// participle phrase after the main clause dates the noun before it, not the sentence's
  /// subject, so no wh-question about the subject can ask it. ("The treaty, signed in 1919,
  /// ended the war" dates its subject and is asked.)
  static func datesAnObject(_ fact: Fact) -> Bool {
    guard [.date, .year].contains(fact.kind) else { return false }
    let scalars = Array(fact.source.text.unicodeScalars)
    guard fact.source.span.lowerBound <= scalars.count else { return false }
    let before = String(String.UnicodeScalarView(scalars[..<fact.source.span.lowerBound]))
    let words = spaceSplit(before)
    guard words.count >= 3, ["in", "on"].contains(words[words.count - 1]),
      words[words.count - 3].hasSuffix(","),
      VerbForms.base(ofPast: words[words.count - 2].lowercased()) != nil
        || words[words.count - 2].hasSuffix("ed")
    else { return false }
    let head = words.dropLast(2).joined(separator: " ").dropLast()
    return !lacksMainClause(head + ".")
  }

  /// "Imports rose steeply after the Company lost its monopoly in 1834": a date inside a
  /// clause that "after", "before", "when", "since", "until" or "because" opens after the
  /// main verb dates that clause's own verb, so no wh-question about the main one can ask it.
  static func datesASubordinateClause(_ fact: Fact) -> Bool {
    guard [.date, .year].contains(fact.kind) else { return false }
    let scalars = Array(fact.source.text.unicodeScalars)
    guard fact.source.span.lowerBound <= scalars.count else { return false }
    let words = spaceSplit(
      String(String.UnicodeScalarView(scalars[..<fact.source.span.lowerBound])))
    var sawVerb = false
    for (index, raw) in words.enumerated().reversed() {
      // A comma before the date: the clause was closed, or the date opens the sentence.
      if raw.hasSuffix(",") || raw.hasSuffix(";") { return false }
      let word = raw.lowercased()
      if VerbForms.base(ofPast: word) != nil { sawVerb = true }
      if Self.clauseConjunctions.contains(word) { return sawVerb && index > 0 }
    }
    return false
  }

  static let clauseConjunctions: Set<String> = [
    "after", "before", "when", "since", "until", "because", "once", "while",
  ]

  /// "Where did an Irish woman raise?" from "… met Josephine Bracken, an Irish woman raised in
  /// Hong Kong": a question whose subject is an apposition ("a civic society meant to …")
  /// reads its participle as a verb.
  static func asksAnApposition(_ question: String, sentence: String) -> Bool {
    let words = spaceSplit(question)
    guard let auxiliary = words.firstIndex(where: { ["did", "was", "were"].contains($0) }),
      auxiliary + 2 < words.count, ["a", "an"].contains(words[auxiliary + 1])
    else { return false }
    let subject = words[(auxiliary + 1)...(auxiliary + 2)].joined(separator: " ")
    // After a name only: "In February 2023, an earthquake struck" has its subject there.
    guard let range = sentence.range(of: ", " + subject),
      let before = sentence[..<range.lowerBound].split(separator: " ").last,
      let initial = before.first, initial.isUppercase, !DateWords.isMonth(String(before))
    else { return false }
    return true
  }

  /// "Who went on to take Suzhou and, in late 1861?": a question cut inside a phrase that
  /// interrupts its last clause, so the clause after the conjunction has no words of its own.
  static func breaksOffAfterConjunction(_ question: String) -> Bool {
    [" and, ", " but, ", " or, "].contains { question.containsASCII($0) }
  }

  /// "a resolution demanding that the areas where Muslims were a majority": a clause
  /// cut after a "that" whose only verb belongs to a relative inside it, so the question
  /// never says what the "that" clause states.
  static func leavesThatClauseUnfinished(_ tokens: [SentenceToken]) -> Bool {
    guard let that = tokens.lastIndex(where: { $0.lower == "that" }) else { return false }
    let end = tokens.count
    let rest = (that + 1)..<end
    guard
      let relative = rest.first(where: {
        ["where", "who", "which", "whom", "whose", "when"].contains(tokens[$0].lower)
      })
    else { return false }
    if ((that + 1)..<relative).contains(where: { ClauseParser.isVerbStart(tokens, $0, end: end) }) {
      return false
    }
    let verbs = (relative..<end).filter { ClauseParser.isVerbStart(tokens, $0, end: end) }
    return verbs.count < 2
  }

  /// A statement whose clause was cut or merged wrongly: a "that" clause cut before its
  /// verb, an "and that" with no "that" before it ("the ban was lifted and that X would be
  /// freed"), or a last part after "and" with no verb ("… for help and, on 24 March 1947.").
  /// "After a bitter cold snap the thermometer had climbed …" restated as "A bitter cold snap
  /// the thermometer had climbed …": the statement lost the preposition that held its opening
  /// phrase, and no longer parses.
  static func dropsOpeningWord(_ statement: String, of sentence: String) -> Bool {
    // The sentence's first five words only, and its first word asked about before the
    // statement is read: most sentences open on no preposition.
    let opening = Substring(sentence).firstWords(5)
    guard opening.count == 5 else { return false }
    let first = opening[0].lowercased()
    guard Lexicon.prepositions.contains(first) || Lexicon.subordinators.contains(first) else {
      return false
    }
    let restated = Substring(statement).firstWords(4).map { $0.lowercased() }
    guard restated.count == 4, opening[1...4].map({ $0.lowercased() }) == restated else {
      return false
    }
    // "When troops fired on the crowd, …" restated as "Troops fired on the crowd" is whole: a
    // verb comes before any second noun phrase. "A bitter cold snap the thermometer had …"
    // runs two noun phrases together before its verb.
    var previous: String?
    for raw in spaceSplit(statement) {
      let word = raw.lowercased().filter(\.isLetter)
      if VerbForms.auxiliaries.contains(word) || VerbForms.base(ofPast: word) != nil {
        return false
      }
      if let previous, ["the", "a", "an"].contains(word), !Lexicon.isFunctionWord(previous) {
        return true
      }
      previous = word
    }
    return false
  }

  /// Verbs that report what was found or said: a clause cut right after one ("In 2014 the
  /// tribunal found.", "In what year did the tribunal find?") lost what it reported.
  static let reportingBases: Set<String> = [
    "find", "say", "report", "rule", "decide", "argue", "conclude", "claim", "announce", "note",
    "show", "state", "declare", "insist", "suggest", "estimate", "warn", "believe", "confirm",
    "reveal", "recommend", "determine", "acknowledge", "admit", "deny", "maintain", "hold",
  ]

  /// True when `text` (a question or statement made from `sentence`) stops at a quotation the
  /// sentence goes on with: "… placed an advertisement offering?" cut from "… offering "The
  /// Four Dead Sea Scrolls" for sale."
  static func stopsBeforeQuotation(_ text: String, of sentence: String) -> Bool {
    // "“" is E2 80 9C in UTF-8: a sentence without the byte E2 has none, and nothing else
    // is canonically equal to it, so Foundation's search is asked only when the byte is there.
    let curly = containsByte(sentence, 0xE2)
    guard containsByte(sentence, 0x22) || (curly && sentence.contains("“")) else { return false }
    let trimmed = text.reversed().drop { !$0.isLetter }
    let last = String(trimmed.prefix { $0.isLetter || $0 == "'" }.reversed())
    guard !last.isEmpty else { return false }
    return sentence.containsASCII(last + " \"") || (curly && sentence.contains(last + " “"))
  }

  /// `stopsBeforeQuotation` with Foundation's searches only: the reference the byte tests
  /// must match.
  static func stopsBeforeQuotationBySearching(_ text: String, of sentence: String) -> Bool {
    guard sentence.utf8.contains(0x22) || sentence.contains("“") else { return false }
    let trimmed = text.reversed().drop { !$0.isLetter }
    let last = String(trimmed.prefix { $0.isLetter || $0 == "'" }.reversed())
    guard !last.isEmpty else { return false }
    return sentence.contains(last + " \"") || sentence.contains(last + " “")
  }

  /// True when the text's last word is a reporting verb in any form ("the claim", after a
  /// determiner, is a noun).
  static func endsOnReportingVerb(_ text: String) -> Bool {
    // The last two words only, read from the end.
    var tail = text[...]
    if let space = text.lastIndex(of: " "),
      let before = text[..<space].lastIndex(of: " ")
    {
      tail = text[text.index(after: before)...]
    }
    let words = letterWords(tail)
    guard let last = words.last, !last.isEmpty else { return false }
    if words.count == 2, Lexicon.determiners.contains(words[0]) { return false }
    let base =
      VerbForms.base(ofPast: last) ?? VerbForms.base(ofPresent: last) ?? last
    guard reportingBases.contains(base) else { return false }
    // "…, the companies said.": an attribution after a whole clause reports that clause.
    if let comma = text.lastIndex(of: ","), !lacksMainClause(String(text[..<comma]) + ".") {
      return false
    }
    return true
  }

  /// The words between spaces, each cut to its letters and lower-cased; ASCII text is read
  /// from its bytes, where a letter is A–Z or a–z.
  static func letterWords(_ text: Substring) -> [String] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeLetterWords(text) }
    return text.utf8.split(separator: 0x20).map { word in
      var letters: [UInt8] = []
      letters.reserveCapacity(word.count)
      for byte in word {
        switch byte {
        case 0x41...0x5A: letters.append(byte + 0x20)
        case 0x61...0x7A: letters.append(byte)
        default: break
        }
      }
      return String(decoding: letters, as: UTF8.self)
    }
  }

  /// `letterWords` read by characters: the reference for any text.
  static func unicodeLetterWords(_ text: Substring) -> [String] {
    text.split(separator: " ").map { String($0.filter(\.isLetter)).lowercased() }
  }

  static func isBrokenStatement(_ tokens: [SentenceToken]) -> Bool {
    if leavesThatClauseUnfinished(tokens) { return true }
    // "… carrying 34 miners and.": cut before what the last word introduced.
    if let last = tokens.last(where: { $0.isWord }),
      QuestionCheck.clozeDanglingEnds.contains(last.lower)
    {
      return true
    }
    let end = tokens.count
    if let and = tokens.indices.first(where: {
      tokens[$0].lower == "and" && $0 + 1 < end && tokens[$0 + 1].lower == "that"
    }),
      !tokens[..<and].contains(where: { $0.lower == "that" })
    {
      return true
    }
    if let and = tokens.lastIndex(where: { $0.lower == "and" }), and + 1 < end,
      tokens[and + 1].text == ",",
      !((and + 1)..<end).contains(where: { ClauseParser.isVerbStart(tokens, $0, end: end) })
    {
      return true
    }
    return false
  }

  /// "The Partition of India was the division of British India …": a definition, which has
  /// no place in a list of events to put in order.
  static func isDefinition(_ tokens: [SentenceToken]) -> Bool {
    guard
      let verb = tokens.indices.first(where: {
        ClauseParser.isVerbStart(tokens, $0, end: tokens.count)
      }), beForms.contains(tokens[verb].lower), verb + 1 < tokens.count
    else { return false }
    return ["the", "a", "an"].contains(tokens[verb + 1].lower)
  }

  static let timeUnits: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
  ]

  /// "published two days after independence": a time counted from another event gives a
  /// when-question's answer away, or asks for a date the clause does not hold.
  static func hasRelativeTime(_ clause: Clause, kept: [Int]) -> Bool {
    let tokens = clause.tokens
    for (position, index) in kept.enumerated() where position + 2 < kept.count {
      let amount = tokens[index].lower
      guard NumberWords.value(of: amount) != nil || amount.allSatisfy(\.isNumber) || amount == "a"
      else { continue }
      guard timeUnits.contains(tokens[kept[position + 1]].lower) else { continue }
      if ["after", "before", "later", "earlier"].contains(tokens[kept[position + 2]].lower) {
        return true
      }
    }
    if let last = kept.last, kept.count >= 2,
      ["later", "earlier"].contains(tokens[last].lower),
      timeUnits.contains(tokens[kept[kept.count - 2]].lower)
    {
      return true
    }
    return false
  }

  /// "Which organization had the veto paralysed?": an object question on a pluperfect reads
  /// as "had it paralysed" (made someone paralyse it).
  static func isCausativeReading(_ clause: Clause) -> Bool {
    guard let auxiliary = clause.auxiliary else { return false }
    return clause.tokens[auxiliary].lower == "had" && clause.mainVerb != nil
  }
}

// MARK: - What pins a wh-question's one answer

extension QuestionShape {
  /// "The Hay-Herrán Treaty, signed … by John Hay, and …, would have given …", "American and
  /// British crews, helped by airmen from Australia, New Zealand, …, had flown …", "On 5 August
  /// 1963 the United States, the Soviet Union and …": a noun phrase among the words before the
  /// framed subject means the frame began inside a list or a participial phrase, so its
  /// "subject" is not who did it.
  static func frontsNounPhrase(_ clause: Clause) -> Bool {
    let tokens = clause.tokens
    let fronted = clause.fronted
    guard !fronted.isEmpty else { return false }
    var segmentStart = fronted.lowerBound
    var index = fronted.lowerBound
    var depth = 0
    while index <= fronted.upperBound {
      let atEnd = index == fronted.upperBound
      if !atEnd {
        if tokens[index].text == "(" { depth += 1 }
        if tokens[index].text == ")" { depth -= 1 }
      }
      if atEnd || (tokens[index].text == "," && depth == 0) {
        if isNounPhrase(tokens, segmentStart..<index) { return true }
        segmentStart = index + 1
      }
      index += 1
    }
    return false
  }

  /// A fronted segment that is a bare noun phrase: no time phrase, preposition, subordinator,
  /// adverb, participle or verb of its own.
  static func isNounPhrase(_ tokens: [SentenceToken], _ segment: Range<Int>) -> Bool {
    var start = segment.lowerBound
    if let dateEnd = ClauseParser.frontedDateEnd(tokens, from: start), dateEnd <= segment.upperBound
    {
      start = dateEnd
    }
    guard start < segment.upperBound else { return false }
    let first = tokens[start]
    let lower = first.lower
    guard first.isWord, !first.isNumber else { return false }
    if Lexicon.prepositions.contains(lower) || Lexicon.subordinators.contains(lower)
      || Lexicon.frontedStarters.contains(lower) || Lexicon.conjunctions.contains(lower)
      || lower.hasSuffix("ly") || lower.hasSuffix("ing") || ClauseParser.isPastVerb(first)
      || DateWords.isMonth(first.text)
    {
      return false
    }
    if (start..<segment.upperBound).contains(where: {
      ClauseParser.isVerbStart(tokens, $0, end: segment.upperBound)
    }) {
      return false
    }
    return Lexicon.determiners.contains(lower) || first.isCapitalized
  }

  static let scopeUnits: Set<String> = timeUnits.union(["century", "centuries", "decade"])

  /// "Over 24 hours on 15-16 April 1949, in what crews called the Easter Parade, the Allies
  /// flew 1,398 flights": fronted words that bound the fact in time, which the question
  /// drops (only a plain time phrase travels to its end), so the count reads as the total.
  static func dropsFrontedScope(_ clause: Clause) -> Bool {
    guard !clause.fronted.isEmpty, clause.frontedTime == nil else { return false }
    if dropsFrontedTerms(clause) { return true }
    return clause.fronted.contains {
      let token = clause.tokens[$0]
      return token.isNumber || DateWords.isMonth(token.text)
        || NumberWords.value(of: token.lower) != nil
    }
  }

  /// "… chose Te Wherowhero, who had refused to sign, as the first king": a question that
  /// ends at the relative clause drops what he was chosen as ("Whom did the tribes choose?").
  static func dropsAsComplement(_ tokens: [SentenceToken], end: Int) -> Bool {
    guard end + 1 < tokens.count, tokens[end].text == ",",
      ["who", "which"].contains(tokens[end + 1].lower)
    else { return false }
    guard let close = tokens[(end + 2)...].firstIndex(where: { $0.text == "," }),
      close + 1 < tokens.count
    else { return false }
    return tokens[close + 1].lower == "as"
  }

  /// "Under the deal, the bank will lend $310 million", "As part of the plan, …", "Of the
  /// total, …": the terms the fact holds under, which a question or statement would drop with
  /// the fronted phrase.
  static func dropsFrontedTerms(_ clause: Clause) -> Bool {
    guard !clause.fronted.isEmpty else { return false }
    let first = clause.tokens[clause.fronted.lowerBound].lower
    // ("Of the total, $300 million will come from …": a part of a sum the card must name.)
    if first == "under" || first == "of" { return true }
    return first == "as" && clause.fronted.count > 2
      && clause.tokens[clause.fronted.lowerBound + 1].lower == "part"
  }

  /// Words allowed right after the answer's phrase is taken out: a prepositional phrase, a
  /// subordinate or "that" clause, an infinitive, or an adverb of manner or place.
  static let tailStarters: Set<String> = Lexicon.prepositions.union(Lexicon.subordinators).union([
    "that", "to", "than", "again", "together", "abroad", "home", "there", "here", "instead",
    // Complements of the object: "found X guilty of …".
    "guilty", "innocent", "responsible", "liable", "dead",
  ])

  /// "landed at Tempelhof airfield" → "land airfield", "deployed 600 soldiers and three
  /// helicopters" → "deploy and three helicopters", "landed 12,941 tons, roughly one aircraft
  /// every minute": what the question keeps after the removed answer must be a phrase that can
  /// follow the verb; a bare noun, a coordinated object or an absolute phrase cannot.
  static func leavesPhraseBehind(_ clause: Clause, kept: [Int], after removal: Range<Int>) -> Bool {
    let tokens = clause.tokens
    let after = kept.filter { $0 >= removal.upperBound }
    guard let first = after.first else { return false }
    let word = tokens[first]
    // "join the League that Wilson had created" → "join that Wilson had created": after a
    // removed object, "that" opens the object's relative clause unless the verb takes a
    // person and a "that" clause ("persuaded Castro that …").
    if word.lower == "that", removal.lowerBound == clause.predicate.lowerBound,
      let verb = clause.mainVerb
    {
      let lower = clause.tokens[verb].lower
      let base = VerbForms.base(ofPast: lower) ?? VerbForms.base(ofPresent: lower) ?? lower
      return !objectAndThatVerbs.contains(base)
    }
    if tailStarters.contains(word.lower) { return false }
    // "issued two bulls in 1348 declaring that …": a participle phrase on the object.
    if word.lower.hasSuffix("ing"), word.isWord, !word.isCapitalized { return false }
    // "every year", "each spring": a time adverbial.
    if ["every", "each"].contains(word.lower), after.count > 1,
      timeWords.contains(tokens[after[1]].lower)
    {
      return false
    }
    // "fell sharply in …", "ended abruptly": an adverb of manner, then nothing or a phrase.
    if word.lower.hasSuffix("ly"), word.isWord, !word.isCapitalized {
      guard after.count > 1 else { return false }
      return !tailStarters.contains(tokens[after[1]].lower)
    }
    return true
  }

  /// Verbs that take a person and a "that" clause: "told the ambassador that …".
  static let objectAndThatVerbs: Set<String> = [
    "persuade", "tell", "convince", "assure", "warn", "remind", "inform", "promise", "notify",
    "advise", "teach", "show", "satisfy", "reassure",
  ]

  /// A lowercase noun for a kind of place ("airfield", "province", "river") after a place name.
  static func isPlaceNoun(_ token: SentenceToken) -> Bool {
    guard token.isWord, !token.isCapitalized,
      let category = AnswerCategory.heads[token.lower]
    else { return false }
    return [.site, .area, .water, .city, .country].contains(category.group)
  }

  /// "deployed 600 soldiers and three helicopters": a second object joined to the counted
  /// one, which a how-many question on the first leaves out (kept, it reads "deploy and three
  /// helicopters"). Nil when "and" does not follow the count, or what follows is more than a
  /// short noun phrase.
  static func otherObject(_ clause: Clause, after removal: Range<Int>, end: Int) -> Range<Int>? {
    let tokens = clause.tokens
    let and = removal.upperBound
    guard and + 1 < end, tokens[and].lower == "and" else { return nil }
    var stop = and + 1
    while stop < end, tokens[stop].isWord, !Lexicon.prepositions.contains(tokens[stop].lower),
      !ClauseParser.isVerbStart(tokens, stop, end: end), tokens[stop].lower != "and"
    {
      stop += 1
    }
    guard stop - and >= 2, stop - and <= 5 else { return nil }
    // The rest must be nothing, a phrase or the clause's end: "… and three boats to the coast".
    if stop < end, tokens[stop].isWord, !Lexicon.prepositions.contains(tokens[stop].lower) {
      return nil
    }
    return and..<stop
  }

  /// Words that point at another event or another time the question does not give: "also",
  /// "again", "followed", "by then", "the same day", "that April".
  static let pointers: Set<String> = [
    "also", "too", "likewise", "similarly", "either", "meanwhile", "then",
    "thereafter", "afterwards", "subsequently", "same", "follow", "follows", "followed",
    "following", "next", "later", "earlier", "instead", "remaining", "rest", "now", "further",
  ]

  static let deictics: Set<String> = ["that", "this"]

  static let timeWords: Set<String> = scopeUnits.union(
    [
      "spring", "summer", "autumn", "winter", "week", "morning", "evening", "night", "day",
    ])

  /// The question leans on another event or time: a pointer word, "such" before a noun, or
  /// "that April", "this year".
  static func pointsElsewhere(_ tokens: [SentenceToken]) -> Bool {
    for (index, token) in tokens.enumerated() {
      if pointers.contains(token.lower) { return true }
      // "that Chile had no such obligation": such as the one the sentence before named.
      if token.lower == "such", index + 1 < tokens.count, tokens[index + 1].lower != "as" {
        return true
      }
      if deictics.contains(token.lower), index + 1 < tokens.count,
        DateWords.isMonth(tokens[index + 1].text) || timeWords.contains(tokens[index + 1].lower)
      {
        return true
      }
    }
    return false
  }

  /// Times of day and weekdays: left in a when-question ("When did the flood strike shortly
  /// before midnight?") they are half its answer.
  static let timesOfDay: Set<String> = [
    "midnight", "noon", "midday", "morning", "afternoon", "evening", "night", "dawn", "dusk",
    "daybreak", "o'clock", "a.m.", "p.m.", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "overnight", "tonight",
  ]

  static func hasTimeOfDay(_ tokens: [SentenceToken]) -> Bool {
    tokens.contains { timesOfDay.contains($0.lower) }
  }

  /// "Who was killed at Smithfield on 15 June?": a day and month with no year leave the time
  /// to the sentences around it, and the same day comes every year.
  static func hasYearlessDate(_ tokens: [SentenceToken]) -> Bool {
    func isDay(_ index: Int) -> Bool {
      index >= 0 && index < tokens.count && tokens[index].isNumber && tokens[index].text.count <= 2
    }
    func isYear(_ index: Int) -> Bool {
      index >= 0 && index < tokens.count && tokens[index].isNumber && tokens[index].text.count == 4
    }
    for (index, token) in tokens.enumerated() where DateWords.isMonth(token.text) {
      guard isDay(index - 1) || isDay(index + 1) else { continue }
      let yearAt = isDay(index + 1) ? index + 2 : index + 1
      let afterComma = yearAt < tokens.count && tokens[yearAt].text == "," ? yearAt + 1 : yearAt
      if !isYear(yearAt) && !isYear(afterComma) { return true }
    }
    return false
  }

  /// Nouns that, after "the", name something the sentence before told of: "the failure",
  /// "the news", "the decision".
  static let backReferences: Set<String> = [
    "failure", "defeat", "success", "victory", "decision", "move", "attempt", "plan",
    "proposal", "deal", "episode", "news", "announcement", "setback", "collapse", "result",
    "outcome", "incident", "affair", "rejection", "refusal", "offer", "request", "reply",
    "day", "talks",
  ]

  /// "When the company refused to pay, Daza ordered its property seized …" → "When did Daza
  /// order its property seized?": a question or statement that drops the words before its
  /// clause drops what "there", or an "its" or "their" its person subject cannot own, pointed
  /// at. (A fronted time phrase travels with the question, so it drops nothing.)
  static func losesCutReferent(_ clause: Clause, end: Int) -> Bool {
    let tokens = clause.tokens
    let time = clause.frontedTime
    let drops = tokens.indices.prefix(clause.fronted.upperBound).contains { index in
      tokens[index].isWord && !(time?.contains(index) ?? false)
    }
    guard drops else { return false }
    // "France handed Louisiana … to its ally": a place or body as subject can own what "its"
    // names; "Daza ordered its property seized" cannot.
    let subject = clause.subjectTokens
    let ownerless =
      (1...4).contains(subject.count) && subject.allSatisfy { tokens[$0].isCapitalized }
      && !NameFrame.hasThingShape(subject.map { tokens[$0].text }.joined(separator: " "))
    for index in clause.subject.lowerBound..<min(end, tokens.count) {
      switch tokens[index].lower {
      case "its", "their": if ownerless { return true }
      case "here": return true
      // "there were …", "was there …": the existential "there" points at nothing.
      case "there":
        let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
        let before = index > 0 ? tokens[index - 1].lower : ""
        if !existentialBe.contains(next), !existentialBe.contains(before) { return true }
      default: continue
      }
    }
    return false
  }

  static let existentialBe: Set<String> = [
    "is", "are", "was", "were", "be", "been", "remain", "remained", "had", "has", "have", "will",
    "would", "could", "may", "might", "seemed", "appeared",
  ]

  /// "Whom did the failure persuade …?", "Who broke the news to …?": the question leans on
  /// the sentence before for what it asks about.
  static func leansOnBackReference(_ tokens: [SentenceToken]) -> Bool {
    for index in tokens.indices.dropLast()
    where ["the", "this", "that"].contains(tokens[index].lower) {
      let next = index + 1
      guard backReferences.contains(tokens[next].lower) else { continue }
      // "the failure of the talks", "the defeat at Narva" say which.
      if next + 1 < tokens.count, tokens[next + 1].lower == "of" { continue }
      if next + 2 < tokens.count, Lexicon.prepositions.contains(tokens[next + 1].lower),
        tokens[next + 2].isCapitalized
      {
        continue
      }
      return true
    }
    return false
  }

  /// "When did the Basic Law come into force and the Federal Republic of Germany was founded
  /// …?": an "and" or "but" followed by a noun phrase and a finite verb joins a second clause,
  /// which a single wh-question cannot ask about. (A past verb counts only under do-support,
  /// where no participle follows a subject.)
  static func joinsSecondClause(_ tokens: [SentenceToken]) -> Bool {
    let doSupport = tokens.prefix(4).contains { ["did", "does", "do"].contains($0.lower) }
    let end = tokens.count
    for index in tokens.indices where ["and", "but"].contains(tokens[index].lower) {
      let start = index + 1
      guard start < end,
        tokens[start].isCapitalized || Lexicon.determiners.contains(tokens[start].lower)
      else { continue }
      var next = start + 1
      while next < min(end, start + 10), tokens[next].isWord {
        let lower = tokens[next].lower
        if VerbForms.finiteAuxiliaries.contains(lower) { return true }
        if doSupport, ClauseParser.isVerbStart(tokens, next, end: end) { return true }
        if lower != "of", Lexicon.isFunctionWord(lower) && !Lexicon.determiners.contains(lower) {
          break
        }
        next += 1
      }
    }
    return false
  }

  /// "When did the United States break off diplomatic relations?": relations are with
  /// someone, and without the partner the question has many answers.
  static func lacksPartner(_ tokens: [SentenceToken]) -> Bool {
    guard tokens.contains(where: { ["relations", "ties"].contains($0.lower) }) else { return false }
    return !tokens.contains { ["with", "between"].contains($0.lower) }
  }

  /// Words that open a clause inside another: a verb after one is not the main verb. (The
  /// subordinating conjunctions, and the relative words.)
  static let subordinators = Lexicon.subordinators.union([
    "that", "which", "who", "whom", "whose", "where", "until",
  ])

  /// True when a window cut from a sentence has no main clause of its own: every verb in it
  /// sits after a subordinator ("Jupiter and Mars that had taken place in 1345", "the lowest
  /// reading since records began in 1941") or is a participle after a comma ("…, asked by the
  /// King for an explanation"), or the clause after its last ", and" has no verb at all ("…
  /// was needed, and in ninety days some 19,000 Berliners").
  /// Words after which a present tense is a main clause's verb ("it still stands").
  static let presentSubjects: Set<String> = [
    "it", "he", "she", "they", "we", "still", "also", "now",
  ]

  /// "The programme aims to plant …", "The county plans a … park": a present-tense verb after
  /// a definite subject, before its object, is a main verb, as news copy writes them. Words
  /// are folded (lower case); a number or the gap counts as an object's start.
  /// (A comma just before the verb means the subject is part of a longer one: "…, and the
  /// Dutch firm Noordhaven Marine BV, covers …".)
  static func hasPresentVerb(_ text: String) -> Bool {
    let raw = spaceSplit(text)
    return hasPresentVerb(raw: raw, folded: raw.map(QuestionShape.foldedWord))
  }

  /// `hasPresentVerb` on words already split at spaces and folded.
  static func hasPresentVerb(raw: [Substring], folded words: [String]) -> Bool {
    guard words.count >= 3 else { return false }
    for index in 1..<(words.count - 1) {
      if raw[index - 1].hasSuffix(",") { continue }
      let word = words[index]
      guard word.count > 3, word.hasSuffix("s"), VerbForms.base(ofPresent: word) != nil else {
        continue
      }
      let next = words[index + 1]
      guard
        presentObjects.contains(next) || next.first?.isNumber == true || next.hasPrefix("_")
      else { continue }
      let previous = words[index - 1]
      if Lexicon.isFunctionWord(previous) { continue }
      if commonPresentVerbs.contains(word)
        || (index >= 2 && ["the", "a", "an", "its", "this", "their"].contains(words[index - 2]))
      {
        return true
      }
    }
    return false
  }

  static let presentObjects: Set<String> = [
    "to", "a", "an", "the", "that", "about", "some", "more", "up", "its", "their", "his", "her",
    "nearly", "almost", "over", "around", "roughly",
  ]
  static let commonPresentVerbs: Set<String> = [
    "plans", "aims", "expects", "wants", "hopes", "intends", "says", "needs", "seeks", "holds",
    "covers", "includes", "requires", "provides", "remains", "lies", "owns", "employs",
  ]

  /// Adverbs that open a participial phrase: "First signed …", "Later renamed …".
  static let openingAdverbs: Set<String> = [
    "first", "later", "once", "originally", "then", "since", "long", "newly", "jointly",
  ]

  /// (Read with one table lookup per word; `lacksMainClauseByWords` is the same test on the
  /// word sets themselves.)
  /// Words that open a subordinate clause and nothing else.
  static let clauseOpeners: Set<String> = [
    "when", "although", "though", "because", "whereas", "unless", "if", "whenever",
  ]

  static func lacksMainClause(_ window: String) -> Bool {
    lacksMainClause(window, classOf: WordClass.of, isPast: WordClass.isPast)
  }

  /// The test itself, given how to class a folded word and whether it is a past form.
  static func lacksMainClause(
    _ window: String, classOf: (String) -> WordClass, isPast: (String, WordClass) -> Bool
  ) -> Bool {
    // (Articles' spaceSplit: the same words, cut at space bytes when that is safe; splitting
    // by Characters walked every grapheme cluster and was half this test's time.)
    let words = spaceSplit(window)
    // Each word folded once: lower-case letters and apostrophes.
    let folded = words.map(QuestionShape.foldedWord)
    // Each word's classes, read with one lookup (see `WordClass`).
    let classes = folded.map(classOf)
    var subordinate = false
    var afterComma = false
    var main = false
    var verbSinceAnd = true
    var subordinateVerb = false
    // A participle phrase opened after the subject's comma ("The court, set up in 1865, …").
    var participlePhrase = false
    var previous = ""
    var previousClass: WordClass = []
    var commas = 0
    for (index, raw) in words.enumerated() {
      let word = folded[index]
      let wordClass = classes[index]
      defer {
        previous = word
        previousClass = wordClass
      }
      if wordClass.contains(.subordinator) && index > 0
        || index == 0 && QuestionShape.clauseOpeners.contains(word)
      {
        // ("When the museum lent the object …" with no main clause after its comma is a
        // fragment; "After the war the city grew" is not, since "after" also opens a phrase.)
        subordinate = true
        subordinateVerb = false
      } else if word == "and" || word == "but", afterComma {
        verbSinceAnd = false
        subordinate = false
      } else if word == "may", index > 0, raw.first == "M" {
        // "on 6 May 1840": the month, not the auxiliary.
      } else if raw.holdsHyphen {
        // "the Ministry of Defence-owned shipbuilder": a compound adjective, not a verb.
      } else if wordClass.contains(.auxiliary) || isPast(word, wordClass) {
        let next = index + 1 < words.count ? folded[index + 1] : ""
        // "…, asked by the King", "A coast devastated by the storm": a participle, not a verb.
        // So is one that opens the window ("First signed on 6 May at Orland."), and one just
        // after a subject's first comma ("The court, set up in 1865.").
        let lexical = !wordClass.contains(.auxiliary)
        let opening =
          index == 0
          || (index == 1 && (openingAdverbs.contains(folded[0]) || folded[0].hasSuffix("ly")))
        let appositive = !main && commas == 1 && afterComma
        // ("the most exposed areas": after a word of degree, a participle describes.)
        let participle =
          lexical && (next == "by" || opening || appositive || degreeWords.contains(previous))
        if participle && appositive { participlePhrase = true }
        if !subordinate && !participle { main = true }
        // "Twelve governments that share the grounds agreed …": a second verb, not joined
        // to the first, is the main clause's again.
        if subordinate && !participle {
          if subordinateVerb && !previousClass.contains(.auxiliary)
            && previous != "and" && previous != "or" && previous != "not"
          {
            main = true
          }
          subordinateVerb = true
        }
        verbSinceAnd = true
      } else if participlePhrase, afterComma, !subordinate, word.count > 3, word.hasSuffix("s"),
        VerbForms.base(ofPresent: word) != nil
      {
        // "The programme, signed in Ica by the minister, combines …": the present verb after
        // the phrase that set off the subject is the main one.
        main = true
        verbSinceAnd = true
      } else if previousClass.contains(.presentSubject),
        VerbForms.base(ofPresent: word) != nil
      {
        // "…, and it still stands": a present tense after its subject.
        main = main || !subordinate
        verbSinceAnd = true
      }
      afterComma = raw.endsOnComma
      if afterComma { commas += 1 }
      // A comma closes a subordinate clause ("…, which it said had poisoned the air, …").
      if afterComma { subordinate = false }
    }
    if !main, hasPresentVerb(raw: words, folded: folded) { main = true }
    return !main || (!verbSinceAnd && words.count > 4)
  }

  /// Words of degree, after which a past participle describes a noun: "the most exposed".
  static let degreeWords: Set<String> = ["most", "more", "least", "less", "very", "too"]

  /// `lacksMainClause` asking each word set in turn: the reference the table must match.
  static func lacksMainClauseByWords(_ window: String) -> Bool {
    lacksMainClause(
      window,
      classOf: { word in
        var result: WordClass = []
        if subordinators.contains(word) { result.insert(.subordinator) }
        if VerbForms.auxiliaries.contains(word) { result.insert(.auxiliary) }
        if presentSubjects.contains(word) { result.insert(.presentSubject) }
        return result
      },
      isPast: { word, _ in VerbForms.base(ofPast: word) != nil })
  }

  /// The sets `lacksMainClause` asks about a word, gathered in one table so that a word is
  /// hashed once rather than once per set.
  struct WordClass: OptionSet {
    let rawValue: UInt8
    static let subordinator = WordClass(rawValue: 1)
    static let auxiliary = WordClass(rawValue: 2)
    static let presentSubject = WordClass(rawValue: 4)
    /// `VerbForms.irregularBase`'s forms, and "was" and "were".
    static let irregularPast = WordClass(rawValue: 8)

    static let table: [String: WordClass] = {
      var table: [String: WordClass] = [:]
      for word in QuestionShape.subordinators { table[word, default: []].insert(.subordinator) }
      for word in VerbForms.auxiliaries { table[word, default: []].insert(.auxiliary) }
      for word in QuestionShape.presentSubjects {
        table[word, default: []].insert(.presentSubject)
      }
      for word in VerbForms.irregularBase.keys { table[word, default: []].insert(.irregularPast) }
      for word in ["was", "were"] { table[word, default: []].insert(.irregularPast) }
      return table
    }()

    static func of(_ word: String) -> WordClass { table[word] ?? [] }

    /// `VerbForms.base(ofPast: word) != nil`: for a word already in lower case (every ASCII
    /// word `foldedWord` makes) the table and the regular endings; any other word is asked.
    static func isPast(_ word: String, _ wordClass: WordClass) -> Bool {
      guard word.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) else {
        return VerbForms.base(ofPast: word) != nil
      }
      return wordClass.contains(.irregularPast) || VerbForms.regularBase(word) != nil
    }
  }

  /// A word's letters and apostrophes, lower-cased (an ASCII word read from its bytes).
  static func foldedWord(_ raw: Substring) -> String {
    if raw.utf8.allSatisfy({ $0 < 0x80 }) {
      // Written straight into the string: no byte array to allocate for each word.
      return String(unsafeUninitializedCapacity: raw.utf8.count) { buffer in
        var count = 0
        for byte in raw.utf8 {
          switch byte {
          case 0x41...0x5A: buffer[count] = byte + 0x20
          case 0x61...0x7A, 0x27: buffer[count] = byte
          default: continue
          }
          count += 1
        }
        return count
      }
    }
    return raw.lowercased().filter { $0.isLetter || $0 == "'" }
  }
}
