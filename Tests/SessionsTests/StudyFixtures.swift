import Foundation
import Questions
import Scheduling

@testable import Sessions

/// Small hand-written cards, one of each kind, and the real FSRS-6 scheduler.
enum StudyFixtures {
  static let start = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21

  static func question(
    _ id: String, _ kind: QuestionKind, prompt: String, answer: String, choices: [String] = [],
    fact: String? = nil, source: String = "The tower was finished in 1889."
  ) -> Question {
    Question(
      id: id, kind: kind, prompt: prompt, answer: answer, choices: choices,
      fact: TestedFact(id: fact ?? "fact-\(id)", kind: .year, text: answer, value: answer),
      source: QuestionSource(article: "towers.txt", sentence: 1, text: source))
  }

  static func card(
    _ question: Question, state: LearningState = .new, deck: String = "towers"
  ) -> StudyCard {
    var schedule = CardSchedule.new(due: start)
    if state != .new {
      schedule = CardSchedule(
        state: state, step: state == .review ? nil : 0, stability: 5, difficulty: 5,
        due: start.addingTimeInterval(-3600), lastReview: start.addingTimeInterval(-5 * 86_400),
        reps: 3, lapses: 0)
    }
    return StudyCard(
      id: "\(deck)/\(question.id)", deckID: deck, deckTitle: "Famous towers", question: question,
      schedule: schedule)
  }

  static let cloze = question(
    "c1", .cloze, prompt: "The Eiffel Tower was finished in _____.", answer: "1889")
  static let short = question(
    "s1", .short, prompt: "Who designed the tower's structure?", answer: "Maurice Koechlin")
  static let choice = question(
    "m1", .choice, prompt: "Where does the tower stand?", answer: "Paris",
    choices: ["Lyon", "Paris", "Nice", "Lille"])
  static let trueFalse = question(
    "t1", .truefalse, prompt: "The tower was finished in 1901.", answer: "False")
  static let order = question(
    "o1", .order, prompt: "Put these in order, earliest first.",
    answer: "Design → Building → Opening",
    choices: ["Opening", "Design", "Building"])

  static var allKinds: [StudyCard] {
    [cloze, short, choice, trueFalse, order].map { card($0) }
  }

  static let grades = SchedulerGrades(try! Scheduler(SchedulerConfiguration(fuzz: false)))

  static func session(_ cards: [StudyCard], cram: Bool = false, limits: StudyLimits = .init())
    -> StudySession
  {
    StudySession(
      cards: cards, options: .init(cram: cram, limits: limits), at: start, grades: grades,
      judge: ExactJudge())
  }

  static func screen(
    _ cards: [StudyCard], columns: Int = 80, rows: Int = 24, cram: Bool = false
  ) -> StudyScreen {
    var screen = StudyScreen(
      learner: "ana", decks: decks, options: .init(cram: cram), columns: columns, rows: rows,
      at: start, grades: grades, judge: ExactJudge(), startWith: StudyScope(deckIDs: ["towers"]))
    _ = screen.handle(.loaded(cards, laterDue: nil), at: start)
    return screen
  }

  static let decks = [
    DeckSummary(
      id: "towers", title: "Famous towers", available: QueueCounts(new: 5, learning: 1, review: 2),
      cards: 30, reviewedToday: 4),
    DeckSummary(
      id: "rivers", title: "Rivers of Asia 亚洲河流",
      available: QueueCounts(new: 0, learning: 0, review: 7),
      cards: 12, reviewedToday: 0),
  ]
}

/// A strict judge for these tests: the real lenient one lives in Questions.
struct ExactJudge: TypedAnswerChecking {
  func check(_ typed: String, for question: Question) -> AnswerCheck {
    let ok = typed.lowercased() == question.answer.lowercased()
    return AnswerCheck(
      isCorrect: ok,
      difference: ok
        ? [.init(kind: .same, text: typed)]
        : [.init(kind: .extra, text: typed), .init(kind: .missing, text: question.answer)],
      expected: question.answer)
  }
}

extension StudyScreen {
  /// Sends keys one by one, performing record effects as a shell would (receipts numbered).
  mutating func press(_ keys: [StudyKey], at now: Date = StudyFixtures.start) -> [StudyEffect] {
    var all: [StudyEffect] = []
    for key in keys {
      let effects = handle(.key(key), at: now)
      all += effects
      for effect in effects {
        if case .record = effect {
          all += handle(.recorded(ReviewReceipt(reviewID: "r\(all.count)")), at: now)
        }
      }
    }
    return all
  }

  mutating func type(_ text: String, at now: Date = StudyFixtures.start) -> [StudyEffect] {
    press(text.map { .character($0) }, at: now)
  }
}
