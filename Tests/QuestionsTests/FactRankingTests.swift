import Articles
import Facts
import Testing

@testable import Questions

/// The ranking's features read off a small article of my own about an invented harbour town.
struct FactRankingTests {
  static let sentences = [
    "The Harbour Treaty of Velmar was signed on 4 June 1907 by Mayor Ida Marr.",
    "Ships from Oslo, Bergen and Riga unloaded 40,000 tonnes of grain at Velmar that year.",
    "The Velmar Harbour Board (VHB) ran the port until 1950.",
    "Winters were long.",
  ]

  static let article = Article(
    name: "h.txt", title: "The Velmar harbour treaty",
    sentences: sentences.enumerated().map {
      Sentence(index: $0.offset, paragraph: $0.offset < 2 ? 0 : 1, text: $0.element)
    })

  static let facts: [Fact] = {
    var ida = fact(.person, "Ida Marr", in: sentences[0], article: "h.txt")
    ida.role = "Mayor"
    var board = fact(
      .organization, "Velmar Harbour Board", in: sentences[2], article: "h.txt", index: 2)
    board.role = "VHB"
    return [
      fact(
        .date, "4 June 1907", in: sentences[0], value: "1907-06-04", granularity: .day,
        article: "h.txt"),
      ida,
      fact(.place, "Oslo", in: sentences[1], article: "h.txt", index: 1),
      fact(.place, "Bergen", in: sentences[1], article: "h.txt", index: 1),
      fact(.place, "Riga", in: sentences[1], article: "h.txt", index: 1),
      fact(
        .number, "40,000", in: sentences[1], value: "40000", unit: "tonnes", article: "h.txt",
        index: 1),
      fact(.place, "Velmar", in: sentences[1], article: "h.txt", index: 1, occurrence: 0),
      board,
      fact(.year, "1950", in: sentences[2], article: "h.txt", index: 2),
    ]
  }()

  static func features() -> [FactFeatures] {
    let writer = QuestionWriter()
    let keys = facts.map { writer.dedupeKey($0) }
    let mentions = QuestionWriter.mentionCounts(facts, articles: [article], keys: keys)
    return FactFeatures.of(
      facts, articles: [article], mentions: keys.map { mentions[$0] ?? 1 }, dedupeKeys: keys)
  }

  @Test func everyFactHasExactlyOneSort() {
    let sorts: [FactFeatures.Feature] = [
      .dateDay, .dateMonth, .dateYear, .dateRange, .year, .money, .percent, .count, .duration,
      .bareNumber, .person, .organization, .place, .event, .term,
    ]
    for features in Self.features() {
      #expect(sorts.map { features[$0] }.reduce(0, +) == 1)
    }
    #expect(FactFeatures.group(of: Self.facts[0]) == .dateDay)
    #expect(FactFeatures.group(of: Self.facts[5]) == .count)
    #expect(FactFeatures.group(of: Self.facts[8]) == .year)
    let span = fact(.number, "20 years", in: "It took 20 years.", value: "20", unit: "years")
    #expect(FactFeatures.group(of: span) == .duration)
  }

  @Test func featuresReadTheSentenceAndTheArticle() {
    let features = Self.features()
    // The mayor has a role, the board an acronym; the three ports are a list.
    #expect(features[1][.role] == 1)
    #expect(features[7][.acronym] == 1)
    #expect(features[2][.sameKindInSentence] == 3)
    #expect(features[2][.placeAfterPreposition] == 1)
    #expect(features[6][.placeAfterPreposition] == 1)
    #expect(features[5][.large] == 1)
    #expect(features[0][.lead] == 1)
    #expect(features[0][.position] == 0)
    #expect(features[8][.position] == 0.5)
    #expect(features[7][.paragraphFirst] == 1)
    #expect(features[2][.paragraphFirst] == 0)
    // "Velmar" is the title's word; the treaty sentence shares "treaty" with the title.
    #expect(features[6][.inTitle] == 1)
    #expect(features[0][.titleOverlap] == 1)
    #expect(features[0][.centrality] > 0)
  }

  @Test func countriesAndNamedDocumentsAreMarked() {
    let sentence = "Norway signed the Harbour Act in Velmar."
    let facts = [
      fact(.place, "Norway", in: sentence, article: "h.txt"),
      fact(.term, "Harbour Act", in: sentence, article: "h.txt"),
      fact(.place, "Velmar", in: sentence, article: "h.txt"),
    ]
    let article = Article(
      name: "h.txt", title: nil, sentences: [Sentence(index: 0, paragraph: 0, text: sentence)])
    let features = FactFeatures.of(
      facts, articles: [article], mentions: [1, 1, 1], dedupeKeys: ["a", "b", "c"])
    #expect(features[0][.country] == 1 && features[2][.country] == 0)
    #expect(features[1][.namedDocument] == 1)
    // A town where it happened outranks the country that is the setting.
    #expect(FactRanking.score(features[2]) > FactRanking.score(features[0]))
  }

  @Test func theDatedTreatyAndTheMayorOutrankTheListedPorts() {
    let scores = Self.features().map(FactRanking.score)
    #expect(scores[0] > scores[2])
    #expect(scores[1] > scores[3])
    #expect(scores[5] > scores[4])
  }

  @Test func theBudgetTakesTheBestFirst() {
    let set = QuestionWriter(maxFacts: 2).write(facts: Self.facts, articles: [Self.article])
    let asked = Set(set.selected.map(\.fact.text))
    #expect(asked.count == 2)
    #expect(!asked.contains("Bergen") && !asked.contains("Riga"))
  }
}
