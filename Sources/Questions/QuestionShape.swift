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
  static func isBrokenStatement(_ tokens: [SentenceToken]) -> Bool {
    if leavesThatClauseUnfinished(tokens) { return true }
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
