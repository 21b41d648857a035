import Facts
import Foundation

/// Turns a fact's sentence into a wh-question whose answer is the fact, or declines.
///
/// The rules follow the sentence's frame (see `Clause`): the answer's phrase is taken out,
/// the right wh-word put in front, the auxiliary inverted ("were defeated" → "When were …
/// defeated?") or do-support added with the base form ("joined" → "did … join"). Anything the
/// rules do not cover yields nil: a missing question costs less than a wrong one.
public struct QuestionPhraser: Sendable {
  public init() {}

  static let organizationHeads: Set<String> = [
    "association", "nations", "organization", "organisation", "union", "council", "party",
    "front", "chambers", "court", "courts", "institute", "academy", "army", "committee",
    "agency", "bank", "fund", "league", "alliance", "tribunal", "ministry", "government",
  ]

  /// Short answer question for `fact`, read from its source sentence.
  public func shortQuestion(for fact: Fact) -> String? {
    let sentence = fact.source.text
    guard !QuestionPhraser.isQuotation(sentence) else { return nil }
    let text = TokenText(sentence)
    guard let focus = text.tokenRange(covering: fact.source.span),
      let clause = ClauseParser.parse(sentence, focus: focus),
      !isVague(clause)
    else { return nil }
    let tokens = text.tokens
    let question: String?
    if clause.fronted.contains(focus.lowerBound) {
      question = frontedQuestion(fact, clause, focus)
    } else if clause.subject.contains(focus.lowerBound) {
      question = subjectQuestion(fact, clause, focus)
    } else if clause.predicate.contains(focus.lowerBound) {
      question = predicateQuestion(fact, clause, focus)
    } else {
      question = nil
    }
    guard let question, QuestionPhraser.isClean(question, answer: fact, tokens: tokens) else {
      return nil
    }
    return question
  }

  /// A declarative statement of the clause holding the fact, fronted clauses dropped;
  /// `replacement` swaps the fact's words (for a false statement). Nil when the sentence has no
  /// clear frame.
  public func statement(for fact: Fact, replacing replacement: String? = nil) -> String? {
    let sentence = fact.source.text
    guard !QuestionPhraser.isQuotation(sentence) else { return nil }
    let text = TokenText(sentence)
    guard let focus = text.tokenRange(covering: fact.source.span),
      let clause = ClauseParser.parse(sentence, focus: focus), !isVague(clause)
    else { return nil }
    var parts: [String] = []
    let end = ClauseParser.clauseEnd(
      clause, after: max(focus.upperBound, clause.predicate.lowerBound))
    if clause.fronted.contains(focus.lowerBound) {
      guard let phrase = frontedTimePhrase(clause, focus) else { return nil }
      parts.append(render(text, phrase, focus: focus, replacement: replacement))
    } else if focus.upperBound > end {
      return nil
    }
    let body = clause.subject.lowerBound..<end
    parts.append(render(text, body, focus: focus, replacement: replacement))
    var result = parts.joined(separator: ", ")
    result = QuestionPhraser.tidy(result)
    guard let first = result.first else { return nil }
    result = first.uppercased() + result.dropFirst()
    return result + "."
  }

