import Articles

/// The part of a long sentence that holds a fact and still reads as a sentence of its own, so
/// a fact told in a 50-word sentence can be a cloze of 20 words instead of no card at all.
///
/// The sentence is cut first where it joins whole clauses ("; ", a spaced dash, ": ", which
/// also drop a dateline such as "GENEVA, March 12 (Agency) - "), then, when that part is still
/// too long, its tail is cut after the fact where a trailing clause begins (", which", ", and",
/// ", while" …). The head is never cut inside a clause: what follows ", which" has no subject.
struct SentenceWindow: Equatable {
  var text: String
  /// The fact's span inside `text`, in Unicode scalars.
  var span: Range<Int>

  static let clauseBreaks = ["; ", " - ", " — ", " – ", ": "]
  static let trailingClauses = [
    ", which ", ", who ", ", where ", ", while ", ", but ", ", and ", ", as ", ", after ",
    ", before ", ", when ", ", although ", ", including ", ", in which ", ", with ",
    " in which ", " which ",
  ]
  /// Openers of a clause with its own subject, where a window may start.
  /// (Not ", and": it also joins the last item of a list of subjects.)
  static let headClauses = [", while ", ", but ", ", whereas "]
  static let headClauseScalars = headClauses.map { Array($0.unicodeScalars) }
  /// ", and ", which starts a window only after a clause with a verb of its own.
  static let andClauseScalars = Array(", and ".unicodeScalars)
  /// The breaks and clause openers as scalars, made once rather than on every call.
  static let clauseBreakScalars = clauseBreaks.map { Array($0.unicodeScalars) }
  static let trailingClauseScalars = trailingClauses.map { Array($0.unicodeScalars) }

  /// How many brackets are open at each scalar of `scalars`.
  static func bracketDepths(_ scalars: [Unicode.Scalar]) -> [Int] {
    var depths: [Int] = []
    depths.reserveCapacity(scalars.count)
    var depth = 0
    for scalar in scalars {
      if scalar == "(" { depth += 1 }
      depths.append(depth)
      if scalar == ")" { depth = max(0, depth - 1) }
    }
    return depths
  }

  /// A window of `sentence` holding `span`, with at most `maxWords` words; nil when no cut
  /// gives one of at least `minWords`. When the clause breaks give none, a sum that opens one
  /// of a list of parallel clauses is asked from its own clause (`parallelClause`).
  static func around(
    _ span: Range<Int>, in sentence: String, maxWords: Int = 40, minWords: Int = 6
  ) -> SentenceWindow? {
    // (The sentence's scalars are made once for both ways of cutting.)
    let scalars = scalarArray(sentence)
    guard span.lowerBound >= 0, span.upperBound <= scalars.count else { return nil }
    if let window = atBreaks(span, in: scalars, maxWords: maxWords, minWords: minWords) {
      return window
    }
    guard words(scalars[...]) > maxWords else { return nil }
    return parallelClause(span, in: scalars, maxWords: maxWords, minWords: minWords)
  }

