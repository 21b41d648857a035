import Facts
import Testing

@testable import Questions

/// A news story's weekday is asked by the date it stands for: "on Wednesday" alone means
/// nothing to a learner weeks later.
struct WeekdayQuestionTests {
  @Test func aWeekdayIsAnsweredByItsDateWithTheWeekdayAccepted() {
    let sentence = "The port board on Wednesday approved new ferry fares for the island routes."
    let day = fact(
      .date, "Wednesday", in: sentence, value: "2026-10-07", granularity: .day)
    let other = fact(
      .date, "October 1, 2026", in: "Talks began on October 1, 2026.", value: "2026-10-01",
      granularity: .day, index: 2)
    let writer = QuestionWriter(seed: 1)
    let questions = writer.questionsFor(
      FactChoice(fact: day, id: "w", score: 1, selected: true, reason: nil, questionKinds: []),
      pool: DistractorPool([day, other]), twin: nil)
    #expect(!questions.isEmpty)
    #expect(!questions.contains { $0.kind == .choice || $0.kind == .truefalse })
    for question in questions {
      #expect(question.answer == "October 7, 2026")
      #expect(question.accept.contains("Wednesday"))
    }
  }
}
