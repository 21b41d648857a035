import Articles
import Facts

/// A fact the writer looked at, with the score that ranked it and what became of it.
public struct FactChoice: Sendable, Hashable {
  public var fact: Fact
  /// Shared by every question about this fact (`TestedFact.id`); empty for facts the budget
  /// or the ranking left out before a question was tried.
  public var id: String
  public var score: Double
  public var selected: Bool
  /// Why a fact was left out ("duplicate", "caption", "over budget", "no question").
  public var reason: String?
  public var questionKinds: [QuestionKind]
  /// The ranking's features (`FactFeatures.values`), kept so the weights can be fitted again
  /// on marked articles.
  var features: [Double] = []
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
  var phraser = QuestionPhraser()
  var distractors = DistractorMaker()

  /// Acronym → folded full name, from organisations whose role gives their acronym.
  var acronyms: [String: String] = [:]
  /// "Who said “…”?" for the person facts that stand for a quotation's speaker.
  var speakerQuestions: [FormKey: String] = [:]
  /// Sentences rewritten with their pronoun's referent → the sentence as the article wrote it.
  var originals: [String: String] = [:]
  /// The names (people, places, organisations, terms, events) each sentence holds, by
  /// "article#sentence": what anchors a question to its story.
  var namesBySentence: [String: [String]] = [:]
  /// The people each sentence names, as written: a "his" with none of them in its card
  /// points outside it.
  var peopleBySentence: [String: [String]] = [:]
  /// The lower-case phrases each article sets in italics where it introduces them: terms it
  /// teaches ("a policy of *glasnost*"), by article name.
  var emphasized: [String: Set<String>] = [:]
  /// The sentences before sentences that lean on them, for two-sentence clozes.
  var leadIn = LeadIn()
  /// Each fact's short question and plain statement, worked out once per run.
  var forms: [FormKey: (short: String?, statement: String?)] = [:]
  /// The last checks' verdicts on the plain statements phrased so far (see `phrase`).
  var statementVerdicts: [QuestionPhraser.StatementReading: Bool] = [:]

  /// A fact's place and reading: cheaper to hash than the fact with its whole sentence.
  struct FormKey: Hashable {
    var article: String
    var sentence: Int
    var span: Range<Int>
    var kind: FactKind
    var value: String
    var text: String
    var granularity: DateGranularity?
    var unit: String?
    var role: String?

    init(_ fact: Fact) {
      article = fact.source.article
      sentence = fact.source.sentence
      span = fact.source.span
      kind = fact.kind
      value = fact.value
      text = fact.text
      granularity = fact.granularity
      unit = fact.unit
      role = fact.role
    }

    /// The place and value only: keys equal in every field hash alike, and the rest rarely
    /// tells two facts apart, so hashing it too would only cost time.
    func hash(into hasher: inout Hasher) {
      hasher.combine(article)
      hasher.combine(sentence)
      hasher.combine(span)
      hasher.combine(kind)
      hasher.combine(value)
    }
  }

  func shortQuestion(_ fact: Fact) -> String? {
    let key = FormKey(fact)
    if let cached = forms[key] { return cached.short }
    return phrasedShortQuestion(fact, key: key)
  }

  /// The speaker question, else the first wh-question of the phraser's forms that passes the
  /// last checks.
  func phrasedShortQuestion(_ fact: Fact, key: FormKey) -> String? {
    if let asked = speakerQuestions[key] { return asked }
    for form in [phraser.shortQuestion(for:), phraser.appositiveQuestion(for:)] {
      if let question = form(fact), QuestionCheck.accepts(question) {
        return QuestionWriter.speakingBody(question, fact)
      }
    }
    // "Who was the French Prime Minister?" has many answers in a long story; a role tied to
    // what it leads ("the leader of the ANC", "Egypt's foreign minister") has one.
    if let question = phraser.roleQuestion(for: fact), QuestionCheck.accepts(question),
      question.containsASCII(" of ") || question.containsASCII("'s ") || question.contains("’s ")
        || question.containsASCII(" for ")
    {
      return question
    }
    return nil
  }

  /// "What said the plant was shut twice?": a body that speaks is asked with "Which
  /// organization", whatever its name says of it.
  static func speakingBody(_ question: String, _ fact: Fact) -> String {
    guard fact.kind == .organization, question.hasPrefix("What "),
      let verb = question.dropFirst(5).split(separator: " ").first,
      reportingVerbs.contains(String(verb)) || ["told", "urged"].contains(verb)
    else { return question }
    return "Which organization " + question.dropFirst(5)
  }

  func plainStatement(_ fact: Fact) -> String? {
    if let cached = forms[FormKey(fact)] { return cached.statement }
    return phraser.statement(for: fact)
  }

  public init(seed: UInt64 = 0, maxFacts: Int? = nil) {
    self.seed = seed
    self.maxFacts = maxFacts
  }

  public static func budget(wordCount: Int) -> Int { wordCount / 40 + 10 }

  public func write(facts: [Fact], articles: [Article]) -> QuestionSet {
    var writer = self
    // Facts of a sentence that opens with a pronoun are read from the sentence with its
    // referent put back; the cards still quote the sentence as the article wrote it.
    // What each article is about, read once for the resolver and the lead-ins.
    let topic = ArticleTopic(articles: articles)
    let resolver = ReferentResolver(articles: articles, facts: facts, topic: topic)
    var facts = resolver.rewrites.isEmpty ? facts : facts.map(resolver.resolve)
    // The people an article quotes are asked by their words.
    let known = Set(facts.filter { $0.kind == .person }.map(FormKey.init))
    for speaker in SpeakerQuestion.all(in: facts) {
      let key = FormKey(speaker.person)
      writer.speakerQuestions[key] = speaker.question
      if !known.contains(key) { facts.append(speaker.person) }
    }
    // A sentence quoted ahead of a card reads with its referent put back too ("…, José Rizal
    // founded La Liga Filipina."), or the card would lean on a bare "he" after all.
    let resolved = articles.map(resolver.resolved)
    for (article, rewritten) in zip(articles, resolved) {
      for (original, sentence) in zip(article.sentences, rewritten.sentences)
      where sentence.text != original.text {
        writer.originals[sentence.text] = original.text
      }
    }
    // Sentences are tokenised and facts framed as the ranking reaches them (see `phrase`).
    writer.phraser.sentences = SentenceTable()
    writer.phraser.properNames = ProperNames(articles: articles, facts: facts)
    writer.leadIn = LeadIn(articles: articles, resolved: resolved, facts: facts, topic: topic)
    for article in articles where !article.emphasized.isEmpty {
      writer.emphasized[article.name] = Set(article.emphasized.map { $0.lowercased() })
    }
    for fact in facts
    where fact.kind == .person || fact.kind == .place || fact.kind == .organization
      || fact.kind == .term || fact.kind == .event
    {
      writer.namesBySentence["\(fact.source.article)#\(fact.source.sentence)", default: []]
        .append(fact.text)
      if fact.kind == .person {
        writer.peopleBySentence["\(fact.source.article)#\(fact.source.sentence)", default: []]
          .append(fact.text)
      }
    }
    for fact in facts where fact.kind == .organization {
      if let role = fact.role, !role.isEmpty, role.uppercased() == role {
        writer.acronyms[TextFolding.key(role)] = TextFolding.key(fact.value)
      }
    }
    return writer.writeChosen(facts: facts, articles: articles)
  }

  /// Works out a fact's short question and statement once, for the facts the ranking reaches.
  mutating func phrase(_ fact: Fact) {
    let key = FormKey(fact)
    guard forms[key] == nil else { return }
    phraser.sentences.add(fact)
    forms[key] = (
      phrasedShortQuestion(fact, key: key),
      phraser.statement(for: fact, verdicts: &statementVerdicts)
    )
  }

  /// What phrasing adds to a fact's score: the most it can add before the fact is phrased.
  func phrasingBonus(_ fact: Fact) -> Double {
    (shortQuestion(fact) != nil ? FactRanking.shortQuestion : 0)
      + (plainStatement(fact) != nil ? FactRanking.statement : 0)
  }

  /// How many sentences tell each fact's value, by dedupe key: a name the story keeps coming
  /// back to is what it is about, however many facts the extractor made of it.
  static func mentionCounts(_ facts: [Fact], articles: [Article], keys: [String]) -> [String: Int] {
    var mentions: [String: Int] = [:]
    for key in keys { mentions[key, default: 0] += 1 }
    var folded: [String: [[UInt8]]] = [:]
    for article in articles {
      folded[article.name] = article.sentences.compactMap {
        TextFolding.asciiWordBytes($0.text)
      }
    }
    // A name told by several facts is counted once per article.
    struct Name: Hashable {
      var article: String
      var value: String
    }
    var counted: [Name: Int] = [:]
    for (fact, key) in zip(facts, keys)
    where fact.kind == .person || fact.kind == .organization || fact.kind == .event
      || fact.kind == .term
    {
      let known = Name(article: fact.source.article, value: fact.value)
      if let count = counted[known] {
        mentions[key] = max(mentions[key] ?? 1, count)
        continue
      }
      guard let name = TextFolding.asciiWordBytes(fact.value), name.count > 4,
        let sentences = folded[fact.source.article]
      else { continue }
      let count = sentences.count { TextFolding.containsWords(in: $0, name) }
      counted[known] = count
      mentions[key] = max(mentions[key] ?? 1, count)
    }
    return mentions
  }

