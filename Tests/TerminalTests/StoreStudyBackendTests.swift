import Decks
import Foundation
import Questions
import Reviews
import Scheduling
import Sessions
import Testing

@testable import Terminal

/// The session against the real store (in memory): what the shells do, minus the terminal.
@Suite struct StoreStudyBackendTests {
  let now = Date(timeIntervalSince1970: 1_790_000_000)
  let utc = TimeZone(identifier: "UTC")!

  func deck() -> Deck {
    func card(_ id: String, _ kind: QuestionKind, _ answer: String, fact: String) -> Question {
      Question(
        id: id, kind: kind, prompt: "Prompt \(id)", answer: answer,
        choices: kind == .choice ? ["x", answer, "y", "z"] : [],
        fact: TestedFact(id: fact, kind: .year, text: answer, value: answer),
        source: QuestionSource(article: "a.txt", sentence: 1, text: "Source of \(id)."))
    }
    return Deck(
      id: "d", title: "Deck D", sources: [],
      cards: [
        card("c1", .cloze, "1889", fact: "f1"), card("c2", .short, "Koechlin", fact: "f2"),
        card("c3", .choice, "Pisa", fact: "f3"), card("c1b", .short, "1889", fact: "f1"),
      ])
  }

  func backend() throws -> StoreStudyBackend {
    let store = try ReviewStore.inMemory()
    return try StoreStudyBackend(
      store: store, learner: try store.learner(named: "ana"), decks: [deck()],
      scheduler: try Scheduler(SchedulerConfiguration(fuzz: false)), timeZone: utc, syncAt: now)
  }

  func session(_ backend: StoreStudyBackend, cram: Bool = false) throws -> StudySession {
    let loaded = try backend.load(StudyScope(deckIDs: nil), cram: cram, at: now)
    return StudySession(
      cards: loaded.cards, options: .init(cram: cram), laterDue: loaded.laterDue, at: now,
      grades: SchedulerGrades(backend.scheduler), judge: AnswerJudge())
  }

  /// Grades the card on screen through the backend, as the shells do.
  func grade(_ session: inout StudySession, _ rating: Rating, _ backend: StoreStudyBackend) {
    let runner = EffectRunner(backend: backend, clock: { now })
    session.reveal(at: now)
    guard let effect = session.grade(rating, at: now) else { return }
    switch runner.perform(effect, cram: session.options.cram) {
    case .recorded(let receipt)?: session.recorded(receipt, at: now)
    case .refused(let message)?: session.refused(message, at: now)
    default: Issue.record("no answer to \(effect)")
    }
  }

  @Test func aLearningCardComesBackAndIsRecordedAgain() throws {
    let backend = try backend()
    var session = try session(backend)
    // Siblings: c1b waits for another day.
    #expect(session.counts == QueueCounts(new: 3, learning: 0, review: 0))
    grade(&session, .again, backend)
    grade(&session, .good, backend)
    grade(&session, .good, backend)
    // c1 is back (due in a minute, within the learn-ahead limit) and its grade is accepted.
    #expect(session.current?.card.question.id == "c1")
    grade(&session, .good, backend)
    #expect(session.notice == nil)
    let reviews = try backend.store.reviews(for: backend.learner)
    #expect(reviews.map(\.card.card) == ["c1", "c2", "c3", "c1"])
  }

  @Test func aCardChangedElsewhereIsRefusedNotOverwritten() throws {
    let backend = try backend()
    var session = try session(backend)
    // Another session answers c1 first.
    try backend.store.record(
      .easy, for: CardKey(deck: "d", card: "c1"), learner: backend.learner,
      shown: .new(due: now), at: now, durationMs: 1000, scheduler: backend.scheduler)
    grade(&session, .again, backend)
    #expect(session.notice?.contains("changed since it was shown") == true)
    #expect(session.current?.card.question.id == "c2")
    let reviews = try backend.store.reviews(for: backend.learner)
    #expect(reviews.map(\.rating) == [.easy])
  }

  @Test func undoBurySuspendReachTheStore() throws {
    let backend = try backend()
    let runner = EffectRunner(backend: backend, clock: { now })
    var session = try session(backend)
    grade(&session, .good, backend)
    let undoEffect = session.undo(at: now)
    let undo = try #require(undoEffect)
    #expect(runner.perform(undo, cram: false) == nil)
    #expect(try backend.store.reviews(for: backend.learner).isEmpty)
    let c1 = try backend.store.cardState(for: backend.learner, card: CardKey(deck: "d", card: "c1"))
    #expect(c1.schedule.state == .new)
    let buryEffect = session.bury(at: now)
    let bury = try #require(buryEffect)
    _ = runner.perform(bury, cram: false)
    let suspendEffect = session.suspend(at: now)
    let suspend = try #require(suspendEffect)
    _ = runner.perform(suspend, cram: false)
    let reloaded = try backend.load(StudyScope(deckIDs: nil), cram: false, at: now)
    // c1 buried, c2 suspended; c1's answer was taken back, so its sibling may come today.
    #expect(reloaded.cards.map(\.question.id) == ["c3", "c1b"])
    let next = try backend.nextDue(StudyScope(deckIDs: nil), after: now)
    #expect(next != nil)
  }

  @Test func cramWritesCramReviewsAndKeepsSchedules() throws {
    let backend = try backend()
    var session = try session(backend, cram: true)
    #expect(session.counts.total == 3)
    grade(&session, .again, backend)
    grade(&session, .easy, backend)
    let reviews = try backend.store.reviews(for: backend.learner)
    #expect(reviews.allSatisfy { $0.kind == .cram })
    #expect(
      try backend.store.cardStates(for: backend.learner).allSatisfy { $0.schedule.state == .new })
  }

  @Test func allDecksCountTheDailyLimitOnce() throws {
    let store = try ReviewStore.inMemory()
    func deck(_ id: String) -> Deck {
      Deck(
        id: id, title: "Deck \(id)", sources: [],
        cards: (0..<15).map { index in
          Question(
            id: "\(id)\(index)", kind: .short, prompt: "Prompt \(index)", answer: "\(index)",
            fact: TestedFact(id: "\(id)-f\(index)", kind: .number, text: "1", value: "1"),
            source: QuestionSource(article: "a.txt", sentence: index, text: "Source."))
        })
    }
    let backend = try StoreStudyBackend(
      store: store, learner: try store.learner(named: "ana"), decks: [deck("a"), deck("b")],
      scheduler: try Scheduler(SchedulerConfiguration(fuzz: false)), timeZone: utc, syncAt: now)
    #expect(try backend.decks(at: now).map(\.available.new) == [15, 15])
    #expect(try backend.allDecks(at: now) == QueueCounts(new: 20, learning: 0, review: 0))
    let loaded = try backend.load(StudyScope(deckIDs: nil), cram: false, at: now)
    #expect(loaded.cards.count == 20)
  }

  @Test func decksSummariseWhatIsDue() throws {
    let backend = try backend()
    let summaries = try backend.decks(at: now)
    #expect(summaries.map(\.title) == ["Deck D"])
    #expect(summaries.first?.available == QueueCounts(new: 3, learning: 0, review: 0))
    #expect(summaries.first?.cards == 4)
  }
}
