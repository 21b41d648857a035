import Testing

@testable import Sessions

@Test func resizeKeysCarryTheirSize() {
  #expect(StudyKey.resize(columns: 80, rows: 24) != StudyKey.resize(columns: 81, rows: 24))
}
