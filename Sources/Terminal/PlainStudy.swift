import Foundation
import Questions
import Scheduling
import Sessions

/// The same session line by line on stdin/stdout: for pipes, scripts and screen readers. No
/// cursor movement, no colour; each prompt ends with "> " and waits for one line. End of input
/// quits, with every answer already saved.
public struct PlainStudy {
  public let readLine: () -> String?
  public let write: (String) -> Void
  public let runner: EffectRunner
  public let clock: () throws -> Date
  public let measure = DisplayWidth.unicode

  public init(
    readLine: @escaping () -> String?, write: @escaping (String) -> Void, runner: EffectRunner,
    clock: @escaping () throws -> Date
  ) {
    self.readLine = readLine
    self.write = write
    self.runner = runner
    self.clock = clock
  }

  private func say(_ text: String = "") { write(TerminalText.sanitize(text) + "\n") }

  private func ask(_ prompt: String) -> String? {
    write(prompt + "> ")
    return readLine()?.trimmingCharacters(in: .whitespaces)
  }

  /// Studies `scope` to the end or until quit.
  public func run(
    scope: StudyScope, learner: String, options: StudySession.Options,
    grades: any GradePreviewing, judge: any TypedAnswerChecking,
    afterFirstCard: () -> StudyEvent? = { nil }
  ) throws {
    var firstShown = false
    let loaded = runner.perform(.load(scope), cram: options.cram)
    if case .failed(let message)? = loaded { throw PlainStudyError.cannotLoad(message) }
    guard case .loaded(let cards, let laterDue)? = loaded else { return }
    var session = StudySession(
      cards: cards, options: options, laterDue: laterDue, at: try clock(), grades: grades,
      judge: judge)
    let counts = session.counts
    say(
      "factdeck study — \(learner)\(options.cram ? " — cram (schedule unchanged)" : "") — "
        + "\(counts.new) new, \(counts.learning) learning, \(counts.review) due")
    say("Type the answer and press Enter; an empty line shows the answer. :help lists commands.")
    loop: while let current = session.current {
      if let notice = session.notice {
        say(notice)
        session.notice = nil
      }
      let answered = session.answered.count
      say()
      say(
        "[\(answered + 1)/\(answered + session.counts.total)] \(kindLabel(current.card.question.kind)) — "
          + current.card.deckTitle)
      let outcome = step(&session) {
        guard !firstShown else { return }
        firstShown = true
        if case .failed(let message)? = afterFirstCard() { say(message) }
      }
      switch outcome {
      case .quit: break loop
      case .next: continue
      }
    }
    if case .nextDue(let date)? = runner.perform(.findNextDue(scope), cram: options.cram) {
      session.noteLaterDue(date)
    }
    say()
    summarise(session)
  }

  private enum Step { case next, quit }

  /// Asks the card on screen, shows the answer, takes the grade.
  private func step(_ session: inout StudySession, onShown: () -> Void) -> Step {
    guard let current = session.current else { return .next }
    let question = current.card.question
    say(question.prompt)
    switch question.kind {
    case .choice:
      for (i, choice) in question.choices.enumerated() {
        say("  \(i + 1)) \(choice)")
      }
    case .order:
      for (i, item) in question.choices.enumerated() { say("  \(i + 1)) \(item)") }
      say("Type the numbers in the right order, e.g. 2 3 1.")
    case .truefalse:
      say("t = true, f = false")
    case .cloze, .short:
      break
    }
    onShown()
    // The question.
    while case .asking? = session.current?.phase {
      guard let line = ask("answer") else { return .quit }
      guard let now = try? clock() else { return .quit }
      if line.hasPrefix(":") {
        if let step = command(String(line.dropFirst()), &session, now: now) { return step }
        continue
      }
      if line.isEmpty {
        session.reveal(at: now)
        break
      }
      switch question.kind {
      case .cloze, .short:
        session.answerTyped(line, at: now)
      case .choice:
        if let index = choiceIndex(line), index < question.choices.count {
          session.answerChoice(index, at: now)
        } else {
          say("Type 1–\(question.choices.count) or a–\(letter(question.choices.count - 1)).")
        }
      case .truefalse:
        switch line.lowercased() {
        case "t", "true", "y", "yes": session.answerTrueFalse(true, at: now)
        case "f", "false", "n", "no": session.answerTrueFalse(false, at: now)
        default: say("Type t or f.")
        }
      case .order:
        let digits = line.split(whereSeparator: { $0 == " " || $0 == "," }).flatMap {
          $0.count > 1 && $0.allSatisfy(\.isNumber) && question.choices.count < 10
            ? $0.map { String($0) } : [String($0)]
        }
        let picks = digits.compactMap { Int($0) }.map { $0 - 1 }
        if picks.count == question.choices.count, Set(picks).count == picks.count,
          picks.allSatisfy({ question.choices.indices.contains($0) })
        {
          session.answerOrder(picks.map { question.choices[$0] }, at: now)
        } else {
          say("Type each number 1–\(question.choices.count) once, in order.")
        }
      }
    }
    guard let shown = session.current, case .revealed(let response) = shown.phase else {
      return .next
    }
    showAnswer(response, shown)
    // The grade.
    while true {
      let suggested = shown.proposed ?? .good
      guard let line = ask("grade [\(suggested.rawValue)]") else { return .quit }
      guard let now = try? clock() else { return .quit }
      let word =
        line.lowercased().hasPrefix(":") ? String(line.lowercased().dropFirst()) : line.lowercased()
      let rating: Rating?
      switch word {
      case "": rating = suggested
      case "1", "again": rating = .again
      case "2", "hard": rating = .hard
      case "3", "good": rating = .good
      case "4", "easy": rating = .easy
      default:
        if let step = command(word, &session, now: now) { return step }
        if session.current?.card != shown.card || session.current?.phase != shown.phase {
          return .next
        }
        continue
      }
      guard let rating, let effect = session.grade(rating, at: now) else { continue }
      switch runner.perform(effect, cram: session.options.cram) {
      case .recorded(let receipt)?:
        session.recorded(receipt, at: now)
      case .refused(let message)?:
        session.refused(message, at: now)
      default:
        session.refused("Not saved.", at: now)
      }
      return .next
    }
  }

