import Decks
import Foundation
import Testing

/// The seed articles in ../shared/seeds have no key facts, but their decks must pass the
/// structural checks too. Skips when the folder is absent (a checkout outside the workshop).
@Suite struct SeedArticleTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static let seeds: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()

  /// Checks whose failure makes a card unusable whatever the article: a choice without its
  /// answer or with repeated options, a cloze without its one gap, a malformed true/false or
  /// order card, a deck over its budget.
  static let structural = [
    "choices", "answer is among", "cloze has", "true/false answer", "order", "budget",
    "duplicate card ids", "empty",
  ]

  @Test(.enabled(if: !seeds.isEmpty), arguments: seeds)
  func seedDecksAreWellFormed(seed: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(seed))
    let article = DevelopmentArticle(name: seed, data: data, keys: [])
    let deck = try QualityRun.deck(for: article)
    #expect(!deck.cards.isEmpty)
    var problems = deck.cards.flatMap { card in
      QuestionAudit.problems(in: card).map { "\($0) in \(card.kind) “\(card.prompt)”" }
    }
    problems += QuestionAudit.deckProblems(
      deck, budget: QuestionAudit.budget(words: try QualityRun.words(in: article)))
    for problem in problems {
      if Self.structural.contains(where: { problem.hasPrefix($0) }) {
        Issue.record("\(seed): \(problem)")
      } else {
        print("seed \(seed): \(problem)")
      }
    }
  }
}
