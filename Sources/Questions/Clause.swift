/// The grammatical frame of one clause of a sentence: what comes before the subject (fronted
/// time phrases, attributions, subordinate clauses), the subject, the verb group and the
/// predicate up to the end of the clause. Found with a small lexicon and spelling rules, not a
/// parser: when the frame is not clear the analysis returns nil and no short question is
/// written from the sentence.
struct Clause: Sendable {
  enum Tense { case past, present, presentPlural }

  let text: TokenText
  /// Tokens before the subject, including the comma that closes them.
  var fronted: Range<Int>
  var subject: Range<Int>
  /// A finite auxiliary that inverts in questions ("were", "has", "will"), if any.
  var auxiliary: Int?
  /// Adverbs between subject and verb, and between auxiliary and participle.
  var adverbs: [Int]
  /// The lexical verb (nil for a bare copula or auxiliary).
  var mainVerb: Int?
  var tense: Tense
  var predicate: Range<Int>
  /// ", Pol Pot's former foreign minister," inside the subject: left out of questions.
  var appositive: Range<Int>? = nil

  var tokens: [SentenceToken] { text.tokens }

  /// The subject without its appositive.
  var subjectTokens: [Int] {
    subject.filter { !(appositive?.contains($0) ?? false) }
  }

  /// The fronted phrase when it is only a time phrase ("In August 1996", "On 30 April 1999,"),
  /// without its comma: it can travel to the end of a question.
  ///
  /// Among several fronted phrases, the one that is a plain time phrase, when the others only
  /// restate it ("In the same month, on 28 July 1995,", "In 1989, only three years after …,").
  var frontedTime: Range<Int>? {
    guard !fronted.isEmpty else { return nil }
    let end = fronted.upperBound - (tokens[fronted.upperBound - 1].text == "," ? 1 : 0)
    if ClauseParser.frontedDateEnd(tokens, from: fronted.lowerBound) == end {
      return fronted.lowerBound..<end
    }
    var time: Range<Int>?
    var start = fronted.lowerBound
    for index in fronted.lowerBound...end where index == end || tokens[index].text == "," {
      let segment = start..<index
      start = index + 1
      guard !segment.isEmpty else { continue }
      if ClauseParser.frontedDateEnd(tokens, from: segment.lowerBound) == segment.upperBound {
        guard time == nil else { return nil }
        time = segment
        continue
      }
      let words = segment.map { tokens[$0] }
      let relative = words.contains { Clause.relativeWords.contains($0.lower) }
      let dated = words.contains {
        $0.isNumber || DateWords.isMonth($0.text) || NumberWords.value(of: $0.lower) != nil
      }
      if dated && !relative { return nil }
    }
    return time
  }

  /// Words that tie a time phrase to another event: such a phrase restates a date.
  static let relativeWords: Set<String> = ["after", "before", "later", "earlier", "ago"]

  /// Tokens of the verb group that stay after the subject in a question.
  var verbTail: [Int] {
    var result = adverbs
    if let mainVerb { result.append(mainVerb) }
    return result.sorted()
  }

  var verbGroupEnd: Int {
    max((auxiliary ?? -1) + 1, (mainVerb ?? -1) + 1, (adverbs.max() ?? -1) + 1)
  }
}

enum ClauseParser {
  static let sentenceEnd: Set<String> = [".", "!", "?", "…"]

  /// Frames the clause of `sentence` that contains `focus` (token indices), or the main clause
  /// when `focus` is nil.
  static func parse(_ sentence: String, focus: Range<Int>? = nil) -> Clause? {
    parse(TokenText(sentence), focus: focus)
  }

  static func parse(_ text: TokenText, focus: Range<Int>? = nil) -> Clause? {
    guard let focus else { return mainClause(text) }
    return parse(text, focus: focus, main: mainClause(text))
  }

