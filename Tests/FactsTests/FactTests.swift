import Testing

@testable import Facts

@Test func factKindsAreTheDeckFormatNames() {
  #expect(
    FactKind.allCases.map(\.rawValue) == [
      "date", "year", "number", "money", "person", "place", "organization", "term", "event",
      "quote",
    ])
}