  mutating func writeChosen(facts: [Fact], articles: [Article]) -> QuestionSet {
    let captions = Set(
      articles.flatMap { article in
        article.sentences.filter(\.isCaption).map { "\(article.name)#\($0.index)" }
      })
    let words = articles.reduce(0) { total, article in
      article.sentences.reduce(total) { $0 + QuestionWriter.wordCount($1) }
    }
    let budget = maxFacts ?? QuestionWriter.budget(wordCount: words)
    let arrivalKeys = facts.map { dedupeKey($0) }
    let mentions = QuestionWriter.mentionCounts(facts, articles: articles, keys: arrivalKeys)

    // Reading order first, so nothing below depends on the order facts arrived in. (The
    // positions are sorted so each fact's key is folded once.)
    let order = facts.indices.sorted { QuestionWriter.readingOrder(facts[$0], facts[$1]) }
    let keys = order.map { arrivalKeys[$0] }
    let facts = order.map { facts[$0] }
    // Ranked on cheap features first; phrasing (a parse) refines a fact's score only when the
    // fact could be the best one left, so only the facts the budget reaches are phrased.
    let askable = facts.map { isAskable($0) }
    // The ranking and the distractor pool read the same sentences' content words: once.
    let topics = SentenceTopics(articles)
    let features = FactFeatures.of(
      facts, articles: articles, mentions: keys.map { mentions[$0] ?? 1 }, dedupeKeys: keys,
      topics: topics)
    let cheap = facts.indices.map { askable[$0] ? FactRanking.score(features[$0]) : -100 }
    var choices: [FactChoice] = facts.indices.map { index in
      FactChoice(
        fact: facts[index], id: "",
        score: cheap[index] + (askable[index] ? FactRanking.maxPhrasingBonus : 0),
        selected: false,
        reason: nil,
        questionKinds: [],
        features: features[index].values)
    }
    var exact = [Bool](repeating: false, count: choices.count)
    // Each fact's sentence and kind group as small numbers, worked out once: the selection
    // below looks them up for every remaining fact at every step.
    let sentenceKeys = facts.map { "\($0.source.article)#\($0.source.sentence)" }
    var sentenceNumbers: [String: Int] = [:]
    let sentenceOf = sentenceKeys.map { key in
      if let known = sentenceNumbers[key] { return known }
      sentenceNumbers[key] = sentenceNumbers.count
      return sentenceNumbers.count - 1
    }
    var groupNumbers: [String: Int] = [:]
    let groupOf = facts.map { fact in
      let group = kindGroup(fact.kind)
      if let known = groupNumbers[group] { return known }
      groupNumbers[group] = groupNumbers.count
      return groupNumbers.count - 1
    }
    for index in choices.indices {
      if captions.contains(sentenceKeys[index]) {
        choices[index].score -= 6
        choices[index].reason = "caption"
      }
    }
    func refine(_ index: Int) {
      guard !exact[index] else { return }
      exact[index] = true
      guard askable[index] else { return }
      phrase(choices[index].fact)
      choices[index].score = cheap[index] + phrasingBonus(choices[index].fact)
    }
    var seenValues: Set<String> = []
    var kept = 0
    var questions: [Question] = []
    var perKind = [Int](repeating: 0, count: groupNumbers.count)
    var statements: Set<String> = []
    var prompts: Set<String> = []
    let inPool = choices.indices.filter {
      choices[$0].reason != "caption" && askable[$0]
        && !QuestionWriter.isInsideQuotation(choices[$0].fact)
    }
    // Every option a question tries is checked against the pool: read its facts once.
    let pool = DistractorPool(inPool.map { choices[$0].fact }, contents: topics.contents)
    // A question leaves its own fact (and any copy of it) out of the pool.
    var twins = [Int?](repeating: nil, count: choices.count)
    for (entry, index) in inPool.enumerated() { twins[index] = pool.entries[entry].twin }
    // Captions are never asked; they wait at the end with their reason.
    var remaining = choices.indices.filter { choices[$0].reason != "caption" }
    // Best first, but each fact already asked of a kind lowers the next one of that kind, so a
    // deck covers the story's people and organisations as well as its dates. Ties go in
    // reading order, so the result never depends on the input's order.
    var perSentence = [Int](repeating: 0, count: sentenceNumbers.count)
    // Spreading the facts over kinds and over the story's sentences covers more of it.
    func adjusted(_ index: Int) -> Double {
      choices[index].score
        - FactRanking.sameKind * Double(perKind[groupOf[index]])
        - FactRanking.sameSentence * Double(perSentence[sentenceOf[index]])
    }
    while !remaining.isEmpty, kept < budget {
      var best = 0
      var bestValue = adjusted(remaining[0])
      for position in remaining.indices.dropFirst() {
        let a = adjusted(remaining[position])
        if a > bestValue
          || (a == bestValue
            && QuestionWriter.readingOrder(
              choices[remaining[position]].fact, choices[remaining[best]].fact))
        {
          best = position
          bestValue = a
        }
      }
      // A bound, not a score yet: phrase the fact and look again.
      if !exact[remaining[best]] {
        refine(remaining[best])
        continue
      }
      var index = remaining.remove(at: best)
      // Of the places a fact is told, ask it where it reads best (a short question first).
      let key = keys[index]
      if !seenValues.contains(key) {
        let siblings = remaining.indices.filter {
          guard keys[remaining[$0]] == key else { return false }
          refine(remaining[$0])
          return choices[remaining[$0]].score >= FactRanking.floor
        }
        var bestForm = form(choices[index].fact)
        var swap: Int?
        for position in siblings where form(choices[remaining[position]].fact) > bestForm {
          bestForm = form(choices[remaining[position]].fact)
          swap = position
        }
        if let swap {
          let other = remaining[swap]
          remaining[swap] = index
          index = other
        }
      }
      let choice = choices[index]
      let dedupe = keys[index]
      if seenValues.contains(dedupe) {
        choices[index].reason = "duplicate"
        continue
      }
      if choice.score < FactRanking.floor {
        choices[index].reason = "too vague"
        continue
      }
      // Ids only for facts that are asked: finding a subject costs a parse.
      choices[index].id = factID(choice.fact)
      var written = questionsFor(choices[index], pool: pool, twin: twins[index])
      // Two facts of one sentence make the same statement, or two that differ in one figure
      // ("Japan will lend about ¥121 billion" true, then the same sum in dollars made false):
      // a sentence is asked true or false once.
      written.removeAll {
        $0.kind == .truefalse
          && !statements.insert(sentenceKeys[index]).inserted
      }
      // Two facts that read as one ("Edward" and "Prince of Wales") can make the same
      // question: a deck asks it once.
      written.removeAll {
        $0.kind != .truefalse && !prompts.insert("\($0.kind.rawValue)|\($0.prompt)").inserted
      }
      if written.isEmpty {
        choices[index].reason = "no question"
        continue
      }
      seenValues.insert(dedupe)
      kept += 1
      perKind[groupOf[index]] += 1
      perSentence[sentenceOf[index]] += 1
      choices[index].selected = true
      choices[index].questionKinds = written.map(\.kind)
      questions += written
    }
    // Whatever the budget did not reach keeps its bound as its score.
    for index in remaining {
      if seenValues.contains(keys[index]) {
        choices[index].reason = "duplicate"
      } else if choices[index].score < FactRanking.floor {
        choices[index].reason = "too vague"
      } else {
        choices[index].reason = "over budget"
      }
    }
    let chosen = choices.filter(\.selected).map(\.fact)
    questions.sort { a, b in
      if a.source.article != b.source.article { return a.source.article < b.source.article }
      if a.source.sentence != b.source.sentence { return a.source.sentence < b.source.sentence }
      if a.fact.id != b.fact.id { return a.fact.id < b.fact.id }
      return QuestionWriter.kindRank(a.kind) < QuestionWriter.kindRank(b.kind)
    }
    // "The fire was stopped at _____": the title says which fire.
    let tag = TopicTag(articles: articles)
    questions = tag.tagged(questions)
    questions += orderQuestions(chosen)
    return QuestionSet(questions: questions, facts: choices, budget: budget)
  }

  /// `sentence.wordCount` (words split at spaces and line feeds, by character), counted on
  /// the bytes of an ASCII sentence; a carriage return before a line feed makes one character
  /// with it, which splits nothing.
  static func wordCount(_ sentence: Sentence) -> Int {
    var text = sentence.text
    let counted = text.withUTF8 { bytes -> Int? in
      var count = 0
      var inWord = false
      var previous: UInt8 = 0
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte == 0x20 || (byte == 0x0A && previous != 0x0D) {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
        previous = byte
      }
      return count
    }
    return counted ?? sentence.wordCount
  }

  func kindGroup(_ kind: FactKind) -> String {
    switch kind {
    case .date, .year: "date"
    case .term, .event: "term"
    default: kind.rawValue
    }
  }

  /// A name inside someone's quoted words ("Uncle Ho's soldiers") is no good distractor.
  static func isInsideQuotation(_ fact: Fact) -> Bool {
    // Most sentences hold no quotation mark ("“" and "”" open on the byte E2): a byte scan
    // tells before the scalars are walked.
    guard containsByte(fact.source.text, 0x22) || containsByte(fact.source.text, 0xE2) else {
      return false
    }
    var open = false
    for (offset, scalar) in fact.source.text.unicodeScalars.enumerated() {
      if offset >= fact.source.span.lowerBound { break }
      if scalar == "\"" { open.toggle() }
      if scalar == "“" { open = true }
      if scalar == "”" { open = false }
    }
    return open
  }

  /// "set up a "Committee of Fifty" of leading citizens": marks around the name alone set
  /// a name off; they quote nobody.
  static func isQuotedAlone(_ fact: Fact) -> Bool {
    let span = fact.source.span
    guard span.lowerBound > 0,
      let before = scalar(at: span.lowerBound - 1, in: fact.source.text),
      let after = scalar(at: span.upperBound, in: fact.source.text)
    else { return false }
    return (before == "\"" && after == "\"") || (before == "“" && after == "”")
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
    if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
    if a.source.span.upperBound != b.source.span.upperBound {
      return a.source.span.upperBound < b.source.span.upperBound
    }
    return a.value < b.value
  }

  // MARK: Ranking

  /// Facts no teacher would ask as they stand: dates without a year, spans of years, common
  /// nouns taken for events ("earthquake"), quotations.
  func isAskable(_ fact: Fact) -> Bool {
    // A figure or name inside someone's quoted words is theirs to vouch for, not the
    // article's; a quoted term ("the Butcher") is the quotation itself.
    if fact.kind != .term, QuestionWriter.isInsideQuotation(fact),
      !QuestionWriter.isQuotedAlone(fact)
    {
      return false
    }
    if IncidentalFacts.isAside(fact) { return false }
    if IncidentalFacts.isStudyTask(fact.source.text) { return false }
    // "Why does a story about fossils begin in a small seaside town in Dorset?": a question
    // (an interviewer's, a FAQ's) tells nothing.
    if IncidentalFacts.isQuestion(fact.source.text) { return false }
    switch fact.kind {
    case .date, .year:
      // A span of years ("Between 1948 and 1952") is asked whole, both ends written out.
      let ends = fact.value.split(separator: "/")
      guard ends.count <= 2, (ends.count == 2) == (fact.granularity == .range) else {
        return false
      }
      // "(1828–1877)" after a name is a life span: an aside, not an event to learn.
      if ends.count == 2, fact.source.span.lowerBound > 0,
        QuestionWriter.scalar(at: fact.source.span.lowerBound - 1, in: fact.source.text) == "("
      {
        return false
      }
      // "A 1990 article in the Chicago Tribune": when a source was written, not an event.
      if QuestionWriter.describesASource(fact) { return false }
      // "In _____, Sweden was at war …" → the 1620s: a decade that only sets the scene.
      if fact.isSceneSettingDecade { return false }
      // Four digits, or an era's year ("-0241" for 241 BC).
      return ends.allSatisfy {
        ($0.hasPrefix("-") ? $0.dropFirst() : $0).prefix(while: \.isNumber).count == 4
      }
    case .event, .term:
      // "DID YOU KNOW": a box's heading in capitals, not a name.
      if fact.value.uppercased() == fact.value,
        spaceSplit(fact.value).count(where: { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
        )
          >= 2
      {
        return false
      }
      // A lower-case term is asked when the article teaches it: it names it ("called
      // buboes"), sets it in italics, glosses it with its abbreviation ("chlorofluorocarbons,
      // or CFCs"), or it is a designation with a number ("xenon-135").
      return fact.value.first?.isUppercase ?? false || QuestionWriter.isDefinedTerm(fact)
        || (fact.kind == .term
          && (emphasized[fact.source.article]?.contains(fact.value.lowercased()) ?? false
            || QuestionWriter.isAbbreviated(fact) || QuestionWriter.isGlossed(fact)
            || (fact.value.contains(where: \.isNumber) && fact.value.contains(where: \.isLetter))))
    case .quote:
      return false
    case .organization
    where fact.value == fact.value.uppercased() && fact.value.count > 3
      && (fact.source.text.hasPrefix(fact.value + " —")
        || fact.source.text.hasPrefix(fact.value + " -")
        || fact.source.text.hasPrefix(fact.value + ",")):
      // A dateline ("HANOI —"), not an organisation.
      return false
    case .money:
      // "132 billion gold marks (then about £6.6 billion)": a conversion in brackets is an
      // aside, not a sum to learn.
      if QuestionWriter.isInsideBrackets(fact) { return false }
      return Double(spaceSplit(fact.value).first ?? "") != nil
    case .number:
      // "the two countries": small counts are grammar, not facts worth learning; "Directive
      // 100" is a name, not a count.
      guard let value = Double(fact.value) else { return false }
      let previousWord =
        FactFeatures.lastWords(
          fact.source.text, before: fact.source.span.lowerBound, lowercase: false
        ).last ?? ""
      if previousWord.first?.isUppercase ?? false,
        fact.source.span.lowerBound > previousWord.count + 1
      {
        return false
      }
      // "a five-year plan": how long a plan runs is asked, however small the number.
      if ["years", "months"].contains(fact.unit),
        fact.source.text.unicodeScalars.dropFirst(fact.source.span.upperBound).first == "-"
      {
        return true
      }
      return value >= 10 || fact.unit == "%"
    case .person, .place:
      // Extraction slips: "John F" (an initial cut off), "France and the Soviet Union",
      // a month taken for a place.
      let words = spaceSplit(fact.value)
      // ("Francis I", "Charles V", "Tsar Alexander I": a regnal number, not an initial.)
      if let last = words.last, last.count == 1, !["I", "V", "X"].contains(last), words.count > 1 {
        return false
      }
      if fact.value.containsASCII(" and ") { return false }
      if DateWords.isMonth(fact.value) { return false }
      // "the Amharic version", "the Nobel Prize in Chemistry": a language or a field of
      // study read as a place.
      if fact.kind == .place, QuestionWriter.readsAsLanguageOrField(fact.value) { return false }
      return !fact.value.isEmpty
    default:
      return !fact.value.isEmpty && !DateWords.isMonth(fact.value)
    }
  }

  /// True when a place-typed value is a language that is no nationality word ("Amharic",
  /// "Latin"; "Bolivian" stays a demonym, asked as one) or a field of study ("Chemistry").
  static func readsAsLanguageOrField(_ value: String) -> Bool {
    let key = value.lowercased()
    return fieldsOfStudy.contains(key)
      || (AnswerCategory.languages.contains(key) && Demonym(value) == nil)
  }

  /// Fields of study that a capitalised word after "in" can be taken for a place by ("the
  /// Nobel Prize in Chemistry").
  static let fieldsOfStudy: Set<String> = [
    "chemistry", "physics", "medicine", "literature", "economics", "physiology", "mathematics",
  ]

  /// The scalar at `offset` (nil past the end); an ASCII text's byte is its scalar.
  static func scalar(at offset: Int, in text: String) -> Unicode.Scalar? {
    var copy = text
    let ascii = copy.withUTF8 { bytes -> (isASCII: Bool, byte: UInt8?) in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return (false, nil) }
      return (true, offset >= 0 && offset < bytes.count ? bytes[offset] : nil)
    }
    if ascii.isASCII { return ascii.byte.map(Unicode.Scalar.init) }
    let scalars = text.unicodeScalars
    guard offset < scalars.count else { return nil }
    return scalars[scalars.index(scalars.startIndex, offsetBy: offset)]
  }

