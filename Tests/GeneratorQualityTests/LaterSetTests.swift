import Foundation
import Testing

/// The generator judged on the sets written unseen: the third set (Tests/Fixtures/third, 67.0%
/// when measured blind, then used to find general faults) and the fourth (Tests/Fixtures/fourth,
/// measured blind once at the end of session 3), which now guard against regressions, and the
/// fifth (Tests/Fixtures/fifth), written in session 4 for one blind measurement at its end, and
/// the sixth (Tests/Fixtures/sixth), written in session 5 and measured blind once (65.0%), and
/// the seventh (Tests/Fixtures/seventh), written in session 6 and measured blind once at its end,
/// the eighth (Tests/Fixtures/eighth), written in session 7 and measured blind once at its end,
/// the ninth (Tests/Fixtures/ninth), written in session 8 and measured blind once, the tenth
/// (Tests/Fixtures/tenth), written in session 9 and measured blind once, and the eleventh
/// (Tests/Fixtures/eleventh), written in session 10 and measured blind once.
/// FACTDECK_QUALITY_DUMP=PATH writes their decks to PATH.third, PATH.fourth, PATH.fifth,
/// PATH.sixth, PATH.seventh, PATH.eighth, PATH.ninth, PATH.tenth and PATH.eleventh.
@Suite struct LaterSetTests {
  static let third = (try? DevelopmentSet.load(from: DevelopmentSet.thirdFolder)) ?? []
  static let fourth = (try? DevelopmentSet.load(from: DevelopmentSet.fourthFolder)) ?? []
  static let fifth = (try? DevelopmentSet.load(from: DevelopmentSet.fifthFolder)) ?? []
  static let sixth = (try? DevelopmentSet.load(from: DevelopmentSet.sixthFolder)) ?? []
  static let seventh = (try? DevelopmentSet.load(from: DevelopmentSet.seventhFolder)) ?? []
  static let eighth = (try? DevelopmentSet.load(from: DevelopmentSet.eighthFolder)) ?? []
  static let ninth = (try? DevelopmentSet.load(from: DevelopmentSet.ninthFolder)) ?? []
  static let tenth = (try? DevelopmentSet.load(from: DevelopmentSet.tenthFolder)) ?? []
  static let eleventh = (try? DevelopmentSet.load(from: DevelopmentSet.eleventhFolder)) ?? []
  static let twelfth = (try? DevelopmentSet.load(from: DevelopmentSet.twelfthFolder)) ?? []
  static let thirteenth =
    (try? DevelopmentSet.load(from: DevelopmentSet.thirteenthFolder)) ?? []

  @Test func laterSetsAreThere() {
    #expect(Self.third.count >= 8)
    #expect(Self.fourth.count >= 6)
    #expect(Self.fifth.count >= 7)
    #expect(Self.sixth.count >= 7)
    #expect(Self.seventh.count >= 7)
    #expect(Self.eighth.count >= 7)
    #expect(Self.ninth.count >= 7)
    #expect(Self.tenth.count >= 7)
    #expect(Self.eleventh.count >= 7)
    #expect(Self.twelfth.count >= 7)
    #expect(Self.thirteenth.count >= 7)
  }

  @Test(
    arguments: third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh
      + twelfth + thirteenth)
  func keysAreWrittenInTheirArticles(article: DevelopmentArticle) throws {
    try HeldOutTests.checkKeys(of: article)
  }

  @Test func thirdSetCoverage() throws {
    try Self.expectCoverage(of: Self.third, name: "third", floor: QualityBar.thirdCoverageFloor)
  }

  @Test func fourthSetCoverage() throws {
    try Self.expectCoverage(of: Self.fourth, name: "fourth", floor: QualityBar.fourthCoverageFloor)
  }

  @Test func fifthSetCoverage() throws {
    try Self.expectCoverage(of: Self.fifth, name: "fifth", floor: QualityBar.fifthCoverageFloor)
  }

  @Test func sixthSetCoverage() throws {
    try Self.expectCoverage(of: Self.sixth, name: "sixth", floor: QualityBar.sixthCoverageFloor)
  }

  @Test func seventhSetCoverage() throws {
    try Self.expectCoverage(
      of: Self.seventh, name: "seventh", floor: QualityBar.seventhCoverageFloor)
  }

  @Test func eighthSetCoverage() throws {
    try Self.expectCoverage(of: Self.eighth, name: "eighth", floor: QualityBar.eighthCoverageFloor)
  }

  @Test func ninthSetCoverage() throws {
    try Self.expectCoverage(of: Self.ninth, name: "ninth", floor: QualityBar.ninthCoverageFloor)
  }

  @Test func tenthSetCoverage() throws {
    try Self.expectCoverage(of: Self.tenth, name: "tenth", floor: QualityBar.tenthCoverageFloor)
  }

  @Test func eleventhSetCoverage() throws {
    try Self.expectCoverage(
      of: Self.eleventh, name: "eleventh", floor: QualityBar.eleventhCoverageFloor)
  }

  @Test func twelfthSetCoverage() throws {
    try Self.expectCoverage(
      of: Self.twelfth, name: "twelfth", floor: QualityBar.twelfthCoverageFloor)
  }

  @Test func thirteenthSetCoverage() throws {
    try Self.expectCoverage(
      of: Self.thirteenth, name: "thirteenth", floor: QualityBar.thirteenthCoverageFloor)
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
