import Foundation
import Testing

@testable import Sessions

@Suite struct StudyQueueTests {
  @Test func siblingsOfOneFactWaitForAnotherDay() {
    let a = StudyFixtures.question("a", .cloze, prompt: "p", answer: "1", fact: "same")
    let b = StudyFixtures.question("b", .short, prompt: "p", answer: "1", fact: "same")
    let c = StudyFixtures.question("c", .short, prompt: "p", answer: "2")
    let queue = StudyQueue([a, b, c].map { StudyFixtures.card($0) })
    #expect(queue.waiting.map(\.question.id) == ["a", "c"])
  }

  @Test func sessionCapsLimitNewCardsAndTheTotal() {
    let reviews = (0..<3).map {
      StudyFixtures.card(
        StudyFixtures.question("r\($0)", .cloze, prompt: "p", answer: "1"), state: .review)
    }
    let new = (0..<5).map {
      StudyFixtures.card(StudyFixtures.question("n\($0)", .cloze, prompt: "p", answer: "1"))
    }
    let capped = StudyQueue(reviews + new, limits: StudyLimits(newCards: 2))
    #expect(capped.counts == QueueCounts(new: 2, learning: 0, review: 3))
    let limited = StudyQueue(reviews + new, limits: StudyLimits(newCards: 2, total: 4))
    #expect(limited.counts.total == 4)
  }

  @Test func learningCardsComeBackWhenDueOrWithinTheLearnAheadLimit() {
    let start = StudyFixtures.start
    var queue = StudyQueue([StudyFixtures.card(StudyFixtures.cloze)])
    var learning = StudyFixtures.card(StudyFixtures.short, state: .learning)
    learning.schedule.due = start.addingTimeInterval(600)
    queue.bringBack(learning)
    #expect(queue.next(at: start)?.question.id == "c1")
    #expect(queue.next(at: start)?.question.id == "s1")  // 10 min ahead: within 20
    learning.schedule.due = start.addingTimeInterval(3600)
    queue.bringBack(learning)
    #expect(queue.next(at: start) == nil)
    #expect(queue.next(at: start.addingTimeInterval(3600))?.question.id == "s1")
  }
}