  /// The window `around` cuts at the sentence's clause breaks.
  static func atBreaks(
    _ span: Range<Int>, in scalars: [Unicode.Scalar], maxWords: Int, minWords: Int
  ) -> SentenceWindow? {
    // The clause that holds the fact, between whole-clause breaks. A break inside brackets
    // ("Segesvár (Romanian: Sighișoara)") is the bracket's, not the sentence's.
    var start = 0
    var end = scalars.count
    let bracketed = scalars.contains("(") ? bracketDepths(scalars) : nil
    for needle in clauseBreakScalars {
      for offset in occurrences(of: needle, in: scalars) where (bracketed?[offset] ?? 0) == 0 {
        if offset + needle.count <= span.lowerBound {
          start = max(start, offset + needle.count)
        } else if offset >= span.upperBound {
          end = min(end, offset)
        } else {
          return nil  // the break is inside the fact
        }
      }
    }
    // Still too long, and the fact in a clause of its own after ", while" or ", but" ("…,
    // while the provincial government will contribute Rs60 crore …"): start there, when what
    // follows has its own subject and verb.
    if words(scalars[start..<end]) > maxWords {
      for needle in headClauseScalars {
        for offset in occurrences(of: needle, in: scalars)
        where offset > start && offset + needle.count <= span.lowerBound {
          let head = offset + needle.count
          guard let first = scalars[head...].first,
            first.properties.isUppercase
              || ["the ", "a ", "an ", "its ", "their "].contains(where: {
                scalars[head...].starts(with: $0.unicodeScalars)
              })
          else { continue }
          let clause = String(scalars: scalars[head..<end])
          // ("…, while the banks would lend the rest": the rest of what the head said.)
          if !QuestionShape.lacksMainClause(clause),
            !["the rest", "the remainder", "the others", "the balance"].contains(where: {
              clause.contains($0)
            })
          {
            start = max(start, head)
          }
        }
      }
    }
    // Still too long, and the fact in a second whole clause after ", and" ("… accepted the
    // union agreed at Florence in 1439, and the union was proclaimed … on 12 December
    // 1452"): start there, when the part before holds a verb of its own (so the ", and" ends a
    // clause, not a list of subjects) and what follows has its own subject and verb.
    if words(scalars[start..<end]) > maxWords {
      for offset in occurrences(of: andClauseScalars, in: scalars)
      where offset > start && offset + andClauseScalars.count <= span.lowerBound {
        let head = offset + andClauseScalars.count
        let clause = String(scalars: scalars[head..<end])
        guard let first = clause.first,
          first.isUppercase
            || ["the ", "a ", "an ", "on ", "in "].contains(where: { clause.hasPrefix($0) }),
          !QuestionShape.lacksMainClause(clause),
          !QuestionWriter.hasNoVerb(String(scalars: scalars[start..<offset])),
          // ("…, and the Colombian envoy Tomás Herrán, would have given …": the last of a list
          // of agents, whose verb is the sentence's, frames no clause of its own.)
          ClauseParser.parse(clause).map({ $0.fronted.isEmpty || $0.frontedTime != nil })
            ?? false
        else { continue }
        start = max(start, head)
      }
    }
    // Still too long: end it before a trailing clause that starts after the fact.
    if words(scalars[start..<end]) > maxWords {
      var cutAt = end
      for needle in trailingClauseScalars {
        for offset in occurrences(of: needle, in: scalars)
        where offset >= span.upperBound && offset < cutAt && offset > start {
          cutAt = offset
        }
      }
      // ", falling short of …", ", assigned each race …", " and asked the nation …": a
      // participle or a second verb phrase after the fact.
      // Not right after a name in apposition: in "the chief of staff, General Moshe Dayan,
      // wanted to …" the verb after the comma is the main one.
      let appositive = isAppositive(span, in: scalars)
      let starts = verbPhraseStarts(in: scalars).filter {
        $0 >= span.upperBound && $0 < cutAt && $0 > start
          && !(appositive && $0 == span.upperBound)
      }.sorted()
      // "The Second Peace, signed on _____, pushed …": a cut that leaves the subject with only
      // its participle has no clause; the next verb phrase is the main one.
      if let first = starts.first {
        cutAt =
          starts.first {
            words(scalars[start..<$0]) <= maxWords
              && !QuestionShape.lacksMainClause(String(scalars: scalars[start..<$0]) + ".")
          } ?? first
      }
      // ", who had been …, resigned": a relative clause right after the fact is taken out
      // whole, so the fact keeps its verb, and the rest is cut again.
      if cutAt == span.upperBound, let resume = relativeClauseEnd(after: cutAt, in: scalars),
        resume < end
      {
        // A fact in apposition keeps the comma that closes it: "The minister, _____, said".
        let rest = isAppositive(span, in: scalars) ? resume : resume + 1
        let joined = String(scalars: scalars[..<cutAt] + scalars[rest...])
        return around(span, in: joined, maxWords: maxWords, minWords: minWords)
      }
      // Still too long: the last comma after the fact that leaves a short enough clause,
      // not one right after the fact (", the Soviet Premier," is an apposition).
      // Only when the fact opens the clause's own words: after a fronted phrase ("In 1978,
      // responding to the call of the …") a comma may be where the main clause begins.
      if cutAt == end, words(scalars[start..<end]) > maxWords,
        !occurrences(of: [",", " "], in: scalars).contains(where: {
          $0 >= start && $0 < span.lowerBound
        })
      {
        let commas = occurrences(of: [",", " "], in: scalars).filter {
          $0 > span.upperBound && $0 < end && words(scalars[span.upperBound..<$0]) >= 3
        }
        if let fits = commas.last(where: { words(scalars[start..<$0]) <= maxWords }) {
          cutAt = fits
        }
      }

      end = cutAt
    }
    // Trim spaces and closing punctuation; the window ends with a full stop.
    while start < end, scalars[start] == " " { start += 1 }
    while end > start, " ,;:".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
    guard start <= span.lowerBound, end >= span.upperBound else { return nil }
    if end < scalars.count, dropsPartner(span, end: end, in: scalars) { return nil }
    let count = words(scalars[start..<end])
    guard count >= minWords, count <= maxWords else { return nil }
    var text = String(scalars: scalars[start..<end])
    if let last = scalars[start..<end].last, !".!?".unicodeScalars.contains(last) {
      text += "."
    }
    // A clause after a break starts with a lower-case word: write it as a sentence.
    if let first = text.first, first.isLowercase, start < span.lowerBound {
      text = first.uppercased() + text.dropFirst()
    }
    return SentenceWindow(text: text, span: (span.lowerBound - start)..<(span.upperBound - start))
  }

