import Articles
import Facts

/// A fact the writer looked at, with the score that ranked it and what became of it.
public struct FactChoice: Sendable, Hashable {
  public var fact: Fact
  /// Shared by every question about this fact (`TestedFact.id`).
  public var id: String
  public var score: Double
  public var selected: Bool
  /// Why a fact was left out ("duplicate", "caption", "over budget", "no question").
  public var reason: String?
  public var questionKinds: [QuestionKind]
}

/// The questions written for a set of articles and the choices behind them, so an evaluator
/// can see which facts were considered and which were asked.
public struct QuestionSet: Sendable, Hashable {
  public var questions: [Question]
  public var facts: [FactChoice]
  /// The number of facts the budget allowed.
  public var budget: Int

  public var selected: [FactChoice] { facts.filter(\.selected) }
}

/// Chooses what to ask and writes the questions: overgenerate, rank, keep the best few
/// (Heilman & Smith), one fact per 40 words of article plus ten unless told otherwise.
public struct QuestionWriter: Sendable {
  public var seed: UInt64
  public var maxFacts: Int?
  let phraser = QuestionPhraser()
  let distractors = DistractorMaker()

  public init(seed: UInt64 = 0, maxFacts: Int? = nil) {
    self.seed = seed
    self.maxFacts = maxFacts
  }

  public static func budget(wordCount: Int) -> Int { wordCount / 40 + 10 }

  public func write(facts: [Fact], articles: [Article]) -> QuestionSet {
    let captions = Set(
      articles.flatMap { article in
        article.sentences.filter(\.isCaption).map { "\(article.name)#\($0.index)" }
      })
    let words = articles.reduce(0) { $0 + $1.wordCount }
    let budget = maxFacts ?? QuestionWriter.budget(wordCount: words)

    var choices: [FactChoice] = facts.map { fact in
      FactChoice(
        fact: fact, id: factID(fact), score: score(fact), selected: false, reason: nil,
        questionKinds: [])
    }
    for index in choices.indices {
      let key = "\(choices[index].fact.source.article)#\(choices[index].fact.source.sentence)"
      if captions.contains(key) {
        choices[index].score -= 6
        choices[index].reason = "caption"
      }
    }
    // Best first; ties in reading order so the result never depends on the input's order.
    let order = choices.indices.sorted { a, b in
      let x = choices[a]
      let y = choices[b]
      if x.score != y.score { return x.score > y.score }
      return QuestionWriter.readingOrder(x.fact, y.fact)
    }
    var seenValues: Set<String> = []
    var kept = 0
    var questions: [Question] = []
    let pool = choices.filter { $0.reason != "caption" }.map(\.fact)
    for index in order {
      let choice = choices[index]
      if choice.reason == "caption" { continue }
      let dedupe = dedupeKey(choice.fact)
      if seenValues.contains(dedupe) {
        choices[index].reason = "duplicate"
        continue
      }
      if choice.score < 1 {
        choices[index].reason = "too vague"
        continue
      }
      if kept >= budget {
        choices[index].reason = "over budget"
        continue
      }
      let written = questionsFor(choice, pool: pool)
      if written.isEmpty {
        choices[index].reason = "no question"
        continue
      }
      seenValues.insert(dedupe)
      kept += 1
      choices[index].selected = true
      choices[index].questionKinds = written.map(\.kind)
      questions += written
    }
    let chosen = choices.filter(\.selected).map(\.fact)
    questions.sort { a, b in
      if a.source.article != b.source.article { return a.source.article < b.source.article }
      if a.source.sentence != b.source.sentence { return a.source.sentence < b.source.sentence }
      if a.fact.id != b.fact.id { return a.fact.id < b.fact.id }
      return QuestionWriter.kindRank(a.kind) < QuestionWriter.kindRank(b.kind)
    }
    questions += orderQuestions(chosen)
    return QuestionSet(questions: questions, facts: choices, budget: budget)
  }

  static func kindRank(_ kind: QuestionKind) -> Int {
    switch kind {
    case .short: 0
    case .choice: 1
    case .cloze: 2
    case .truefalse: 3
    case .order: 4
    }
  }

  static func readingOrder(_ a: Fact, _ b: Fact) -> Bool {
    if a.source.article != b.source.article { return a.source.article < b.source.article }
    if a.source.sentence != b.source.sentence { return a.source.sentence < b.source.sentence }
    if a.source.span.lowerBound != b.source.span.lowerBound {
      return a.source.span.lowerBound < b.source.span.lowerBound
    }
    return a.kind.rawValue < b.kind.rawValue
  }

