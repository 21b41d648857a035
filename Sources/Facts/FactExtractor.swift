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
    let dates = DateRecognizer(
      dayFirst: DateRecognizer.prefersDayFirst(scans),
      earlyYears: DateRecognizer.tellsOfFirstMillennium(scans))
    let designations = DesignationRecognizer()
    let quantities = QuantityRecognizer()
    let definedTerms = DefinedTermRecognizer()
    let emphasizedTerms = EmphasizedTermRecognizer(article: article)
    let names = NameRecognizer()
    let quotes = QuoteRecognizer()
    let headings = ([article.title].compactMap { $0 } + article.headings).map {
      SentenceScan(
        sentence: Sentence(index: -1, paragraph: -1, text: $0), article: article.name,
        tokenizer: tokenizer)
    }
    var context = NameContext(scans: scans, headings: headings)
    context.datelinePlaces = WordSet(article.datelinePlaces.map { $0.lowercased() })
    var facts: [Fact] = []
    var paragraphYears: (Int, Set<Int>) = (-1, [])
    let articleYears = FactExtractor.years(in: article)
    // The year of the last date or year read so far: of the years a weekday fits, the one the
    // story was telling of.
    var recentYear: Int?
    // The same, of the last one that is no range ("from 1950 to 1954" leaves either year).
    var recentPointYear: Int?
    // The page's date dates the story's yearless days only when the story reaches that year
    // (a news story, not a history piece that a dated magazine page tells).
    // A story under a news dateline is news of the page's date.
    let storyDate = article.published.flatMap { date in
      article.isDatelined || (articleYears.max() ?? 0) >= date.year - 1 ? date : nil
    }
    for s in scans.indices {
      dates.recognize(&scans[s])
      DateRecognizer.supplyYears(
        &scans[s], paragraphYears: &paragraphYears, published: storyDate,
        recent: recentPointYear)
      WeekdayDate.pinYears(&scans[s], years: articleYears, recent: recentYear)
      WeekdayDate.recognize(&scans[s], published: storyDate)
      designations.recognize(&scans[s])
      quantities.recognize(&scans[s])
      definedTerms.recognize(&scans[s])
      emphasizedTerms.recognize(&scans[s])
      names.recognize(&scans[s], context: &context)
      quotes.recognize(&scans[s], context: &context)
      var found: [Fact] = []
      swap(&found, &scans[s].facts)
      found.sort { $0.source.span.lowerBound < $1.source.span.lowerBound }
      // Moved, not copied: popping from the reversed array hands each fact over without
      // retaining its strings.
      found.reverse()
      while let fact = found.popLast() {
        if fact.kind == .year || fact.kind == .date, let year = Int(fact.value.prefix(4)) {
          recentYear = year
          recentPointYear = foundationContains(fact.value, "/") ? nil : year
        }
        facts.append(fact)
      }
    }
    RupeeCurrency.settle(&facts, in: article)
    LocalCurrency.settle(&facts)
    ListSiblings.retype(&facts, datelinePlaces: context.datelinePlaces)
    LanguageList.drop(&facts)
    AcronymBody.retype(&facts)
    NameKinds.settle(&facts)
    SalienceScorer(article: article).score(&facts)
    return facts
  }

  /// The four-digit years from 1000 to 2100 written in the article's sentences.
  static func years(in article: Article) -> Set<Int> {
    var found: Set<Int> = []
    for sentence in article.sentences {
      var text = sentence.text
      // (The bytes in place: iterating the UTF8View checks every step.)
      text.withUTF8 { bytes in
        var run = 0
        var value = 0
        for byte in bytes {
          if byte >= 0x30, byte <= 0x39 {
            run += 1
            // Only runs of four digits count: a longer one stops adding before it could
            // overflow.
            if run <= 4 { value = value * 10 + Int(byte - 0x30) }
          } else {
            if run == 4, (1000...2100).contains(value) { found.insert(value) }
            run = 0
            value = 0
          }
        }
        // The sentence's last run.
        if run == 4, (1000...2100).contains(value) { found.insert(value) }
      }
    }
    return found
  }
}
