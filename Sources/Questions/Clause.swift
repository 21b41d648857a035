/// The grammatical frame of one clause of a sentence: what comes before the subject (fronted
/// time phrases, attributions, subordinate clauses), the subject, the verb group and the
/// predicate up to the end of the clause. Found with a small lexicon and spelling rules, not a
/// parser: when the frame is not clear the analysis returns nil and no short question is
/// written from the sentence.
struct Clause {
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

  var tokens: [Token] { text.tokens }

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
    let text = TokenText(sentence)
    var end = text.tokens.count
    while end > 0, sentenceEnd.contains(text.tokens[end - 1].text) { end -= 1 }
    guard end > 2 else { return nil }
    var starts = [0]
    for index in 0..<end where text.tokens[index].text == "," && index + 1 < end {
      starts.append(index + 1)
    }
    for start in starts {
      if var clause = frame(text, start: start, end: end) {
        if let focus { clause = reanchor(clause, focus: focus, end: end) ?? clause }
        return clause
      }
    }
    return nil
  }

  static func frame(_ text: TokenText, start: Int, end: Int) -> Clause? {
    let tokens = text.tokens
    guard start < end, tokens[start].isWord else { return nil }
    let first = tokens[start].lower
    if Lexicon.pronouns.contains(first) || Lexicon.prepositions.contains(first)
      || Lexicon.subordinators.contains(first) || Lexicon.conjunctions.contains(first)
      || first == "according" || first == "there"
    {
      return nil
    }
    if !tokens[start].isCapitalized && !Lexicon.determiners.contains(first) { return nil }
    var verbAt: Int?
    var index = start + 1
    var depth = 0
    while index < min(end, start + 16) {
      let token = tokens[index]
      if token.text == "(" {
        depth += 1
      } else if token.text == ")" {
        depth -= 1
      } else if depth == 0 {
        if !token.isWord && token.text != "'" && token.text != "’" { return nil }
        if token.isWord && isVerbStart(tokens, index, end: end) {
          verbAt = index
          break
        }
      }
      index += 1
    }
    guard var verb = verbAt else { return nil }
    var subjectEnd = verb
    var adverbs: [Int] = []
    while subjectEnd > start + 1, Lexicon.verbAdverbs.contains(tokens[subjectEnd - 1].lower) {
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
      text: text, fronted: 0..<start, subject: subject, auxiliary: auxiliary, adverbs: adverbs,
      mainVerb: mainVerb, tense: tense, predicate: 0..<0)
    clause.predicate = clause.verbGroupEnd..<end
    return clause
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
  static func clauseEnd(_ clause: Clause, after position: Int) -> Int {
    let tokens = clause.tokens
    let end = clause.predicate.upperBound
    var index = max(position, clause.predicate.lowerBound)
    while index < end {
      let text = tokens[index].text
      if [";", "–", "—", ":", "\"", "“", "”"].contains(text) { return index }
      if text == "," {
        let next = index + 1 < end ? tokens[index + 1] : nil
        guard let next else { return index }
        let lower = next.lower
        if ["and", "but", "while", "which", "who", "where", "plus", "whereas", "although"]
          .contains(lower)
        {
          if lower != "and" { return index }
          if index + 2 < end {
            let after = tokens[index + 2]
            if after.isCapitalized || Lexicon.determiners.contains(after.lower)
              || isPastVerb(after)
            {
              return index
            }
          }
        } else if lower.hasSuffix("ing") || next.isCapitalized {
          return index
        } else if end - index > 6 {
          return index
        }
      }
      if text.lowercased() == "and", index + 2 < end {
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

  static func isPresentForm(_ lower: String) -> Bool {
    ["is", "are", "am", "has", "have", "does", "do"].contains(lower)
  }

  static func isParticiple(_ token: Token) -> Bool {
    let lower = token.lower
    guard token.isWord, !token.isCapitalized else { return false }
    if VerbForms.irregularBase[lower] != nil { return true }
    if lower.hasSuffix("ing") && lower.count > 4 { return true }
    return VerbForms.base(ofPast: lower) != nil
  }

  static func isPastVerb(_ token: Token) -> Bool {
    let lower = token.lower
    guard token.isWord, !token.isCapitalized, !lower.contains("-") else { return false }
    if let base = VerbForms.irregularBase[lower], base != lower,
      let forms = VerbForms.irregular[base], forms.past.contains(lower)
    {
      return true
    }
    return VerbForms.regularBase(lower) != nil
  }

  static let knownPresent: Set<String> = [
    "says", "expresses", "advocates", "remains", "continues", "describes", "calls", "holds",
    "includes", "marks", "celebrates", "upholds", "shows", "helps", "becomes", "lies", "stands",
  ]

  static func isVerbStart(_ tokens: [Token], _ index: Int, end: Int) -> Bool {
    let token = tokens[index]
    let lower = token.lower
    guard token.isWord, !token.isCapitalized else { return false }
    if VerbForms.finiteAuxiliaries.contains(lower) { return true }
    let previous = index > 0 ? tokens[index - 1] : nil
    if let previous, Lexicon.determiners.contains(previous.lower) { return false }
    let next = index + 1 < end ? tokens[index + 1] : nil
    let nextIsContent =
      next.map {
        $0.isWord && !$0.isCapitalized && !$0.isNumber && !Lexicon.isFunctionWord($0.lower)
      }
      ?? false
    if isPastVerb(token) {
      if Lexicon.adjectivalParticiples.contains(lower) { return false }
      return true
    }
    if knownPresent.contains(lower) { return true }
    if VerbForms.base(ofPresent: lower) != nil, let previous, previous.isCapitalized,
      !nextIsContent, next != nil
    {
      return true
    }
    return false
  }
}