  /// `parse(text, focus: focus)` given `main`, the sentence's `parse(text)`: a sentence's
  /// facts share its main clause, so a sentence table finds it once, not once per fact.
  static func parse(_ text: TokenText, focus: Range<Int>, main known: Clause?) -> Clause? {
    let tokens = text.tokens
    var end = tokens.count
    while end > 0, sentenceEnd.contains(tokens[end - 1].text) { end -= 1 }
    guard end > 2 else { return nil }
    // "When Vietnamese forces drove the Khmer Rouge out … on Jan. 7, 1979, the regime
    // collapsed": an answer inside the leading subordinate clause is asked from that clause.
    if ["when", "after", "before", "while", "once", "although", "because", "as"]
      .contains(tokens[0].lower),
      let comma = tokens.indices.first(where: { tokens[$0].text == "," && $0 >= focus.upperBound }),
      !(1..<max(1, focus.lowerBound)).contains(where: {
        tokens[$0].text == "," && !tokens[$0 + 1].isNumber
      }
      ),
      var clause = frame(text, start: 1, end: comma, lowercaseSubject: true)
    {
      clause.fronted = 0..<clause.fronted.upperBound
      return reanchor(clause, focus: focus, end: comma) ?? clause
    }
    guard let main = known else { return nil }
    var chosen = main
    // Coordinated clauses with their own subject ("…, and on 24 September 1993 Sihanouk became
    // king again"): the one holding the answer is the frame.
    for index in main.predicate
    where tokens[index].lower == "and" && index + 1 < end && index > 0
      && (tokens[index - 1].text == "," || timePrepositions.contains(tokens[index + 1].lower))
    {
      guard index + 1 <= focus.lowerBound, let clause = frame(text, start: index + 1, end: end),
        clause.fronted.lowerBound <= focus.lowerBound
      else { continue }
      chosen = clause
    }
    // "…, while the Government of Japan sent …": an answer after a contrasting clause belongs
    // to that clause's subject; when that clause has no clear frame, nothing is asked.
    for index in chosen.predicate
    where index < focus.lowerBound
      && (clauseBreakers.contains(tokens[index].lower) || tokens[index].text == ";")
    {
      guard let clause = frame(text, start: index + 1, end: end),
        clause.fronted.lowerBound <= focus.lowerBound
      else { return nil }
      chosen = clause
      break
    }
    if chosen.fronted.lowerBound == main.fronted.lowerBound {
      chosen = reanchor(chosen, focus: focus, end: end) ?? chosen
    }
    return chosen
  }

  /// The sentence's main clause, whatever fact is asked of it (`parse(text)`).
  static func mainClause(_ text: TokenText) -> Clause? {
    let tokens = text.tokens
    var end = tokens.count
    while end > 0, sentenceEnd.contains(tokens[end - 1].text) { end -= 1 }
    guard end > 2 else { return nil }
    var starts = [0]
    for index in 0..<end where tokens[index].text == "," && index + 1 < end {
      starts.append(index + 1)
    }
    // The main clause: the first start that frames, after any fronted phrases.
    var main: Clause?
    var segmentStart = 0
    for start in starts {
      if start > 0 {
        // "…Peacekeeping Forces, Mines and …": a comma inside a name or list, not the end of a
        // fronted phrase.
        let opener = tokens[segmentStart]
        let opensFronted =
          Lexicon.prepositions.contains(opener.lower)
          || Lexicon.subordinators.contains(opener.lower)
          || Lexicon.frontedStarters.contains(opener.lower) || opener.lower.hasSuffix("ly")
          || opener.lower.hasSuffix("ing") || !opener.isCapitalized
        // "On 5 August 1963 the United States, the Soviet Union and …": a date and then a
        // name before the comma, and "the" and a name after it, are a list of subjects.
        let namesAfter =
          tokens[start].isCapitalized
          || (tokens[start].lower == "the" && start + 1 < end && tokens[start + 1].isCapitalized)
        let dateThenName =
          opensFronted
          && frontedDateEnd(tokens, from: segmentStart).map {
            $0 < start - 1 && (tokens[$0].lower == "the" || tokens[$0].isCapitalized)
          } ?? false
        if (!opensFronted || dateThenName) && start >= 2 && tokens[start - 2].isCapitalized
          && namesAfter
        {
          continue
        }
        segmentStart = start
      }
      if let clause = frame(text, start: start, end: end) {
        main = clause
        break
      }
    }
    guard var main else { return nil }
    // "Princess Isabel, who was ruling … while her father, Emperor Pedro II, was being treated
    // …, signed": a subject found after ", who" is the relative clause's, and the sentence's own
    // is before it; no frame is safer than one that makes the father sign.
    if (0..<main.subject.lowerBound).contains(where: {
      $0 > 0 && tokens[$0 - 1].text == "," && ["who", "which", "whose"].contains(tokens[$0].lower)
    }) {
      return nil
    }
    // Everything before the main clause's subject is fronted material, however many commas.
    main.fronted = 0..<main.fronted.upperBound
    return main
  }

