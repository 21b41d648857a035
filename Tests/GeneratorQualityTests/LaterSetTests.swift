import Foundation
import Testing

/// The generator judged on the sets written unseen, third to seventeenth (Tests/Fixtures/NAME):
/// each was measured blind once when it came (its README and `QualityBar` give the figures),
/// then used to find general faults, and now guards against regressions with its coverage
/// floor. FACTDECK_QUALITY_DUMP=PATH writes their decks to PATH.NAME.
@Suite struct LaterSetTests {
  /// Each later set: its folder, the articles it holds at least, the coverage it must keep.
  static let sets: [(name: String, least: Int, floor: Double)] = [
    ("third", 8, QualityBar.thirdCoverageFloor),
    ("fourth", 6, QualityBar.fourthCoverageFloor),
    ("fifth", 7, QualityBar.fifthCoverageFloor),
    ("sixth", 7, QualityBar.sixthCoverageFloor),
    ("seventh", 7, QualityBar.seventhCoverageFloor),
    ("eighth", 7, QualityBar.eighthCoverageFloor),
    ("ninth", 7, QualityBar.ninthCoverageFloor),
    ("tenth", 7, QualityBar.tenthCoverageFloor),
    ("eleventh", 7, QualityBar.eleventhCoverageFloor),
    ("twelfth", 7, QualityBar.twelfthCoverageFloor),
    ("thirteenth", 7, QualityBar.thirteenthCoverageFloor),
    ("fourteenth", 7, QualityBar.fourteenthCoverageFloor),
    ("fifteenth", 7, QualityBar.fifteenthCoverageFloor),
    ("sixteenth", 7, QualityBar.sixteenthCoverageFloor),
    ("seventeenth", 7, QualityBar.seventeenthCoverageFloor),
  ]
  static let articles: [String: [DevelopmentArticle]] = Dictionary(
    uniqueKeysWithValues: sets.map { set in
      (set.name, (try? DevelopmentSet.load(from: DevelopmentSet.laterFolder(set.name))) ?? [])
    })

  @Test func laterSetsAreThere() {
    for set in Self.sets {
      #expect((Self.articles[set.name]?.count ?? 0) >= set.least, "\(set.name) set")
    }
  }

  @Test(arguments: sets.flatMap { articles[$0.name] ?? [] })
  func keysAreWrittenInTheirArticles(article: DevelopmentArticle) throws {
    try HeldOutTests.checkKeys(of: article)
  }

  @Test(arguments: sets.map(\.name))
  func setCoverage(name: String) throws {
    let floor = try #require(Self.sets.first { $0.name == name }?.floor)
    try Self.expectCoverage(of: Self.articles[name] ?? [], name: name, floor: floor)
  }

  static func expectCoverage(of articles: [DevelopmentArticle], name: String, floor: Double)
    throws
  {
    let results = try QualityReport.run(articles, dumpSuffix: "." + name)
    let total = QualityReport.coverage(results)
    #expect(total >= floor, "\(name)-set coverage \(total) fell below \(floor)")
    // The later sets' cards pass the automatic checks too, as the development set's must.
    for result in results {
      for card in result.deck.cards {
        for problem in QuestionAudit.problems(in: card) {
          Issue.record("\(name) set, \(result.name): \(problem) in “\(card.prompt)”")
        }
      }
    }
  }
}
