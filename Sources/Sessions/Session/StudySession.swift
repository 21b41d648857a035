import Foundation
import Questions
import Scheduling

/// The session itself, shared by the curses screen and the plain line mode: which card is up,
/// what the learner answered, which grades are committed, and how to take them back. Pure: the
/// caller passes the time of every action and performs the effects it returns.
public struct StudySession: Sendable {
  public struct Options: Sendable, Hashable {
    /// Study without changing the schedule.
    public var cram: Bool
    public var limits: StudyLimits

    public init(cram: Bool = false, limits: StudyLimits = StudyLimits()) {
      self.cram = cram
      self.limits = limits
    }
  }

  /// Where the card on screen is.
  public enum Phase: Sendable, Hashable {
    case asking
    case revealed(LearnerResponse)
    /// The grade is being committed; the next card waits for it.
    case saving(LearnerResponse, GradeRecord)
  }

  public struct Current: Sendable, Hashable {
    public var card: StudyCard
    public var shownAt: Date
    public var phase: Phase
    /// The four grades and what each would do; computed when the answer is shown.
    public var outcomes: [Rating: GradeOutcome]
    /// The grade a judged answer suggests: wrong → Again, right → Good.
    public var proposed: Rating?
  }

  /// A committed grade, with what undo needs to put everything back.
  public struct Answered: Sendable, Hashable {
    public var record: GradeRecord
    public var receipt: ReviewReceipt?
    public var wasCorrect: Bool?
    var queueBefore: StudyQueue
  }

  public let options: Options
  public private(set) var queue: StudyQueue
  public private(set) var current: Current?
  public private(set) var answered: [Answered] = []
  public private(set) var startedAt: Date
  public private(set) var lastActionAt: Date
  /// Set by the shell when loading: the earliest due of the learner's cards outside the session.
  public private(set) var laterDue: Date?
  /// A one-line message for the learner (an error, "card buried", …); cleared by the next key.
  public var notice: String?
  public private(set) var buried = 0
  public private(set) var suspended = 0
  /// Buried or suspended in this session: undo never brings them back.
  private var setAside: Set<String> = []

  private let grades: any GradePreviewing
  private let judge: any TypedAnswerChecking

  public init(
    cards: [StudyCard], options: Options = Options(), laterDue: Date? = nil, at now: Date,
    grades: any GradePreviewing, judge: any TypedAnswerChecking
  ) {
    self.options = options
    self.grades = grades
    self.judge = judge
    self.laterDue = laterDue
    queue = StudyQueue(cards, limits: options.limits)
    startedAt = now
    lastActionAt = now
    advance(at: now)
  }

  public var isFinished: Bool { current == nil }

  /// What is left, the card on screen included.
  public var counts: QueueCounts {
    var counts = queue.counts
    if let current { counts.add(current.card.queueKind) }
    return counts
  }

  public var elapsed: TimeInterval { max(0, lastActionAt.timeIntervalSince(startedAt)) }

  // MARK: answering

  /// Shows the answer with what the learner did. Ignored unless a card is being asked.
  public mutating func respond(_ response: LearnerResponse, at now: Date) {
    lastActionAt = now
    guard var current, current.phase == .asking else { return }
    current.phase = .revealed(response)
    current.outcomes = grades.outcomes(for: current.card, at: now)
    current.proposed = response.isCorrect.map { $0 ? .good : .again }
    self.current = current
  }

  public mutating func reveal(at now: Date) { respond(.revealed, at: now) }

  public mutating func answerTyped(_ text: String, at now: Date) {
    guard let question = current?.card.question else { return }
    respond(.typed(text, judge.check(text, for: question)), at: now)
  }

  public mutating func answerChoice(_ index: Int, at now: Date) {
    guard let question = current?.card.question, question.choices.indices.contains(index) else {
      return
    }
    respond(.choice(index, isCorrect: question.choices[index] == question.answer), at: now)
  }

  public mutating func answerTrueFalse(_ value: Bool, at now: Date) {
    guard let question = current?.card.question else { return }
    let expected = question.answer.lowercased().hasPrefix("t")
    respond(.trueFalse(value, isCorrect: value == expected), at: now)
  }

  public mutating func answerOrder(_ items: [String], at now: Date) {
    guard let question = current?.card.question else { return }
    respond(.order(items, isCorrect: items == question.orderedItems), at: now)
  }

