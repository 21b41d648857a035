import Articles
import Foundation
import Testing

@testable import Facts

/// The shared seed articles (real web copy) live beside the repository, in ../shared/seeds.
/// These tests check the facts a teacher would quiz are found and the page furniture is gone;
/// they are skipped when the folder is absent.
private enum Seeds {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static var available: Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(cambodia).path)
      && FileManager.default.fileExists(atPath: folder.appendingPathComponent(solidarity).path)
  }

  static let cambodia = "000_0d8c7108a3f531c0.txt"
  static let solidarity = "004_927ecf745b5aa9ea.txt"

  static func article(_ name: String) throws -> Article {
    try ArticleReader().read(Data(contentsOf: folder.appendingPathComponent(name)), name: name)
  }
}

@Suite(.enabled(if: Seeds.available, "shared/seeds is not present"))
struct SeedArticleTests {
  @Test func furnitureIsGone() throws {
    for name in [Seeds.cambodia, Seeds.solidarity] {
      let article = try Seeds.article(name)
      let all = article.sentences.map(\.text).joined(separator: "\n")
      for junk in [
        "Advertisement", "(photo: VNA)", "Source: VOV", "Quang Thanh/VNA", "RSS", "20:13", "| ",
      ] {
        #expect(!all.contains(junk), "\(name) still has \(junk)")
      }
      #expect(!article.sentences.contains { $0.text.lowercased() == $0.text && $0.text.count > 20 })
    }
  }

  @Test func titleAndCaptions() throws {
    let cambodia = try Seeds.article(Seeds.cambodia)
    #expect(cambodia.title?.hasSuffix("noble mission to help Cambodia revive") == true)
    #expect(cambodia.sentences.filter(\.isCaption).count == 1)
    let solidarity = try Seeds.article(Seeds.solidarity)
    let caption = try #require(solidarity.sentences.first)
    #expect(caption.isCaption)
    #expect(caption.text.hasSuffix("in June, 1982."))
  }

  @Test func keyFactsOfTheFirstSeed() throws {
    let facts = FactExtractor().facts(in: try Seeds.article(Seeds.cambodia))
    #expect(facts.first(.date, "1979-01-07") != nil)
    #expect(facts.first(.date, "1978-12") != nil)
    #expect(facts.first(.date, "1989-03") != nil)
    #expect(facts.first(.year, "1999") != nil)
    #expect(facts.first(.year, "1990") != nil)
    let eccc = try #require(
      facts.first(.organization, "Extraordinary Chambers of the Courts of Cambodia"))
    #expect(eccc.role == "ECCC")
    #expect(facts.first(.organization, "Association of Southeast Asian Nations") != nil)
    #expect(facts.first(.organization, "Khmer Rouge") != nil)
    #expect(facts.first(.person, "Nuon Chea") != nil)
    #expect(facts.first(.person, "Khieu Samphan") != nil)
    #expect(facts.first(.person, "Pol Pot") != nil)
    #expect(facts.first(.place, "Phnom Penh") != nil)
    #expect(facts.first(.person, "Hun Sen")?.role?.contains("Prime Minister") == true)
    #expect(
      facts.of(.place).allSatisfy {
        !["Vietnamese", "Cambodian", "Khmer Rouge"].contains($0.value)
      })
    #expect(facts.of(.person).allSatisfy { !["Recently", "Despite"].contains($0.value) })
  }

  @Test func keyFactsOfTheSecondSeed() throws {
    let facts = FactExtractor().facts(in: try Seeds.article(Seeds.solidarity))
    #expect(facts.first(.date, "1979/1989") != nil)
    #expect(facts.first(.date, "1982-06") != nil)
    #expect(facts.first(.date, "2023-02") != nil)
    #expect(facts.first(.date, "2023-11") != nil)
    #expect(facts.first(.year, "2011") != nil)
    #expect(facts.first(.money, "100000 USD") != nil)
    #expect(facts.first(.money, "200000 USD") != nil)
    #expect(facts.first(.money, "7800000 USD") != nil)
    #expect(facts.first(.money, "500000 USD") != nil)
    #expect(facts.first(.number, "790")?.unit == "officers")
    let ha = try #require(facts.first(.person, "Nguyen Manh Ha"))
    #expect(ha.role?.hasPrefix("former Director of the Institute of Party History") == true)
    #expect(
      facts.first(.person, "Nguyen Van De")?.role == "former Vietnamese expert sent to Cambodia")
    #expect(facts.first(.person, "Vo Van Thuong")?.role == "President")
    #expect(facts.first(.term, "Buddhist soldiers") != nil)
    #expect(facts.first(.event, "Gaza conflict") != nil)
    let quotes = facts.of(.quote)
    #expect(quotes.count == 4)
    #expect(
      quotes.map(\.speaker) == [
        "Nguyen Manh Ha", "Nguyen Van De", "Vo Van Thuong", "Vo Van Thuong",
      ])
  }
}
