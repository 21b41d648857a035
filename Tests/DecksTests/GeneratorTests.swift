import Foundation
import Questions
import Testing

@testable import Decks

/// A small article of my own, in the style of a news history piece.
let lighthouseArticle = """
  The lighthouse keepers of Skarvik

  The lighthouse at Skarvik was completed on 14 May 1887. In 1902, the Northern Coast Authority \
  took over the station from the town council. Keeper Ingrid Solberg ran the light for 31 years.

  On 9 November 1921 a storm destroyed the old lantern. The authority spent 45,000 NOK on a new \
  lens, which arrived in March 1922. Ingrid Solberg, the station's first woman keeper, wrote the \
  storm report.

  The station joined the Baltic Lights Association in 1934. So far, volunteers have restored 112 \
  lamps from the old network. In 1968, the light was automated and the last keeper left.
  """

func input(_ text: String, name: String = "skarvik.txt") -> ArticleInput {
  ArticleInput(name: name, data: Data(text.utf8))
}

@Suite struct GeneratorTests {
  @Test func sameInputAndSeedGiveIdenticalBytes() throws {
    let generator = DeckGenerator(seed: 3)
    let a = DeckWriter().yaml(try generator.generate([input(lighthouseArticle)]))
    let b = DeckWriter().yaml(try generator.generate([input(lighthouseArticle)]))
    #expect(a == b)
    #expect(
      DeckJSON.encode(try generator.generate([input(lighthouseArticle)]))
        == DeckJSON.encode(try generator.generate([input(lighthouseArticle)])))
  }

  @Test func deckRecordsItsSourcesAndTitle() throws {
    let deck = try DeckGenerator().generate([input(lighthouseArticle)])
    #expect(deck.title == "The lighthouse keepers of Skarvik")
    #expect(deck.id == "the-lighthouse-keepers-of-skarvik")
    #expect(deck.sources.map(\.path) == ["skarvik.txt"])
    #expect(deck.sources.first?.sha256 == SHA256.hex(Data(lighthouseArticle.utf8)))
    #expect(!deck.cards.isEmpty)
    let titled = try DeckGenerator(title: "Skarvik").generate([input(lighthouseArticle)])
    #expect(titled.title == "Skarvik")
  }

  @Test func generatedDeckPassesItsOwnCheckAndRoundTrips() throws {
    let deck = try DeckGenerator().generate([input(lighthouseArticle)])
    let yaml = DeckWriter().yaml(deck)
    let (read, problems) = DeckReader().parse(yaml, defaultID: "x")
    #expect(problems.isEmpty)
    #expect(read == deck)
  }

  @Test func idsSurviveAnUnrelatedSentence() throws {
    // Every fact asked, so the ids are compared, not what the ranking chose; a card asked in
    // both decks (same kind, prompt and answer) keeps its id. The new sentence comes first, so
    // every sentence moves but none moves away from the names it leans on.
    let before = try DeckGenerator(maxFacts: 500).generate([input(lighthouseArticle)])
    let edited = lighthouseArticle.replacingOccurrences(
      of: "The lighthouse at Skarvik was",
      with: "Gulls nest on the rocks nearby. The lighthouse at Skarvik was")
    let after = try DeckGenerator(maxFacts: 500).generate([input(edited)])
    let old = before.cards.filter { $0.kind != .order }
    // The title a card may carry ahead of its prompt depends on the article's opening, which
    // the edit changes: prompts are compared without it.
    func untitled(_ prompt: String) -> Substring {
      prompt.firstRange(of: " — ").map { prompt[$0.upperBound...] } ?? prompt[...]
    }
    var matched = 0
    for card in old {
      guard
        let again = after.cards.first(where: {
          $0.kind == card.kind && untitled($0.prompt) == untitled(card.prompt)
            && $0.answer == card.answer
        })
      else { continue }
      matched += 1
      #expect(again.id == card.id, "\(card.prompt)")
    }
    #expect(old.count >= 5)
    #expect(matched * 10 >= old.count * 8)
  }

  @Test func maxFactsIsTheBudget() throws {
    let report = try DeckGenerator(maxFacts: 2).generateWithReport([input(lighthouseArticle)])
    #expect(report.questions.selected.count == 2)
    #expect(report.questions.budget == 2)
    #expect(!report.facts.isEmpty)
  }

  @Test func unreadableInputIsAnArticleError() {
    #expect(throws: (any Error).self) { try DeckGenerator().generate([input("")]) }
    #expect(throws: (any Error).self) {
      try DeckGenerator().generate([ArticleInput(name: "x.bin", data: Data([0, 1, 2, 0, 0, 3]))])
    }
  }
}

