import Articles
import Facts
import Foundation

/// Turns a fact's sentence into a wh-question whose answer is the fact, or declines.
///
/// The rules follow the sentence's frame (see `Clause`): the answer's phrase is taken out,
/// the right wh-word put in front, the auxiliary inverted ("were defeated" → "When were …
/// defeated?") or do-support added with the base form ("joined" → "did … join"). Anything the
/// rules do not cover yields nil: a missing question costs less than a wrong one.
public struct QuestionPhraser: Sendable {
  /// The run's sentences, tokenised once (empty outside a writer's run).
  var sentences = SentenceTable()
  /// The words the run's articles capitalise inside sentences: names, whose capital a
  /// question keeps when it moves them.
  var properNames = ProperNames()

  public init() {}

  static let organizationHeads: Set<String> = [
    "association", "nations", "organization", "organisation", "union", "council", "party",
    "front", "chambers", "court", "courts", "institute", "academy", "army", "committee",
    "agency", "bank", "fund", "league", "alliance", "tribunal", "ministry", "government",
  ]

  /// Short answer question for `fact`, read from its source sentence.
  public func shortQuestion(for fact: Fact) -> String? {
    let sentence = fact.source.text
    let info = sentences.info(sentence)
    guard !info.isQuotation else { return nil }
    let text = info.text
    let framing = sentences.framing(fact)
    guard let focus = framing.focus, let clause = framing.clause, !isVague(clause)
    else { return nil }
    let tokens = text.tokens
    // A subject framed inside a list or a participial phrase is not who did it, and a scope
    // the question would drop ("Over 24 hours, …") changes what it asks.
    if QuestionShape.frontsNounPhrase(clause) { return nil }
    if !clause.fronted.contains(focus.lowerBound), QuestionShape.dropsFrontedScope(clause) {
      return nil
    }
    // "he arranged, at first in secret, for maize to be bought …": a phrase breaks into the
    // predicate right after its verb, and a question would keep the verb without its object.
    if let verb = clause.mainVerb, verb + 1 < tokens.count, tokens[verb + 1].text == "," {
      return nil
    }
    let question: String?
    if clause.fronted.contains(focus.lowerBound) {
      question = frontedQuestion(fact, clause, focus)
    } else if let appositive = clause.appositive, appositive.contains(focus.lowerBound) {
      question = appositiveDateQuestion(fact, clause, focus, appositive)
    } else if clause.subject.contains(focus.lowerBound) {
      question = subjectQuestion(fact, clause, focus)
    } else if clause.predicate.contains(focus.lowerBound) {
      question = predicateQuestion(fact, clause, focus)
    } else {
      question = nil
    }
    // Checked on when-questions only: their fact keeps a full cloze. (Declining a name's
    // question there moves the ranking to a weaker sentence of the same name.)
    let isDate = fact.kind == .date || fact.kind == .year
    guard let question, QuestionPhraser.isClean(question, answer: fact, tokens: tokens) else {
      return nil
    }
    if QuestionShape.losesCutReferent(clause, end: clause.predicate.upperBound) { return nil }
    let asked = sentences.tokens(question).tokens
    if isDate, QuestionShape.leavesThatClauseUnfinished(asked) { return nil }
    if isDate, QuestionShape.hasTimeOfDay(asked) { return nil }
    if QuestionShape.endsOnReportingVerb(question)
      || QuestionShape.stopsBeforeQuotation(question, of: sentence)
    {
      return nil
    }
    if !isDate, QuestionShape.hasYearlessDate(asked) { return nil }
    return QuestionPhraser.readsWhole(asked) ? question : nil
  }

  /// The last checks on any wh-question's words: it asks about one event, at a time it does
  /// not leave to another sentence, with the partners its verb needs.
  static func readsWhole(_ asked: [SentenceToken]) -> Bool {
    !QuestionShape.pointsElsewhere(asked) && !QuestionShape.joinsSecondClause(asked)
      && !QuestionShape.lacksPartner(asked) && !QuestionShape.leansOnBackReference(asked)
  }

  /// The clause that holds the fact, with the fact's tokens: nil for quotations and for
  /// sentences without a clear, specific frame, which make no statement worth asking.
  private func framedClause(of fact: Fact) -> (TokenText, Range<Int>, Clause)? {
    let info = sentences.info(fact.source.text)
    guard !info.isQuotation else { return nil }
    let text = info.text
    let framing = sentences.framing(fact)
    guard let focus = framing.focus, let clause = framing.clause, !isVague(clause)
    else { return nil }
    return (text, focus, clause)
  }

  /// A declarative statement of the clause holding the fact, fronted clauses dropped;
  /// `replacement` swaps the fact's words (for a false statement). Nil when the sentence has no
  /// clear frame.
  /// A clause that lost its main verb ("Jupiter and Mars that had taken place in 1345")
  /// states nothing: nil.
  public func statement(for fact: Fact, replacing replacement: String? = nil) -> String? {
    framedStatement(for: fact, replacing: replacement).flatMap {
      QuestionPhraser.statesSomething($0, of: fact.source.text) ? $0 : nil
    }
  }

  /// `statement(for:)`, the last checks' verdicts kept in `verdicts`: the facts of one clause
  /// often make the same statement, and the checks read its every word.
  func statement(for fact: Fact, verdicts: inout [StatementReading: Bool]) -> String? {
    guard let statement = framedStatement(for: fact, replacing: nil) else { return nil }
    let reading = StatementReading(statement: statement, sentence: fact.source.text)
    if let known = verdicts[reading] { return known ? statement : nil }
    let states = QuestionPhraser.statesSomething(statement, of: fact.source.text)
    verdicts[reading] = states
    return states ? statement : nil
  }

  /// A statement and the sentence it was cut from: what its last checks read.
  struct StatementReading: Hashable {
    var statement: String
    var sentence: String
  }

  /// The last checks on a statement cut from `sentence`: it keeps its main verb, does not end on
  /// a reporting verb, and does not stop where a quotation begins.
  static func statesSomething(_ statement: String, of sentence: String) -> Bool {
    !(QuestionShape.lacksMainClause(statement) || QuestionShape.endsOnReportingVerb(statement)
      || QuestionShape.stopsBeforeQuotation(statement, of: sentence))
  }

