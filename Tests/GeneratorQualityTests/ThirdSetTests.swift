import Foundation
import Testing

/// The generator judged on the third set (Tests/Fixtures/third): eight articles written as
/// unseen in session 3 and measured blind once (67.0%), then used to find general faults, so
/// its floor guards against regressions. FACTDECK_QUALITY_DUMP=PATH writes these decks to
/// PATH.third.
@Suite struct ThirdSetTests {
  static let articles = (try? DevelopmentSet.load(from: DevelopmentSet.thirdFolder)) ?? []

  @Test func thirdSetIsThere() {
    #expect(Self.articles.count >= 8)
  }

  @Test(arguments: articles)
  func keysAreWrittenInTheirArticles(article: DevelopmentArticle) throws {
    try HeldOutTests.checkKeys(of: article)
  }

  @Test func thirdSetCoverage() throws {
    let results = try QualityReport.run(Self.articles, dumpSuffix: ".third")
    let total = QualityReport.coverage(results)
    #expect(
      total >= QualityBar.thirdCoverageFloor,
      "third-set coverage \(total) fell below \(QualityBar.thirdCoverageFloor)")
  }
}