  /// The clause with the fact's date phrase taken out: a timeline item ("Cambodia joined the
  /// Association of Southeast Asian Nations").
  public func event(for fact: Fact) -> String? {
    let sentence = fact.source.text
    guard !QuestionPhraser.isQuotation(sentence) else { return nil }
    let text = TokenText(sentence)
    guard let focus = text.tokenRange(covering: fact.source.span),
      let clause = ClauseParser.parse(sentence, focus: focus), !isVague(clause)
    else { return nil }
    let end = ClauseParser.clauseEnd(clause, after: clause.predicate.lowerBound)
    var removal: Range<Int>? = nil
    if clause.predicate.contains(focus.lowerBound) {
      guard focus.upperBound <= end, focus.lowerBound > clause.predicate.lowerBound,
        ["in", "on", "during"].contains(text.tokens[focus.lowerBound - 1].lower)
      else { return nil }
      removal = (focus.lowerBound - 1)..<focus.upperBound
    } else if !clause.fronted.contains(focus.lowerBound) {
      return nil
    }
    let kept = (clause.subject.lowerBound..<end).filter { !(removal?.contains($0) ?? false) }
    let result = QuestionPhraser.tidy(runs(text, kept).joined(separator: " "))
    guard let first = result.first, result.split(separator: " ").count >= 3,
      result.split(separator: " ").count <= 18
    else { return nil }
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
      case .range: return nil
      }
    default: return nil
    }
  }

  func frontedTimePhrase(_ clause: Clause, _ focus: Range<Int>) -> Range<Int>? {
    let tokens = clause.tokens
    let start = clause.fronted.lowerBound
    guard focus.lowerBound == start + 1, ["in", "on", "during"].contains(tokens[start].lower),
      focus.upperBound < clause.fronted.upperBound, tokens[focus.upperBound].text == ","
    else { return nil }
    return start..<focus.upperBound
  }

  func frontedQuestion(_ fact: Fact, _ clause: Clause, _ focus: Range<Int>) -> String? {
    guard let wh = whDate(fact), frontedTimePhrase(clause, focus) != nil else { return nil }
    let end = ClauseParser.clauseEnd(clause, after: clause.predicate.lowerBound)
    return invert(wh, clause, predicate: Array(clause.predicate.lowerBound..<end), append: nil)
  }

  func subjectQuestion(_ fact: Fact, _ clause: Clause, _ focus: Range<Int>) -> String? {
    let tokens = clause.tokens
    guard clause.tense != .presentPlural else { return nil }
    var subject = Array(clause.subject)
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
    if subject == Array(focus) {
      switch fact.kind {
      case .person: wh = "Who"
      case .organization:
        wh = isOrganizationName(fact.value) ? "Which organization" : "What"
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
    let end = ClauseParser.clauseEnd(clause, after: clause.predicate.lowerBound)
    var words = [wh]
    let verb = ([clause.auxiliary].compactMap { $0 } + clause.verbTail).sorted()
    words += runs(clause.text, verb)
    words += runs(clause.text, Array(clause.predicate.lowerBound..<end))
    return QuestionPhraser.tidy(words.joined(separator: " ")) + "?"
  }

  func predicateQuestion(_ fact: Fact, _ clause: Clause, _ focus: Range<Int>) -> String? {
    let tokens = clause.tokens
    let end = ClauseParser.clauseEnd(clause, after: focus.upperBound)
    guard focus.upperBound <= end else { return nil }
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
      removal = before..<focus.upperBound
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
      wh = "How many " + unit.lowercased()
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
    case .person:
      wh = "Who"
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
      wh = "Where"
      removal = before..<focus.upperBound
      // "Where … to" reads badly when the place was the end of a list: keep it simple.
      if focus.upperBound < end, tokens[focus.upperBound].lower == "and" { return nil }
    case .organization, .term, .event:
      var start = focus.lowerBound
      if start > clause.predicate.lowerBound, tokens[start - 1].lower == "the" { start -= 1 }
      guard start == clause.predicate.lowerBound, clause.mainVerb != nil else { return nil }
      wh =
        fact.kind == .organization && isOrganizationName(fact.value) ? "Which organization" : "What"
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
    var kept = (clause.predicate.lowerBound..<end).filter { !removal.contains($0) }
    if kept.first.map({ tokens[$0].text == "," }) ?? false { kept.removeFirst() }
    return invert(wh, clause, predicate: kept, prefix: prefix, append: append)
  }

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
    words += runs(clause.text, predicate)
    if let append { words.append(append) }
    return QuestionPhraser.tidy(words.joined(separator: " ")) + "?"
  }

  func subjectText(_ clause: Clause) -> String {
    var text = clause.text.text(clause.subject)
    if let first = clause.tokens[clause.subject].first, Lexicon.determiners.contains(first.lower) {
      text = first.lower + text.dropFirst(first.text.count)
    }
    return text
  }

  func isOrganizationName(_ name: String) -> Bool {
    TextFolding.words(name).contains { QuestionPhraser.organizationHeads.contains($0) }
  }

  /// Subjects like "the country" or "they" do not say who is meant.
  func isVague(_ clause: Clause) -> Bool {
    let words = clause.tokens[clause.subject].filter(\.isWord)
    guard let first = words.first else { return true }
    if Lexicon.pronouns.contains(first.lower) { return true }
    if words.count > 12 { return true }
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
    guard let replacement, range.overlaps(focus) else { return text.text(range) }
    let before = runs(text, Array(range.lowerBound..<focus.lowerBound))
    let after = runs(text, Array(focus.upperBound..<range.upperBound))
    return (before + [replacement] + after).joined(separator: " ")
  }

  // MARK: - Checks

  /// Quotations speak in the first person and lean on context; they are not questioned.
  static func isQuotation(_ sentence: String) -> Bool {
    if sentence.contains(where: { "\"“”«»".contains($0) }) { return true }
    return TextFolding.words(sentence).contains { Lexicon.firstPerson.contains($0) }
  }

  /// The question must not contain its own answer nor start from a pronoun.
  static func isClean(_ question: String, answer fact: Fact, tokens: [Token]) -> Bool {
    let words = question.split(separator: " ")
    guard words.count >= 4, words.count <= 28 else { return false }
    if TextFolding.contains(question, fact.text)
      || TextFolding.contains(question, AnswerFormat.answer(for: fact))
    {
      return false
    }
    return true
  }

  static func tidy(_ text: String) -> String {
    var result = text
    for (from, to) in [("  ", " "), (" ,", ","), (" .", "."), (",,", ","), (" ?", "?")] {
      while result.contains(from) { result = result.replacingOccurrences(of: from, with: to) }
    }
    while let last = result.last, ",;:".contains(last) || last == " " { result.removeLast() }
    return result
  }
}