  private func framedStatement(for fact: Fact, replacing replacement: String?) -> String? {
    guard let (text, focus, clause) = framedClause(of: fact) else { return nil }
    var parts: [String] = []
    guard
      let end = ClauseParser.clauseEnd(
        clause, after: max(focus.upperBound, clause.predicate.lowerBound))
    else { return nil }
    // The statement must hold the fact: an answer before this clause cannot be swapped in it.
    if focus.lowerBound < clause.fronted.lowerBound { return nil }
    if !clause.fronted.contains(focus.lowerBound), QuestionShape.dropsFrontedTerms(clause) {
      return nil
    }
    // "Soviet planners diverted the Amu Darya" cut from "… the Amu Darya and Syr Darya rivers".
    if end < text.tokens.count, focus.upperBound <= end {
      let start = text.tokens[focus.lowerBound].range.lowerBound
      let span = start..<text.tokens[focus.upperBound - 1].range.upperBound
      if SentenceWindow.dropsPartner(
        span, end: text.tokens[end].range.lowerBound, in: text.scalars)
      {
        return nil
      }
    }
    if clause.fronted.contains(focus.lowerBound) {
      guard let phrase = frontedTimePhrase(clause, focus) else { return nil }
      parts.append(render(text, phrase, focus: focus, replacement: replacement))
    } else if focus.upperBound > end {
      return nil
    } else if let time = clause.frontedTime {
      // "By the 1830s, several thousand Europeans lived in New Zealand": without its time the
      // statement claims it of every time.
      parts.append(render(text, time, focus: focus, replacement: replacement))
    }
    // "helped …, sent … a new Cambodia" cut from a longer list reads as a broken sentence.
    let listEnd = max(clause.predicate.lowerBound, min(end, focus.lowerBound))
    if (clause.predicate.lowerBound..<listEnd).contains(where: {
      text.tokens[$0].text == "," && $0 + 1 < end && ClauseParser.isPastVerb(text.tokens[$0 + 1])
    }) {
      return nil
    }
    if (clause.predicate.lowerBound..<end).contains(where: {
      QuestionPhraser.objectPronouns.contains(text.tokens[$0].text)
    }) || QuestionShape.losesCutReferent(clause, end: end) {
      return nil
    }
    let body = (clause.subject.lowerBound..<end).filter {
      !(clause.appositive?.contains($0) ?? false)
    }
    parts.append(
      render(text, body, focus: focus, replacement: replacement))
    var result = parts.joined(separator: ", ")
    result = QuestionPhraser.tidy(result)
    guard let first = result.first else { return nil }
    result = first.uppercased() + result.dropFirst()
    return result + "."
  }

  /// The clause with the fact's date phrase taken out: a timeline item ("Cambodia joined the
  /// Association of Southeast Asian Nations").
  public func event(for fact: Fact) -> String? {
    framedEvent(for: fact).flatMap {
      QuestionShape.lacksMainClause($0) || QuestionShape.endsOnReportingVerb($0) ? nil : $0
    }
  }

  private func framedEvent(for fact: Fact) -> String? {
    guard let (text, focus, clause) = framedClause(of: fact) else { return nil }
    let from =
      clause.predicate.contains(focus.lowerBound) ? focus.upperBound : clause.predicate.lowerBound
    guard let end = ClauseParser.clauseEnd(clause, after: from) else { return nil }
    var removal: Range<Int>? = nil
    if clause.predicate.contains(focus.lowerBound) {
      guard focus.upperBound <= end, focus.lowerBound > clause.predicate.lowerBound,
        ["in", "on", "during"].contains(text.tokens[focus.lowerBound - 1].lower)
      else { return nil }
      removal = (focus.lowerBound - 1)..<focus.upperBound
    } else if !clause.fronted.contains(focus.lowerBound) {
      return nil
    }
    let kept = (clause.subject.lowerBound..<end).filter {
      !(removal?.contains($0) ?? false) && !(clause.appositive?.contains($0) ?? false)
    }
    if kept.contains(where: {
      $0 > clause.subject.upperBound
        && QuestionPhraser.objectPronouns.contains(text.tokens[$0].text)
    }) {
      return nil
    }
    let result = QuestionPhraser.tidy(runs(text, kept).joined(separator: " "))
    let count = spaceSplit(result).count
    guard let first = result.first, count >= 3, count <= 22 else { return nil }
    return first.uppercased() + result.dropFirst()
  }

  // MARK: - Question shapes

  func whDate(_ fact: Fact) -> String? {
    switch fact.kind {
    case .year: return "In what year"
    case .date:
      switch fact.granularity ?? .day {
      case .day: return "When"
      case .month: return "In what month and year"
      case .year: return "In what year"
      case .range:
        // Only when the sentence's own words frame the span ("From … to …", "Between … and …"),
        // so taking them out leaves a clause that reads whole.
        let first = fact.text.prefix(while: { $0 != " " }).lowercased()
        guard first == "from" || first == "between" else { return nil }
        return fact.value.split(separator: "/").allSatisfy { $0.count == 4 }
          ? "From what year to what year" : "Between which dates"
      }
    default: return nil
    }
  }

  func frontedTimePhrase(_ clause: Clause, _ focus: Range<Int>) -> Range<Int>? {
    let tokens = clause.tokens
    let start = clause.fronted.lowerBound
    // "In May 1949, …", or a span that carries its own words ("Between 1948 and 1952, …").
    let opensSpan = focus.lowerBound == start && ["from", "between"].contains(tokens[start].lower)
    // "On the afternoon of May 13, 1888": a part of the day or a season before the date.
    let partOfTime =
      focus.lowerBound == start + 4 && tokens[start + 1].lower == "the"
      && ClauseParser.partsOfTime.contains(tokens[start + 2].lower)
      && tokens[start + 3].lower == "of"
    guard
      opensSpan
        || ((focus.lowerBound == start + 1 || partOfTime)
          && ["in", "on", "during"].contains(tokens[start].lower)),
      focus.upperBound == clause.fronted.upperBound
        || (focus.upperBound < clause.fronted.upperBound && tokens[focus.upperBound].text == ",")
    else { return nil }
    return start..<focus.upperBound
  }

  func frontedQuestion(_ fact: Fact, _ clause: Clause, _ focus: Range<Int>) -> String? {
    guard let wh = whDate(fact), frontedTimePhrase(clause, focus) != nil else { return nil }
    guard let end = ClauseParser.clauseEnd(clause, after: clause.predicate.lowerBound) else {
      return nil
    }
    return invert(wh, clause, predicate: Array(clause.predicate.lowerBound..<end), append: nil)
  }

  /// "The Bangkok Declaration, signed on 8 August 1967, created …" → "When was the Bangkok
  /// Declaration signed?"
  func appositiveDateQuestion(
    _ fact: Fact, _ clause: Clause, _ focus: Range<Int>, _ appositive: Range<Int>
  ) -> String? {
    let tokens = clause.tokens
    guard let wh = whDate(fact), appositive.count >= 4,
      ClauseParser.isPastVerb(tokens[appositive.lowerBound + 1]),
      ["in", "on", "during"].contains(tokens[appositive.lowerBound + 2].lower),
      focus.lowerBound == appositive.lowerBound + 3, focus.upperBound == appositive.upperBound - 1
    else { return nil }
    let subject = subjectText(clause)
    let head = clause.subjectTokens.last.map { tokens[$0] }
    let plural = head.map { !$0.isCapitalized && $0.lower.hasSuffix("s") } ?? false
    let words = [wh, plural ? "were" : "was", subject, tokens[appositive.lowerBound + 1].lower]
    return QuestionPhraser.tidy(words.joined(separator: " ")) + "?"
  }