  /// Commits a grade: returns the record effect; the next card comes with `recorded`.
  public mutating func grade(_ rating: Rating, at now: Date) -> StudyEffect? {
    lastActionAt = now
    guard var current, case .revealed(let response) = current.phase else { return nil }
    let schedule =
      options.cram
      ? current.card.schedule : (current.outcomes[rating]?.schedule ?? current.card.schedule)
    let record = GradeRecord(
      card: current.card, rating: rating, schedule: schedule, reviewedAt: now,
      duration: max(0, now.timeIntervalSince(current.shownAt)), isCram: options.cram)
    current.phase = .saving(response, record)
    self.current = current
    return .record(record)
  }

  /// The grade on screen is committed (receipt nil when nothing was written, as in cram).
  public mutating func recorded(_ receipt: ReviewReceipt?, at now: Date) {
    lastActionAt = now
    guard let current, case .saving(let response, let record) = current.phase else { return }
    let before = queue
    let rating = record.rating
    let schedule = receipt?.schedule ?? record.schedule
    answered.append(
      Answered(
        record: record, receipt: receipt, wasCorrect: response.isCorrect, queueBefore: before))
    var card = current.card
    if options.cram {
      if rating == .again { queue.append(card) }
    } else {
      card.schedule = schedule
      if card.schedule.state == .learning || card.schedule.state == .relearning {
        queue.bringBack(card)
      }
    }
    advance(at: now)
  }

  /// The store refused the grade (say, the card changed in another session): drop the card.
  public mutating func refused(_ message: String, at now: Date) {
    lastActionAt = now
    notice = message
    advance(at: now)
  }

  // MARK: undo, bury, suspend

  public var canUndo: Bool { !answered.isEmpty }

  /// Takes back the last committed grade: its card comes back as it was shown.
  public mutating func undo(at now: Date) -> StudyEffect? {
    lastActionAt = now
    if case .saving = current?.phase { return nil }
    guard let last = answered.popLast() else {
      notice = "Nothing to undo."
      return nil
    }
    // The queue as it was before the grade already holds the card now on screen.
    var restored = last.queueBefore
    for id in setAside { restored.remove(cardID: id) }
    queue = restored
    current = Current(
      card: last.record.card, shownAt: now, phase: .asking, outcomes: [:], proposed: nil)
    notice = "Took back the last answer."
    return last.receipt.map { .undo(last.record, $0) }
  }

  public mutating func bury(at now: Date) -> StudyEffect? {
    lastActionAt = now
    guard let current, !isSaving else { return nil }
    buried += 1
    setAside.insert(current.card.id)
    notice = "Buried until tomorrow."
    advance(at: now)
    return .bury(current.card)
  }

  public mutating func suspend(at now: Date) -> StudyEffect? {
    lastActionAt = now
    guard let current, !isSaving else { return nil }
    suspended += 1
    setAside.insert(current.card.id)
    notice = "Suspended."
    advance(at: now)
    return .suspend(current.card)
  }

  /// Moves the session clock on; it stops when the last card is done, so the end screen shows
  /// the time spent studying.
  public mutating func touch(at now: Date) {
    if current != nil { lastActionAt = now }
  }

  /// Adds what the shell found about cards outside the session, for the summary.
  public mutating func noteLaterDue(_ date: Date?) {
    guard let date else { return }
    laterDue = min(laterDue ?? date, date)
  }

  private var isSaving: Bool {
    if case .saving = current?.phase { return true }
    return false
  }

  private mutating func advance(at now: Date) {
    current = queue.next(at: now).map {
      Current(card: $0, shownAt: now, phase: .asking, outcomes: [:], proposed: nil)
    }
  }

  // MARK: summary

  public var summary: StudySummary {
    let judged = answered.filter { $0.record.rating != .again }.count
    var dueNext: Date? = laterDue
    if !options.cram {
      for answer in answered {
        let due = answer.record.schedule.due
        if dueNext.map({ due < $0 }) ?? true { dueNext = due }
      }
    }
    return StudySummary(
      reviews: answered.count, cards: Set(answered.map(\.record.card.id)).count,
      remembered: judged, elapsed: elapsed, nextDue: dueNext, buried: buried,
      suspended: suspended, leftInQueue: counts.total)
  }
}

/// The end-of-session numbers.
public struct StudySummary: Sendable, Hashable {
  /// Grades given (a card seen twice counts twice).
  public var reviews: Int
  /// Distinct cards studied.
  public var cards: Int
  /// Grades other than Again.
  public var remembered: Int
  public var elapsed: TimeInterval
  public var nextDue: Date?
  public var buried: Int
  public var suspended: Int
  public var leftInQueue: Int

  /// Share of grades that were not Again, 0…1; nil before any grade.
  public var accuracy: Double? {
    reviews == 0 ? nil : Double(remembered) / Double(reviews)
  }
}

extension Question {
  /// An `order` question's items in the right order.
  public var orderedItems: [String] {
    answer.components(separatedBy: orderSeparator).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }
}
