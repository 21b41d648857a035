import Testing

@testable import Reviews

@Test func learnersCompareByIdAndName() {
  #expect(Learner(id: 1, name: "an") == Learner(id: 1, name: "an"))
  #expect(Learner(id: 1, name: "an") != Learner(id: 2, name: "an"))
}