  func subjectQuestion(_ fact: Fact, _ clause: Clause, _ focus: Range<Int>) -> String? {
    let tokens = clause.tokens
    var subject = clause.subjectTokens
    var partner: [Int] = []
    // "Khieu Samphan and Nuon Chea surrendered": ask for one, name the other.
    if fact.kind == .person, let and = subject.firstIndex(where: { tokens[$0].lower == "and" }) {
      let left = Array(subject[..<and])
      let right = Array(subject[(and + 1)...])
      let allNames = (left + right).allSatisfy { tokens[$0].isCapitalized }
      if allNames, left == Array(focus) {
        partner = right
        subject = left
      } else if allNames, right == Array(focus) {
        partner = left
        subject = right
      } else {
        return nil
      }
    }
    guard clause.tense != .presentPlural || !partner.isEmpty else { return nil }
    if let first = subject.first, Lexicon.determiners.contains(tokens[first].lower) {
      subject.removeFirst()
    }
    // Drop a trailing acronym in parentheses: "the Extraordinary Chambers (ECCC)".
    if let last = subject.last, tokens[last].text == ")",
      let open = subject.lastIndex(where: { tokens[$0].text == "(" })
    {
      subject.removeSubrange(open...)
    }
    var wh: String
    // "The young Emperor Mutsuhito came to the throne": titles and adjectives before the name.
    if fact.kind == .person, subject.count > focus.count,
      Array(subject.suffix(focus.count)) == Array(focus),
      subject.dropLast(focus.count).allSatisfy({
        (!tokens[$0].isCapitalized && tokens[$0].isWord
          && !Lexicon.isFunctionWord(tokens[$0].lower))
          || QuestionPhraser.titleWords.contains(tokens[$0].lower)
          || QuestionPhraser.honorifics.contains(tokens[$0].text)
      })
    {
      subject = Array(focus)
    }
    if subject == Array(focus) {
      switch fact.kind {
      case .person:
        guard AnswerSort.isPerson(fact, tokens: tokens, focus: focus) else { return nil }
        wh = "Who"
      case .organization:
        wh = asksWhichOrganization(fact) ? "Which organization" : "What"
      default: return nil
      }
    } else if fact.kind == .organization || fact.kind == .person,
      let called = subject.firstIndex(where: { ["called", "named"].contains(tokens[$0].lower) }),
      called + 1 < subject.count,
      Array(subject[(called + 1)...]).drop(while: { tokens[$0].lower == "the" }).elementsEqual(
        focus)
    {
      let head = Array(subject[..<called])
      guard !head.isEmpty, head.count <= 4 else { return nil }
      wh = "Which " + runs(clause.text, head).joined(separator: " ")
    } else {
      return nil
    }
    guard let end = ClauseParser.clauseEnd(clause, after: clause.predicate.lowerBound) else {
      return nil
    }
    var words = [wh]
    if let auxiliary = clause.auxiliary {
      let singular = ["were": "was", "are": "is", "have": "has"]
      let word = tokens[auxiliary].lower
      if !partner.isEmpty, singular[word] == nil,
        !["had", "did", "will", "would", "could", "can", "might", "must", "should", "may"].contains(
          word)
      {
        return nil
      }
      words.append(singular[word] ?? word)
      words += runs(clause.text, clause.verbTail)
    } else {
      guard partner.isEmpty || clause.tense == .past else { return nil }
      words += runs(clause.text, clause.verbTail)
    }
    if (clause.predicate.lowerBound..<end).contains(where: {
      QuestionPhraser.objectPronouns.contains(tokens[$0].text)
    }) {
      return nil
    }
    // "Feng and Xiao were both killed" asked for one: "both" goes with the pair.
    words += runs(
      clause.text,
      Array(clause.predicate.lowerBound..<end).filter {
        partner.isEmpty || !["both", "together", "jointly"].contains(tokens[$0].lower)
      })
    if let time = clause.frontedTime { words.append(lowercasedFirst(clause.text.text(time))) }
    if !partner.isEmpty {
      words.append("along with " + runs(clause.text, partner).joined(separator: " "))
    }
    return QuestionPhraser.tidy(words.joined(separator: " ")) + "?"
  }

