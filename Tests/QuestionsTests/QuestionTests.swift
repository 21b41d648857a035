import Testing

@testable import Questions

@Test func questionKindsAreTheDeckFormatNames() {
  #expect(
    QuestionKind.allCases.map(\.rawValue) == ["cloze", "choice", "truefalse", "short", "order"])
}
