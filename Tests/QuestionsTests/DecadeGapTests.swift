import Articles
import Facts
import Foundation
import Testing

@testable import Questions

/// A decade that only sets the scene is not a card's answer; a decade an event is dated by is.
@Suite struct DecadeGapTests {
  @Test func aSceneSettingDecadeIsNotAskedButAnEventsDecadeIs() throws {
    let text =
      "In the 1880s the valley of Arden was poor and its mill stood idle. The first weavers of "
      + "Arden arrived from the coast in the 1840s and built the mill by the river."
    let questions = try questionsWritten(from: text)
    let answers = questions.filter { $0.kind == .cloze }.map(\.answer)
    #expect(!answers.contains("the 1880s"))
    #expect(answers.contains("the 1840s"))
  }
}