  func predicateQuestion(_ fact: Fact, _ clause: Clause, _ focus: Range<Int>) -> String? {
    let tokens = clause.tokens
    guard let end = ClauseParser.clauseEnd(clause, after: focus.upperBound) else { return nil }
    guard focus.upperBound <= end,
      ClauseParser.hardBoundary(clause, before: focus.lowerBound) == nil
    else { return nil }
    if QuestionShape.dropsAsComplement(tokens, end: end) { return nil }
    // "…, and 1847, remembered in Ireland as Black '47, brought …": a past form between commas,
    // with another verb after the second, is a participle phrase, not the clause's verb.
    if let verb = clause.mainVerb, verb > 0, tokens[verb - 1].text == ",",
      ClauseParser.isPastVerb(tokens[verb]),
      ((verb + 1)..<max(verb + 1, tokens.count - 1)).contains(where: {
        tokens[$0].text == "," && ClauseParser.isPastVerb(tokens[$0 + 1])
      })
    {
      return nil
    }
    // Reported speech: "says Vietnam's merit is written in …" has its own clause.
    if let verb = clause.mainVerb,
      ["say", "tell", "state", "claim", "believe", "think", "know", "write", "announce", "declare"]
        .contains(
          VerbForms.base(ofPast: tokens[verb].lower) ?? VerbForms.base(
            ofPresent: tokens[verb].lower) ?? tokens[verb].lower),
      (clause.predicate.lowerBound..<focus.lowerBound).contains(where: {
        ClauseParser.isVerbStart(tokens, $0, end: end) || tokens[$0].lower == "that"
      })
    {
      return nil
    }
    let before = focus.lowerBound - 1
    let beforeWord = before >= 0 ? tokens[before].lower : ""
    let directObject = before + 1 == clause.predicate.lowerBound
    var removal = focus
    var wh: String
    var prefix: [String] = []
    var append: String? = nil
    switch fact.kind {
    case .date, .year:
      guard let date = whDate(fact), ["in", "on", "during"].contains(beforeWord) else { return nil }
      wh = date
      var start = before
      // "early on 6 October", "only in 1995": the adverb goes with the date.
      while start > clause.predicate.lowerBound,
        ["early", "late", "mid", "later", "earlier", "again", "only", "just"].contains(
          tokens[start - 1].lower)
      {
        start -= 1
      }
      removal = start..<focus.upperBound
    case .number:
      guard let unit = fact.unit, unit != "%", !unit.isEmpty else { return nil }
      var stop = focus.upperBound
      let unitWords = unit.lowercased().split(separator: " ").map(String.init)
      if fact.text.lowercased().hasSuffix(unit.lowercased()) == false {
        guard stop + unitWords.count <= end,
          (0..<unitWords.count).allSatisfy({ tokens[stop + $0].lower == unitWords[$0] })
        else { return nil }
        stop += unitWords.count
      }
      var start = focus.lowerBound
      while start > clause.predicate.lowerBound,
        ["over", "about", "around", "nearly", "almost", "more", "than", "some", "approximately"]
          .contains(tokens[start - 1].lower)
      {
        start -= 1
      }
      guard
        start == clause.predicate.lowerBound
          || Lexicon.prepositions.contains(tokens[start - 1].lower)
      else { return nil }
      if start > clause.predicate.lowerBound { return nil }
      // "used some 318 million bricks and large quantities of cement": "how many" would take
      // the count out of a pair of objects and leave the other one stranded.
      // ("deployed 300 soldiers and three helicopters": a second count goes with it.)
      if stop + 1 < end, ["and", "or"].contains(tokens[stop].lower),
        !tokens[stop + 1].isNumber, NumberWords.value(of: tokens[stop + 1].lower) == nil
      {
        return nil
      }
      wh = "How many " + unit.lowercased()
      // "1.4 million tonnes of rice": the noun counted goes with "how many".
      if stop + 1 < end, tokens[stop].lower == "of", tokens[stop + 1].isWord,
        !tokens[stop + 1].isCapitalized
      {
        var last = stop + 1
        while last + 1 < end, tokens[last + 1].isWord,
          !Lexicon.isFunctionWord(tokens[last + 1].lower),
          !ClauseParser.isVerbStart(tokens, last + 1, end: end), !tokens[last + 1].isCapitalized
        {
          last += 1
        }
        wh += " " + clause.text.text(stop..<(last + 1))
        stop = last + 1
      }
      removal = start..<stop
    case .money:
      wh = "How much"
      if beforeWord == "worth", before > clause.predicate.lowerBound {
        let noun = Array(clause.predicate.lowerBound..<before)
        guard noun.count <= 5, noun.allSatisfy({ tokens[$0].isWord }) else { return nil }
        prefix = ["in"] + runs(clause.text, noun)
        removal = clause.predicate.lowerBound..<focus.upperBound
      } else {
        guard directObject else { return nil }
      }
    case .person
    where beforeWord == "by"
      || (before > 0 && tokens[before].text == "," && agentStart(clause, focus) != nil):
      // Passive agent: "was signed in Riyadh by X" → "Who signed the agreement in Riyadh?"
      guard AnswerSort.isPerson(fact, tokens: tokens, focus: focus),
        let agent = agentStart(clause, focus), let auxiliary = clause.auxiliary,
        ["was", "were", "is", "are"].contains(tokens[auxiliary].lower),
        let verb = clause.mainVerb, let base = VerbForms.base(ofPast: tokens[verb].lower),
        clause.adverbs.isEmpty
      else { return nil }
      var stop = focus.upperBound
      if stop < end, tokens[stop].text == "," { stop += 1 }
      // Several agents ("by X, and Y"): one name would not answer "who".
      if stop < end, ["and", "or", "with"].contains(tokens[stop].lower) { return nil }
      var kept = (clause.predicate.lowerBound..<end).filter { $0 < agent || $0 >= stop }
      if let last = kept.last, tokens[last].text == "," { kept.removeLast() }
      let verbText =
        ["is", "are"].contains(tokens[auxiliary].lower)
        ? VerbForms.thirdPerson(of: base) : VerbForms.past(of: base)
      var words = ["Who", verbText, subjectText(clause)]
      words += runs(clause.text, kept)
      if let time = clause.frontedTime { words.append(lowercasedFirst(clause.text.text(time))) }
      return QuestionPhraser.tidy(words.joined(separator: " ")) + "?"
    case .person:
      // The object of the verb: "Whom did the defeat persuade …?"
      guard AnswerSort.isPerson(fact, tokens: tokens, focus: focus) else { return nil }
      wh = "Whom"
      var start = focus.lowerBound
      // Role words before the name belong to the object: "former regime leaders Nuon Chea".
      while start > clause.predicate.lowerBound, tokens[start - 1].isWord,
        !Lexicon.isFunctionWord(tokens[start - 1].lower)
      {
        start -= 1
      }
      var stop = focus.upperBound
      var partner: [Int] = []
      if stop + 1 < end, tokens[stop].lower == "and", tokens[stop + 1].isCapitalized {
        var next = stop + 1
        while next < end, tokens[next].isCapitalized { next += 1 }
        partner = Array((stop + 1)..<next)
        stop = next
      }
      guard start == clause.predicate.lowerBound, clause.mainVerb != nil else { return nil }
      if !partner.isEmpty {
        append = "along with " + runs(clause.text, partner).joined(separator: " ")
      }
      removal = start..<stop
    case .place:
      guard ["in", "at", "to", "into"].contains(beforeWord), before >= clause.predicate.lowerBound
      else { return nil }
      // "crossed to Damascus" → "Where did he cross?" asks something else: after "to" only a
      // verb of going somewhere ("moved to", "was sent to") leaves "where" its destination.
      if ["to", "into"].contains(beforeWord) {
        guard let verb = clause.mainVerb,
          let base = VerbForms.base(ofPast: tokens[verb].lower)
            ?? VerbForms.base(ofPresent: tokens[verb].lower),
          QuestionPhraser.destinationVerbs.contains(base)
        else { return nil }
      }
      // "told reporters in Asunción that …" → "Where did he tell reporters?": where a thing
      // was said is a press detail, and the question drops what was said.
      if let verb = clause.mainVerb,
        NameFrame.speechVerbs.contains(tokens[verb].lower)
          || QuestionWriter.reportingVerbs.contains(tokens[verb].lower)
      {
        return nil
      }
      wh = "Where"
      removal = before..<focus.upperBound
      // "near Sa Huynh in Quang Ngai province", "in Mulhouse, in Alsace": the place names where
      // the other place is, and "Where did it land near Sa Huynh?" asks for what the question
      // already says.
      if before > clause.predicate.lowerBound {
        let previous = tokens[before - 1].text == "," ? before - 2 : before - 1
        if previous >= clause.predicate.lowerBound, tokens[previous].isCapitalized { return nil }
      }
      // "landed at Tempelhof airfield": the kind of place goes with the name it follows.
      if focus.upperBound < end, QuestionShape.isPlaceNoun(tokens[focus.upperBound]) {
        removal = before..<(focus.upperBound + 1)
      }
      // "Where … to" reads badly when the place was the end of a list: keep it simple.
      if focus.upperBound < end, tokens[focus.upperBound].lower == "and" { return nil }
    case .organization, .term, .event:
      var start = focus.lowerBound
      if start > clause.predicate.lowerBound, tokens[start - 1].lower == "the" { start -= 1 }
      guard start == clause.predicate.lowerBound, let verb = clause.mainVerb else { return nil }
      // "What did a letter reach?" → the White House: a place reached is asked by "where",
      // which a name of a body cannot answer.
      let base =
        VerbForms.base(ofPast: tokens[verb].lower)
        ?? VerbForms.base(
          ofPresent: tokens[verb].lower)
      if let base, QuestionPhraser.motionVerbs.contains(base) { return nil }
      wh = asksWhichOrganization(fact) ? "Which organization" : "What"
      var stop = focus.upperBound
      if stop + 2 < end, tokens[stop].text == "(", tokens[stop + 2].text == ")" { stop += 3 }
      removal = start..<stop
    case .quote:
      return nil
    }
    // "says Lyon is …": the answer heads an embedded clause, not an object.
    if removal.upperBound < end, ClauseParser.isVerbStart(tokens, removal.upperBound, end: end) {
      return nil
    }
    // "the East German leader Walter Ulbricht": the answer only modifies the noun phrase.
    if [.organization, .term, .event, .person].contains(fact.kind), removal.upperBound < end {
      let next = tokens[removal.upperBound]
      let complements: Set<String> = ["guilty", "innocent", "responsible", "liable", "dead"]
      let continuesName = next.isCapitalized || fact.kind != .person
      if next.isWord && continuesName && !Lexicon.isFunctionWord(next.lower)
        && !ClauseParser.isPastVerb(next) && !complements.contains(next.lower)
      {
        return nil
      }
    }
    var kept = (clause.predicate.lowerBound..<end).filter { !removal.contains($0) }
    if kept.first.map({ tokens[$0].text == "," }) ?? false { kept.removeFirst() }
    if fact.kind == .number, let other = QuestionShape.otherObject(clause, after: removal, end: end)
    {
      kept.removeAll { other.contains($0) }
    }
    switch fact.kind {
    case .date, .year, .place:
      let whole = kept
      kept = QuestionShape.firstConjunct(clause, kept: kept, after: removal, end: end)
      // "abdicated in April 1814 and was sent to Elba": with the second verb cut, a bare
      // first verb no longer says which time it was.
      if kept.isEmpty, whole.count > kept.count { return nil }
      if QuestionShape.isDescription(clause, kept: kept) { return nil }
      if fact.kind != .place, QuestionShape.hasRelativeTime(clause, kept: kept) { return nil }
    case .organization, .term, .event, .person:
      if QuestionShape.isCausativeReading(clause) { return nil }
    default:
      break
    }
    if QuestionShape.leavesPhraseBehind(clause, kept: kept, after: removal) { return nil }
    return invert(wh, clause, predicate: kept, prefix: prefix, append: append)
  }