  /// How well a fact can be asked where it stands: a short question, then a statement.
  func form(_ fact: Fact) -> Int {
    if shortQuestion(fact) != nil { return 2 }
    return plainStatement(fact) != nil ? 1 : 0
  }

  /// A fact told twice (in two articles, or twice in one) is asked once.
  func dedupeKey(_ fact: Fact) -> String {
    let kind = fact.kind == .year ? FactKind.date.rawValue : fact.kind.rawValue
    var value = TextFolding.key(fact.value)
    // "UNTAC" and "United Nations Transitional Authority" are one organisation.
    if fact.kind == .organization, let full = acronyms[value] { value = full }
    return kind + "|" + value + "|" + (fact.unit ?? "")
  }

  /// Kind, value and the clause's subject: unchanged by edits elsewhere in the article, by the
  /// sentence's position, or by rewording around the fact.
  public func factID(_ fact: Fact) -> String {
    let kind = fact.kind == .year ? FactKind.date.rawValue : fact.kind.rawValue
    let key = kind + "|" + TextFolding.key(fact.value) + "|" + subjectKey(fact)
    return String(StableHash.hex(key).prefix(12))
  }

  func subjectKey(_ fact: Fact) -> String {
    let text = phraser.sentences.tokens(fact.source.text)
    let framing = phraser.sentences.framing(fact)
    let focus = framing.focus
    if let clause = framing.clause,
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

  // MARK: Writing

  func questionsFor(_ choice: FactChoice, pool: DistractorPool, twin: Int?) -> [Question] {
    let fact = choice.fact
    // "yesterday": a news story's day is asked as the story tells it, with its date accepted
    // ("The board _____ approved …" takes no date). A weekday is asked by its date, the
    // weekday accepted: "on Wednesday" alone means nothing weeks later.
    let storyDay = fact.kind == .date && WeekdayDate.isStoryDay(fact.text)
    let yesterday = storyDay && fact.text.lowercased() == "yesterday"
    let answer = yesterday ? fact.text : AnswerFormat.answer(for: fact)
    let accept =
      yesterday
      ? [AnswerFormat.answer(for: fact)] + AnswerFormat.variants(for: fact)
      : AnswerFormat.variants(for: fact) + (storyDay ? [fact.text] : [])
    let tested = TestedFact(id: choice.id, kind: fact.kind, text: fact.text, value: fact.value)
    let source = QuestionSource(
      article: fact.source.article, sentence: fact.source.sentence,
      text: originals[fact.source.text] ?? fact.source.text)
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
    // "more than 18,600 houses": asked bare, a larger option would be true as well, so a
    // bounded figure is only asked in its own sentence, with the bound beside the gap.
    let isBound = QuestionWriter.isBound(fact)
    // A wh-question that names nothing of its story could be about any article, and
    // "… demanding that the areas where Muslims were a majority?" (cut before its "that"
    // clause's verb) says nothing: the fact is asked by its cloze instead. (Dates are checked
    // as they are phrased.)
    let names = otherNames(fact)
    let short =
      isBound
      ? nil
      : shortQuestion(fact).flatMap {
        QuestionCheck.hasAnchor($0, names: names)
          && !QuestionWriter.givesAwayName($0, fact)
          && !QuestionWriter.modifiesANoun(fact)
          && !QuestionShape.breaksOffAfterConjunction($0)
          && !QuestionShape.asksAnApposition($0, sentence: fact.source.text)
          && !QuestionShape.datesAnObject(fact) && !QuestionShape.datesASubordinateClause(fact)
          && !QuestionShape.leavesThatClauseUnfinished(phraser.sentences.tokens($0).tokens)
          ? $0 : nil
      }
    if let short { result.append(make(.short, short, answer: answer, accept: accept)) }
    let wantsCloze = [.date, .year, .money, .term, .event].contains(fact.kind) || short == nil
    // A fact asked by its short question needs no cloze as a card nor as a stem: none is made.
    let cloze = wantsCloze ? clozePrompt(fact) : nil
    if let cloze, wantsCloze {
      // A name fills the gap as the sentence wrote it ("UN's", not "United Nations's").
      let isName = ![.date, .year, .money, .number].contains(fact.kind)
      let gapAnswer = isName ? fact.text : answer
      var clozeAccept = ([answer] + accept + [fact.text]).filter { $0 != gapAnswer }
      var seen: Set<String> = []
      clozeAccept = clozeAccept.filter { seen.insert($0).inserted }
      result.append(make(.cloze, cloze, answer: gapAnswer, accept: clozeAccept))
    }
    var stem = short ?? cloze.map { QuestionWriter.fillTheGap + $0 }
    // A gap that held an acronym or a short form ("UN's") cannot take full names as options.
    if short == nil, ![.date, .year, .money, .number].contains(fact.kind),
      TextFolding.key(fact.text) != TextFolding.key(answer)
    {
      stem = nil
    }
    // A bounded figure is asked by its cloze alone (see the end): no options are drawn for it.
    if let stem, !storyDay, !isBound,
      let options = distractors.distractors(
        for: fact, answer: answer, in: pool, excluding: twin, prompt: stem,
        generator: &generator)
    {
      let shuffled = generator.shuffled([answer] + options)
      result.append(make(.choice, stem, answer: answer, choices: shuffled))
      // Swapping a name inside a title or a list makes nonsense; dates and sums swap cleanly.
      if [.date, .year, .money, .number].contains(fact.kind) {
        let telling = generator.next() % 2 == 0
        // A true statement writes its figure as the false ones write theirs ("$6.5 billion",
        // not the article's "$6.5 bn"), so the form tells nothing.
        let own = AnswerFormat.restyle(answer, like: fact)
        let statement =
          telling
          ? (own == fact.text ? plainStatement(fact) : phraser.statement(for: fact, replacing: own))
            ?? plainStatement(fact)
          : phraser.statement(for: fact, replacing: AnswerFormat.restyle(options[0], like: fact))
        // A true statement that dropped the fact ("New Orleans became the colony's capital")
        // tests nothing; a false one must not hold the answer as well.
        if let statement,
          telling
            ? TextFolding.contains(statement, fact.text)
              || TextFolding.contains(statement, answer)
            : !TextFolding.contains(statement, answer),
          telling || statement != plainStatement(fact),
          spaceSplit(statement).count <= 30,
          !QuestionShape.isBrokenStatement(phraser.sentences.tokens(statement).tokens),
          !QuestionShape.dropsOpeningWord(statement, of: fact.source.text)
        {
          result.append(
            make(
              .truefalse, "True or false: " + statement, answer: telling ? "True" : "False",
              choices: ["True", "False"]))
        }
      }
    }
    // "_____ kilometres (100 miles)": the figure in other units is left out of every card.
    if let conversion = IncidentalFacts.conversionAfter(fact) {
      for index in result.indices {
        result[index].prompt = result[index].prompt.replacingOccurrences(of: conversion, with: "")
      }
    }
    // "20 lifeboats: _____ standard boats, two cutters and four collapsibles": a card that
    // lets the answer be worked out tests sums, not the article.
    // (Both read the article's words: a choice card's own "Fill the gap: " is left out. A
    // choice card on the cloze's gap holds the cloze's words, so each text is read once.)
    let spellsAcronym = [.organization, .term, .event, .place].contains(fact.kind)
    var readings: [(words: String, leaks: Bool)] = []
    result.removeAll { card in
      guard card.kind != .truefalse else { return false }
      let words = QuestionWriter.articleWords(of: card.prompt)
      if let known = readings.first(where: { $0.words == words }) { return known.leaks }
      // "… Trade and Industry, known as _____" → METI: the card spells its acronym out.
      let leaks =
        AnswerArithmetic.computes(fact, prompt: words)
        || (spellsAcronym && SpelledAcronym.spells(words, answer: fact.text))
      readings.append((words, leaks))
      return leaks
    }
    // "Canada withdrew from it in _____": a pronoun anywhere in a prompt points at a sentence
    // the learner does not see, unless the prompt quotes that sentence first.
    // "In 1804, on his orders, most of the French were killed": a "his" or "her" before any
    // name, in a card that names nobody, is someone the learner never sees. (A name's gap
    // may be the owner, whatever its type: "_____ and his son were convicted".)
    let people =
      fact.kind == .person
      ? [] : peopleBySentence["\(fact.source.article)#\(fact.source.sentence)"] ?? []
    let loose = result.indices.filter {
      let prompt = result[$0].prompt
      return QuestionWriter.hasLoosePronoun(prompt) || QuestionCheck.pointsOutside(prompt)
        || QuestionCheck.hasPlacelessThere(prompt)
        || QuestionCheck.opensOnCountingSubject(String(QuestionCheck.bodyOfCard(prompt)))
        || ([.date, .year, .number, .money, .place].contains(fact.kind)
          && QuestionCheck.hasPronounBeforeAnyName(
            prompt, pronouns: QuestionCheck.possessivePronouns, gapIsName: false)
          && !people.contains { TextFolding.contains(prompt, $0) })
    }
    if !loose.isEmpty {
      let quoted = leadIn.sentence(before: fact.source, reading: phraser.sentences).map { $0 + " " }
      for index in loose.reversed()
      where !(quoted.map { result[index].prompt.contains($0) } ?? false) {
        result.remove(at: index)
      }
    }
    // "A compromise brokered late that night …": unless the answer is itself the date, a card
    // whose only time points at another moment cannot say when.
    if ![.date, .year].contains(fact.kind) {
      let unanchored = result.map { QuestionCheck.hasOnlyRelativeTime($0.prompt) }
      // The sentence before may give the year: then the cloze is asked with it.
      let cloze = zip(result, unanchored).first { $1 && $0.kind == .cloze }?.0
      result = zip(result, unanchored).filter { !$1 }.map(\.0)
      if let cloze,
        let anchored = leadInCloze(
          fact, info: phraser.sentences.info(fact.source.text), always: true),
        !QuestionCheck.hasOnlyRelativeTime(anchored)
      {
        var kept = cloze
        kept.prompt = anchored
        result.append(kept)
      }
    }
    // "The plan also provides for …": a card's "also" points at what it does not show.
    // "A month later, on _____, …": the card tells its own time without the other moment.
    let isDate = [.date, .year].contains(fact.kind)
    for index in result.indices {
      result[index].prompt = PromptTidying.droppingRelativeOpener(
        PromptTidying.droppingWeekday(PromptTidying.droppingAlso(result[index].prompt)),
        answerIsDate: isDate)
    }
    // So could a true/false statement; a cloze keeps the sentence's own words and stays.
    result.removeAll { question in
      question.kind == .truefalse
        && !QuestionCheck.hasAnchor(
          String(question.prompt.dropFirst("True or false: ".count)), names: names)
    }
    // A place or count with no short form needs its choice too; a lone cloze of one is too
    // thin (a name in its sentence is fine).
    if isBound { return result.filter { $0.kind == .cloze } }
    // ("_____ rice" names a crop and "Bolivian" a nationality, not a place: a cloze of either
    // stands alone.)
    if result.count == 1, result[0].kind == .cloze, [.number].contains(fact.kind),
      !QuestionWriter.namesSort(fact), Demonym(fact.value) == nil
    {
      return []
    }
    return result
  }

  /// Whether a place-typed answer modifies a crop's, a season's or a script's noun ("_____
  /// rice", "the _____ text"): it names that sort, not a place.
  static func namesSort(_ fact: Fact) -> Bool {
    guard fact.kind == .place else { return false }
    let frame = NameFrame(fact.source.text, span: fact.source.span, kind: fact.kind)
    return !frame.frameNouns.isDisjoint(with: NameFrame.sortNouns)
  }

  /// What a choice card asks before a cloze stem.
  static let fillTheGap = "Fill the gap: "

  /// A prompt without the choice card's "Fill the gap: ": the article's own words.
  static func articleWords(of prompt: String) -> String {
    prompt.hasPrefix(fillTheGap) ? String(prompt.dropFirst(fillTheGap.count)) : prompt
  }

  /// "rose 2.3% in Tokyo trading": a place that qualifies the noun after it has no "Where"
  /// of its own ("Where did shares rise 2.3% trading?").
  static func modifiesANoun(_ fact: Fact) -> Bool {
    guard fact.kind == .place else { return false }
    let scalars = scalarArray(fact.source.text)
    guard fact.source.span.upperBound < scalars.count,
      scalars[fact.source.span.upperBound] == " "
    else { return false }
    let next = String(
      String.UnicodeScalarView(
        scalars[(fact.source.span.upperBound + 1)...].prefix { $0.properties.isAlphabetic }))
    guard let first = next.unicodeScalars.first, first.properties.isLowercase, next.count > 2
    else { return false }
    return !Lexicon.isFunctionWord(next) && !VerbForms.auxiliaries.contains(next)
      && VerbForms.base(ofPast: next) == nil && !next.hasSuffix("ed")
  }

  /// "2000s", "1990s.": a decade written as digits.
  static func isDecade(_ word: Substring) -> Bool {
    let bare = word.filter { $0 != "," && $0 != "." && $0 != ";" }
    return bare.count == 5 && bare.hasSuffix("s") && bare.dropLast().allSatisfy(\.isNumber)
  }

  /// A lower-case term the sentence defines by naming it ("swellings called buboes", "known
  /// as bubonic plague", "named it polonium", "called the property radioactivity"): the word
  /// the article teaches.
  static func isDefinedTerm(_ fact: Fact) -> Bool {
    let words = FactFeatures.lastWords(
      fact.source.text, before: fact.source.span.lowerBound, count: 3)
    guard let last = words.last else { return false }
    let before = words.dropLast()
    let naming = DefinedTermRecognizer.objectNamingVerbs
    return DefinedTermRecognizer.namingVerbs.contains(last)
      || (before.last == "known" && last == "as")
      // "known locally as emboch".
      || (words.count == 3 && words[0] == "known" && words[1].hasSuffix("ly") && last == "as")
      // The naming verb and its object: "named it", "called the property".
      || (before.last.map(naming.contains) == true
        && DefinedTermRecognizer.namedObjects.contains(last))
      || (words.count == 3 && naming.contains(words[0]) && words[1] == "the")
  }

  /// True when a quotation right after the fact gives its meaning: "the Shona phrase dzimba
  /// dza mabwe, “houses of stone”".
  static func isGlossed(_ fact: Fact) -> Bool {
    let scalars = scalarArray(fact.source.text)
    let end = fact.source.span.upperBound
    guard end + 2 < scalars.count, scalars[end] == ",", scalars[end + 1] == " " else {
      return false
    }
    return scalars[end + 2] == "\"" || scalars[end + 2] == "“"
  }

  /// True when the words right after the fact give its abbreviation: "chlorofluorocarbons, or
  /// CFCs", "hydrofluorocarbons (HFCs)".
  static func isAbbreviated(_ fact: Fact) -> Bool {
    let scalars = scalarArray(fact.source.text)
    guard fact.source.span.upperBound < scalars.count else { return false }
    let rest = String(scalars: scalars[fact.source.span.upperBound...])
    let short: Substring
    if rest.hasPrefix(", or ") {
      short = rest.dropFirst(5)
    } else if rest.hasPrefix(" (") {
      short = rest.dropFirst(2)
    } else {
      return false
    }
    let word = short.prefix { $0.isLetter }
    return word.count >= 2 && word.filter(\.isUppercase).count >= 2
      && word.first?.isUppercase ?? false
  }

  /// True when an opening bracket before the fact is still open.
  static func isInsideBrackets(_ fact: Fact) -> Bool {
    var depth = 0
    for scalar in fact.source.text.unicodeScalars.prefix(max(0, fact.source.span.lowerBound)) {
      if scalar == "(" { depth += 1 }
      if scalar == ")" { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  static let sourceNouns: Set<String> = [
    "article", "report", "interview", "book", "study", "survey", "editorial", "edition",
    "documentary", "paper", "column", "op-ed", "memoir",
  ]

  /// A date used as a source's label: "a 1990 article", "a 2019 report".
  static func describesASource(_ fact: Fact) -> Bool {
    var text = fact.source.text
    let end = fact.source.span.upperBound
    let ascii = text.withUTF8 { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      guard end >= 0, end < bytes.count else { return false }
      let after = bytes[end..<min(end + 16, bytes.count)]
      guard let start = after.firstIndex(where: { $0 != 0x20 }) else { return false }
      var word = after[start...].prefix { $0 != 0x20 }
      while let first = word.first, isASCIIPunctuation(first) { word = word.dropFirst() }
      while let last = word.last, isASCIIPunctuation(last) { word = word.dropLast() }
      let lower = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
      return sourceNouns.contains(String(decoding: lower, as: UTF8.self))
    }
    return ascii ?? unicodeDescribesASource(fact)
  }

  /// The ASCII characters of `CharacterSet.punctuationCharacters` (Unicode's P categories).
  static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B,
      0x7D:
      true
    default: false
    }
  }

  /// `describesASource` for any text.
  static func unicodeDescribesASource(_ fact: Fact) -> Bool {
    let scalars = fact.source.text.unicodeScalars
    guard fact.source.span.upperBound < scalars.count else { return false }
    let after = String(
      String.UnicodeScalarView(scalars.dropFirst(fact.source.span.upperBound).prefix(16)))
    guard let next = after.split(separator: " ").first else { return false }
    return sourceNouns.contains(next.lowercased().trimmingCharacters(in: .punctuationCharacters))
  }

  static let bounds: Set<String> = [
    "more than", "less than", "fewer than", "at least", "up to", "as many as", "as much as",
    "upwards of", "over", "under",
  ]

  /// A figure given as a bound ("more than seventy"), not a value.
  static func isBound(_ fact: Fact) -> Bool {
    guard fact.kind == .number || fact.kind == .money, let qualifier = fact.qualifier else {
      return false
    }
    return bounds.contains(qualifier.lowercased())
  }

  /// "he" and "she" too: "In August 1956 he brought up …" names nobody the card holds.
  static let loosePronouns: Set<String> = ["it", "they", "them", "he", "she"]
  /// After these a pronoun is an object or a question's subject, whose antecedent is in another
  /// sentence ("withdrew from it", "When did they …"); "Hungary …, and it let …" and "many of
  /// them" point inside the sentence.
  static let pronounOpeners: Set<String> = [
    "from", "to", "with", "into", "against", "by", "for", "on", "at", "did", "does", "do", "was",
    "were", "is", "are", "has", "have", "had", "will", "would", "through", "across", "over",
    "under", "about", "of", "within",
  ]

  /// Prepositions of place whose "it" points back only when they open the prompt: "Below it
  /// stands the Great Enclosure" (the place the sentence before named), not "a channel with a
  /// towpath beside it".
  static let openingPlaceWords: Set<String> = [
    "below", "above", "beside", "behind", "beneath", "inside", "outside", "near", "around",
    "beyond", "upon", "onto", "toward", "towards", "among", "between", "without",
  ]

  static let loosePronounBytes = loosePronouns.map { Array($0.utf8) }
  static let itBytes = Array("it".utf8)
  /// Verbs whose "it" opens a reported clause about the sentence's own subject ("the society
  /// said it had raised …"), not an object from outside.
  static let reportingVerbs: Set<String> = [
    "said", "announced", "stated", "added", "claimed", "reported", "warned", "argued",
    "believed", "thought", "felt", "knew", "hoped", "feared", "decided", "agreed", "insisted",
    "declared", "confirmed", "denied", "promised", "explained", "noted", "estimated",
    "expected", "admitted", "realised", "realized", "found", "hinted", "suggested", "judged",
  ]

  /// A word of up to eight bytes packed in an integer (first byte lowest), so the scan below
  /// compares words without making strings; longer words match no pronoun nor opener.
  static func packed(_ word: String) -> UInt64 {
    var value: UInt64 = 0
    for (index, byte) in word.utf8.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
    return value
  }

  static let packedPronouns = Set(loosePronouns.map(packed))
  static let packedOpeners = Set(pronounOpeners.map(packed))

  static let packedIt = packed("it")
  static let packedOf = packed("of")
  /// Words of a share or a measure before "of it": "part of it", "most of it", "13,000 tons
  /// of it" point at what the card has just named.
  static let shareWords: Set<String> = [
    "part", "parts", "some", "most", "all", "much", "half", "rest", "none", "share", "bulk",
    "tons", "tonnes", "gallons", "litres", "liters", "barrels",
  ]
  static let packedShareWords = Set(shareWords.map(packed))
  static let packedThem = packed("them")

  /// `hasLoosePronounByWords`, with each word packed in an integer as it is scanned: the word
  /// before a pronoun is made into a string only when a pronoun is found.
  static func hasLoosePronoun(_ prompt: String) -> Bool {
    // "It was unusually warm in _____": the dummy "It" is no pronoun; the rest is read.
    if DummySubject.opens(prompt) { return hasLoosePronoun(String(prompt.dropFirst(3))) }
    var text = prompt
    return text.withUTF8 { bytes in
      // The word being read and the one before it: packed bytes (lower-cased), length, where
      // it lies in the prompt, and whether every byte is a digit.
      var current: UInt64 = 0
      var length = 0
      var start = 0
      var end = 0
      var digits = true
      var previous: UInt64 = 0
      var previousLength = 0
      var previousStart = 0
      var previousEnd = 0
      var previousDigits = true
      var words = 0
      // The word before `previous` is a share or a measure ("part", "tons", "13,000"), and
      // the last "it" read came after it and "of": "part of it" inside the card.
      var shareBeforePrevious = false
      var lastItIsShare = false
      var quoted: Bool?
      var plural: Bool?
      // "killed 5,500 people, almost all of them": a "them" after a plural points inside.
      func themHasPlural() -> Bool {
        if let plural { return plural }
        let found = !QuestionCheck.hasThemWithNothingPlural(prompt)
        plural = found
        return found
      }
      func isQuoted() -> Bool {
        if let quoted { return quoted }
        // ("“" is E2 80 9C: Foundation is asked only when that byte is there.)
        let found =
          containsByte(prompt, 0x22) || (containsByte(prompt, 0xE2) && prompt.contains("“"))
        quoted = found
        return found
      }
      func endWord() -> Bool {
        guard length > 0 else { return false }
        words += 1
        // "committed KSh1.6 billion, part of it from the World Bank": a share of something
        // the card has named.
        let isShare =
          length == 2 && current == packedIt && previousLength == 2 && previous == packedOf
          && shareBeforePrevious && words > 5
        if length == 2, current == packedIt { lastItIsShare = isShare }
        if length <= 4, packedPronouns.contains(current), !isShare,
          current != packedThem || !themHasPlural()
        {
          var folded: [UInt8] = []
          for byte in bytes[previousStart..<previousEnd] where byte != 0x27 {
            folded.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
          }
          let before = String(decoding: folded, as: UTF8.self)
          if previousLength == 0 || pronounOpeners.contains(before) || previousDigits
            || (words == 2 && openingPlaceWords.contains(before))
            || (before == "_____" && words <= 4)
            || (length == 2 && current == packedIt && !isQuoted()
              && !reportingVerbs.contains(before) && VerbForms.base(ofPast: before) != nil)
          {
            return true
          }
        }
        shareBeforePrevious =
          previousLength > 0
          && (previousDigits || (previousLength <= 8 && packedShareWords.contains(previous)))
        previous = current
        previousLength = length
        previousStart = start
        previousEnd = end
        previousDigits = digits
        current = 0
        length = 0
        digits = true
        return false
      }
      for (index, byte) in bytes.enumerated() {
        var folded = byte
        switch byte {
        case 0x41...0x5A: folded = byte + 0x20
        case 0x61...0x7A, 0x30...0x39, 0x5F, 0x80...: break
        case 0x27: continue
        default:
          if endWord() { return true }
          continue
        }
        if length == 0 { start = index }
        if length < 8 { current |= UInt64(folded) << (8 * UInt64(length)) }
        length += 1
        end = index + 1
        if folded < 0x30 || folded > 0x39 { digits = false }
      }
      if endWord() { return true }
      // "… and left it.": an object at the very end points back to an earlier sentence.
      return (previousLength == 2 && previous == packedIt && !lastItIsShare)
        || (previousLength == 4 && previous == packedThem && !themHasPlural())
    }
  }

  /// Whether a pronoun in the prompt points outside it, read word by word (the reference for
  /// `hasLoosePronoun`).
  static func hasLoosePronounByWords(_ prompt: String) -> Bool {
    if DummySubject.opens(prompt) { return hasLoosePronounByWords(String(prompt.dropFirst(3))) }
    // Words by a byte scan, lower-cased; the gap ("_____") is a word of its own, so
    // "on _____ it let" is not "on it".
    var beforePrevious: [UInt8] = []
    var previous: [UInt8] = []
    var current: [UInt8] = []
    var words = 0
    var lastItIsShare = false
    // Quoted words ("We built it …") are someone's speech, not the card's own reference.
    let quoted = prompt.utf8.contains(0x22) || prompt.contains("“")
    func endWord() -> Bool {
      guard !current.isEmpty else { return false }
      words += 1
      let isShare =
        current == itBytes && previous == Array("of".utf8) && words > 5
        && (beforePrevious.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
          || shareWords.contains(String(decoding: beforePrevious, as: UTF8.self)))
      if current == itBytes { lastItIsShare = isShare }
      // Only "it", "they" and "them" are looked up: most words need no string made.
      if loosePronounBytes.contains(current), !isShare,
        current != Array("them".utf8) || QuestionCheck.hasThemWithNothingPlural(prompt)
      {
        let before = String(decoding: previous, as: UTF8.self)
        // "in 1955 it adopted …", "On _____ they rode …": a subject after a fronted date is
        // the previous sentence's; so is the object of a verb in the past ("left it").
        if previous.isEmpty || pronounOpeners.contains(before)
          || (words == 2 && openingPlaceWords.contains(before))
          || previous.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
          || (before == "_____" && words <= 4)
          || (!quoted && current == itBytes && !reportingVerbs.contains(before)
            && VerbForms.base(ofPast: before) != nil)
        {
          return true
        }
      }
      swap(&beforePrevious, &previous)
      swap(&previous, &current)
      current.removeAll(keepingCapacity: true)
      return false
    }
    for byte in prompt.utf8 {
      switch byte {
      case 0x41...0x5A: current.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39, 0x5F, 0x80...: current.append(byte)
      case 0x27: continue
      default: if endWord() { return true }
      }
    }
    if endWord() { return true }
    // "… and left it.": an object at the very end points back to an earlier sentence.
    return (previous == Array("it".utf8) && !lastItIsShare)
      || (previous == Array("them".utf8) && QuestionCheck.hasThemWithNothingPlural(prompt))
  }

  /// Personal pronouns and "here"/"there": a clause cut out of its sentence has lost what
  /// they point at.
  static let windowPronouns: Set<String> = [
    "he", "she", "it", "they", "them", "him", "his", "her", "its", "their", "here", "there",
  ]

  /// True when a window cut from a sentence still has no verb of its own ("The British
  /// economist _____.") or keeps a pronoun whose referent was cut away.
  static func isFragment(_ window: String) -> Bool {
    let words = windowWords(window)
    if words.contains(where: windowPronouns.contains) { return true }
    return !hasVerb(words) && !QuestionShape.hasPresentVerb(window)
  }

  /// True when a window has no auxiliary, past-tense or news-present verb: a name or a list,
  /// not a clause.
  static func hasNoVerb(_ window: String) -> Bool {
    !hasVerb(windowWords(window)) && !QuestionShape.hasPresentVerb(window)
  }

  /// The window's runs of letters, apostrophes and gaps, lower-cased; an ASCII window is read
  /// from its bytes (its letters are A–Z and a–z).
  static func windowWords(_ window: String) -> [String] {
    var text = window
    let ascii = text.withUTF8 { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return TextFolding.asciiLowercaseRuns(bytes[...]) { $0 == 0x27 || $0 == 0x5F }
    }
    return ascii ?? unicodeWindowWords(window)
  }

  /// `windowWords` for any text.
  static func unicodeWindowWords(_ window: String) -> [String] {
    window.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "_" })
      .map { $0.lowercased() }
  }

