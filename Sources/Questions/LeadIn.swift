import Articles
import Facts

/// The sentence before one that leans on it ("They took a call from President Nixon …"),
/// quoted ahead of a cloze so the learner has what "They" points at. A teacher does the same
/// on paper: two sentences of the text with one gap, instead of no question at all.
struct LeadIn: Sendable {
  /// The longest sentence worth quoting as context: a lead-in is there to name the referent.
  static let maxWords = 35
  /// The longest two-sentence prompt worth reading on a card.
  static let maxPromptWords = 60

  private var sentences: [String: [Sentence]] = [:]

  init(articles: [Article] = []) {
    for article in articles { sentences[article.name] = article.sentences }
  }

  /// The sentence before the fact's own in the same paragraph, when it can stand at the head of
  /// a card: a narrative sentence of its own (not a caption, heading, list item or quotation)
  /// that does not itself lean on the one before it.
  func sentence(before source: FactSource) -> String? {
    guard let list = sentences[source.article], source.sentence > 0,
      source.sentence < list.count, list[source.sentence].index == source.sentence
    else { return nil }
    let own = list[source.sentence]
    let previous = list[source.sentence - 1]
    guard previous.paragraph == own.paragraph, !previous.isCaption, !own.isCaption,
      let last = previous.text.unicodeScalars.last, last == "." || last == "!",
      (4...LeadIn.maxWords).contains(previous.wordCount)
    else { return nil }
    let info = SentenceInfo(previous.text)
    guard !info.isQuotation, !info.startsWithPronoun, !info.hasPronounSubject,
      !QuestionWriter.hasLoosePronoun(previous.text)
    else { return nil }
    return previous.text
  }
}