  /// Verbs of going somewhere: their object is a place, whatever the extractor called it.
  /// Verbs whose place after "to" is where someone or something went: "Where did they move?"
  static let destinationVerbs: Set<String> = [
    "go", "come", "return", "move", "travel", "fly", "sail", "flee", "march", "retreat",
    "withdraw", "emigrate", "migrate", "head", "walk", "drive", "ride", "send", "deport",
    "exile", "transfer", "relocate", "take", "bring", "ship", "carry", "evacuate", "banish",
    "escape", "deliver", "retire", "steam", "advance", "export", "post",
  ]

  static let motionVerbs: Set<String> = [
    "reach", "enter", "leave", "visit", "cross", "approach", "arrive", "return", "land",
  ]

  /// wh + auxiliary + subject + rest of the verb group + predicate, with do-support when the
  /// clause has no auxiliary.
  func invert(
    _ wh: String, _ clause: Clause, predicate: [Int], prefix: [String] = [], append: String?
  ) -> String? {
    let tokens = clause.tokens
    var words = [wh]
    let subject = subjectText(clause)
    if let auxiliary = clause.auxiliary {
      words.append(tokens[auxiliary].lower)
      words.append(subject)
      words += runs(clause.text, clause.verbTail)
    } else {
      guard let verb = clause.mainVerb else { return nil }
      let lower = tokens[verb].lower
      let base: String?
      switch clause.tense {
      case .past: base = VerbForms.base(ofPast: lower)
      case .present: base = VerbForms.base(ofPresent: lower)
      case .presentPlural: base = lower
      }
      guard let base, base != "be" else { return nil }
      words.append(clause.tense == .past ? "did" : (clause.tense == .present ? "does" : "do"))
      words.append(subject)
      words += runs(clause.text, clause.adverbs.sorted())
      words.append(base)
    }
    words += prefix
    // Pronouns left in the question would point at nothing ("did Canada withdraw from it?").
    if predicate.contains(where: { QuestionPhraser.objectPronouns.contains(tokens[$0].text) }) {
      return nil
    }
    if clause.auxiliary == nil {
      // "remove … and replaced him" → "remove … and replace him" under do-support.
      var replacements: [Int: String] = [:]
      for (position, index) in predicate.enumerated() where position > 0 {
        let previous = predicate[position - 1]
        if tokens[previous].lower == "and", previous + 1 == index,
          ClauseParser.isPastVerb(tokens[index]),
          !Lexicon.adjectivalParticiples.contains(tokens[index].lower),
          let base = clause.tense == .past
            ? VerbForms.base(ofPast: tokens[index].lower)
            : VerbForms.base(ofPresent: tokens[index].lower)
        {
          replacements[index] = base
        }
      }
      words += runs(clause.text, predicate, replacing: replacements)
    } else {
      words += runs(clause.text, predicate)
    }
    if let time = clause.frontedTime, !wh.hasPrefix("When"), !wh.hasPrefix("In what"),
      !wh.hasPrefix("From what"), !wh.hasPrefix("Between which")
    {
      words.append(lowercasedFirst(clause.text.text(time)))
    }
    if let append { words.append(append) }
    return QuestionPhraser.tidy(words.joined(separator: " ")) + "?"
  }

  /// Where "by …" introducing the person starts, role words included ("by Vietnam's
  /// Minister of Industry and Trade, Tran Duc Khiem").
  func agentStart(_ clause: Clause, _ focus: Range<Int>) -> Int? {
    let tokens = clause.tokens
    var index = focus.lowerBound - 1
    var steps = 0
    while index >= clause.predicate.lowerBound, steps < 14 {
      if tokens[index].lower == "by" { return index }
      if [";", ":"].contains(tokens[index].text) { return nil }
      index -= 1
      steps += 1
    }
    return nil
  }