  static func hasVerb(_ words: [String]) -> Bool {
    words.contains { VerbForms.auxiliaries.contains($0) || VerbForms.base(ofPast: $0) != nil }
  }

  /// The other names (people, places, bodies, terms, events) the fact's sentence holds: what
  /// anchors a card to its story.
  func otherNames(_ fact: Fact) -> [String] {
    (namesBySentence["\(fact.source.article)#\(fact.source.sentence)"] ?? []).filter {
      $0 != fact.text
    }
  }

  /// An answer the prompt already holds in part: a name's own distinctive word ("Salt Act"
  /// beside "the sale of salt"), a person's family name inside another name ("the Hay-Herrán
  /// Treaty … the envoy _____"), a figure inside a designation ("RBMK-1000 … _____ megawatts").
  static func givesAwayName(_ prompt: String, _ fact: Fact) -> Bool {
    switch fact.kind {
    case .place:
      return QuestionCheck.givesAway(prompt, answer: fact.text)
        || QuestionCheck.holdsPeopleOf(prompt, place: fact.text)
    case .term, .event, .organization:
      return QuestionCheck.givesAway(prompt, answer: fact.text, anyCase: true)
    case .person:
      return QuestionCheck.holdsFamilyName(prompt, of: fact.text)
    case .number:
      return QuestionCheck.holdsFigure(prompt, value: fact.value)
    default:
      return false
    }
  }

