import Articles
import Facts

/// The sentence before one that leans on it ("They took a call from President Nixon …"),
/// quoted ahead of a cloze so the learner has what "They" points at. A teacher does the same
/// on paper: two sentences of the text with one gap, instead of no question at all.
struct LeadIn: Sendable {
  /// The longest sentence worth quoting as context: a lead-in is there to name the referent.
  static let maxWords = 40
  /// The longest two-sentence prompt worth reading on a card.
  static let maxPromptWords = 60

  private var sentences: [String: [Sentence]] = [:]
  /// The same sentences with the referents `ReferentResolver` put back, for quoting ahead of
  /// a card that does not itself open on a pronoun.
  private var resolvedSentences: [String: [Sentence]] = [:]
  /// What each article is about: a lead-in whose subject is a definite phrase off that topic
  /// ("The failure humiliated …") needs a lead-in of its own, so it is no lead-in.
  private(set) var topic = ArticleTopic()
  /// Sentences that name a person, by article: a run on "He" cannot reach past one of them.
  private var namingPeople: [String: Set<Int>] = [:]

  /// `topic` is the articles' `ArticleTopic` when the caller has read it already.
  /// `resolved` are `articles` with their pronouns' referents put back, when the caller has
  /// them.
  init(
    articles: [Article] = [], resolved: [Article]? = nil, facts: [Fact] = [],
    topic: ArticleTopic? = nil
  ) {
    for article in articles { sentences[article.name] = article.sentences }
    for article in resolved ?? articles { resolvedSentences[article.name] = article.sentences }
    self.topic = topic ?? ArticleTopic(articles: articles)
    for fact in facts where fact.kind == .person {
      namingPeople[fact.source.article, default: []].insert(fact.source.sentence)
    }
  }

  /// The sentence before the fact's own in the same paragraph, when it can stand at the head of
  /// a card: a narrative sentence of its own (not a caption, heading, list item or quotation)
  /// that does not itself lean on the one before it. A run of sentences on one subject ("They
  /// planted a flag. They took a call …") reaches back two sentences to where it is named.
  /// `table` holds the sentences a writer has read already (their `SentenceInfo` is the
  /// same, read once).
  func sentence(before source: FactSource, reading table: SentenceTable = SentenceTable())
    -> String?
  {
    guard let original = sentences[source.article], source.sentence > 0,
      source.sentence < original.count, original[source.sentence].index == source.sentence
    else { return nil }
    let own = original[source.sentence]
    // "Botha gave up the leadership to de Klerk, and de Klerk replaced him. He was sworn in":
    // a card opening on a pronoun takes its lead as the article wrote it, since a name put
    // back there can add a second man the pronoun might be.
    let opensOnPronoun = ReferentResolver.personWords.contains {
      own.text.hasPrefix($0.capitalized + " ")
    }
    let list = opensOnPronoun ? original : resolvedSentences[source.article] ?? original
    guard !own.isCaption, let previous = usable(list[source.sentence - 1], beside: own)
    else { return nil }
    let info = table.info(previous.text)
    guard !info.isQuotation else { return nil }
    if !info.startsWithPronoun, !info.hasPronounSubject,
      !QuestionWriter.hasLoosePronoun(previous.text),
      !QuestionCheck.pointsOutside(previous.text),
      topic.danglingHead(previous.text, article: source.article) == nil
    {
      return previous.text
    }
    // The sentence before opens on the same pronoun: the one before that may name it.
    // "Botha fell ill. He gave the post to de Klerk. He was sworn in …": either man.
    guard source.sentence > 1,
      SentenceInfo.firstWord(previous.text) == SentenceInfo.firstWord(own.text),
      !(namingPeople[source.article]?.contains(source.sentence - 1) ?? false),
      let first = usable(list[source.sentence - 2], beside: own),
      first.wordCount + previous.wordCount <= LeadIn.maxWords + 10
    else { return nil }
    let head = table.info(first.text)
    guard !head.isQuotation, !head.startsWithPronoun, !head.hasPronounSubject,
      !QuestionWriter.hasLoosePronoun(first.text),
      !QuestionCheck.pointsOutside(first.text),
      topic.danglingHead(first.text, article: source.article) == nil
    else { return nil }
    return first.text + " " + previous.text
  }

  /// `sentence` when it can be quoted ahead of `own`: in its paragraph, not a caption, a
  /// whole sentence of a few words up to `maxWords`.
  private func usable(_ sentence: Sentence, beside own: Sentence) -> Sentence? {
    guard sentence.paragraph == own.paragraph, !sentence.isCaption,
      let last = sentence.text.unicodeScalars.last, last == "." || last == "!",
      (3...LeadIn.maxWords).contains(sentence.wordCount)
    else { return nil }
    return sentence
  }
}