  /// Commands typed at any prompt; nil when the session goes on with the same prompt.
  private func command(_ word: String, _ session: inout StudySession, now: Date) -> Step? {
    switch word.lowercased() {
    case "q", "quit": return .quit
    case "u", "undo":
      if let effect = session.undo(at: now),
        case .failed(let message)? = runner.perform(effect, cram: session.options.cram)
      {
        say("Undo failed: \(message)")
      }
      if let notice = session.notice {
        say(notice)
        session.notice = nil
      }
      return .next
    case "b", "bury":
      if let effect = session.bury(at: now) { report(runner.perform(effect, cram: false)) }
      return .next
    case "s", "suspend":
      if let effect = session.suspend(at: now) { report(runner.perform(effect, cram: false)) }
      return .next
    case "?", "h", "help":
      say(
        "Commands (at the answer prompt start them with ':'): u undo the last answer, "
          + "b bury until tomorrow, s suspend, q quit, ? help. Grades: 1 Again, 2 Hard, 3 Good, "
          + "4 Easy; Enter takes the suggested one.")
      return nil
    default:
      say("Unknown command '\(word)'; type :help.")
      return nil
    }
  }

  private func report(_ event: StudyEvent?) {
    if case .failed(let message)? = event { say("Failed: \(message)") }
  }

  private func showAnswer(_ response: LearnerResponse, _ current: StudySession.Current) {
    let question = current.card.question
    switch response {
    case .revealed: break
    case .typed(let typed, let check):
      say("You typed: \(typed) — \(check.isCorrect ? "right" : "wrong")")
      if !check.difference.allSatisfy({ $0.kind == .same }) {
        let marked = check.difference.map { part -> String in
          switch part.kind {
          case .same: part.text
          case .extra: "[-\(part.text)-]"
          case .missing: "{+\(part.text)+}"
          }
        }.joined()
        say("Difference: \(marked)")
      }
    case .choice(let index, let ok):
      say("You chose \(index + 1)) \(question.choices[index]) — \(ok ? "right" : "wrong")")
    case .trueFalse(let value, let ok):
      say("You said \(value ? "true" : "false") — \(ok ? "right" : "wrong")")
    case .order(let items, let ok):
      say("Your order: \(items.joined(separator: orderSeparator)) — \(ok ? "right" : "wrong")")
    }
    say("Answer: \(question.answer)")
    if !question.source.text.isEmpty { say("Source: \(question.source.text)") }
    let names: [Rating: String] = [.again: "Again", .hard: "Hard", .good: "Good", .easy: "Easy"]
    let buttons = Rating.allCases.map { rating -> String in
      let label = current.outcomes[rating]?.label
      let interval = label.map { " (\($0))" } ?? ""
      return "\(rating.rawValue) \(names[rating]!)\(interval)"
    }
    say("Grades: " + buttons.joined(separator: " · "))
  }

  private func summarise(_ session: StudySession) {
    let summary = session.summary
    say("Session over: \(summary.cards) cards studied (\(summary.reviews) answers).")
    if let accuracy = summary.accuracy {
      say("Accuracy: \(Int((accuracy * 100).rounded()))%")
    }
    say("Time: \(ElapsedText.long(summary.elapsed))")
    if summary.buried + summary.suspended > 0 {
      say("Set aside: \(summary.buried) buried, \(summary.suspended) suspended")
    }
    let now = (try? clock()) ?? session.lastActionAt
    if let due = summary.nextDue {
      let wait = due.timeIntervalSince(now)
      say("Next due: \(wait <= 0 ? "now" : "in " + ElapsedText.long(wait))")
    } else {
      say("Next due: nothing scheduled")
    }
  }

  private func kindLabel(_ kind: QuestionKind) -> String {
    switch kind {
    case .cloze: "Fill the gap"
    case .short: "Short answer"
    case .choice: "Multiple choice"
    case .truefalse: "True or false"
    case .order: "Put in order"
    }
  }

  private func letter(_ index: Int) -> String { String(UnicodeScalar(UInt8(97 + index % 26))) }

  private func choiceIndex(_ line: String) -> Int? {
    if let n = Int(line) { return n - 1 }
    guard line.count == 1, let v = line.lowercased().unicodeScalars.first?.value,
      (97...122).contains(v)
    else { return nil }
    return Int(v) - 97
  }
}

public enum PlainStudyError: Error, CustomStringConvertible {
  case cannotLoad(String)

  public var description: String {
    switch self {
    case .cannotLoad(let message): "cannot load the cards to study: \(message)"
    }
  }
}
