import Foundation
import Questions
import Scheduling

/// The whole study interface as a value: state + event → state and effects; `ScreenRenderer`
/// turns it into a grid of cells. The curses shell only reads keys, performs effects and
/// copies grids to the terminal.
public struct StudyScreen: Sendable {
  public enum Page: Sendable, Hashable {
    case home
    case loading
    case studying
    case finished
  }

  public private(set) var page: Page
  public private(set) var columns: Int
  public private(set) var rows: Int
  public let learner: String
  public private(set) var decks: [DeckSummary]
  /// What a session over all decks holds. Not the sum of the decks' counts: the daily limits
  /// apply once to a session over all of them. Nil: the sum stands in.
  public private(set) var allDecks: QueueCounts?
  /// 0 is "All decks", then one row per deck.
  public private(set) var selection = 0
  public private(set) var session: StudySession?
  /// The decks being studied, for the end-of-session look-up.
  public private(set) var scope: StudyScope?
  public private(set) var input = AnswerInput()
  /// After Esc on a question: the next key is a command, not part of the answer.
  public private(set) var commandMode = false
  /// The help page on screen, if help is open; it has as many pages as the terminal needs.
  public private(set) var helpPage: Int?
  public var showingHelp: Bool { helpPage != nil }
  public private(set) var notice: String?
  public let options: StudySession.Options
  /// The time of the last event, for the clock on screen.
  public private(set) var now: Date

  private let grades: any GradePreviewing
  private let judge: any TypedAnswerChecking

  /// Opens on the home screen, or, when `scope` is given (`factdeck study DECK…`), asks the
  /// shell to load it straight away (perform `initialEffects`).
  public init(
    learner: String, decks: [DeckSummary], allDecks: QueueCounts? = nil,
    options: StudySession.Options = .init(),
    columns: Int, rows: Int, at now: Date, grades: any GradePreviewing,
    judge: any TypedAnswerChecking, startWith scope: StudyScope? = nil
  ) {
    self.learner = learner
    self.decks = decks
    self.allDecks = allDecks
    self.options = options
    self.columns = columns
    self.rows = rows
    self.now = now
    self.grades = grades
    self.judge = judge
    page = scope == nil ? .home : .loading
    self.scope = scope
    initialEffects = scope.map { [.load($0)] } ?? []
  }

  /// Effects to perform before the first key.
  public let initialEffects: [StudyEffect]

  // MARK: events

  public mutating func handle(_ event: StudyEvent, at now: Date) -> [StudyEffect] {
    self.now = now
    session?.touch(at: now)
    var effects: [StudyEffect] = []
    switch event {
    case .tick:
      break
    case .key(let key):
      effects = handleKey(key)
    case .loaded(let cards, let laterDue):
      session = StudySession(
        cards: cards, options: options, laterDue: laterDue, at: now, grades: grades, judge: judge)
      page = .studying
      if session!.isFinished { notice = "Nothing is due in these decks now." }
      effects = afterSessionChange()
    case .nextDue(let date):
      session?.noteLaterDue(date)
    case .decks(let decks, let all):
      self.decks = decks
      allDecks = all
      selection = min(selection, decks.count)
    case .recorded(let receipt):
      session?.recorded(receipt, at: now)
      effects = afterSessionChange()
    case .refused(let message):
      session?.refused(message, at: now)
      notice = message
      effects = afterSessionChange()
    case .failed(let message):
      notice = message
    }
    syncInput()
    return effects
  }

  private mutating func handleKey(_ key: StudyKey) -> [StudyEffect] {
    if case .resize(let c, let r) = key {
      columns = c
      rows = r
      return []
    }
    if key == .control("c") { return [.quit] }
    notice = nil
    session?.notice = nil
    if let page = helpPage {
      let pages = ScreenRenderer().helpPages(columns: columns, rows: rows).count
      helpPage = page + 1 < pages && key != .escape && key != .character("q") ? page + 1 : nil
      return []
    }
    switch page {
    case .home: return homeKey(key)
    case .loading: return key == .character("q") ? [.quit] : []
    case .studying: return studyKey(key)
    case .finished: return finishedKey(key)
    }
  }

  private mutating func homeKey(_ key: StudyKey) -> [StudyEffect] {
    switch key {
    case .up, .character("k"): selection = max(0, selection - 1)
    case .down, .character("j"): selection = min(decks.count, selection + 1)
    case .enter, .character(" "):
      page = .loading
      scope = StudyScope(deckIDs: selection == 0 ? nil : [decks[selection - 1].id])
      return [.load(scope!)]
    case .character("a"):
      selection = 0
      page = .loading
      scope = StudyScope(deckIDs: nil)
      return [.load(scope!)]
    case .character("?"): helpPage = 0
    case .character("q"), .escape: return [.quit]
    default: break
    }
    return []
  }

  private mutating func finishedKey(_ key: StudyKey) -> [StudyEffect] {
    switch key {
    case .character("u"), .control("z"): return undo()
    case .enter, .character(" "), .escape:
      page = .home
      session = nil
      return [.refreshDecks]
    case .character("?"): helpPage = 0
    case .character("q"): return [.quit]
    default: break
    }
    return []
  }