  /// The sentence with the fact's words blanked, when the sentence can stand alone.
  func clozePrompt(_ fact: Fact) -> String? {
    guard let prompt = ownCloze(fact) else {
      // "The king arrived there in July 1324", "Each will be offered …": a sentence whose
      // place or count is the one before's is asked with that sentence ahead, or not at all.
      let sentence = fact.source.text
      guard
        QuestionCheck.hasPlacelessThere(sentence)
          || QuestionCheck.opensOnCountingSubject(sentence)
      else { return nil }
      return leadInCloze(fact, info: phraser.sentences.info(sentence), always: true)
    }
    // "The violence was worst in the _____.": a cloze that names nothing of its story is
    // asked with the sentence before it, when there is one to quote.
    // (A prompt that quotes the sentence before already comes back as it is.)
    let info = phraser.sentences.info(fact.source.text)
    if !QuestionCheck.hasAnchor(prompt, names: otherNames(fact)),
      let anchored = leadInCloze(fact, info: info, always: true)
    {
      return anchored
    }
    // So is one whose pronoun points back past its own words ("on his orders"), or whose
    // subject is a definite phrase off the article's topic ("The sum was reduced to …"), when
    // its whole sentence fits after the one before (a clause cut from it may lose its verb).
    if QuestionCheck.leansOnEarlierSentence(prompt) || QuestionCheck.hasPlacelessThere(prompt)
      || QuestionCheck.opensOnCountingSubject(prompt)
      || QuestionCheck.holdsPluralDemonstrative(prompt)
      || leadIn.topic.danglingHead(prompt, article: fact.source.article) != nil,
      let anchored = leadInCloze(fact, info: info, always: true, whole: true)
    {
      return anchored
    }
    return prompt
  }

