import Foundation
import Testing

/// The generator judged on the sets written unseen in session 3: the third set
/// (Tests/Fixtures/third, 67.0% when measured blind, then used to find general faults) and the
/// fourth (Tests/Fixtures/fourth, measured blind once at the end of the session). Both now
/// guard against regressions. FACTDECK_QUALITY_DUMP=PATH writes their decks to PATH.third and
/// PATH.fourth.
@Suite struct LaterSetTests {
  static let third = (try? DevelopmentSet.load(from: DevelopmentSet.thirdFolder)) ?? []
  static let fourth = (try? DevelopmentSet.load(from: DevelopmentSet.fourthFolder)) ?? []

  @Test func laterSetsAreThere() {
    #expect(Self.third.count >= 8)
    #expect(Self.fourth.count >= 6)
  }

  @Test(arguments: third + fourth)
  func keysAreWrittenInTheirArticles(article: DevelopmentArticle) throws {
    try HeldOutTests.checkKeys(of: article)
  }

  @Test func thirdSetCoverage() throws {
    try Self.expectCoverage(of: Self.third, name: "third", floor: QualityBar.thirdCoverageFloor)
  }

  @Test func fourthSetCoverage() throws {
    try Self.expectCoverage(of: Self.fourth, name: "fourth", floor: QualityBar.fourthCoverageFloor)
  }

  static func expectCoverage(of articles: [DevelopmentArticle], name: String, floor: Double)
    throws
  {
    let results = try QualityReport.run(articles, dumpSuffix: "." + name)
    let total = QualityReport.coverage(results)
    #expect(total >= floor, "\(name)-set coverage \(total) fell below \(floor)")
  }
}