  private mutating func studyKey(_ key: StudyKey) -> [StudyEffect] {
    guard let current = session?.current else { return [] }
    if key == .control("z") { return undo() }
    switch current.phase {
    case .saving: return []
    case .revealed(let response): return answerKey(key, response: response)
    case .asking: break
    }
    if commandMode {
      commandMode = false
      return commandKey(key, question: current.card.question) ?? []
    }
    let question = current.card.question
    switch question.kind {
    case .cloze, .short:
      return typingKey(key)
    case .choice:
      if case .character(let c) = key, let index = choiceIndex(c), index < question.choices.count {
        session?.answerChoice(index, at: now)
        return []
      }
    case .truefalse:
      switch key {
      case .character("t"), .character("T"):
        session?.answerTrueFalse(true, at: now)
        return []
      case .character("f"), .character("F"):
        session?.answerTrueFalse(false, at: now)
        return []
      default: break
      }
    case .order:
      if let effects = orderKey(key) { return effects }
    }
    if key == .escape {
      commandMode = true
      return []
    }
    return commandKey(key, question: question) ?? []
  }

  /// The keys that work on any question unless its kind uses them.
  private mutating func commandKey(_ key: StudyKey, question: Question) -> [StudyEffect]? {
    switch key {
    case .character(" "), .tab:
      session?.reveal(at: now)
    case .character("u"): return undo()
    case .character("b"): return session?.bury(at: now).map { [$0] } ?? []
    case .character("s"): return session?.suspend(at: now).map { [$0] } ?? []
    case .character("q"): return [.quit]
    case .character("?"): helpPage = 0
    case .escape, .enter, .character("i"): break
    default: return nil
    }
    return []
  }

  private mutating func typingKey(_ key: StudyKey) -> [StudyEffect] {
    switch key {
    case .character(" ") where input.text.isEmpty, .tab:
      session?.reveal(at: now)
    case .character(let c):
      input.text.append(c)
    case .backspace:
      if !input.text.isEmpty { input.text.removeLast() }
    case .control("u"):
      input.text = ""
    case .enter:
      let typed = input.text.trimmingCharacters(in: .whitespaces)
      if typed.isEmpty {
        session?.reveal(at: now)
      } else {
        session?.answerTyped(typed, at: now)
      }
    case .escape:
      commandMode = true
    default: break
    }
    return []
  }

  /// nil when the key is not an ordering key.
  private mutating func orderKey(_ key: StudyKey) -> [StudyEffect]? {
    let count = input.arrangement.count
    guard count > 0 else { return nil }
    switch key {
    case .up, .character("k"):
      input.move(by: -1, grabbed: input.grabbed)
    case .down, .character("j"):
      input.move(by: 1, grabbed: input.grabbed)
    case .character("K"):
      input.move(by: -1, grabbed: true)
    case .character("J"):
      input.move(by: 1, grabbed: true)
    case .character(" "):
      input.grabbed.toggle()
    case .enter:
      session?.answerOrder(input.arrangement, at: now)
    case .character(let c) where c.wholeNumberValue.map({ (1...count).contains($0) }) ?? false:
      input.cursor = c.wholeNumberValue! - 1
    case .character("r"):
      session?.reveal(at: now)
    default: return nil
    }
    return []
  }

  private mutating func answerKey(_ key: StudyKey, response: LearnerResponse) -> [StudyEffect] {
    guard let current = session?.current else { return [] }
    switch key {
    case .character(let c) where ("1"..."4").contains(c):
      let rating = Rating(rawValue: c.wholeNumberValue!)!
      return session?.grade(rating, at: now).map { [$0] } ?? []
    case .enter, .character(" "):
      return session?.grade(current.proposed ?? .good, at: now).map { [$0] } ?? []
    case .character("u"): return undo()
    case .character("b"): return session?.bury(at: now).map { [$0] } ?? []
    case .character("s"): return session?.suspend(at: now).map { [$0] } ?? []
    case .character("q"): return [.quit]
    case .character("?"): helpPage = 0
    default: break
    }
    return []
  }

  private mutating func undo() -> [StudyEffect] {
    guard var session else { return [] }
    let effect = session.undo(at: now)
    self.session = session
    if session.current != nil { page = .studying }
    notice = session.notice
    return effect.map { [$0] } ?? []
  }

  /// On reaching the end, asks the shell when the next card is due.
  private mutating func afterSessionChange() -> [StudyEffect] {
    guard let session, session.isFinished, page != .finished else { return [] }
    page = .finished
    return [.findNextDue(scope ?? StudyScope(deckIDs: nil))]
  }

  /// A new card on screen starts with an empty field and its items as the deck shuffled them.
  private mutating func syncInput() {
    if let message = session?.notice, notice == nil { notice = message }
    guard let current = session?.current else {
      input = AnswerInput()
      return
    }
    let token = "\(current.card.id)@\(current.shownAt.timeIntervalSinceReferenceDate)"
    if input.cardToken != token {
      input = AnswerInput()
      input.cardToken = token
      input.arrangement = current.card.question.choices
      commandMode = false
    }
  }

  private func choiceIndex(_ c: Character) -> Int? {
    if let n = c.wholeNumberValue, (1...9).contains(n) { return n - 1 }
    if let ascii = c.lowercased().unicodeScalars.first?.value, (97...105).contains(ascii) {
      return Int(ascii) - 97
    }
    return nil
  }
}

/// What the learner is entering for the card on screen.
public struct AnswerInput: Sendable, Hashable {
  public var text = ""
  /// For `order`: the items as the learner has arranged them so far.
  public var arrangement: [String] = []
  public var cursor = 0
  /// Whether arrow keys move the item under the cursor rather than the cursor.
  public var grabbed = false
  var cardToken = ""

  mutating func move(by step: Int, grabbed: Bool) {
    let target = cursor + step
    guard arrangement.indices.contains(target) else { return }
    if grabbed { arrangement.swapAt(cursor, target) }
    cursor = target
  }
}
