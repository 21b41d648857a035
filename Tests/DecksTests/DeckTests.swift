import Testing

@testable import Decks

@Test func deckHoldsItsSources() {
  let deck = Deck(
    id: "d", title: "T", sources: [DeckSource(path: "a.txt", title: nil, sha256: "00")], cards: [])
  #expect(deck.sources.map(\.path) == ["a.txt"])
}
