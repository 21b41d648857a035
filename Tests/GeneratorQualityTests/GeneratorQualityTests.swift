import Articles
import Decks
import Foundation
import Questions
import Testing

/// The generator judged on the development set (Tests/Fixtures/articles), standing in for
/// articles nobody has seen. The floors are what the generator reaches today; the bar it must
/// reach is `QualityBar.coverageTarget`. Set FACTDECK_QUALITY_DUMP=PATH to write every deck,
/// card by card, for reading as a student would.
@Suite struct GeneratorQualityTests {
  static let articles = (try? DevelopmentSet.load()) ?? []

  @Test func developmentSetIsThere() throws {
    #expect(try DevelopmentSet.load().count >= 8)
  }

  /// Both sets: the development articles and the second set (`HeldOutTests`).
  @Test(arguments: articles + HeldOutTests.articles)
  func everyCardPassesTheAutomaticChecks(article: DevelopmentArticle) throws {
    try AutomaticChecks.record(for: article)
  }

  @Test(arguments: articles + HeldOutTests.articles)
  func theSameSeedGivesTheSameDeck(article: DevelopmentArticle) throws {
    #expect(try QualityRun.isDeterministic(article), "\(article.name)")
  }

  @Test func keyFactCoverage() throws {
    let results = try QualityReport.run(Self.articles)
    let total = QualityReport.coverage(results)
    #expect(total >= QualityBar.coverageFloor, "coverage \(total) fell below the floor")
    for result in results {
      #expect(
        result.coverage >= QualityBar.articleCoverageFloor,
        "\(result.name): coverage \(result.coverage) below \(QualityBar.articleCoverageFloor)")
    }
  }
}
