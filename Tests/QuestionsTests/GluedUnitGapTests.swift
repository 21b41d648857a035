import Articles
import Facts
import Foundation
import Testing

@testable import Questions

/// A figure glued to its unit ("a 45-km canal"): the gap takes the figure and leaves the unit,
/// so the card still says what the number measures.
@Suite struct GluedUnitGapTests {
  @Test func theFigureOfACompoundCoversItsToken() {
    let text = TokenText("They dug a 45-km canal.")
    let start = "They dug a ".unicodeScalars.count
    #expect(text.tokenRange(covering: start..<(start + 2)) != nil)
    // A span that cuts a word for any other reason still covers nothing.
    #expect(text.tokenRange(covering: 0..<2) == nil)
  }

  @Test func aClozeOnTheFigureKeepsTheUnitBesideTheGap() throws {
    let text =
      "In 2004 the builders of the region finished a 45-km canal across the dry plain to the "
      + "lake. The 13-kilometre dam that held the lake back was raised by the same firm in 2011."
    let questions = try questionsWritten(from: text)
    let canal = questions.filter { $0.kind == .cloze && $0.answer == "45" }
    let dam = questions.filter { $0.kind == .cloze && $0.answer == "13" }
    #expect(!canal.isEmpty && !dam.isEmpty)
    #expect(canal.allSatisfy { $0.prompt.contains("a _____-km canal") })
    #expect(dam.allSatisfy { $0.prompt.contains("_____-kilometre dam") })
  }

  @Test func aNumberWordKeepsItsUnitInACutWindowToo() throws {
    let text =
      "The council on Monday approved €4 million for a three-year programme to control"
      + " flooding along the Orland River, which has repeatedly burst its banks and swept"
      + " through the market town and the old mining settlement at the foot of the hills."
    let questions = try questionsWritten(from: text)
    let years = questions.filter { $0.kind == .cloze && $0.answer == "3" }
    #expect(!years.isEmpty)
    #expect(years.allSatisfy { $0.prompt.contains("a _____-year programme") })
  }

  @Test func aFalseNumberWordKeepsTheUnitToo() {
    let sentence = "The five-year project will be managed by the harbour board of Velda."
    let five = fact(.number, "five", in: sentence, value: "5")
    let phraser = QuestionPhraser()
    #expect(
      phraser.statement(for: five, replacing: "four")
        == "The four-year project will be managed by the harbour board of Velda.")
  }
}
