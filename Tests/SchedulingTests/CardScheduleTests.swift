import Foundation
import Testing

@testable import Scheduling

@Test func newCardHasNoMemoryYet() {
  let due = Date(timeIntervalSince1970: 1_700_000_000)
  let card = CardSchedule.new(due: due)
  #expect(card.state == .new)
  #expect(card.stability == nil && card.difficulty == nil && card.step == nil)
  #expect(card.due == due && card.reps == 0 && card.lapses == 0)
}

@Test func ratingsOrderFromAgainToEasy() {
  #expect(Rating.allCases.sorted() == [.again, .hard, .good, .easy])
  #expect(Rating(rawValue: 3) == .good)
}