  /// Words that open a clause with a subject of its own, never the main clause's.
  static let clauseBreakers: Set<String> = ["while", "whereas", "whilst"]

  static let timePrepositions: Set<String> = [
    "in", "on", "during", "between", "from", "by", "after", "before", "since", "at", "until",
  ]

  /// "On the afternoon of May 13, 1888", "In the spring of 1452": a part of a day or a
  /// season before the date is still the time phrase.
  static let partsOfTime: Set<String> = [
    "morning", "afternoon", "evening", "night", "eve", "spring", "summer", "autumn", "fall",
    "winter",
  ]

  /// Where a sentence-initial time phrase ends ("On 30 April 1999", "Between 1948 and 1952",
  /// "In the mid-1990s", "On the afternoon of May 13, 1888"), or nil when the sentence does
  /// not start with one.
  /// Words and marks inside a fronted date ("in early May and June", "from 1946 to 1954").
  /// (Sets made once: `frontedDateEnd` runs at every clause start the parser tries.)
  static let dateConnectives: Set<String> = [
    "and", "to", "–", "-", ".", "the", "early", "late", "of",
  ]
  /// The connectives a fronted date does not end on ("In 1946 and", "In the").
  static let dateTrailers: Set<String> = ["and", "to", "–", "-", "the", "of", "early", "late"]

  static func frontedDateEnd(_ tokens: [SentenceToken], from start: Int = 0) -> Int? {
    guard start < tokens.count, timePrepositions.contains(tokens[start].lower) else { return nil }
    var index = start + 1
    var sawDate = false
    while index < tokens.count {
      let token = tokens[index]
      let lower = token.lower
      if token.isNumber || DateWords.isMonth(token.text) || lower.hasPrefix("mid-") {
        sawDate = true
      } else if dateConnectives.contains(lower)
        || (token.text == "," && index + 1 < tokens.count && tokens[index + 1].isNumber)
        || (partsOfTime.contains(lower) && index + 1 < tokens.count
          && tokens[index + 1].lower == "of")
      {
        // connective inside the date
      } else {
        break
      }
      index += 1
    }
    while index > start + 1,
      dateTrailers.contains(tokens[index - 1].lower)
    {
      index -= 1
    }
    return sawDate ? index : nil
  }

