import Decks
import Foundation
import Questions
import Testing

/// The whole generator on articles mangled the way scraped copy is (lines cut, quotes and
/// brackets left open, dashes glued, pronouns with nothing before them): it must never crash,
/// and every deck it writes must pass its own check and read back unchanged.
@Suite struct MangledArticleTests {
  /// My own short story with the shapes the question rules work on: pronouns, quotations,
  /// brackets, ranges, long sentences, hyphenated names.
  static let story = """
    The harbour of Velmar

    The Velmar Harbour Board (VHB) was founded on 4 June 1907 by Mayor Ida Marr-Holm. It \
    built the north pier between 1908 and 1911, at a cost of 40 million crowns (then about \
    £2.1 million). "The pier will carry the town into a new century," Marr-Holm said.

    She resigned in 1912. Her successor, Olaf Brun, and the board's engineer, Karl Odin, \
    opened the stone pier on 9 May 1914; they had spent more than 18,600 crowns on the \
    lamps alone, which the town council, meeting from 2 to 5 March 1913, had refused to pay \
    for until the Harbour Act was passed by the national assembly in Oslo — a delay the \
    engineers called "the long winter". Here the old ferry pier stood until 1920.

    That policy ended in 1925, when the board sold its ships to the Northern Coast Authority.
    """

  static func mangled(_ text: String, round: Int) -> String {
    var generator = SeededGenerator(seed: UInt64(round), key: "mangle")
    var scalars = Array(text.unicodeScalars)
    let inserts: [String] = ["\"", "(", ")", "—", "-", "“", " It ", "\n", ".", ",", "_____"]
    for _ in 0..<(1 + Int(generator.next() % 6)) {
      guard !scalars.isEmpty else { break }
      let at = Int(generator.next() % UInt64(scalars.count))
      switch generator.next() % 3 {
      case 0:
        scalars.insert(
          contentsOf: inserts[Int(generator.next() % UInt64(inserts.count))].unicodeScalars,
          at: at)
      case 1:
        scalars.removeSubrange(at..<min(scalars.count, at + Int(generator.next() % 12) + 1))
      default:
        scalars = Array(scalars[..<at]) + Array(scalars[at...].drop(while: { $0 != "\n" }))
      }
    }
    return String(String.UnicodeScalarView(scalars))
  }

  @Test func mangledArticlesMakeValidDecks() throws {
    var made = 0
    for round in 0..<80 {
      let text = Self.mangled(Self.story, round: round)
      let deck: Deck
      do {
        deck = try DeckGenerator(title: "Velmar", seed: 3, maxFacts: 40).generate([
          ArticleInput(name: "velmar.txt", data: Data(text.utf8))
        ])
      } catch {
        // Refused with a message: fine for an article mangled past reading.
        #expect(!error.description.isEmpty)
        continue
      }
      made += 1
      let yaml = DeckWriter().yaml(deck)
      let (read, problems) = DeckReader().parse(yaml, defaultID: "velmar")
      #expect(problems.isEmpty, "round \(round): \(problems)")
      #expect(read == deck, "round \(round)")
      for card in deck.cards {
        #expect(!card.answer.isEmpty)
        if card.kind == .cloze {
          #expect(card.prompt.components(separatedBy: "_____").count == 2, "\(card.prompt)")
        }
      }
    }
    // Most manglings still read as an article: the checks above are not run on nothing.
    #expect(made >= 60, "only \(made) of 80 mangled articles made a deck")
  }

  @Test func theStoryItselfIsAskedFromEveryAngle() throws {
    let deck = try DeckGenerator(title: "Velmar", seed: 3).generate([
      ArticleInput(name: "velmar.txt", data: Data(Self.story.utf8))
    ])
    let kinds = Set(deck.cards.map(\.kind))
    #expect(kinds.isSuperset(of: [.cloze, .short, .choice]))
    // The quotation asks for its speaker; the conversion in brackets is no answer.
    #expect(deck.cards.contains { $0.prompt.contains("Who said “The pier will carry") })
    #expect(!deck.cards.contains { $0.answer.contains("2.1 million") })
  }
}