@Suite struct DeckFileTests {
  func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "factdeck-deckfile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func checkPrintsASummaryForAGoodDeck() {
    let yaml = DeckWriter().yaml(sampleDeck([sampleCard()]))
    let result = DeckFile.check(text: yaml, path: "Decks/a.yaml")
    #expect(result.ok)
    #expect(result.lines == ["Decks/a.yaml: ok, 1 cards (1 short), 1 source"])
  }

  @Test func checkPrintsFileLineMessage() {
    let yaml = DeckWriter().yaml(sampleDeck([sampleCard()])).replacingOccurrences(
      of: "kind: short", with: "kind: essay")
    let result = DeckFile.check(text: yaml, path: "b.yaml")
    #expect(!result.ok)
    #expect(result.lines.count == 1)
    #expect(result.lines[0].hasPrefix("b.yaml:"))
    let parts = result.lines[0].split(separator: ":", maxSplits: 2)
    #expect(Int(parts[1]) != nil)
  }

  @Test func missingFileIsAProblem() {
    let result = DeckFile.check(path: "/nonexistent/deck.yaml")
    #expect(result == (false, ["/nonexistent/deck.yaml:1: no such file"]))
  }

  @Test func atomicWriteReplacesAndLeavesNoTemporaryFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("deck.yaml").path
    try DeckFile.writeAtomically("first\n", to: path)
    try DeckFile.writeAtomically("second\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["deck.yaml"])
  }

  @Test func writingIntoAMissingFolderFailsAndCreatesNothing() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("missing/deck.yaml").path
    #expect(throws: DeckFile.WriteError.self) { try DeckFile.writeAtomically("x", to: path) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}

/// Articles assembled at random from awkward pieces: the generator must never crash and every
/// card it writes must still pass the automatic checks.
@Suite struct GeneratorRobustnessTests {
  static let pieces = [
    "In 1999,", "On 7 January 1979", "the council", "Ada Holm", "and", "joined", "was defeated",
    "the United Nations (UN)", "sent 790 officers to", "100,000 USD", "7.8 million USD", "“We",
    "said",
    "It", "they", "Between 1948 and 1952", ",", ".", "—", "which", "when", "the Khmer Rouge",
    "Phnom Penh", "in March 1989", "Prime Minister Jon Berg,",
    "the former Director of the Institute,",
    "about 58 percent", "12", "two", "(ECCC)", "until", "Nuon Chea and Khieu Samphan", "found",
    "guilty of genocide", "by", "1e30", "99999999999999999999", "$", "%", "US$13.3 billion",
  ]

  @Test func randomArticlesNeverCrashAndPassTheChecks() throws {
    var generator = SeededGenerator(seed: 99)
    for round in 0..<60 {
      var paragraphs: [String] = []
      for _ in 0..<4 {
        var sentence: [String] = []
        for _ in 0..<(5 + Int(generator.next() % 14)) {
          sentence.append(Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))])
        }
        paragraphs.append(sentence.joined(separator: " ") + ".")
      }
      let text = "Title \(round)\n\n" + paragraphs.joined(separator: "\n\n")
      guard let deck = try? DeckGenerator(seed: UInt64(round)).generate([input(text)]) else {
        continue
      }
      for card in deck.cards {
        switch card.kind {
        case .choice:
          #expect(card.choices.count == 4 && card.choices.contains(card.answer), "\(card)")
          #expect(Set(card.choices).count == 4)
        case .cloze:
          #expect(card.prompt.components(separatedBy: "_____").count == 2, "\(card.prompt)")
        case .short:
          #expect(!TextFolding.contains(card.prompt, card.answer), "\(card.prompt)")
        default:
          break
        }
      }
      #expect(DeckReader().problems(in: DeckWriter().yaml(deck)).isEmpty)
    }
  }
}