  static func frame(
    _ text: TokenText, start clauseStart: Int, end: Int, lowercaseSubject: Bool = false
  ) -> Clause? {
    let tokens = text.tokens
    var start = clauseStart
    // A time phrase before the subject, with or without its comma: "On 30 April 1999 Cambodia".
    if let dateEnd = frontedDateEnd(tokens, from: start), dateEnd < end {
      start = tokens[dateEnd].text == "," ? dateEnd + 1 : dateEnd
    }
    guard start < end, tokens[start].isWord else { return nil }
    let first = tokens[start].lower
    if Lexicon.pronouns.contains(first) || Lexicon.prepositions.contains(first)
      || Lexicon.subordinators.contains(first) || Lexicon.conjunctions.contains(first)
      || first == "according" || first == "there"
    {
      return nil
    }
    if !tokens[start].isCapitalized && !Lexicon.determiners.contains(first) && !lowercaseSubject {
      return nil
    }
    // "Only after the Parliament passed the Act … did Rio act": an inverted clause, whose
    // subject comes after its auxiliary. ("Only 44 people survived" is a plain subject.)
    if ["only", "not", "never", "nor", "seldom", "rarely"].contains(first), start + 1 < end,
      Lexicon.prepositions.contains(tokens[start + 1].lower)
        || Lexicon.subordinators.contains(tokens[start + 1].lower)
        || ["then", "once", "until", "till", "later", "recently", "only"].contains(
          tokens[start + 1].lower)
    {
      return nil
    }
    var verbAt: Int?
    var index = start + 1
    var depth = 0
    var appositive: Range<Int>?
    // A subject of up to 24 tokens, besides an appositive or relative clause left out of it.
    while index < min(end, start + 24 + (appositive?.count ?? 0)) {
      let token = tokens[index]
      if token.text == "(" {
        depth += 1
      } else if token.text == ")" {
        depth -= 1
      } else if depth == 0 {
        if token.text == ",", appositive == nil,
          (start..<index).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text == "." }),
          let close = ((index + 1)..<min(end, index + 14)).first(where: { tokens[$0].text == "," }),
          close > index + 1, close + 1 < end,
          ((index + 1)..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].text == "'" }),
          isVerbStart(tokens, close + 1, end: end)
            || (Lexicon.verbAdverbs.contains(tokens[close + 1].lower) && close + 2 < end
              && isVerbStart(tokens, close + 2, end: end))
        {
          // "Ieng Sary, Pol Pot's former foreign minister, defected": skip the appositive.
          appositive = index..<(close + 1)
          index = close + 1
          continue
        }
        if token.text == ",", appositive == nil,
          let close = relativeClauseEnd(tokens, at: index, end: end)
        {
          // "Princess Isabel, who was ruling while her father, Emperor Pedro II, was abroad,
          // signed": the relative clause is left out like an appositive.
          appositive = index..<(close + 1)
          index = close + 1
          continue
        }
        if !token.isWord && token.text != "'" && token.text != "’" { return nil }
        if token.isWord && isVerbStart(tokens, index, end: end)
          && !isReducedRelative(tokens, index, end: end)
        {
          verbAt = index
          break
        }
      }
      index += 1
    }
    // "a group of young radicals who met at the coffee house … set out": the verb after a
    // relative word is the relative clause's, and its subject no subject of the sentence.
    guard var verb = verbAt, !["who", "which", "that", "whom"].contains(tokens[verb - 1].lower)
    else { return nil }
    var subjectEnd = verb
    var adverbs: [Int] = []
    while subjectEnd > start + 1, Lexicon.verbAdverbs.contains(tokens[subjectEnd - 1].lower),
      !(appositive?.contains(subjectEnd - 1) ?? false)
    {
      subjectEnd -= 1
      adverbs.append(subjectEnd)
    }
    let subject = start..<subjectEnd
    var auxiliary: Int?
    var mainVerb: Int?
    var tense: Clause.Tense = .past
    let lower = tokens[verb].lower
    if VerbForms.finiteAuxiliaries.contains(lower) {
      var next = verb + 1
      var innerAdverbs: [Int] = []
      while next < end,
        Lexicon.verbAdverbs.contains(tokens[next].lower)
          || ["been", "being", "be", "have"].contains(tokens[next].lower)
      {
        innerAdverbs.append(next)
        next += 1
      }
      let participle = next < end && isParticiple(tokens[next])
      if ["has", "have", "had", "do", "does", "did"].contains(lower) && !participle {
        // "had a dramatic effect": a lexical verb, asked with do-support.
        mainVerb = verb
        tense =
          lower == "has" || lower == "does"
          ? .present : (lower == "have" || lower == "do" ? .presentPlural : .past)
      } else {
        auxiliary = verb
        adverbs += innerAdverbs
        if participle {
          mainVerb = next
          verb = next
        } else if let last = innerAdverbs.last {
          verb = last
        }
        tense = ["is", "are", "am", "has", "have", "does", "do"].contains(lower) ? .present : .past
      }
    } else {
      mainVerb = verb
      tense = VerbForms.base(ofPast: lower) != nil && !isPresentForm(lower) ? .past : .present
    }
    var clause = Clause(
      text: text, fronted: clauseStart..<start, subject: subject, auxiliary: auxiliary,
      adverbs: adverbs,
      mainVerb: mainVerb, tense: tense, predicate: 0..<0, appositive: appositive)
    clause.predicate = clause.verbGroupEnd..<end
    return clause
  }

  /// The comma that closes a relative clause opened by ", who" (or "which", "whose") at
  /// `comma` right after a subject: the last comma before a finite verb within reach, since
  /// the clause may hold commas of its own ("who ruled while her father, King Oskar, was
  /// abroad, signed"). Nil when the clause runs into a semicolon, a colon, a dash or a second
  /// relative clause, which no reader could take apart safely.
  static func relativeClauseEnd(_ tokens: [SentenceToken], at comma: Int, end: Int) -> Int? {
    guard comma + 2 < end, ["who", "which", "whose"].contains(tokens[comma + 1].lower) else {
      return nil
    }
    var close: Int?
    var index = comma + 2
    while index < min(end - 1, comma + 45) {
      let token = tokens[index]
      if [";", ":", "—", "–", "(", ")"].contains(token.text) { break }
      if token.text == "," {
        if ["who", "which", "whose"].contains(tokens[index + 1].lower) { break }
        if isVerbStart(tokens, index + 1, end: end) { close = index }
      }
      index += 1
    }
    return close
  }

  /// When the answer lies in a second verb phrase ("… to Turkey and provided support worth
  /// 100,000 USD"), that verb with the same subject is the frame.
  static func reanchor(_ clause: Clause, focus: Range<Int>, end: Int) -> Clause? {
    let tokens = clause.tokens
    guard clause.predicate.contains(focus.lowerBound) else { return nil }
    var best: Int?
    for index in clause.predicate.lowerBound..<focus.lowerBound {
      let token = tokens[index].lower
      guard token == "and" || token == "," else { continue }
      let next = index + 1
      guard next < focus.lowerBound else { continue }
      if isPastVerb(tokens[next]) && !Lexicon.adjectivalParticiples.contains(tokens[next].lower) {
        best = next
      }
    }
    guard let verb = best else { return nil }
    var result = clause
    result.auxiliary = nil
    result.adverbs = []
    result.mainVerb = verb
    result.tense = .past
    result.predicate = (verb + 1)..<clause.predicate.upperBound
    return result
  }

  /// Where the clause holding `focus` ends: at a semicolon or dash, at ", and" before a new
  /// clause, at a comma before a participle or relative word, or, for long tails, at the first
  /// comma after the answer.
  /// Where a list of capitalised names that starts at `start` ends ("Aldo, Berra and Cinto"),
  /// when the list closes with "and" and is not followed by a verb of its own.
  static func nameListEnd(_ tokens: [SentenceToken], from start: Int, end: Int) -> Int? {
    var index = start
    var sawAnd = false
    while index < end {
      let token = tokens[index]
      if token.isCapitalized || token.isNumber {
        index += 1
      } else if token.text == ",", index + 1 < end, tokens[index + 1].isCapitalized, !sawAnd {
        index += 1
      } else if token.lower == "and", index + 1 < end, tokens[index + 1].isCapitalized, !sawAnd {
        sawAnd = true
        index += 1
      } else {
        break
      }
    }
    guard sawAnd, index > start else { return nil }
    if index < end, isPastVerb(tokens[index]) || isPresentForm(tokens[index].lower) {
      return nil
    }
    return index
  }

  /// Whether the token at `index` stands inside brackets ("Segesvár (Romanian: Sighișoara)"):
  /// a colon or dash there is the bracket's, not the clause's.
  static func isBracketed(_ tokens: [SentenceToken], _ index: Int) -> Bool {
    var depth = 0
    for token in tokens[..<index] {
      if token.text == "(" { depth += 1 } else if token.text == ")" { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  /// Punctuation that ends a predicate's statement ("…; the rest", "…: a list").
  /// (`clauseEnd` asks these sets of every token: made once, not as a literal per token; and
  /// a token's `lower` is its `text.lowercased()`, made once when it was cut.)
  static let predicateStops: Set<String> = [";", "–", "—", ":", "\"", "“", "”"]
  /// Words that open a subordinate clause after the predicate ("… until the war ended").
  static let subordinateOpeners: Set<String> = [
    "until", "because", "although", "unless", "whereas",
  ]

  static func clauseEnd(_ clause: Clause, after position: Int) -> Int? {
    let tokens = clause.tokens
    let end = clause.predicate.upperBound
    var index = max(position, clause.predicate.lowerBound)
    while index < end {
      let text = tokens[index].text
      if predicateStops.contains(text), !isBracketed(tokens, index) {
        return index
      }
      // "exported 4 million tonnes of rice and became …": when the answer is inside the first
      // verb phrase, the second is a statement of its own and the question stops before it.
      // (A subject or a fronted date belongs to both: "Who took over … and began …?")
      if position > clause.predicate.lowerBound, tokens[index].lower == "and", index > position,
        index + 1 < end,
        isPastVerb(tokens[index + 1]),
        !Lexicon.adjectivalParticiples.contains(tokens[index + 1].lower)
      {
        return index
      }
      // "turned back to fight the newcomers but was beaten": a second verb phrase after "but"
      // says something else of the subject, and the question stops before it.
      if tokens[index].lower == "but", index > clause.predicate.lowerBound, index + 1 < end,
        isVerbStart(tokens, index + 1, end: end)
      {
        return index
      }
      if text == "," {
        let next = index + 1 < end ? tokens[index + 1] : nil
        guard let next else { return index }
        let lower = next.lower
        if ["and", "but", "while", "which", "who", "where", "plus", "whereas", "although", "with"]
          .contains(lower)
        {
          if lower != "and" { return index }
          if index + 2 < end {
            let after = tokens[index + 2]
            if after.isCapitalized || Lexicon.determiners.contains(after.lower)
              || isPastVerb(after) || timePrepositions.contains(after.lower)
            {
              return index
            }
          }
        } else if next.isCapitalized, let listEnd = nameListEnd(tokens, from: index + 1, end: end) {
          // "in Aldo, Berra and Cinto": a list of names goes on to its last item; cutting it
          // would change what the sentence says.
          index = listEnd
          continue
        } else if next.isCapitalized {
          // ", Son Sen, killed": an appositive inside the predicate; the clause goes on after
          // it, so no clean cut exists.
          if let close = ((index + 1)..<min(end, index + 9)).first(where: { tokens[$0].text == "," }
          ),
            close + 1 < end, tokens[close + 1].isWord, !tokens[close + 1].isCapitalized,
            !["and", "but", "which", "who", "while", "when", "where"].contains(
              tokens[close + 1].lower)
          {
            return nil
          }
          return index
        } else if lower.hasSuffix("ing") || isPastVerb(next)
          || ["set", "put", "cut", "spread", "cast", "built", "led"].contains(lower)
        {
          // ", set up in January 1949", ", founded in …": a participle phrase of its own.
          return index
        } else if next.isNumber {
          // "January 7, 1979": the comma belongs to a date.
        } else if end - index > 6 {
          return index
        }
      }
      if subordinateOpeners.contains(tokens[index].lower),
        index + 1 < end,
        tokens[index + 1].isCapitalized || Lexicon.determiners.contains(tokens[index + 1].lower)
      {
        return index
      }
      if tokens[index].lower == "and", index + 2 < end, tokens[index + 1].isCapitalized,
        (index + 2..<min(end, index + 5)).contains(where: { tokens[$0].isNumber })
      {
        // Gapping: "pledged US$500,000 and Australia A$3 million".
        return index
      }
      if tokens[index].lower == "and", index + 2 < end {
        // "… ended and the country began …": a second clause with its own subject.
        let after = tokens[index + 1]
        if (after.isCapitalized || after.lower == "the")
          && (index + 2..<min(end, index + 6)).contains(where: { isVerbStart(tokens, $0, end: end) }
          )
          && !isVerbStart(tokens, index + 1, end: end)
        {
          return index
        }
      }
      index += 1
    }
    return end
  }

  /// Punctuation that starts a new clause inside a predicate (`hardBoundary`, asked of every
  /// token before the answer: a set made once).
  static let boundaryStops: Set<String> = [";", "–", "—", ":"]
  /// Words that open a clause of their own inside a predicate ("… while the Government …").
  static let boundaryOpeners: Set<String> = [
    "until", "because", "although", "unless", "whereas", "when", "while",
  ]

  /// A boundary between the predicate's start and `position` that starts a new clause with
  /// its own subject (", and the carrier sank", "; …"): an answer beyond it is not about this
  /// clause's subject.
  static func hardBoundary(_ clause: Clause, before position: Int) -> Int? {
    let tokens = clause.tokens
    let end = clause.predicate.upperBound
    var index = clause.predicate.lowerBound
    while index < min(position, end) {
      let text = tokens[index].text
      if boundaryStops.contains(text), !isBracketed(tokens, index) { return index }
      if text == ",", index + 1 < end,
        ["which", "who", "when", "where", "while", "although", "because", "as", "whereas"]
          .contains(tokens[index + 1].lower)
      {
        return index
      }
      if boundaryOpeners.contains(tokens[index].lower), index + 1 < end,
        tokens[index + 1].isCapitalized || Lexicon.determiners.contains(tokens[index + 1].lower)
          || Lexicon.pronouns.contains(tokens[index + 1].lower)
      {
        return index
      }
      if text == ",", index + 1 < end,
        isPastVerb(tokens[index + 1])
          || ["set", "put", "cut", "spread", "cast", "built", "led"].contains(
            tokens[index + 1].lower)
      {
        // ", set up in January 1949": the date belongs to the participle phrase.
        return index
      }
      if text == ",", index + 2 < end, tokens[index + 1].lower == "and",
        timePrepositions.contains(tokens[index + 2].lower)
      {
        return index
      }
      let isAnd = text.lowercased() == "and"
      let afterAnd =
        isAnd
        ? index + 1
        : (text == "," && index + 1 < end && tokens[index + 1].lower == "and" ? index + 2 : nil)
      if let start = afterAnd, start < end {
        let after = tokens[start]
        if (after.isCapitalized || Lexicon.determiners.contains(after.lower))
          && !isVerbStart(tokens, start, end: end)
          && (start + 1..<min(end, start + 6)).contains(where: { isVerbStart(tokens, $0, end: end) }
          )
        {
          return index
        }
      }
      index += 1
    }
    return nil
  }

  static func isPresentForm(_ lower: String) -> Bool {
    ["is", "are", "am", "has", "have", "does", "do"].contains(lower)
  }

  static func isParticiple(_ token: SentenceToken) -> Bool {
    let lower = token.lower
    guard token.isWord, !token.isCapitalized else { return false }
    if VerbForms.irregularBase[lower] != nil { return true }
    if lower.hasSuffix("ing") && lower.count > 4 { return true }
    return VerbForms.base(ofPast: lower) != nil
  }

  static func isPastVerb(_ token: SentenceToken) -> Bool {
    let lower = token.lower
    guard token.isWord, !token.isCapitalized, !lower.containsASCII("-") else { return false }
    if let base = VerbForms.irregularBase[lower], base != lower,
      let forms = VerbForms.irregular[base], forms.past.contains(lower)
    {
      return true
    }
    return VerbForms.regularBase(lower) != nil
  }

  /// Prepositions that open the phrase of a reduced relative ("a fragment kept in Germany").
  static let reducedRelativePrepositions: Set<String> = [
    "in", "at", "by", "from", "on", "near", "under", "inside", "outside", "during", "since",
  ]

  /// "a fragment kept in Germany came home": a past form after a common noun, opening a phrase
  /// of place or agent that runs into another finite verb with no conjunction between, describes
  /// the noun; the later verb is the clause's. (A verb whose participle differs, "took", is never
  /// one.)
  static func isReducedRelative(_ tokens: [SentenceToken], _ index: Int, end: Int) -> Bool {
    guard index > 0, index + 2 < end else { return false }
    let previous = tokens[index - 1]
    guard previous.isWord, !previous.isCapitalized, !Lexicon.functionWords.contains(previous.lower),
      !Lexicon.verbAdverbs.contains(previous.lower),
      reducedRelativePrepositions.contains(tokens[index + 1].lower)
    else { return false }
    let lower = tokens[index].lower
    if let base = VerbForms.irregularBase[lower], let forms = VerbForms.irregular[base] {
      guard forms.participle.contains(lower) else { return false }
    } else if VerbForms.regularBase(lower) == nil {
      return false
    }
    for k in (index + 2)..<min(end, index + 9) {
      let word = tokens[k]
      if !word.isWord || Lexicon.conjunctions.contains(word.lower)
        || ["who", "which", "that"].contains(word.lower)
      {
        return false
      }
      // ("on ground raised": a word after a determiner or preposition is a noun.)
      guard !word.isCapitalized, !Lexicon.determiners.contains(tokens[k - 1].lower),
        !Lexicon.prepositions.contains(tokens[k - 1].lower)
      else { continue }
      if ["was", "were", "is", "are", "has", "have", "had"].contains(word.lower) { return true }
      if isPastVerb(word) {
        // "stood on ground raised above the plain": a second participle phrase, not a verb.
        // (Kept cautious: "came home to …" is left unread rather than risk a sentence's verb.)
        guard k + 1 < end else { return true }
        let after = tokens[k + 1].lower
        return !Lexicon.prepositions.contains(after)
          && !["above", "below", "beneath"].contains(after)
      }
    }
    return false
  }

  static let knownPresent: Set<String> = [
    "says", "expresses", "advocates", "remains", "continues", "describes", "calls", "holds",
    "includes", "marks", "celebrates", "upholds", "shows", "helps", "becomes", "lies", "stands",
  ]

  static func isVerbStart(_ tokens: [SentenceToken], _ index: Int, end: Int) -> Bool {
    let token = tokens[index]
    let lower = token.lower
    guard token.isWord, !token.isCapitalized else { return false }
    if VerbForms.finiteAuxiliaries.contains(lower) { return true }
    let previous = index > 0 ? tokens[index - 1] : nil
    if let previous, Lexicon.determiners.contains(previous.lower) { return false }
    // "the most exposed areas", "a very mixed record": a participle after a word of degree
    // describes the noun after it.
    if let previous, QuestionShape.degreeWords.contains(previous.lower), isPastVerb(token) {
      return false
    }
    // "Kate Sheppard's widowed mother brought …": after a possessive a participle describes.
    if let previous,
      ["'s", "’s", "'", "’"].contains(previous.lower) || previous.lower.hasSuffix("'s")
        || previous.lower.hasSuffix("’s")
    {
      return false
    }
    let next = index + 1 < end ? tokens[index + 1] : nil
    if isPastVerb(token) {
      if Lexicon.adjectivalParticiples.contains(lower) { return false }
      return true
    }
    if knownPresent.contains(lower) { return true }
    // "The UN advocates for …", not "Vietnamese civilians and soldiers".
    if VerbForms.base(ofPresent: lower) != nil, let previous, previous.isCapitalized,
      !Lexicon.isDemonym(previous.text), let next,
      next.isCapitalized || next.isNumber
        || Lexicon.determiners.contains(next.lower)
        || ["for", "to", "that", "with", "on", "in", "at"].contains(next.lower)
    {
      return true
    }
    return false
  }
}