  func lowercasedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// "Ieng Sary, Pol Pot's former foreign minister, …" → "Who was Pol Pot's former foreign
  /// minister?": an appositive is a statement of its own.
  public func appositiveQuestion(for fact: Fact) -> String? {
    guard fact.kind == .person else { return nil }
    let sentence = fact.source.text
    let text = sentences.tokens(sentence)
    let tokens = text.tokens
    guard let focus = text.tokenRange(covering: fact.source.span) else { return nil }
    let quotes = tokens[..<focus.lowerBound].filter { QuestionPhraser.isQuoteMarks($0.text) }.count
    guard quotes % 2 == 0, focus.upperBound + 2 < tokens.count, tokens[focus.upperBound].text == ","
    else { return nil }
    let start = focus.upperBound + 1
    var stop = start
    while stop < tokens.count,
      tokens[stop].isWord || tokens[stop].text == "'"
        || tokens[stop].text == "." && stop + 1 < tokens.count && tokens[stop + 1].isWord
    {
      stop += 1
    }
    guard stop < tokens.count,
      [",", ".", ";"].contains(tokens[stop].text)
        || QuestionPhraser.isQuoteMarks(tokens[stop].text) == false && stop == tokens.count
    else { return nil }
    let phrase = Array(start..<stop)
    guard phrase.count >= 2, phrase.count <= 16 else { return nil }
    // "under Pol Pot, the royalist party …, and …" is a list, not an appositive.
    if focus.lowerBound > 0, Lexicon.prepositions.contains(tokens[focus.lowerBound - 1].lower) {
      return nil
    }
    if stop + 1 < tokens.count, tokens[stop].text == ",", tokens[stop + 1].lower == "and" {
      return nil
    }
    let first = tokens[start]
    guard AnswerSort.isPerson(fact, tokens: tokens, focus: focus) else { return nil }
    // "Thulo Pokhari, sits at about 5,100 metres": a verb, not a role, follows the comma.
    if !first.isCapitalized, VerbForms.base(ofPresent: first.lower) != nil, start + 1 < stop,
      Lexicon.isFunctionWord(tokens[start + 1].lower) || tokens[start + 1].isNumber
    {
      return nil
    }
    let banned: Set<String> = [
      "who", "which", "known", "said", "says", "and", "but", "also", "then", "as", "a", "an",
    ]
    if banned.contains(first.lower) || first.lower.hasSuffix("ing") || first.isNumber { return nil }
    if phrase.contains(where: {
      ClauseParser.isVerbStart(tokens, $0, end: stop)
        && !["former", "sent"].contains(tokens[$0].lower)
    }) {
      return nil
    }
    // A role, not a place or a date: "Pol Pot's former foreign minister", "former Director of …".
    let lowerWords = phrase.filter {
      !tokens[$0].isCapitalized && tokens[$0].isWord && !Lexicon.isFunctionWord(tokens[$0].lower)
    }
    guard !lowerWords.isEmpty || tokens[start].text.hasSuffix("'s") else { return nil }
    // "the unit's commander" points back to something the question does not say.
    if Lexicon.determiners.contains(first.lower) || Lexicon.pronouns.contains(first.lower),
      start + 1 < stop,
      tokens[start + 1].text.hasSuffix("'s") || tokens[start + 1].text.hasSuffix("’s"),
      !tokens[start + 1].isCapitalized
    {
      return nil
    }
    var role = text.text(start..<stop)
    let possessive = first.text.hasSuffix("'s") || first.text.hasSuffix("’s")
    if !possessive && !Lexicon.determiners.contains(first.lower) {
      role = "the " + role
    }
    let question = "Who was " + role + "?"
    guard QuestionPhraser.isClean(question, answer: fact, tokens: tokens),
      QuestionPhraser.readsWhole(sentences.tokens(question).tokens),
      !QuestionShape.hasYearlessDate(sentences.tokens(question).tokens)
    else { return nil }
    return question
  }

  static let honorifics: Set<String> = [
    "Emperor", "Empress", "King", "Queen", "Prince", "Princess", "President", "Prime", "Minister",
    "General", "Colonel", "Commodore", "Admiral", "Dr", "Dr.", "Professor", "Chancellor", "Mr",
    "Mrs", "Ms", "Sir", "Lord", "Lady", "Pope", "Sultan", "Shah", "Tsar", "Czar",
  ]

  static let titleWords: Set<String> = [
    "minister", "president", "director", "secretary", "general", "chairman", "chair", "chief",
    "ambassador", "commander", "king", "queen", "emperor", "prince", "princess", "governor",
    "mayor", "leader", "head", "premier", "chancellor", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "founder", "professor", "diplomat", "general", "admiral", "officer",
  ]

  /// "by Vietnam's Minister of Industry and Trade, Tran Duc Khiem, …" → "Who was Vietnam's
  /// Minister of Industry and Trade?"
  public func roleQuestion(for fact: Fact) -> String? {
    guard fact.kind == .person else { return nil }
    let text = sentences.tokens(fact.source.text)
    let tokens = text.tokens
    guard let focus = text.tokenRange(covering: fact.source.span), focus.lowerBound >= 3,
      tokens[focus.lowerBound - 1].text == ",",
      focus.upperBound == tokens.count || [",", ".", ";"].contains(tokens[focus.upperBound].text)
    else { return nil }
    let quotes = tokens[..<focus.lowerBound].filter { QuestionPhraser.isQuoteMarks($0.text) }.count
    guard quotes % 2 == 0 else { return nil }
    let roleEnd = focus.lowerBound - 1
    var start = roleEnd
    while start > 0 {
      let previous = tokens[start - 1]
      if !previous.isWord
        || ["by", "and", "with", "to", "from", "for", "as", "said"].contains(previous.lower)
      {
        break
      }
      start -= 1
    }
    // Keep a leading "the" but not "by the": the role starts after the boundary word.
    let role = Array(start..<roleEnd)
    guard role.count >= 2, role.count <= 14,
      role.contains(where: { QuestionPhraser.titleWords.contains(tokens[$0].lower) }),
      !role.contains(where: { ClauseParser.isVerbStart(tokens, $0, end: roleEnd) })
    else { return nil }
    var phrase = text.text(start..<roleEnd)
    let first = tokens[start]
    if !(first.text.hasSuffix("'s") || first.text.hasSuffix("’s"))
      && !Lexicon.determiners.contains(first.lower)
    {
      phrase = "the " + phrase
    } else if Lexicon.determiners.contains(first.lower) {
      phrase = lowercasedFirst(phrase)
    }
    let question = "Who was " + phrase + "?"
    guard QuestionPhraser.isClean(question, answer: fact, tokens: tokens),
      QuestionPhraser.readsWhole(sentences.tokens(question).tokens),
      !QuestionShape.hasYearlessDate(sentences.tokens(question).tokens)
    else { return nil }
    return question
  }