  // MARK: Ranking

  func score(_ fact: Fact) -> Double {
    var score = fact.salience
    switch fact.kind {
    case .date: score += fact.granularity == .range ? 1 : 3
    case .year: score += 2.5
    case .money: score += 2.5
    case .number: score += fact.unit == nil ? 0 : 2
    case .person: score += 2
    case .organization: score += 2
    case .event: score += 1.5
    case .term: score += 1
    case .place: score += 0.5
    case .quote: score -= 10
    }
    if phraser.shortQuestion(for: fact) != nil { score += 3 }
    if phraser.statement(for: fact) != nil { score += 1 }
    let words = fact.source.text.split(separator: " ").count
    if words < 5 { score -= 4 }
    if words > 40 { score -= 1 }
    if QuestionPhraser.isQuotation(fact.source.text) { score -= 3 }
    if startsWithPronoun(fact.source.text) { score -= 3 }
    return score
  }

  /// A fact told twice (in two articles, or twice in one) is asked once.
  func dedupeKey(_ fact: Fact) -> String {
    let kind = fact.kind == .year ? FactKind.date.rawValue : fact.kind.rawValue
    return kind + "|" + TextFolding.key(fact.value) + "|" + (fact.unit ?? "")
  }

  /// Kind, value and the clause's subject: unchanged by edits elsewhere in the article, by the
  /// sentence's position, or by rewording around the fact.
  public func factID(_ fact: Fact) -> String {
    let kind = fact.kind == .year ? FactKind.date.rawValue : fact.kind.rawValue
    let key = kind + "|" + TextFolding.key(fact.value) + "|" + subjectKey(fact)
    return String(StableHash.hex(key).prefix(12))
  }

  func subjectKey(_ fact: Fact) -> String {
    let text = TokenText(fact.source.text)
    let focus = text.tokenRange(covering: fact.source.span)
    if let clause = ClauseParser.parse(fact.source.text, focus: focus),
      !clause.subject.overlaps(focus ?? 0..<0)
    {
      return TextFolding.key(text.text(clause.subject))
    }
    let answerWords = Set(TextFolding.words(fact.text))
    return TextFolding.words(fact.source.text).filter { !answerWords.contains($0) }.prefix(6)
      .joined(separator: " ")
  }

  static func questionID(factID: String, kind: QuestionKind) -> String {
    String(StableHash.hex(factID + "|" + kind.rawValue).prefix(12))
  }

  func startsWithPronoun(_ sentence: String) -> Bool {
    let words = TextFolding.words(sentence)
    guard let first = words.first else { return true }
    return Lexicon.pronouns.contains(first) || first == "its"
  }

  // MARK: Writing

  func questionsFor(_ choice: FactChoice, pool: [Fact]) -> [Question] {
    let fact = choice.fact
    let answer = AnswerFormat.answer(for: fact)
    let accept = AnswerFormat.variants(for: fact)
    let tested = TestedFact(id: choice.id, kind: fact.kind, text: fact.text, value: fact.value)
    let source = QuestionSource(
      article: fact.source.article, sentence: fact.source.sentence, text: fact.source.text)
    func make(
      _ kind: QuestionKind, _ prompt: String, answer: String, accept: [String] = [],
      choices: [String] = []
    )
      -> Question
    {
      Question(
        id: QuestionWriter.questionID(factID: choice.id, kind: kind), kind: kind, prompt: prompt,
        answer: answer, accept: accept, choices: choices, fact: tested, source: source)
    }
    var generator = SeededGenerator(seed: seed, key: choice.id)
    var result: [Question] = []
    let short = phraser.shortQuestion(for: fact)
    let cloze = clozePrompt(fact)
    if let short { result.append(make(.short, short, answer: answer, accept: accept)) }
    let wantsCloze = [.date, .year, .money, .term, .event].contains(fact.kind) || short == nil
    if let cloze, wantsCloze {
      var clozeAccept = accept
      if !clozeAccept.contains(fact.text), fact.text != answer { clozeAccept.append(fact.text) }
      result.append(make(.cloze, cloze, answer: answer, accept: clozeAccept))
    }
    let stem = short ?? cloze.map { "Fill the gap: " + $0 }
    if let stem,
      let options = distractors.distractors(
        for: fact, answer: answer, pool: pool.filter { $0 != fact }, prompt: stem,
        generator: &generator)
    {
      let shuffled = generator.shuffled([answer] + options)
      result.append(make(.choice, stem, answer: answer, choices: shuffled))
      if [.date, .year, .money, .number, .person, .organization].contains(fact.kind) {
        let telling = generator.next() % 2 == 0
        let statement =
          telling
          ? phraser.statement(for: fact) : phraser.statement(for: fact, replacing: options[0])
        if let statement, telling || !TextFolding.contains(statement, answer) {
          result.append(
            make(
              .truefalse, "True or false: " + statement, answer: telling ? "True" : "False",
              choices: ["True", "False"]))
        }
      }
    }
    // A person or count with no short form stands on its cloze and choice alone; a lone
    // cloze of a name is too thin.
    if result.count == 1, result[0].kind == .cloze, [.person, .place, .number].contains(fact.kind) {
      return []
    }
    return result
  }

