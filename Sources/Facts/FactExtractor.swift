import Articles

/// Reads an article's sentences into typed facts: dates and years, money, counts and
/// percentages, people (with titles and roles), places, organisations (with acronyms),
/// events, named terms and quotations (with speakers). Each fact keeps its sentence and
/// span, and a salience score for the question writer's ranking.
///
/// The extractor is a pure function of the article. It tokenises every sentence once, learns
/// what the article as a whole says (its date order, the words it capitalises mid-sentence),
/// then runs the recognisers in a fixed order — dates, quantities, names, quotations — each
/// claiming its tokens so a year inside a date is never also a count.
public struct FactExtractor: Sendable {
  public init() {}

  public func facts(in article: Article) -> [Fact] {
    let tokenizer = Tokenizer()
    var scans = article.sentences.map {
      SentenceScan(sentence: $0, article: article.name, tokenizer: tokenizer)
    }
    let dates = DateRecognizer(dayFirst: DateRecognizer.prefersDayFirst(scans))
    let quantities = QuantityRecognizer()
    let definedTerms = DefinedTermRecognizer()
    let names = NameRecognizer()
    let quotes = QuoteRecognizer()
    var context = NameContext(scans: scans)
    var facts: [Fact] = []
    var paragraphYears: (Int, Set<Int>) = (-1, [])
    for s in scans.indices {
      dates.recognize(&scans[s])
      DateRecognizer.supplyYears(&scans[s], paragraphYears: &paragraphYears)
      quantities.recognize(&scans[s])
      definedTerms.recognize(&scans[s])
      names.recognize(&scans[s], context: &context)
      quotes.recognize(&scans[s], context: &context)
      var found: [Fact] = []
      swap(&found, &scans[s].facts)
      found.sort { $0.source.span.lowerBound < $1.source.span.lowerBound }
      // Moved, not copied: popping from the reversed array hands each fact over without
      // retaining its strings.
      found.reverse()
      while let fact = found.popLast() { facts.append(fact) }
    }
    SalienceScorer(article: article).score(&facts)
    return facts
  }
}
