import Foundation
import Questions
import Scheduling

/// Draws a `StudyScreen` into a grid the size of the terminal. Pure: the same screen always
/// gives the same cells, which is what the tests read.
public struct ScreenRenderer: Sendable {
  public let measure: DisplayWidth
  /// Smallest terminal the interface draws in at all.
  public static let minimumColumns = 24
  public static let minimumRows = 8

  public init(measure: DisplayWidth = .unicode) { self.measure = measure }

  public func render(_ screen: StudyScreen) -> ScreenGrid {
    var grid = ScreenGrid(columns: screen.columns, rows: screen.rows, measure: measure)
    guard screen.columns >= Self.minimumColumns, screen.rows >= Self.minimumRows else {
      drawTooSmall(
        &grid, needColumns: Self.minimumColumns, needRows: Self.minimumRows, what: "factdeck")
      return grid
    }
    if screen.showingHelp {
      drawHelp(&grid, screen)
      return grid
    }
    switch screen.page {
    case .home: drawHome(&grid, screen)
    case .loading:
      drawHeader(&grid, left: "factdeck", right: screen.learner)
      grid.write("Loading cards…", row: 2, column: 2, style: .dim)
    case .studying: drawStudy(&grid, screen)
    case .finished: drawFinished(&grid, screen)
    }
    return grid
  }

  // MARK: common parts

  /// The body's left edge and width: a readable column, centred on wide terminals.
  private func body(_ grid: ScreenGrid) -> (left: Int, width: Int) {
    let width = min(grid.columns - 4, 76)
    return ((grid.columns - width) / 2, width)
  }

  private func drawHeader(_ grid: inout ScreenGrid, left: String, right: String) {
    grid.write(String(repeating: " ", count: grid.columns), row: 0, column: 0, style: .bar)
    let rightWidth = measure.columns(of: right)
    let rightStart = max(grid.columns - rightWidth - 1, grid.columns / 2)
    grid.write(" " + left, row: 0, column: 0, style: .bar, limit: rightStart - 1)
    grid.write(right, row: 0, column: rightStart, style: .bar, limit: grid.columns - 1)
  }

  /// One line of key hints; on a narrow terminal the hints that do not fit are left off
  /// whole (the help screen has them all).
  private func drawFooter(_ grid: inout ScreenGrid, _ hints: String) {
    var shown = ""
    for hint in hints.components(separatedBy: " · ") {
      let candidate = shown.isEmpty ? hint : shown + " · " + hint
      if measure.columns(of: candidate) > grid.columns - 2 { break }
      shown = candidate
    }
    grid.write(" " + shown, row: grid.rows - 1, column: 0, style: .dim)
  }

  private func footerHeight(_ grid: ScreenGrid, _ hints: String) -> Int { 1 }

