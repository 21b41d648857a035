import Articles
import Facts
import Foundation
import Testing

/// How many of the teacher's key facts the fact extractor finds at all: the ceiling on what
/// the question writer can cover, and the first place to look when coverage is short.
@Suite struct FactRecallTests {
  static let articles = (try? DevelopmentSet.load()) ?? []

  /// Reached when the floor was last raised; a drop is a regression in the extractor.
  static let recallFloor = 0.97

  @Test func keyFactsAreExtracted() throws {
    var lines: [String] = []
    var found = 0
    var total = 0
    for article in Self.articles {
      let read = try ArticleReader().read(article.data, name: article.name)
      let facts = FactExtractor().facts(in: read)
      let readings = facts.flatMap { [ReadAnswer($0.value), ReadAnswer($0.text)] }
      let missed = article.keys.filter { key in
        let prepared = PreparedKey(key)
        return !readings.contains { KeyFactMatcher.matches(prepared, $0) }
      }
      found += article.keys.count - missed.count
      total += article.keys.count
      lines.append(
        "\(article.name): \(facts.count) facts, key facts found \(article.keys.count - missed.count)/\(article.keys.count)"
      )
      if !missed.isEmpty {
        lines.append("    not extracted: " + missed.map(\.description).joined(separator: ", "))
      }
    }
    let recall = total == 0 ? 1 : Double(found) / Double(total)
    lines.append(
      String(format: "key facts extracted as facts: %.1f%% (%d/%d)", recall * 100, found, total))
    print(lines.joined(separator: "\n"))
    #expect(recall >= Self.recallFloor)
  }
}
