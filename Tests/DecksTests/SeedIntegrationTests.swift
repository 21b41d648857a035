import Foundation
import Testing

@testable import Decks
@testable import Questions

/// End to end over the project's seed articles (../shared/seeds beside the repository); skipped
/// when they are not there.
@Suite struct SeedIntegrationTests {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seeds")

  static func seeds() -> [ArticleInput] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return []
    }
    return names.sorted().filter { $0.hasSuffix(".txt") }.compactMap { name in
      (try? Data(contentsOf: folder.appendingPathComponent(name))).map {
        ArticleInput(name: name, data: $0)
      }
    }
  }

  static let pronouns: Set<String> = [
    "it", "they", "he", "she", "we", "this", "these", "those", "there", "its", "their", "our",
  ]

  func audit(_ card: Question) {
    let prompt = card.prompt
    let body = prompt.replacingOccurrences(of: "True or false: ", with: "").replacingOccurrences(
      of: "Fill the gap: ", with: "")
    let first = TextFolding.words(body).first ?? ""
    // ("It became obvious that …": a dummy "It" stands for nothing.)
    #expect(
      !Self.pronouns.contains(first) || DummySubject.opens(body), "pronoun-initial: \(prompt)")
    #expect(!prompt.isEmpty && !card.answer.isEmpty)
    switch card.kind {
    case .short, .choice, .cloze:
      #expect(!TextFolding.contains(prompt, card.answer), "answer in prompt: \(prompt)")
      #expect(!TextFolding.contains(prompt, card.fact.text), "fact in prompt: \(prompt)")
    default:
      break
    }
    switch card.kind {
    case .cloze:
      #expect(prompt.components(separatedBy: "_____").count == 2, "\(prompt)")
    case .choice:
      #expect(card.choices.count == 4)
      #expect(Set(card.choices.map(TextFolding.key)).count == 4, "\(card.choices)")
      #expect(card.choices.contains(card.answer))
    case .truefalse:
      #expect(["True", "False"].contains(card.answer))
    case .order:
      #expect((4...5).contains(card.choices.count))
      #expect(card.answer.components(separatedBy: orderSeparator).sorted() == card.choices.sorted())
    case .short:
      #expect(prompt.hasSuffix("?"))
    }
  }

  @Test func everySeedDeckPassesTheAutomaticChecks() throws {
    let seeds = Self.seeds()
    guard !seeds.isEmpty else { return }
    for seed in seeds {
      let report = try DeckGenerator().generateWithReport([seed])
      let words = report.articles.reduce(0) { $0 + $1.wordCount }
      #expect(report.questions.selected.count <= words / 40 + 10, "\(seed.name)")
      #expect(report.deck.cards.count >= 20, "\(seed.name)")
      #expect(Set(report.deck.cards.map(\.id)).count == report.deck.cards.count)
      for card in report.deck.cards { audit(card) }
      #expect(DeckReader().problems(in: DeckWriter().yaml(report.deck)).isEmpty)
    }
  }

  @Test func keyFactsAreAnswers() throws {
    let seeds = Self.seeds()
    guard !seeds.isEmpty else { return }
    let deck = try DeckGenerator().generate(seeds)
    let judge = AnswerJudge()
    func isAnswer(_ typed: String) -> Bool {
      deck.cards.contains { card in
        [.short, .cloze, .choice].contains(card.kind)
          && judge.judge(typed, accepting: [card.answer] + card.accept).verdict == .correct
      }
    }
    for key in [
      "January 7, 1979", "1999", "ECCC", "Nuon Chea", "790", "100,000 USD", "December 1978",
      "500,000 USD", "7.8 million USD",
    ] {
      #expect(isAnswer(key), "\(key) is not an answer")
    }
  }

  @Test func aFactToldInBothSeedsIsAskedOnce() throws {
    let seeds = Self.seeds()
    guard seeds.count >= 2 else { return }
    let deck = try DeckGenerator().generate(seeds)
    for value in ["1978-12", "1979-01-07"] {
      let facts = Set(
        deck.cards.filter { $0.kind != .order && $0.fact.value == value }.map(\.fact.id))
      #expect(facts.count <= 1, "\(value) asked as \(facts.count) facts")
    }
  }
}