  /// "…, DT 25 million will pay for traps and nets, 18 million dinars will build …, and
  /// 12.5 MD will go to …": a sum that opens one of a list of parallel clauses, each a figure
  /// and its verb, is asked from its own clause ("_____ will pay for traps and nets.").
  static func parallelClause(
    _ span: Range<Int>, in scalars: [Unicode.Scalar], maxWords: Int, minWords: Int
  ) -> SentenceWindow? {
    func opensOnFigure(_ offset: Int) -> Bool {
      guard offset < scalars.count else { return false }
      let first = scalars[offset]
      return first.properties.numericType != nil
        || first.properties.generalCategory == .currencySymbol
        || (first.properties.isUppercase && offset + 1 < scalars.count
          && (scalars[offset + 1].properties.isUppercase || scalars[offset + 1] == " ")
          && offset + 3 < scalars.count
          && scalars[(offset + 1)...].prefix(4).contains { $0.properties.numericType != nil })
    }
    let start = span.lowerBound
    let before = String(scalars: scalars[max(0, start - 6)..<start])
    guard before.hasSuffix(", ") || before.hasSuffix(", and "), opensOnFigure(start) else {
      return nil
    }
    // The fact's own verb right after it: "will pay", "went".
    let after = String(scalars: scalars[span.upperBound...]).split(separator: " ").first.map {
      $0.lowercased()
    }
    guard let verb = after,
      VerbForms.auxiliaries.contains(verb) || VerbForms.base(ofPast: verb) != nil
    else { return nil }
    // The clause ends where the next figure-led clause begins.
    var end = scalars.count
    for offset in occurrences(of: [",", " "], in: scalars) where offset > span.upperBound {
      let next = offset + 2
      let andNext = next + 4
      if opensOnFigure(next)
        || (andNext < scalars.count && String(scalars: scalars[next..<andNext]) == "and "
          && opensOnFigure(andNext))
      {
        end = offset
        break
      }
    }
    // Only a clause that is one of several: a figure-led clause before or after it.
    guard end < scalars.count || before.hasSuffix(", and ") else { return nil }
    while end > start, " ,;:.".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
    // "Under the three-year plan, …": the sentence's opening phrase says whose sums they are,
    // and goes ahead of the clause.
    var lead: [Unicode.Scalar] = []
    if let comma = scalars.firstIndex(of: ","), comma < start,
      let opener = String(scalars: scalars[..<comma]).split(separator: " ").first,
      ["Under", "Of", "In", "From", "With", "Through"].contains(opener)
    {
      lead = Array(scalars[..<comma]) + [",", " "]
    }
    let count = words(scalars[start..<end]) + words(lead[...])
    guard count >= minWords, count <= maxWords else { return nil }
    let text = String(scalars: lead[...] + scalars[start..<end]) + "."
    return SentenceWindow(
      text: text, span: lead.count..<(lead.count + span.upperBound - start))
  }