  func subjectText(_ clause: Clause) -> String {
    let tokens = clause.tokens
    var subject = clause.subject
    // "a UN-backed tribunal called the Extraordinary Chambers (ECCC)" → the name alone.
    if let called = subject.first(where: { ["called", "named"].contains(tokens[$0].lower) }),
      called + 1 < subject.upperBound,
      tokens[called + 1].isCapitalized || tokens[called + 1].lower == "the"
    {
      subject = (called + 1)..<subject.upperBound
      if tokens[subject.lowerBound].lower != "the" {
        return clause.text.text(subject)
      }
    }
    let kept = subject.filter { !(clause.appositive?.contains($0) ?? false) }
    var text = runs(clause.text, kept).joined(separator: " ")
    // "Formal talks began" → "did formal talks begin": a capital that only marked the start.
    if let first = kept.first, kept.count >= 2, tokens[first].isCapitalized,
      tokens[kept[1]].isWord, !tokens[kept[1]].isCapitalized, !tokens[kept[1]].isNumber,
      !["and", "or", "of"].contains(tokens[kept[1]].lower),
      !Lexicon.isDemonym(tokens[first].text), !Lexicon.determiners.contains(tokens[first].lower),
      !Lexicon.nationalities.contains(tokens[first].text),
      first == 0 || tokens[first - 1].text == ",",
      !properNames.contains(tokens[first].text)
    {
      text = lowercasedFirst(text)
    }
    // "Work began in 1961" → "did work begin", "Shares of the firm rose" → "did shares of the
    // firm rise": a first word the article also writes in lower case, and never as a name.
    if let first = kept.first, first == 0, tokens[first].isCapitalized,
      tokens[first].text.dropFirst().allSatisfy(\.isLowercase),
      kept.count == 1 || tokens[kept[1]].lower == "of",
      !properNames.contains(tokens[first].text), properNames.isCommonWord(tokens[first].text),
      !Lexicon.isDemonym(tokens[first].text),
      !Lexicon.nationalities.contains(tokens[first].text),
      !Lexicon.determiners.contains(tokens[first].lower)
    {
      text = lowercasedFirst(text)
    }
    // "Negotiations were launched" → "were negotiations launched": a lone plural common noun
    // (told by its ending, which names rarely have) was capitalised only as the first word.
    if kept.count == 1, let first = kept.first, first == 0, tokens[first].isCapitalized,
      tokens[first].text.dropFirst().allSatisfy(\.isLowercase),
      ["ions", "ments", "ities", "ials", "ances", "ences"].contains(where: {
        tokens[first].lower.hasSuffix($0)
      })
    {
      text = lowercasedFirst(text)
    }
    if let first = clause.tokens[subject].first, Lexicon.determiners.contains(first.lower) {
      text = first.lower + text.dropFirst(first.text.count)
    }
    // "Tens of thousands of people camped" → "did tens of thousands of people camp": a count
    // is no name.
    if let first = kept.first, first == 0, tokens[first].isCapitalized,
      NumberWords.value(of: tokens[first].lower) != nil
        || QuestionPhraser.countNouns.contains(tokens[first].lower)
    {
      text = lowercasedFirst(text)
    }
    return text
  }

  /// Plural counts that open a subject: "Tens of thousands", "Hundreds of families".
  static let countNouns: Set<String> = [
    "tens", "dozens", "scores", "hundreds", "thousands", "millions", "several", "many", "most",
    "some", "few", "all", "both",
  ]

  /// "Which organization" for a body the name or a known acronym says is one ("NASA"), never
  /// for a meeting, a document or a place the extractor read as an organisation.
  func asksWhichOrganization(_ fact: Fact) -> Bool {
    guard fact.kind == .organization, AnswerSort.isOrganization(fact) else { return false }
    if isOrganizationName(fact.value) { return true }
    guard let category = AnswerCategory.of(fact) else { return false }
    return category.group != .military && AnswerSort.bodyGroups.contains(category.group)
  }

  func isOrganizationName(_ name: String) -> Bool {
    TextFolding.words(name).contains { QuestionPhraser.organizationHeads.contains($0) }
  }

  /// Subjects like "the country" or "they" do not say who is meant.
  func isVague(_ clause: Clause) -> Bool {
    let words = clause.subjectTokens.map { clause.tokens[$0] }.filter(\.isWord)
    guard let first = words.first else { return true }
    if Lexicon.pronouns.contains(first.lower) { return true }
    // "First signed in 1840, it …" read as "First signed": an adverb is no subject.
    if words.count == 1, QuestionPhraser.adverbSubjects.contains(first.lower) { return true }
    if words.contains(where: { QuestionPhraser.objectPronouns.contains($0.text) }) { return true }
    if words.count > 18 { return true }
    if Lexicon.determiners.contains(first.lower) {
      let rest = words.dropFirst()
      if rest.allSatisfy({ !$0.isCapitalized })
        && rest.contains(where: { Lexicon.vagueHeads.contains($0.lower) }) && rest.count <= 2
      {
        return true
      }
    }
    return false
  }

  static let adverbSubjects: Set<String> = [
    "first", "later", "then", "finally", "soon", "once", "afterwards", "initially", "originally",
    "eventually", "meanwhile", "subsequently",
  ]

  static let objectPronouns: Set<String> = [
    "it", "them", "him", "they", "he", "she", "It", "They", "He", "She", "this", "these", "those",
  ]

  /// Like `runs`, with some tokens swapped for other words.
  func runs(_ text: TokenText, _ indices: [Int], replacing: [Int: String]) -> [String] {
    guard !replacing.isEmpty else { return runs(text, indices) }
    var result: [String] = []
    var current: [Int] = []
    for index in indices.sorted() {
      if let word = replacing[index] {
        result += runs(text, current)
        current = []
        result.append(word)
      } else {
        current.append(index)
      }
    }
    return result + runs(text, current)
  }

  func runs(_ text: TokenText, _ indices: [Int]) -> [String] {
    var result: [String] = []
    var start: Int?
    var previous: Int?
    for index in indices.sorted() {
      if let prev = previous, index == prev + 1 {
        previous = index
        continue
      }
      if let start, let previous { result.append(text.text(start..<(previous + 1))) }
      start = index
      previous = index
    }
    if let start, let previous { result.append(text.text(start..<(previous + 1))) }
    return result
  }

  func render(_ text: TokenText, _ range: Range<Int>, focus: Range<Int>, replacement: String?)
    -> String
  {
    render(text, Array(range), focus: focus, replacement: replacement)
  }

