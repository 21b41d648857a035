import Foundation
import Sessions
import Testing

@testable import Terminal

@Test func wcwidthMeasuresWideAndCombiningCharacters() {
  CursesScreen.selectUTF8Locale()
  let measure = CursesScreen.measure
  #expect(measure.columns(of: "abc") == 3)
  #expect(measure.columns(of: "亚洲") == 4)
  #expect(measure.columns(of: "Nguyễn") == 6)
  #expect(measure.columns(of: "e\u{301}") == 1)
  // The built-in approximation agrees on these.
  for text in ["亚洲河流", "Nguyễn Văn", "한국어", "ｆｕｌｌ", "e\u{301}"] {
    #expect(DisplayWidth.unicode.columns(of: text) == measure.columns(of: text))
  }
}