  private func drawTooSmall(
    _ grid: inout ScreenGrid, needColumns: Int, needRows: Int, what: String
  ) {
    let lines = [
      "Terminal too small", "for \(what):",
      "needs \(needColumns)×\(needRows),", "now \(grid.columns)×\(grid.rows).",
      "Enlarge it, or q to quit.",
    ]
    let top = max(0, (grid.rows - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let x = max(0, (grid.columns - measure.columns(of: line)) / 2)
      grid.write(line, row: top + index, column: x, style: index == 0 ? .warning : .plain)
    }
  }

  private func draw(_ lines: [[Span]], _ grid: inout ScreenGrid, top: Int, left: Int) {
    for (index, line) in lines.enumerated() {
      grid.write(line, row: top + index, column: left)
    }
  }

  private func wrap(_ spans: [Span], _ width: Int, indent: Int = 0) -> [[Span]] {
    StyledWrap.lines(spans, width: width, measure: measure, indent: indent)
  }

  private func wrap(_ text: String, _ style: CellStyle, _ width: Int, indent: Int = 0) -> [[Span]] {
    wrap([Span(text, style)], width, indent: indent)
  }

  // MARK: home

  private func drawHome(_ grid: inout ScreenGrid, _ screen: StudyScreen) {
    drawHeader(&grid, left: "factdeck · study", right: screen.learner)
    let (left, width) = body(grid)
    let hints = "↑↓ choose · Enter study · a all decks · ? help · q quit"
    let footer = footerHeight(grid, hints)
    var row = 2
    let reviewed = screen.decks.reduce(0) { $0 + $1.reviewedToday }
    grid.write(
      [
        Span("Learner ", .dim), Span(screen.learner, .bold), Span("   Today ", .dim),
        Span("\(reviewed) reviewed", .plain),
      ], row: row, column: left, limit: left + width)
    row += 2
    // A narrow terminal leaves out the Today column and keeps the titles readable.
    let wide = width >= 56
    let numbers = wide ? 22 : 15
    let titleWidth = max(width - numbers - 1, 6)
    grid.write("Deck", row: row, column: left, style: .dim, limit: left + titleWidth)
    grid.write(
      columnsText(wide ? ["New", "Learn", "Due", "Today"] : ["New", "Learn", "Due"]), row: row,
      column: left + titleWidth + 1, style: .dim)
    row += 1
    var total = QueueCounts()
    for deck in screen.decks {
      total.new += deck.available.new
      total.learning += deck.available.learning
      total.review += deck.available.review
    }
    if let all = screen.allDecks { total = all }
    var entries: [(String, QueueCounts, Int)] = [("All decks", total, reviewed)]
    entries += screen.decks.map { ($0.title, $0.available, $0.reviewedToday) }
    let room = grid.rows - footer - 1 - row
    // Keep the selection visible when the list is longer than the screen.
    let first = max(0, min(screen.selection - room + 1, entries.count - room))
    for (index, entry) in entries.enumerated().dropFirst(first).prefix(max(room, 1)) {
      let selected = index == screen.selection
      let style: CellStyle = selected ? .selected : (index == 0 ? .bold : .plain)
      if selected { grid.paint(row: row, from: left, to: left + width, style: .selected) }
      grid.write(
        (selected ? "▸ " : "  ") + entry.0, row: row, column: left, style: style,
        limit: left + titleWidth)
      let counts = columnsText([
        "\(entry.1.new)", "\(entry.1.learning)", "\(entry.1.review)", "\(entry.2)",
      ])
      grid.write(counts, row: row, column: left + titleWidth + 1, style: style)
      row += 1
    }
    if screen.decks.isEmpty {
      grid.write(
        "No decks found. Put deck files in Decks/ or pass --decks DIR.", row: row + 1,
        column: left, style: .warning, limit: left + width)
    }
    if let notice = screen.notice {
      grid.write(notice, row: grid.rows - footer - 1, column: left, style: .warning)
    }
    drawFooter(&grid, hints)
  }

  private func columnsText(_ values: [String]) -> String {
    zip(values, [5, 6, 5, 6]).map { value, width in
      String(repeating: " ", count: max(0, width - value.count)) + value
    }.joined()
  }

  // MARK: studying

  private func drawStudy(_ grid: inout ScreenGrid, _ screen: StudyScreen) {
    guard let session = screen.session, let current = session.current else { return }
    let card = current.card
    let counts = session.counts
    let clock = ElapsedText.clock(session.elapsed)
    var right = "New \(counts.new) · Learn \(counts.learning) · Due \(counts.review) · \(clock)"
    if measure.columns(of: right) > grid.columns / 2 {
      right = "\(counts.new) · \(counts.learning) · \(counts.review)  \(clock)"
    }
    drawHeader(&grid, left: card.deckTitle + (screen.options.cram ? " · cram" : ""), right: right)
    drawProgress(&grid, done: session.answered.count, left: counts.total, row: 1)
    let (left, width) = body(grid)
    if let notice = screen.notice ?? session.notice {
      grid.write(notice, row: 2, column: left, style: .warning, limit: left + width)
    }

    let hints = footerHints(screen, current)
    var bottom = wrapGrades(screen, current, width: grid.columns - 2)
    let footer = footerHeight(grid, hints)
    var lines = cardLines(screen, current, width: width)
    var top = 3
    var available = grid.rows - top - footer - bottom.count - (bottom.isEmpty ? 0 : 1)
    if lines.count > available {
      // Tight: drop the blank lines and spacers before giving up.
      lines.removeAll { $0.isEmpty }
      if !bottom.isEmpty { available += 1 }
      if screen.notice == nil && session.notice == nil {
        top = 2
        available += 1
      }
    }
    if lines.count > available {
      grid = ScreenGrid(columns: grid.columns, rows: grid.rows, measure: measure)
      let need = lines.count + top + footer + bottom.count
      drawTooSmall(&grid, needColumns: grid.columns, needRows: need, what: "this card")
      return
    }
    draw(lines, &grid, top: top, left: left)
    let gradeTop = grid.rows - footer - bottom.count
    for (index, line) in bottom.enumerated() {
      let x = max(1, (grid.columns - StyledWrap.width(line, measure: measure)) / 2)
      grid.write(line, row: gradeTop + index, column: x)
    }
    bottom.removeAll()
    drawFooter(&grid, hints)
  }

  private func drawProgress(_ grid: inout ScreenGrid, done: Int, left: Int, row: Int) {
    let total = done + left
    let label = " \(done)/\(total)"
    let barWidth = max(grid.columns - measure.columns(of: label) - 2, 4)
    let filled = total == 0 ? barWidth : barWidth * done / total
    grid.write(String(repeating: "█", count: filled), row: row, column: 1, style: .barFill)
    grid.write(
      String(repeating: "░", count: barWidth - filled), row: row, column: 1 + filled, style: .dim)
    grid.write(label, row: row, column: 1 + barWidth, style: .dim)
  }

  private func kindLabel(_ kind: QuestionKind) -> String {
    switch kind {
    case .cloze: "Fill the gap"
    case .short: "Short answer"
    case .choice: "Multiple choice"
    case .truefalse: "True or false?"
    case .order: "Put in order"
    }
  }

  /// The card's text, the learner's input and, once revealed, the answer and its source.
  private func cardLines(_ screen: StudyScreen, _ current: StudySession.Current, width: Int)
    -> [[Span]]
  {
    let question = current.card.question
    var lines: [[Span]] = [[Span(kindLabel(question.kind), .accent)], []]
    lines += wrap(question.prompt, .bold, width)
    lines.append([])
    let response: LearnerResponse?
    switch current.phase {
    case .asking: response = nil
    case .revealed(let r), .saving(let r, _): response = r
    }
    switch question.kind {
    case .cloze, .short:
      if let response {
        lines += typedLines(response, question, width)
      } else {
        lines += inputLines(screen.input.text, width: width, commandMode: screen.commandMode)
      }
    case .choice:
      lines += choiceLines(question, response, width)
    case .truefalse:
      lines += trueFalseLines(question, response)
    case .order:
      lines += orderLines(screen.input, question, response, width)
    }
    guard response != nil else { return lines }
    lines.append([])
    lines += wrap([Span("Answer  ", .dim), Span(question.answer, .good)], width, indent: 8)
    if !question.source.text.isEmpty {
      lines.append([])
      var source = [Span("Source  ", .dim), Span(question.source.text, .plain)]
      if !question.source.article.isEmpty {
        source.append(Span(" — " + question.source.article, .dim))
      }
      lines += wrap(source, width, indent: 8)
    }
    return lines
  }

  private func inputLines(_ text: String, width: Int, commandMode: Bool) -> [[Span]] {
    let label = "Answer  "
    let fieldWidth = width - label.count
    // Show the end of a long answer, as a text field scrolls.
    var shown = text
    while measure.columns(of: shown) > fieldWidth - 1, !shown.isEmpty { shown.removeFirst() }
    let pad = max(0, fieldWidth - measure.columns(of: shown) - 1)
    var line = [Span(label, .dim), Span(shown, .field), Span(commandMode ? " " : "▏", .field)]
    line.append(Span(String(repeating: " ", count: pad), .field))
    let hint =
      commandMode
      ? "Command: u undo · b bury · s suspend · q quit · ? help · Esc back to typing"
      : "Enter to check · Space on an empty field reveals"
    return [line, []] + wrap(hint, .dim, width)
  }

  private func typedLines(_ response: LearnerResponse, _ question: Question, _ width: Int)
    -> [[Span]]
  {
    guard case .typed(let typed, let check) = response else {
      return [[Span("Revealed without answering.", .dim)]]
    }
    // As Anki does: what was typed, with what should not be there marked, and under it the
    // expected answer with what was missed marked.
    var mine = [Span("You     ", .dim)]
    var expected = [Span("Wanted  ", .dim)]
    if check.difference.isEmpty {
      mine.append(Span(typed, check.isCorrect ? .good : .bad))
    }
    for part in check.difference {
      switch part.kind {
      case .same:
        mine.append(Span(part.text, check.isCorrect ? .good : .plain))
        expected.append(Span(part.text, .plain))
      case .extra: mine.append(Span(part.text, .bad))
      case .missing: expected.append(Span(part.text, .warning))
      }
    }
    mine.append(check.isCorrect ? Span("  ✓ right", .good) : Span("  ✗ wrong", .bad))
    var lines = wrap(mine, width, indent: 8)
    let exact = check.difference.allSatisfy { $0.kind == .same }
    if !exact && !check.difference.isEmpty { lines += wrap(expected, width, indent: 8) }
    return lines
  }

  private func choiceLines(_ question: Question, _ response: LearnerResponse?, _ width: Int)
    -> [[Span]]
  {
    var lines: [[Span]] = []
    var picked: Int?
    if case .choice(let index, _) = response { picked = index }
    for (index, choice) in question.choices.enumerated() {
      let letter = String(UnicodeScalar(UInt8(97 + index % 26)))
      var style: CellStyle = .plain
      var mark = "  "
      if response != nil {
        if choice == question.answer {
          style = .good
          mark = "✓ "
        } else if index == picked {
          style = .bad
          mark = "✗ "
        } else {
          style = .dim
        }
      }
      lines += wrap(
        [Span(mark, style), Span("\(index + 1) \(letter)) ", .key), Span(choice, style)], width,
        indent: 7)
    }
    return lines
  }

  private func trueFalseLines(_ question: Question, _ response: LearnerResponse?) -> [[Span]] {
    guard case .trueFalse(let said, let ok)? = response else {
      if response != nil { return [[Span("Revealed without answering.", .dim)]] }
      return [[Span("t", .key), Span(" True      "), Span("f", .key), Span(" False")]]
    }
    return [
      [
        Span("You said ", .dim), Span(said ? "True" : "False", ok ? .good : .bad),
        Span(ok ? "  ✓ right" : "  ✗ wrong", ok ? .good : .bad),
      ]
    ]
  }

  private func orderLines(
    _ input: AnswerInput, _ question: Question, _ response: LearnerResponse?, _ width: Int
  ) -> [[Span]] {
    var lines: [[Span]] = []
    if let response {
      let right = question.orderedItems
      if case .order(let items, let ok) = response {
        lines.append([
          Span("Your order", .dim), Span(ok ? "  ✓ right" : "  ✗ wrong", ok ? .good : .bad),
        ])
        for (index, item) in items.enumerated() {
          let good = index < right.count && right[index] == item
          lines += wrap(
            [Span(" \(index + 1). ", .dim), Span(item, good ? .good : .bad)], width, indent: 5)
        }
      } else {
        lines.append([Span("Revealed without answering.", .dim)])
      }
      return lines
    }
    for (index, item) in input.arrangement.enumerated() {
      let here = index == input.cursor
      let marker = here ? (input.grabbed ? "↕ " : "▸ ") : "  "
      let style: CellStyle = here ? .selected : .plain
      lines += wrap(
        [Span(marker, style), Span("\(index + 1). ", .key), Span(item, style)], width, indent: 5)
    }
    lines.append([])
    lines += wrap(
      input.grabbed
        ? "↑↓ move the item · Space drop it · Enter check"
        : "↑↓ choose · Space pick up · J/K move · Enter check · r reveal", .dim, width)
    return lines
  }

  /// The four grades with their intervals, on one line or two on a narrow terminal.
  private func wrapGrades(_ screen: StudyScreen, _ current: StudySession.Current, width: Int)
    -> [[Span]]
  {
    let rating: Rating?
    switch current.phase {
    case .asking: return []
    case .revealed: rating = nil
    case .saving(_, let record): rating = record.rating
    }
    let names: [Rating: String] = [.again: "Again", .hard: "Hard", .good: "Good", .easy: "Easy"]
    let highlighted = rating ?? current.proposed
    var buttons: [[Span]] = []
    for r in Rating.allCases {
      let interval = screen.options.cram ? "" : " " + (current.outcomes[r]?.label ?? "")
      let style: CellStyle = r == highlighted ? .selected : (r == .again ? .bad : .plain)
      buttons.append([Span(" \(r.rawValue) ", .key), Span("\(names[r]!)\(interval) ", style)])
    }
    let gap = [Span("  ")]
    let oneLine = buttons.dropFirst().reduce(buttons[0]) { $0 + gap + $1 }
    if StyledWrap.width(oneLine, measure: measure) <= width { return [oneLine] }
    return [buttons[0] + gap + buttons[1], buttons[2] + gap + buttons[3]]
  }

  private func footerHints(_ screen: StudyScreen, _ current: StudySession.Current) -> String {
    switch current.phase {
    case .saving: return "Saving…"
    case .revealed:
      let suggested = current.proposed.map { "\($0)".capitalized } ?? "Good"
      return "1–4 grade · Enter \(suggested) · u undo · b bury · s suspend · ? help · q quit"
    case .asking:
      switch current.card.question.kind {
      case .cloze, .short:
        return screen.commandMode
          ? "u undo · b bury · s suspend · q quit · ? help"
          : "Type the answer · Enter check · Esc commands · Ctrl-Z undo"
      case .choice: return "1–4 or a–d answer · Space reveal · Esc commands · ? help · q quit"
      case .truefalse: return "t true · f false · Space reveal · u undo · ? help · q quit"
      case .order: return "Enter check · r reveal · u undo · b bury · ? help · q quit"
      }
    }
  }

  // MARK: end and help

  private func drawFinished(_ grid: inout ScreenGrid, _ screen: StudyScreen) {
    drawHeader(&grid, left: "factdeck · session over", right: screen.learner)
    let (left, width) = body(grid)
    guard let session = screen.session else { return }
    let summary = session.summary
    var lines: [[Span]] = []
    lines.append([
      Span(summary.reviews == 0 ? "Nothing studied." : "Session complete.", .title)
    ])
    if let notice = screen.notice, summary.reviews == 0 { lines.append([Span(notice, .dim)]) }
    lines.append([])
    lines.append([
      Span("Cards studied  ", .dim), Span("\(summary.cards)", .bold),
      Span(summary.reviews != summary.cards ? " (\(summary.reviews) answers)" : "", .dim),
    ])
    let accuracy = summary.accuracy.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    lines.append([Span("Accuracy       ", .dim), Span(accuracy, .bold)])
    lines.append([Span("Time           ", .dim), Span(ElapsedText.long(summary.elapsed), .bold)])
    if summary.buried + summary.suspended > 0 {
      lines.append([
        Span("Set aside      ", .dim),
        Span("\(summary.buried) buried · \(summary.suspended) suspended"),
      ])
    }
    let next: String
    if let due = summary.nextDue {
      let wait = due.timeIntervalSince(screen.now)
      next = wait <= 0 ? "now" : "in " + ElapsedText.long(wait)
    } else {
      next = "nothing scheduled"
    }
    lines.append([Span("Next due       ", .dim), Span(next, .bold)])
    let lineRows = lines.flatMap { wrap($0, width) }
    draw(lineRows, &grid, top: 2, left: left)
    drawFooter(&grid, "Enter home · u undo the last answer · q quit")
  }

  /// The help text cut into pages that fit the terminal.
  public func helpPages(columns: Int, rows: Int) -> [[[Span]]] {
    let width = min(columns - 4, 76)
    let entries: [(String, String)] = [
      ("Home", ""), ("↑ ↓  j k", "choose a deck"), ("Enter", "study it"), ("a", "study all decks"),
      ("Question", ""), ("letters", "type the answer (fill the gap, short answer)"),
      ("Enter", "check the typed answer"), ("Space", "reveal without answering"),
      ("1–4  a–d", "pick an option"), ("t  f", "true or false"),
      ("↑↓ Space JK", "reorder a timeline; Enter checks, r reveals"),
      ("Esc", "while typing: the next key is a command"),
      ("Answer", ""), ("1 2 3 4", "Again, Hard, Good, Easy"),
      ("Enter  Space", "the suggested grade"),
      ("Any time", ""), ("u  Ctrl-Z", "take back the last answer (repeatable)"),
      ("b", "bury the card until tomorrow"), ("s", "suspend the card"), ("?", "this help"),
      ("q  Ctrl-C", "quit; every answer given is already saved"),
    ]
    let keyWidth = width >= 50 ? 17 : 11
    var lines: [[Span]] = []
    for (keys, text) in entries {
      if text.isEmpty {
        lines.append([Span(keys, .accent)])
      } else {
        let pad = String(repeating: " ", count: max(1, keyWidth - measure.columns(of: keys)))
        lines += wrap(
          [Span("  " + keys, .key), Span(pad), Span(text)], width, indent: keyWidth + 2)
      }
    }
    let room = max(rows - 4, 1)
    return stride(from: 0, to: lines.count, by: room).map {
      Array(lines[$0..<min($0 + room, lines.count)])
    }
  }

  private func drawHelp(_ grid: inout ScreenGrid, _ screen: StudyScreen) {
    let pages = helpPages(columns: grid.columns, rows: grid.rows)
    let page = min(screen.helpPage ?? 0, pages.count - 1)
    let more = page + 1 < pages.count
    drawHeader(
      &grid, left: "factdeck · keys",
      right: pages.count > 1 ? "page \(page + 1) of \(pages.count)" : "")
    let (left, _) = body(grid)
    draw(pages[page], &grid, top: 2, left: left)
    drawFooter(&grid, more ? "any key: next page · Esc close" : "any key closes help")
  }
}

/// Durations as the screen shows them.
public enum ElapsedText {
  /// "4:05", "1:02:03".
  public static func clock(_ seconds: TimeInterval) -> String {
    let total = Int(max(0, seconds))
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
    let mm = m < 10 && h > 0 ? "0\(m)" : "\(m)"
    let ss = s < 10 ? "0\(s)" : "\(s)"
    return h > 0 ? "\(h):\(mm):\(ss)" : "\(mm):\(ss)"
  }

  /// "45s", "3m 12s", "2h 5m", "3 days".
  public static func long(_ seconds: TimeInterval) -> String {
    let total = Int(max(0, seconds).rounded())
    if total < 60 { return "\(total)s" }
    if total < 3600 { return "\(total / 60)m" + (total % 60 > 0 ? " \(total % 60)s" : "") }
    if total < 86_400 {
      return "\(total / 3600)h" + (total / 60 % 60 > 0 ? " \(total / 60 % 60)m" : "")
    }
    let days = Int((Double(total) / 86_400).rounded())
    return days == 1 ? "1 day" : "\(days) days"
  }
}