  func render(_ text: TokenText, _ indices: [Int], focus: Range<Int>, replacement: String?)
    -> String
  {
    guard let replacement, indices.contains(where: { focus.contains($0) }) else {
      return runs(text, indices).joined(separator: " ")
    }
    let before = runs(text, indices.filter { $0 < focus.lowerBound })
    let after = runs(text, indices.filter { $0 >= focus.upperBound })
    // "a 270-kilometre stretch", "a three-year programme": the fact is the figure, so its unit
    // stays ("a _____-kilometre", "the four-year project" made false).
    let last = text.tokens[focus.upperBound - 1].text
    let unit = last.firstIndex(of: "-").flatMap { dash in
      GluedUnit.opens(last[dash...])
        && (last.first?.isNumber == true || NumberWords.value(of: String(last[..<dash])) != nil)
        && (replacement == "_____" || replacement.first?.isNumber == true
          || NumberWords.value(of: replacement) != nil)
        ? String(last[dash...]) : nil
    }
    // "(CORFO)" → "(_____)": the gap keeps the spacing its words had.
    let tokens = text.tokens
    let glued = { (left: Int, right: Int) -> Bool in
      indices.contains(left) && indices.contains(right)
        && tokens[left].range.upperBound == tokens[right].range.lowerBound
    }
    var gap = replacement + (unit ?? "")
    var head = before.joined(separator: " ")
    if !head.isEmpty {
      head += glued(focus.lowerBound - 1, focus.lowerBound) ? "" : " "
    }
    if !after.isEmpty {
      gap += glued(focus.upperBound - 1, focus.upperBound) ? "" : " "
    }
    return head + gap + after.joined(separator: " ")
  }

  // MARK: - Checks

  /// Someone's words rather than the article's narrative: the sentence opens with a quotation
  /// mark, a quotation is left open (it runs on into the next sentence), quoted words make up
  /// half of it, or the narrative itself speaks in the first or second person ("We crossed
  /// …"). A short quoted name or phrase inside a narrative sentence ("known as "the
  /// Butcher"", "declared, "Ich bin ein Berliner."") leaves the narrative askable.
  static func isQuotation(_ sentence: String) -> Bool {
    // Scanned scalar by scalar: this runs for every sentence, and the words it looks for are
    // ASCII.
    var word: [UInt8] = []
    var isFirst = true
    var inQuote = false
    var sawText = false
    var wordLength = 0
    var quotedWords = 0
    var words = 0
    func isFirstPerson(_ bytes: [UInt8], first: Bool) -> Bool {
      guard !bytes.isEmpty, bytes.count <= 4 else { return false }
      if bytes == [0x49] { return true }  // "I"
      var lowered = bytes
      if first, let head = bytes.first, head >= 0x41, head <= 0x5A { lowered[0] = head + 0x20 }
      guard lowered.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
      return Lexicon.firstPerson.contains(String(decoding: lowered, as: UTF8.self))
    }
    /// Ends the current word; true when it is the narrative speaking in the first person.
    func endWord() -> Bool {
      if wordLength > 0 {
        words += 1
        if inQuote { quotedWords += 1 }
      }
      let speaks = !inQuote && isFirstPerson(word, first: isFirst)
      if wordLength > 0 { isFirst = false }
      word.removeAll(keepingCapacity: true)
      wordLength = 0
      return speaks
    }
    for scalar in sentence.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x22, 0x201C, 0x201D, 0xAB, 0xBB:
        if endWord() { return true }
        if !sawText { return true }
        switch value {
        case 0x201C, 0xAB: inQuote = true
        case 0x201D, 0xBB: inQuote = false
        default: inQuote.toggle()
        }
      case 0x41...0x5A, 0x61...0x7A:
        word.append(UInt8(value))
        wordLength += 1
        sawText = true
      case 0x27, 0x2019:
        word.append(0x2D)  // an apostrophe makes the word no match ("it's", "US's")
      default:
        // (The only alphabetic ASCII scalars are the letters above: the property table is
        // read for other scripts only.)
        if (0x30...0x39).contains(value) || (value >= 0x80 && scalar.properties.isAlphabetic) {
          word.append(0x2D)
          wordLength += 1
          sawText = true
        } else if endWord() {
          return true
        }
      }
    }
    if endWord() { return true }
    return inQuote || quotedWords * 2 >= max(words, 1) && quotedWords > 0
  }

  /// `"\"“”".contains(text)`: the text is a run of those quotation marks, in that order.
  static func isQuoteMarks(_ text: String) -> Bool { quoteMarkRuns.contains(text) }

  static let quoteMarkRuns: Set<String> = ["\"", "“", "”", "\"“", "“”", "\"“”"]

  /// "X said that …": a report of words, not an event.
  static func isReported(_ text: String) -> Bool {
    let words = TextFolding.words(text)
    return words.contains {
      ["said", "says", "say", "told", "stated", "claimed", "described"].contains($0)
    }
  }

  /// The question must not contain its own answer nor start from a pronoun.
  static func isClean(_ question: String, answer fact: Fact, tokens: [SentenceToken]) -> Bool {
    let words = spaceSplit(question)
    guard words.count >= 4, words.count <= 28 else { return false }
    // "When did Vietnam join?": a verb that needs its object leaves the question open.
    // (Only when the wh-word asks for a time or place: "Which body did Vietnam join?" asks for
    // the object, and a passive "When was it signed?" has it as subject.)
    if let first = words.first, ["When", "Where", "In", "On", "From", "Between"].contains(first),
      words.contains(where: { ["did", "does", "do"].contains($0) }),
      let last = words.last, last.hasSuffix("?"),
      transitiveVerbs.contains(last.dropLast().lowercased())
    {
      return false
    }
    // "Who was the in the presence of …": an article before a preposition is a broken splice.
    for (word, next) in zip(words, words.dropFirst()) where word == "the" || word == "a" {
      let lower = next.lowercased()
      if Lexicon.prepositions.contains(lower) || Lexicon.determiners.contains(lower) {
        return false
      }
    }
    let folded = FoldedText(question)
    if FoldedText.contains(folded, FoldedText(fact.text))
      || FoldedText.contains(folded, FoldedText(AnswerFormat.answer(for: fact)))
    {
      return false
    }
    return true
  }

  /// Verbs whose object is what the sentence is about: a question ending on one has lost it.
  static let transitiveVerbs: Set<String> = [
    "join", "sign", "send", "become", "reach", "include", "launch", "break", "approve", "adopt",
    "receive", "attend", "visit", "lead", "enter", "support", "help", "establish", "leave",
    "occupy", "invade", "annex", "ratify",
  ]

  static func tidy(_ text: String) -> String {
    var result = text
    // Most texts need no tidying: a byte scan tells, far cheaper than Foundation's searches.
    var previous: UInt8 = 0
    var untidy = false
    for byte in text.utf8 {
      if (previous == 0x20 && (byte == 0x20 || byte == 0x2C || byte == 0x2E || byte == 0x3F))
        || (previous == 0x2C && byte == 0x2C)
      {
        untidy = true
        break
      }
      previous = byte
    }
    if !untidy {
      while let last = result.last, ",;:".contains(last) || last == " " { result.removeLast() }
      return result
    }
    for (from, to) in [("  ", " "), (" ,", ","), (" .", "."), (",,", ","), (" ?", "?")] {
      while result.contains(from) { result = result.replacingOccurrences(of: from, with: to) }
    }
    while let last = result.last, ",;:".contains(last) || last == " " { result.removeLast() }
    return result
  }
}