  /// The fact's cloze from its own sentence, or from the sentence before it when its own
  /// leans on that one.
  func ownCloze(_ fact: Fact) -> String? {
    let sentence = fact.source.text
    let info = phraser.sentences.info(sentence)
    // Someone's words, or a sentence leaning on the one before: only a clause of it that
    // stands alone ("It had its tragedy too: on 27 January 1967 a fire …") can be asked.
    // "The next day _____ and Aldrin crawled into Eagle": when the fact is not itself the
    // date, a relative time leaves the card with no time at all.
    let relativeTime =
      ![.date, .year].contains(fact.kind) && QuestionCheck.opensOnRelativeTime(sentence)
    // "The test therefore fell to …": a definite subject off the article's topic.
    let dangling = leadIn.topic.danglingHead(sentence, article: fact.source.article)
    let leansOnContext =
      info.isQuotation || info.startsWithPronoun || relativeTime
      || QuestionWriter.hasFrontedPronounSubject(sentence)
    // It is asked with the sentence before when that one names it, else as it stands.
    if dangling != nil, !leansOnContext, let prompt = leadInCloze(fact, info: info) {
      return prompt
    }
    let scalars = scalarArray(sentence)
    let span = fact.source.span
    guard span.lowerBound >= 0, span.upperBound <= scalars.count, !span.isEmpty else { return nil }
    // The whole sentence, when it stands alone.
    func whole() -> String? {
      guard !leansOnContext else { return nil }
      return checkedCloze(
        QuestionWriter.gapped(scalars, span), fact, words: info.wordCount,
        pronounSubject: info.hasPronounSubject)
    }
    // Best first: the whole sentence, its main clause restated, the clause that holds the
    // fact, and that clause without what trails after the fact.
    if info.wordCount <= 40, let prompt = whole() { return prompt }
    // "That evening Robert Kennedy met the Soviet ambassador, _____, …": a fact that is not
    // the time itself is asked without the opener that points at another moment.
    // ("That evening" reads as opening on a pronoun: what follows it is checked instead.)
    if ![.date, .year].contains(fact.kind), !info.isQuotation,
      let prompt = clozeAfterRelativeOpener(fact, scalars: scalars)
    {
      return prompt
    }
    if !leansOnContext, let statement = phraser.statement(for: fact, replacing: "_____"),
      let prompt = checkedCloze(
        statement, fact, words: spaceSplit(statement).count,
        pronounSubject: info.hasPronounSubject)
    {
      return prompt
    }
    // A fact inside ", who …," after the subject: that clause told of the subject on its own.
    if !leansOnContext,
      let relative = QuestionWriter.relativeClauseStatement(info.text, span),
      let prompt = checkedCloze(
        QuestionWriter.gapped(relative.scalars, relative.span), fact,
        words: spaceSplit(String(String.UnicodeScalarView(relative.scalars))).count,
        pronounSubject: false)
    {
      return prompt
    }
    var tried: Set<String> = []
    // Last, a short sentence cut anyway: ", but Nasser rejected it" leaves "it" behind.
    for maxWords in [40, 24, max(6, min(24, info.wordCount - 1))] {
      guard let window = SentenceWindow.around(span, in: sentence, maxWords: maxWords),
        tried.insert(window.text).inserted
      else { continue }
      let part = SentenceInfo(window.text)
      // A window that keeps the sentence's opening cut nothing a pronoun after a name could
      // point back at ("Soliven said the dike would help but warned that it must …"); one
      // before any name ("At its Lahore session …") or after a fronted phrase still leans on
      // the sentence before.
      let keepsOpening = sentence.hasPrefix(window.text.dropLast())
      guard !part.isQuotation, !part.startsWithPronoun,
        keepsOpening
          ? !QuestionWriter.hasNoVerb(window.text)
            && !QuestionCheck.hasPronounBeforeAnyName(
              window.text, pronouns: QuestionWriter.windowPronouns)
            && !QuestionWriter.hasFrontedPronounSubject(window.text)
          : !QuestionWriter.isFragment(window.text),
        !QuestionShape.lacksMainClause(window.text),
        !relativeTime || !QuestionCheck.opensOnRelativeTime(window.text),
        leadIn.topic.danglingHead(window.text, article: fact.source.article) == nil,
        !keepsOpening
          || !QuestionWriter.endsInRelativeClause(
            info.text.tokens, at: window.text.unicodeScalars.count - 1)
      else { continue }
      if let prompt = checkedCloze(
        QuestionWriter.gapped(scalarArray(window.text), window.span), fact,
        words: spaceSplit(window.text).count, pronounSubject: part.hasPronounSubject)
      {
        return prompt
      }
    }
    // A long sentence no clause of which stands alone ("Of the total, EGP 1.5 billion will
    // come from …, 650 million … from …, and the rest from a grant of €12 million") is asked
    // whole: long but complete, such cards read as well as short ones.
    if info.wordCount > 40, info.wordCount <= QuestionWriter.maxWholeSentenceWords,
      let prompt = whole()
    {
      return prompt
    }
    return leadInCloze(fact, info: info)
  }

  /// The fact's sentence asked from after its opening relative time ("That evening", "Two
  /// days later,"), when what remains stands alone: a subject of its own, no pronoun that
  /// points back, no other time that points elsewhere.
  func clozeAfterRelativeOpener(_ fact: Fact, scalars: [Unicode.Scalar]) -> String? {
    let span = fact.source.span
    guard let cut = QuestionCheck.relativeOpenerLength(scalars), cut <= span.lowerBound,
      let upper = scalars[cut...].first?.properties.uppercaseMapping.unicodeScalars.first
    else { return nil }
    let rest = [upper] + scalars[(cut + 1)...]
    let text = String(String.UnicodeScalarView(rest))
    let info = phraser.sentences.info(text)
    guard !info.isQuotation, !info.startsWithPronoun,
      !QuestionWriter.hasFrontedPronounSubject(text), !QuestionCheck.opensOnRelativeTime(text)
    else { return nil }
    let shifted = (span.lowerBound - cut)..<(span.upperBound - cut)
    guard
      let prompt = checkedCloze(
        QuestionWriter.gapped(rest, shifted), fact, words: info.wordCount,
        pronounSubject: info.hasPronounSubject),
      !QuestionCheck.hasOnlyRelativeTime(prompt)
    else { return nil }
    return prompt
  }

  /// The longest sentence asked whole when no shorter part of it can be asked.
  static let maxWholeSentenceWords = 55

  /// "Princess Isabel, who was ruling Brazil while her father, Emperor Pedro II, was abroad,
  /// signed …" → "Princess Isabel was ruling Brazil while her father, Emperor Pedro II, was
  /// abroad.": the relative clause that holds `span`, told of the subject it follows, when
  /// that subject opens a clause the parser frames. The new span of the fact comes with it.
  static func relativeClauseStatement(_ text: TokenText, _ span: Range<Int>)
    -> (scalars: [Unicode.Scalar], span: Range<Int>)?
  {
    let tokens = text.tokens
    let scalars = text.scalars
    guard let clause = ClauseParser.parse(text),
      let relative = clause.appositive, relative.count > 3,
      ["who", "which"].contains(tokens[relative.lowerBound + 1].lower),
      let first = clause.subject.first, first < relative.lowerBound
    else { return nil }
    let from = tokens[relative.lowerBound + 2].range.lowerBound
    let to = tokens[relative.upperBound - 2].range.upperBound
    guard from <= span.lowerBound, span.upperBound <= to else { return nil }
    let subjectStart = tokens[first].range.lowerBound
    let subjectEnd = tokens[relative.lowerBound - 1].range.upperBound
    var subject = Array(scalars[subjectStart..<subjectEnd])
    if let initial = subject.first, initial.properties.isLowercase,
      let upper = initial.properties.uppercaseMapping.unicodeScalars.first
    {
      subject[0] = upper
    }
    let shift = subject.count + 1 - from
    return (
      subject + [" "] + scalars[from..<to] + ["."],
      (span.lowerBound + shift)..<(span.upperBound + shift)
    )
  }

  /// True when the sentence's opening, cut at scalar `end`, stops inside a relative clause
  /// whose subject's own verb comes later: "Princess Isabel, who was ruling while her father,
  /// Emperor _____, was abroad." has lost "signed".
  static func endsInRelativeClause(_ tokens: [SentenceToken], at end: Int) -> Bool {
    tokens.indices.contains { comma in
      guard tokens[comma].text == ",", tokens[comma].range.upperBound <= end,
        let close = ClauseParser.relativeClauseEnd(tokens, at: comma, end: tokens.count)
      else { return false }
      return tokens[close].range.lowerBound >= end
    }
  }

  /// A sentence that leans on the one before ("They took a call from President _____ …"),
  /// asked with that sentence ahead of it: the whole sentence, else the clause that holds the
  /// fact.
  func leadInCloze(_ fact: Fact, info: SentenceInfo, always: Bool = false, whole: Bool = false)
    -> String?
  {
    let sentence = fact.source.text
    let dangling = leadIn.topic.danglingHead(sentence, article: fact.source.article)
    // Only a pronoun at the head of the sentence ("They", "His plan", "in 1955 it adopted")
    // points at the sentence before; one further in may point anywhere.
    guard !info.isQuotation,
      always || info.startsWithPronoun || info.hasPronounSubject || dangling != nil
        || (![.date, .year].contains(fact.kind) && QuestionCheck.opensOnRelativeTime(sentence))
        || QuestionWriter.hasLoosePronoun(
          QuestionWriter.gapped(scalarArray(sentence), fact.source.span))
        || QuestionWriter.hasFrontedPronounSubject(sentence)
        || QuestionCheck.opensOnCountingSubject(sentence),
      let lead = leadIn.sentence(before: fact.source, reading: phraser.sentences),
      // "The test …" after a sentence that never mentions a test is no better off, unless
      // nothing else will do: "The sum was reduced …" after the sentence that set it.
      always || (dangling.map({ ArticleTopic.names($0, in: lead) }) ?? true)
    else { return nil }
    let leadWords = spaceSplit(lead).count
    var parts: [SentenceWindow] = []
    if info.wordCount <= 40 { parts.append(SentenceWindow(text: sentence, span: fact.source.span)) }
    for maxWords in whole ? [] : [40, 24] {
      // (Only a window that keeps its sentence's opening follows the sentence before: one
      // cut after a colon, "He favoured the moon god …", has its "he" in the part cut off.)
      if let window = SentenceWindow.around(fact.source.span, in: sentence, maxWords: maxWords),
        sentence.hasPrefix(window.text.dropLast()),
        !parts.contains(window), !QuestionWriter.hasNoVerb(window.text),
        !QuestionShape.lacksMainClause(window.text)
      {
        parts.append(window)
      }
    }
    for part in parts {
      let words = leadWords + spaceSplit(part.text).count
      guard words <= LeadIn.maxPromptWords else { continue }
      let prompt = lead + " " + QuestionWriter.gapped(scalarArray(part.text), part.span)
      if let prompt = checkedCloze(prompt, fact, words: words, pronounSubject: false, leadIn: lead)
      {
        return prompt
      }
    }
    return nil
  }

  /// "Developed in 1928 by …, they were cheap", "In Washington they were received …": a main
  /// clause whose pronoun subject follows a fronted phrase points at the sentence before, like
  /// one that opens on it.
  static func hasFrontedPronounSubject(_ sentence: String) -> Bool {
    hasPronounSubjectAfterComma(sentence) || hasPronounSubjectAfterOpeningPhrase(sentence)
  }

  /// Prepositions that open a sentence on a phrase of place, time or manner.
  static let frontingPrepositions: Set<String> = [
    "in", "on", "at", "after", "during", "by", "from", "with", "within", "under", "before",
    "until", "throughout", "between", "among", "despite", "upon", "following", "near", "across",
  ]
  /// Words that end an opening phrase before any pronoun in it could be the main clause's
  /// subject: a clause opens ("In the town where he was born") or a verb has come.
  static let openingPhraseEnds: Set<String> = [
    "who", "whom", "whose", "which", "that", "where", "when", "as", "because", "if", "while",
    "and", "or", "but", "since", "after", "before", "until", "once", "though", "although",
  ]