  /// True when a window ending at `end`, right after the fact, cuts away its partner: "diverted
  /// the Amu Darya and Syr Darya rivers" cut to "diverted the _____", "installed by the IDCOL …,
  /// and by the BMDA" cut after the IDCOL. Either answer would then be right.
  static func dropsPartner(_ span: Range<Int>, end: Int, in scalars: [Unicode.Scalar]) -> Bool {
    // Right after the fact: nothing between but punctuation or its bracketed acronym.
    let gap = String(scalars: scalars[span.upperBound..<end])
    guard
      gap.allSatisfy({ " ,.;:)".contains($0) })
        || (gap.hasPrefix(" (") && gap.hasSuffix(")") && gap.count <= 12)
    else { return false }
    // The rest of the sentence is copied only for the facts that pass the cheap test above.
    let rest = String(scalars: scalars[end...])
    // (", and the port …" after a comma is a clause of its own; after a figure or a date,
    // "pledged $5 million and Japan $3 million" leaves the verb out of a clause of its own.)
    let tail = rest.drop { $0 == " " }
    let firstWord = String(scalars: scalars[span]).prefix { $0 != " " }
    let isName =
      firstWord.first?.isUppercase ?? false && !DateWords.isMonth(String(firstWord))
      && !firstWord.contains(where: \.isNumber)
    for joiner in ["and ", "or "] where isName && tail.hasPrefix(joiner) {
      let next = tail.dropFirst(joiner.count)
      if next.first?.isUppercase ?? false || next.hasPrefix("the ") { return true }
    }
    // The preposition that leads to the fact, coordinated again further on.
    // (Only the last words before the fact are read: a short stretch of the sentence.)
    let stretch = String(scalars: scalars[max(0, span.lowerBound - 60)..<span.lowerBound])
    let before = spaceSplit(stretch).suffix(4)
    guard let preposition = before.last(where: { partnerPrepositions.contains(String($0)) })
    else { return false }
    return rest.containsASCII(" and \(preposition) ") || rest.containsASCII(" or \(preposition) ")
  }

  static let partnerPrepositions: Set<String> = ["by", "with", "from", "to", "between", "for"]

  /// True when the words at `span`, with any title before them, follow a comma: a name in
  /// apposition ("the chief of staff, General Moshe Dayan, wanted …").
  static func isAppositive(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
    var end = span.lowerBound
    // At most a few capitalised title words ("General", "Dr.") between the comma and the name.
    for _ in 0..<4 {
      guard end >= 2, scalars[end - 1] == " " else { return false }
      if scalars[end - 2] == "," { return true }
      var start = end - 1
      while start > 0, scalars[start - 1] != " " { start -= 1 }
      guard start < end - 1, scalars[start].properties.isUppercase else { return false }
      end = start
    }
    return false
  }

  /// Where the relative clause opening at `offset` (", who …" or ", which …") gives way to
  /// the rest of its sentence: the comma that closes it, when a lower-case word follows.
  static func relativeClauseEnd(after offset: Int, in scalars: [Unicode.Scalar]) -> Int? {
    let openers = [", who ", ", which "].map { Array($0.unicodeScalars) }
    guard
      let opener = openers.first(where: {
        offset + $0.count <= scalars.count
          && scalars[offset..<(offset + $0.count)].elementsEqual($0)
      })
    else { return nil }
    var index = offset + opener.count
    while index + 2 < scalars.count {
      if scalars[index] == "," {
        return scalars[index + 1] == " " && ("a"..."z").contains(scalars[index + 2])
          ? index : nil
      }
      index += 1
    }
    return nil
  }

  /// Offsets of ", <word>ing ", ", <word>ed " and " and <word>ed ": where a participle
  /// clause or a second verb phrase joins the sentence.
  static func verbPhraseStarts(in scalars: [Unicode.Scalar]) -> [Int] {
    var starts: [Int] = []
    var index = 0
    while index < scalars.count {
      var wordStart: Int?
      if scalars[index] == ",", index + 1 < scalars.count, scalars[index + 1] == " " {
        wordStart = index + 2
      } else if index + 5 <= scalars.count,
        scalars[index..<(index + 5)].elementsEqual(" and ".unicodeScalars)
      {
        wordStart = index + 5
      }
      if let from = wordStart {
        var end = from
        while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
        let word = String(scalars: scalars[from..<end])
        let isAnd = scalars[index] == " "
        if end < scalars.count, scalars[end] == " ", word.count > 4,
          word.hasSuffix("ed") || (!isAnd && word.hasSuffix("ing"))
        {
          starts.append(index)
        }
      }
      index += 1
    }
    return starts
  }

  private static func occurrences(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar])
    -> [Int]
  {
    guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
    var found: [Int] = []
    for offset in 0...(scalars.count - needle.count)
    where scalars[offset] == needle[0]
      && scalars[offset..<(offset + needle.count)].elementsEqual(needle)
    {
      found.append(offset)
    }
    return found
  }

  private static func words(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
    var count = 0
    var inWord = false
    for scalar in scalars {
      if scalar == " " {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }
}