  /// The sentence with the fact's words blanked, when the sentence can stand alone.
  func clozePrompt(_ fact: Fact) -> String? {
    let sentence = fact.source.text
    guard !QuestionPhraser.isQuotation(sentence), !startsWithPronoun(sentence) else { return nil }
    let scalars = Array(sentence.unicodeScalars)
    let span = fact.source.span
    guard span.lowerBound >= 0, span.upperBound <= scalars.count, !span.isEmpty else { return nil }
    var words = sentence.split(separator: " ").count
    var prompt: String
    if words <= 40 {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[..<span.lowerBound])
      view.append(contentsOf: "_____".unicodeScalars)
      view.append(contentsOf: scalars[span.upperBound...])
      prompt = String(view)
    } else {
      guard let statement = phraser.statement(for: fact, replacing: "_____") else { return nil }
      prompt = statement
      words = statement.split(separator: " ").count
    }
    let answer = AnswerFormat.answer(for: fact)
    if TextFolding.contains(prompt, fact.text) || TextFolding.contains(prompt, answer) {
      return nil
    }
    if let clause = ClauseParser.parse(sentence), phraser.isVague(clause),
      clause.subject.lowerBound > 0 || true
    {
      let first = clause.tokens[clause.subject].first?.lower ?? ""
      if Lexicon.pronouns.contains(first) { return nil }
    }
    return words >= 5 ? prompt : nil
  }

  /// One or two timeline questions when the deck has four or more dated events.
  func orderQuestions(_ facts: [Fact]) -> [Question] {
    var events: [(day: String, text: String, fact: Fact)] = []
    var days: Set<String> = []
    for fact in facts.sorted(by: QuestionWriter.readingOrder)
    where [.date, .year].contains(fact.kind) && !fact.value.contains("/") {
      guard let text = phraser.event(for: fact), days.insert(fact.value).inserted else { continue }
      events.append((fact.value, text, fact))
    }
    guard events.count >= 4 else { return [] }
    events.sort { $0.day < $1.day }
    // Dates that only differ below the shown precision would make the order ambiguous.
    var groups: [[(day: String, text: String, fact: Fact)]] = []
    if events.count >= 8 {
      groups = [
        stride(from: 0, to: events.count, by: 2).map { events[$0] }.prefix(5).map { $0 },
        stride(from: 1, to: events.count, by: 2).map { events[$0] }.prefix(5).map { $0 },
      ]
    } else {
      groups = [Array(events.prefix(5))]
    }
    var result: [Question] = []
    for group in groups where group.count >= 4 {
      let ids = group.map { factID($0.fact) }.sorted().joined(separator: "+")
      let factId = String(StableHash.hex("order|" + ids).prefix(12))
      var generator = SeededGenerator(seed: seed, key: factId)
      let items = group.map(\.text)
      var shuffled = generator.shuffled(items)
      if shuffled == items { shuffled = Array(items.reversed()) }
      let answer = items.joined(separator: orderSeparator)
      let first = group[0].fact
      result.append(
        Question(
          id: QuestionWriter.questionID(factID: factId, kind: .order), kind: .order,
          prompt: "Put these events in chronological order, earliest first.", answer: answer,
          accept: [], choices: shuffled,
          fact: TestedFact(
            id: factId, kind: .event,
            text: group.map { AnswerFormat.date($0.day) }.joined(separator: "; "),
            value: group.map(\.day).joined(separator: " ")),
          source: QuestionSource(
            article: first.source.article, sentence: first.source.sentence, text: first.source.text)
        ))
    }
    return result
  }
}
