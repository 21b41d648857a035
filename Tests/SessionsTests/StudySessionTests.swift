import Foundation
import Questions
import Scheduling
import Testing

@testable import Sessions

@Suite struct StudySessionTests {
  let now = StudyFixtures.start

  @Test func aGradeIsRecordedBeforeTheNextCardAppears() throws {
    var session = StudyFixtures.session(StudyFixtures.allKinds)
    #expect(session.current?.card.question.id == "c1")
    session.answerTyped("1889", at: now)
    #expect(session.current?.proposed == .good)
    let graded = session.grade(.good, at: now.addingTimeInterval(7))
    let effect = try #require(graded)
    guard case .record(let record) = effect else {
      Issue.record("expected a record effect")
      return
    }
    #expect(record.rating == .good)
    #expect(record.duration == 7)
    #expect(record.card.schedule.state == .new)
    #expect(record.schedule.state == .learning)
    // Still on the same card until the store says it is committed.
    #expect(session.current?.card.question.id == "c1")
    session.recorded(ReviewReceipt(reviewID: "x"), at: now)
    #expect(session.current?.card.question.id == "s1")
  }

  @Test func wrongAnswersProposeAgain() {
    var session = StudyFixtures.session([StudyFixtures.card(StudyFixtures.choice)])
    session.answerChoice(0, at: now)
    #expect(session.current?.proposed == .again)
    #expect(session.current?.outcomes.count == 4)
  }

  @Test func undoTakesBackAnswersOneByOne() throws {
    var session = StudyFixtures.session(StudyFixtures.allKinds)
    for id in ["r1", "r2"] {
      session.reveal(at: now)
      _ = session.grade(.easy, at: now)
      session.recorded(ReviewReceipt(reviewID: id), at: now)
    }
    #expect(session.current?.card.question.id == "m1")
    let firstEffect = session.undo(at: now)
    let first = try #require(firstEffect)
    guard case .undo(let undone, let receipt) = first else {
      Issue.record("expected an undo effect")
      return
    }
    #expect(receipt == ReviewReceipt(reviewID: "r2"))
    #expect(undone.card.question.id == "s1")
    #expect(session.current?.card.question.id == "s1")
    #expect(session.current?.card.schedule.state == .new)
    let secondEffect = session.undo(at: now)
    let second = try #require(secondEffect)
    #expect(second.record?.card.question.id == "c1")
    #expect(session.current?.card.question.id == "c1")
    #expect(session.counts.new == 5)
    #expect(session.undo(at: now) == nil)
  }

  @Test func againBringsANewCardBackInTheSameSession() {
    var session = StudyFixtures.session([StudyFixtures.card(StudyFixtures.cloze)])
    session.reveal(at: now)
    _ = session.grade(.again, at: now)
    session.recorded(nil, at: now)
    #expect(session.current?.card.question.id == "c1")
    #expect(session.current?.card.schedule.state == .learning)
    session.reveal(at: now)
    _ = session.grade(.easy, at: now)
    session.recorded(nil, at: now)
    #expect(session.isFinished)
    #expect(session.summary.reviews == 2)
    #expect(session.summary.cards == 1)
    #expect(session.summary.accuracy == 0.5)
  }

  @Test func cramLeavesTheScheduleAlone() throws {
    var session = StudyFixtures.session([StudyFixtures.card(StudyFixtures.cloze)], cram: true)
    session.reveal(at: now)
    let effectEffect = session.grade(.good, at: now)
    let effect = try #require(effectEffect)
    #expect(effect.record?.isCram == true)
    #expect(effect.record?.schedule == StudyFixtures.card(StudyFixtures.cloze).schedule)
    session.recorded(nil, at: now)
    #expect(session.isFinished)
  }

  @Test func buryAndSuspendSkipTheCard() {
    var session = StudyFixtures.session(StudyFixtures.allKinds)
    #expect(session.bury(at: now) == .bury(StudyFixtures.allKinds[0]))
    #expect(session.suspend(at: now) == .suspend(StudyFixtures.allKinds[1]))
    #expect(session.current?.card.question.id == "m1")
    #expect(session.summary.buried == 1)
    #expect(session.summary.suspended == 1)
  }

  @Test func aRefusedGradeMovesOnWithAMessage() {
    var session = StudyFixtures.session(StudyFixtures.allKinds)
    session.reveal(at: now)
    _ = session.grade(.good, at: now)
    session.refused("This card changed in another session.", at: now)
    #expect(session.notice == "This card changed in another session.")
    #expect(session.current?.card.question.id == "s1")
    #expect(session.answered.isEmpty)
  }

  @Test func orderAnswersAreJudgedByPosition() {
    var session = StudyFixtures.session([StudyFixtures.card(StudyFixtures.order)])
    session.answerOrder(["Design", "Building", "Opening"], at: now)
    #expect(session.current?.proposed == .good)
  }
}

extension StudyEffect {
  var record: GradeRecord? {
    switch self {
    case .record(let r), .undo(let r, _): r
    default: nil
    }
  }
}

@Suite struct LenientJudgingTests {
  @Test func theQuestionStagesJudgeAcceptsTyposAndShowsTheDifference() {
    var session = StudySession(
      cards: [StudyFixtures.card(StudyFixtures.short)], at: StudyFixtures.start,
      grades: StudyFixtures.grades, judge: AnswerJudge())
    session.answerTyped("maurice kochlin", at: StudyFixtures.start)
    guard case .revealed(.typed(_, let check))? = session.current?.phase else {
      Issue.record("not judged")
      return
    }
    #expect(check.isCorrect)
    #expect(check.isClose)
    #expect(check.difference.contains { $0.kind != .same })
    #expect(session.current?.proposed == .good)
  }
}

@Test func theSessionClockStopsAtTheLastAnswer() {
  let start = StudyFixtures.start
  var session = StudyFixtures.session([StudyFixtures.card(StudyFixtures.cloze)])
  session.touch(at: start.addingTimeInterval(30))
  #expect(session.elapsed == 30)
  session.reveal(at: start.addingTimeInterval(40))
  _ = session.grade(.easy, at: start.addingTimeInterval(45))
  session.recorded(nil, at: start.addingTimeInterval(45))
  session.touch(at: start.addingTimeInterval(600))
  #expect(session.isFinished)
  #expect(session.summary.elapsed == 45)
}