  /// "In Europe he joined …", "At Taghaza he found …", "In practice it carried out …": a
  /// pronoun subject right after an opening phrase with no comma. A name inside that phrase is
  /// a place or a time, never who "he" is, so the pronoun points at the sentence before.
  static func hasPronounSubjectAfterOpeningPhrase(_ sentence: String) -> Bool {
    // The first word is read alone: most sentences open on no preposition, and reading nine
    // words by their characters cost more than all the rest of the check.
    var reader = SpaceWords(sentence)
    guard let opening = reader.next(), frontingPrepositions.contains(opening.lowercased()) else {
      return false
    }
    var words: [Substring] = []
    while words.count < 8, let word = reader.next() { words.append(word) }
    guard words.count > 1 else { return false }
    for word in words {
      let bare =
        word.asciiFiltered(isWordByte) ?? word.filter { $0.isLetter || $0.isNumber || $0 == "_" }
      let lower = bare.lowercased()
      if loosePronouns.contains(bare) { return true }
      if bare.isEmpty || openingPhraseEnds.contains(lower) || VerbForms.auxiliaries.contains(lower)
        || (bare.first?.isLowercase ?? false && VerbForms.base(ofPast: lower) != nil)
        || word.last.map({ ";:.!?".contains($0) }) ?? false
      {
        return false
      }
    }
    return false
  }

  /// An ASCII letter, digit or "_": the bytes `hasPronounSubjectAfterOpeningPhrase` keeps of a
  /// word.
  static func isWordByte(_ byte: UInt8) -> Bool {
    TextFolding.isASCIILetter(byte) || (0x30...0x39).contains(byte) || byte == 0x5F
  }

  /// `hasFrontedPronounSubject` for a phrase set off by its comma ("…, they were cheap").
  static func hasPronounSubjectAfterComma(_ sentence: String) -> Bool {
    var text = sentence
    let ascii = text.withUTF8 { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      // Every phrase opens on ", ": one scan for that, then the words after it.
      var index = 0
      while index + 1 < bytes.count {
        if bytes[index] == 0x2C, bytes[index + 1] == 0x20 {
          let rest = UnsafeBufferPointer(rebasing: bytes[(index + 2)...])
          if frontedPronounTails.contains(where: { rest.starts(with: $0) }) { return true }
        }
        index += 1
      }
      return false
    }
    return ascii ?? frontedPronounPhrases.contains { sentence.containsASCII($0) }
  }

  static let frontedPronounPhrases = [
    ", they ", ", it ", ", he ", ", she ", ", and he ", ", and she ", ", and they ",
  ]
  /// `frontedPronounPhrases` after their ", ".
  static let frontedPronounTails = frontedPronounPhrases.map { Array($0.utf8.dropFirst(2)) }

  /// `scalars` with `span` blanked; ASCII text is put together from its bytes.
  static func gapped(_ scalars: [Unicode.Scalar], _ span: Range<Int>) -> String {
    if scalars.allSatisfy(\.isASCII) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(scalars.count + 5)
      for scalar in scalars[..<span.lowerBound] { bytes.append(UInt8(scalar.value)) }
      bytes += "_____".utf8
      for scalar in scalars[span.upperBound...] { bytes.append(UInt8(scalar.value)) }
      return String(decoding: bytes, as: UTF8.self)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[..<span.lowerBound])
    view.append(contentsOf: "_____".unicodeScalars)
    view.append(contentsOf: scalars[span.upperBound...])
    return String(view)
  }

  /// A cloze prompt fit to ask: one gap whose edges are clean, the answer nowhere else in
  /// it, no pronoun that points outside it, five words at least.
  /// A prompt that quotes a `leadIn` sentence first has its pronouns pointing into that
  /// sentence; only the lead-in itself must not lean on anything.
  func checkedCloze(
    _ written: String, _ fact: Fact, words: Int, pronounSubject: Bool, leadIn: String? = nil
  ) -> String? {
    let tidied = PromptTidying.droppingForeignGloss(written)
    // A quotation cut open ("said, "Your luggage … era..") reads as a fragment.
    // So does a bracket cut open or closed ("Te Tiriti o _____) is an agreement …").
    var quotes = 0
    var opening = 0
    var closing = 0
    var depth = 0
    var unbalanced = false
    for scalar in tidied.unicodeScalars {
      switch scalar {
      case "\"": quotes += 1
      case "“": opening += 1
      case "”": closing += 1
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth < 0 { unbalanced = true }
      default: break
      }
    }
    guard words >= 5, !pronounSubject, quotes % 2 == 0, opening == closing,
      !unbalanced, depth == 0,
      !tidied.hasSuffix(".."), tidied.occurrences(of: "_____").count == 1,
      // "The _____ reshaped much of Europe:": what it did follows in a list the card lacks.
      !tidied.hasSuffix(":"),
      let edged = QuestionWriter.gapEdges(tidied)
    else { return nil }
    let prompt = QuestionWriter.droppingAcronymAfterGap(edged, kind: fact.kind)
    // "An _____ and Supervision": a name cut short by the extractor leaves half of it behind;
    // so does "The _____ of Staff" and "_____ de la Producción".
    let after = prompt.occurrences(of: "_____").after
    // (The one gap's byte offset: the text before it, with no Foundation search.)
    let before =
      prompt.firstByteOffset(of: "_____").map {
        prompt[..<prompt.utf8.index(prompt.startIndex, offsetBy: $0)]
      } ?? ""
    if [.organization, .term, .event, .person, .place].contains(fact.kind),
      QuestionWriter.continuesName(after) || QuestionWriter.endsNamePart(before, fact.kind)
    {
      return nil
    }
    // "(Maltese: _____ l-Kbir)": a name's gloss in another language, set off in brackets, is
    // no fact of the story.
    // (No "(" byte, no "(": the characters are walked back only when there is one.)
    if before.utf8.contains(0x28), let open = before.lastIndex(of: "("),
      !before[open...].contains(")"),
      PromptTidying.opensOnLanguageLabel(before[before.index(after: open)...])
    {
      return nil
    }
    // "_____ ("Touch Me Not")": a quoted translation right after the gap spells the answer out.
    if [.term, .event, .organization].contains(fact.kind),
      after.hasPrefix(" (\"") || after.hasPrefix(" (“")
    {
      return nil
    }
    // "the material for _____ of the Wild" (The Call): a title that keeps its capital "The"
    // was cut before its "of".
    if fact.kind == .term, fact.text.hasPrefix("The "), after.hasPrefix(" of ") { return nil }
    // "died in 1368 or _____": one of two figures the card offers as alternatives gives the
    // other away.
    if [.year, .number, .date, .money].contains(fact.kind),
      after.hasPrefix(" or ") && (after.dropFirst(4).first?.isNumber ?? false)
        || before.hasSuffix(" or ")
          && (before.dropLast(4).last?.isNumber ?? false)
    {
      return nil
    }
    // "Overfishing in _____ and 2000s": the gap took one decade of a pair that shares its "the".
    if [.date, .year].contains(fact.kind),
      QuestionWriter.isDecade(after.dropFirst(5).prefix { $0 != " " })
        && after.hasPrefix(" and ")
        || QuestionWriter.isDecade(
          before.dropLast(5).split(separator: " ").last ?? "") && before.hasSuffix(" and ")
    {
      return nil
    }
    if [.organization, .term, .event].contains(fact.kind), after.hasPrefix(" and "),
      let next = after.split(separator: " ", maxSplits: 2).prefix(2).last,
      next.first?.isUppercase ?? false
    {
      return nil
    }
    let answer = AnswerFormat.answer(for: fact)
    let folded = FoldedText(prompt)
    if FoldedText.contains(folded, FoldedText(fact.text))
      || FoldedText.contains(folded, FoldedText(answer))
      || QuestionWriter.givesAwayName(prompt, fact)
      || QuestionWriter.hasLoosePronoun(leadIn ?? prompt)
      || QuestionCheck.endsOnDanglingWord(prompt)
      || QuestionCheck.endsOnGapAfterComplementizer(prompt)
      || QuestionCheck.holdsPossessive(prompt, of: fact.text)
      || QuestionCheck.opensOnCountingSubject(leadIn ?? prompt)
      || QuestionCheck.hasPlacelessThere(prompt)
      || (fact.kind == .organization && QuestionCheck.gapIsAttribution(prompt))
      || ([.organization, .term, .event, .place].contains(fact.kind)
        && QuestionCheck.bracketSpellsAnswer(prompt, answer: fact.text))
    {
      return nil
    }
    return prompt
  }

  /// "The chair of _____ (TRONPnui), Ruihana …" → "The chair of _____, Ruihana …": a body's
  /// acronym in brackets right after its gap spells the answer half out, and the sentence
  /// reads as well without it.
  static func droppingAcronymAfterGap(_ prompt: String, kind: FactKind) -> String {
    // (Searched on the bytes first: most prompts hold no bracket after the gap.)
    guard [.organization, .term, .event].contains(kind), prompt.containsASCII("_____ ("),
      let gap = prompt.range(of: "_____ ("),
      let close = prompt[gap.upperBound...].firstIndex(of: ")")
    else { return prompt }
    let inner = prompt[gap.upperBound..<close]
    guard (2...12).contains(inner.count), inner.allSatisfy({ $0.isLetter || $0 == "-" }),
      inner.filter(\.isUppercase).count >= 2
    else { return prompt }
    let cut = prompt.index(gap.upperBound, offsetBy: -2)
    return String(prompt[..<cut]) + String(prompt[prompt.index(after: close)...])
  }

  /// True when the words before a gap hold the first part of the name, or the place it lies
  /// in: "St. _____" (Louis), "Halifax, _____" (Nova Scotia), "Washington, _____" (D.C.).
  static func endsNamePart(_ before: Substring, _ kind: FactKind) -> Bool {
    let words = before.lastWords(3)
    guard let last = words.last else { return false }
    if ["St.", "Mt.", "Ft.", "Pt."].contains(last) { return true }
    // "Te Paparahi o _____", "Charles de _____": a name's particle after its first part.
    if words.count >= 2, QuestionWriter.nameParticles.contains(last),
      words[words.count - 2].first?.isUppercase ?? false
    {
      return true
    }
    // "the Minister of Agriculture and _____" (Food Security): the second field of a title's
    // or body's name.
    // (A person or place after "of Singapore and" is the next item of a list.)
    if [.organization, .term, .event].contains(kind), words.count >= 3, last == "and",
      words[words.count - 2].first?.isUppercase ?? false, !words[words.count - 2].hasSuffix(","),
      ["of", "for"].contains(words[words.count - 3])
    {
      return true
    }
    // "a narrow-gauge railway, the White Pass and _____": a term's name begun with "the" and
    // two capitalised words runs on through its "and".
    if [.term, .event].contains(kind), last == "and" {
      let four = before.lastWords(4)
      if four.count == 4, four[0].lowercased() == "the", four[1].first?.isUppercase ?? false,
        four[2].first?.isUppercase ?? false, !four[2].hasSuffix(",")
      {
        return true
      }
    }
    // "the Destruction of _____ 1975" (Disease-Bearing Insects Act): a law's or term's name
    // the card began before its "of"; "Minister for _____, Energy and …": an office's
    // portfolio, which is no name of its own.
    if [.term, .event, .organization, .person].contains(kind), words.count >= 2,
      last == "of" || last == "for", let opening = words[words.count - 2].first,
      opening.isUppercase,
      [.term, .event].contains(kind) || QuestionWriter.officeTitles.contains(words[words.count - 2])
    {
      return true
    }
    // "a coalition called Neighbors for a _____": the gap ends a name the card began.
    // ("of the _____" is too often a role: "Vice Chair of the _____".)
    if kind != .place, words.count >= 3, ["a", "an"].contains(last),
      ["for", "against", "with"].contains(words[words.count - 2]),
      let opening = words[words.count - 3].first, opening.isUppercase
    {
      return true
    }
    return kind == .place && last.hasSuffix(",") && last.first?.isUppercase ?? false
      && last.dropLast().allSatisfy(\.isLetter) && !DateWords.isMonth(String(last.dropLast()))
      && words.count > 1
  }

  /// True when the words after a gap carry on a name: " of Staff", " de la Producción".
  static func continuesName(_ after: Substring) -> Bool {
    // "The _____, Trade and Industry": a name's list of fields goes on past the gap.
    if after.hasPrefix(", ") {
      let listed = after.dropFirst(2).firstWords(3)
      if listed.count == 3, listed[1] == "and", listed[0].first?.isUppercase ?? false,
        listed[2].first?.isUppercase ?? false, listed[2].hasSuffix(",")
      {
        return true
      }
    }
    // "_____. said the project …": the name was cut at its "Co.", and its point is left.
    if after.hasPrefix(". "), after.dropFirst(2).first?.isLowercase ?? false { return true }
    // "the _____ and Low Carbon Development (Amendment) Act 2021": capitals after "and" that
    // run into a law's, treaty's or plan's head word are the rest of one name.
    if after.hasPrefix(" and ") {
      for word in after.dropFirst(5).firstWords(6) {
        let bare = word.filter(\.isLetter)
        guard let initial = bare.first, initial.isUppercase else { break }
        if AnswerCategory.heads[bare.lowercased()]?.group == .document { return true }
      }
    }
    let words = after.firstWords(3)
    guard let first = words.first else { return false }
    // "the _____ 66 stretch" (NH 66): a road or a model keeps its number.
    if after.hasPrefix(" "), first.allSatisfy(\.isNumber) { return true }
    // "_____ President Danielle Ortiz": the gap is the body of an office held by a name.
    if after.hasPrefix(" "), words.count >= 2, officeTitles.contains(first),
      words[words.startIndex + 1].first?.isUppercase ?? false
    {
      return true
    }
    guard QuestionWriter.nameLinkers.contains(first) else { return false }
    let rest = words.dropFirst().drop { QuestionWriter.nameLinkers.contains($0) || $0 == "the" }
    guard let next = rest.first, next.first?.isUppercase ?? false else { return false }
    // After "of" most capitalised words are where ("the _____ of Paris"): only a word that
    // ends names of bodies ("Chiefs of Staff", "Council of Europe"), not closing the clause,
    // carries the name on.
    return first != "of"
      || !(next.last == "," || next.last == ".")
        && QuestionWriter.nameTails.contains(next.filter(\.isLetter).lowercased())
  }

  /// Offices written before a holder's name: "Council President Danielle Ortiz".
  static let officeTitles: Set<Substring> = [
    "President", "Chairman", "Chairwoman", "Chair", "Secretary", "Minister", "Director",
    "Commissioner", "Governor", "Mayor", "Speaker", "Leader", "Member", "Spokesman",
    "Spokeswoman", "Spokesperson", "Treasurer", "Chief",
  ]

  /// Words that join the parts of a name: "of", "de la", "von".
  static let nameLinkers: Set<Substring> = [
    "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "von", "o",
  ]
  /// Lower-case particles inside names that a gap cannot end on: Māori "o", "de", "van".
  static let nameParticles: Set<Substring> = [
    "o", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "von", "van", "bin",
    "ibn",
  ]
  /// Words that end the names of bodies after "of": "Staff", "Ministers", "State".
  static let nameTails: Set<String> = [
    "staff", "ministers", "state", "directors", "governors", "trustees", "commons", "lords",
    "representatives", "deputies", "justice", "defence", "defense", "finance", "health",
    "education", "commerce", "labour", "labor", "agriculture", "transport", "nations",
    "americas", "europe",
  ]

  /// The cloze with its gap's edges checked: nil when the gap is half of a hyphenated name
  /// ("_____-Gurion") or an acronym in brackets right after the name it abbreviates; an
  /// acronym in brackets right after the gap ("the _____ (AfDB)") is taken out, as it would
  /// give the name away.
  static func gapEdges(_ prompt: String) -> String? {
    var text = prompt
    let ascii = text.withUTF8 { bytes -> (isASCII: Bool, result: String?) in
      // A carriage return and line feed make one character: such text takes the general path.
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return (false, nil) }
      return (true, asciiGapEdges(bytes))
    }
    return ascii.isASCII ? ascii.result : unicodeGapEdges(prompt)
  }

  /// `gapEdges` of ASCII text, on its bytes (a byte per character).
  static func asciiGapEdges(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let start = String.firstOffset(of: "_____", in: bytes) else { return nil }
    let end = start + 5
    let before: UInt8? = start > 0 ? bytes[start - 1] : nil
    let after: UInt8? = end < bytes.count ? bytes[end] : nil
    if before == 0x2D { return nil }
    // "the _____-kilometre dam": a figure's gap before its glued unit keeps what it measures.
    if after == 0x2D {
      let rest = Substring(String(decoding: bytes[end..<min(end + 16, bytes.count)], as: UTF8.self))
      if !GluedUnit.opens(rest), !opensAttribute(rest) { return nil }
    }
    if before == 0x28 && after == 0x29 { return nil }
    // "… at Waterloo on _____": the sentence's full stop went into the gap with the date.
    if end == bytes.count { return gapEdges(String(decoding: bytes, as: UTF8.self) + ".") }
    // "engineer _____., they": the full stop of the name's "Jr." went into the gap with it.
    if end + 1 < bytes.count, bytes[end] == 0x2E, bytes[end + 1] == 0x2C {
      var kept = Array(bytes[..<end])
      kept += bytes[(end + 1)...]
      return gapEdges(String(decoding: kept, as: UTF8.self))
    }
    // The last four words before the gap, split at spaces.
    var lead: [UnsafeBufferPointer<UInt8>.SubSequence] = []
    var wordEnd = start
    while lead.count < 4, wordEnd > 0 {
      while wordEnd > 0, bytes[wordEnd - 1] == 0x20 { wordEnd -= 1 }
      guard wordEnd > 0 else { break }
      var wordStart = wordEnd
      while wordStart > 0, bytes[wordStart - 1] != 0x20 { wordStart -= 1 }
      lead.insert(bytes[wordStart..<wordEnd], at: 0)
      wordEnd = wordStart
    }
    func isWord(_ word: UnsafeBufferPointer<UInt8>.SubSequence, _ options: [String]) -> Bool {
      options.contains { option in
        option.utf8.count == word.count
          && zip(option.utf8, word).allSatisfy { $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 + 0x20 : $1) }
      }
    }
    if lead.count >= 3, isWord(lead[lead.count - 1], ["to", "and"]),
      let first = lead[lead.count - 2].first, first >= 0x30, first <= 0x39,
      isWord(lead[lead.count - 3], ["from", "between"])
    {
      return nil
    }
    if end + 1 < bytes.count, bytes[end] == 0x20, bytes[end + 1] == 0x28,
      let close = bytes[end...].firstIndex(of: 0x29)
    {
      let inside = bytes[(end + 2)..<close]
      if inside.count >= 2, inside.count <= 10,
        inside.allSatisfy({
          ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x26
        })
      {
        var kept = Array(bytes[..<end])
        kept += bytes[(close + 1)...]
        return String(decoding: kept, as: UTF8.self)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// "a _____-backed fund", "the _____-led coalition": a name's gap before a glued participle
  /// that makes it an attribute keeps the name whole (the tokenizer's own list of them).
  static func opensAttribute(_ rest: Substring) -> Bool {
    guard rest.first == "-" else { return false }
    let word = rest.dropFirst().prefix { $0.isLetter }
    return Tokenizer.isNameParticiple(word.lowercased())
  }

  /// `gapEdges` for any text.
  static func unicodeGapEdges(_ prompt: String) -> String? {
    guard let offset = prompt.firstByteOffset(of: "_____") else { return nil }
    let start = prompt.utf8.index(prompt.startIndex, offsetBy: offset)
    let gap = start..<prompt.utf8.index(start, offsetBy: 5)
    let before = prompt[..<gap.lowerBound].last
    let after = prompt[gap.upperBound...].first
    if before == "-" || before == "–" || after == "–" { return nil }
    if after == "-", !GluedUnit.opens(prompt[gap.upperBound...]),
      !opensAttribute(prompt[gap.upperBound...])
    {
      return nil
    }
    if before == "(" && after == ")" { return nil }
    // "… at Waterloo on _____": the sentence's full stop went into the gap with the date.
    if gap.upperBound == prompt.endIndex { return gapEdges(prompt + ".") }
    // "engineer _____., they": the full stop of the name's "Jr." went into the gap with it.
    if prompt[gap.upperBound...].hasPrefix(".,") {
      return gapEdges(String(prompt[..<gap.upperBound]) + prompt[gap.upperBound...].dropFirst())
    }
    // "held from 26 to _____", "Between 10 and _____ people": one end of a range is no
    // answer of its own.
    let lead = prompt[..<gap.lowerBound].split(separator: " ").suffix(4).map { $0.lowercased() }
    if lead.count >= 3, ["to", "and"].contains(lead[lead.count - 1]),
      lead[lead.count - 2].first?.isNumber ?? false,
      ["from", "between"].contains(lead[lead.count - 3])
    {
      return nil
    }
    let rest = prompt[gap.upperBound...]
    if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") {
      let inside = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
      if inside.count >= 2, inside.count <= 10,
        inside.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "&" })
      {
        return String(prompt[..<gap.upperBound]) + String(rest[rest.index(after: close)...])
      }
    }
    return prompt
  }

  /// One or two timeline questions when the deck has four or more dated events.
  func orderQuestions(_ facts: [Fact]) -> [Question] {
    var events: [(day: String, text: String, fact: Fact)] = []
    var days: Set<String> = []
    for fact in facts.sorted(by: QuestionWriter.readingOrder)
    where [.date, .year].contains(fact.kind) && !fact.value.containsASCII("/")
      && !fact.value.hasPrefix("-")
    {
      // An item holding a date of its own or someone's words would muddle the order, and so
      // would two items in one year ("1979" against "January 7, 1979").
      guard let text = phraser.event(for: fact), !text.contains(where: \.isNumber),
        !QuestionPhraser.isReported(text)
      else { continue }
      let words = phraser.sentences.tokens(text).tokens
      guard !QuestionShape.isBrokenStatement(words), !QuestionShape.isDefinition(words),
        days.insert(String(fact.value.prefix(4))).inserted
      else { continue }
      events.append((fact.value, text, fact))
    }
    guard events.count >= 4 else { return [] }
    events.sort { $0.day < $1.day }
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
    // A second timeline of one deck runs backwards, so no two cards ask the same thing.
    for (number, group) in groups.enumerated() where group.count >= 4 {
      let latestFirst = number == 1
      let ids = group.map { factID($0.fact) }.sorted().joined(separator: "+")
      let factId = String(StableHash.hex("order|" + ids).prefix(12))
      var generator = SeededGenerator(seed: seed, key: factId)
      let items = latestFirst ? group.map(\.text).reversed() : group.map(\.text)
      var shuffled = generator.shuffled(items)
      if shuffled == items { shuffled = Array(items.reversed()) }
      let answer = items.joined(separator: orderSeparator)
      let first = group[0].fact
      result.append(
        Question(
          id: QuestionWriter.questionID(factID: factId, kind: .order), kind: .order,
          prompt: "Put these events in chronological order, "
            + (latestFirst ? "latest first." : "earliest first."), answer: answer,
          accept: [], choices: shuffled,
          fact: TestedFact(
            id: factId, kind: .event,
            text: group.map { AnswerFormat.date($0.day) }.joined(separator: "; "),
            value: group.map(\.day).joined(separator: " ")),
          source: QuestionSource(
            article: first.source.article, sentence: first.source.sentence,
            text: originals[first.source.text] ?? first.source.text)
        ))
    }
    return result
  }
}
