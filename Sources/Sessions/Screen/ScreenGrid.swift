/// What a cell is for; the terminal maps each role to a colour pair or, without colour, to
/// bold, reverse, underline or dim.
public enum CellStyle: UInt8, Sendable, Hashable, CaseIterable {
  case plain, dim, bold, title, accent, good, bad, warning, selected, field, bar, barFill, key
}

/// One terminal cell. A double-width character fills its cell and leaves the next one as a
/// continuation (empty text) so columns stay aligned with what the terminal shows.
public struct Cell: Sendable, Hashable {
  public var text: String
  public var style: CellStyle

  public static let blank = Cell(text: " ", style: .plain)
  public var isContinuation: Bool { text.isEmpty }
}

/// The screen as a grid of cells: the model draws into it, tests read it, the terminal copies
/// it out. Nothing is ever written outside it, so a frame cannot scroll or wrap the terminal.
public struct ScreenGrid: Sendable, Hashable, CustomStringConvertible {
  public let columns: Int
  public let rows: Int
  public private(set) var cells: [Cell]
  public let measure: DisplayWidth

  public init(columns: Int, rows: Int, measure: DisplayWidth = .unicode) {
    self.columns = max(columns, 0)
    self.rows = max(rows, 0)
    self.measure = measure
    cells = Array(repeating: .blank, count: self.columns * self.rows)
  }

  public static func == (lhs: ScreenGrid, rhs: ScreenGrid) -> Bool {
    lhs.columns == rhs.columns && lhs.rows == rhs.rows && lhs.cells == rhs.cells
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(columns)
    hasher.combine(rows)
    hasher.combine(cells)
  }

  public subscript(row: Int, column: Int) -> Cell {
    cells[row * columns + column]
  }

  /// Writes `text` from `column` on `row`, clipped at `limit` (default: the right edge).
  /// Returns the column after the last cell written. The text is sanitized first.
  @discardableResult
  public mutating func write(
    _ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil
  ) -> Int {
    guard row >= 0, row < rows else { return column }
    let end = min(limit ?? columns, columns)
    var x = max(column, 0)
    for character in TerminalText.sanitize(text) {
      var glyph = String(character)
      var width = measure.columns(of: character)
      if width == 0 {
        glyph = "?"
        width = 1
      }
      if x + width > end {
        // A wide character that does not fit leaves a blank rather than half a glyph.
        if x < end { set(row, x, Cell(text: " ", style: style)) }
        return end
      }
      set(row, x, Cell(text: glyph, style: style))
      if width == 2 { set(row, x + 1, Cell(text: "", style: style)) }
      x += width
    }
    return x
  }

  /// Paints cells without changing their text, e.g. a selection bar across a row.
  public mutating func paint(row: Int, from: Int, to: Int, style: CellStyle) {
    guard row >= 0, row < rows else { return }
    for x in max(from, 0)..<min(to, columns) {
      cells[row * columns + x].style = style
    }
  }

  private mutating func set(_ row: Int, _ column: Int, _ cell: Cell) {
    let index = row * columns + column
    // Overwriting half of a wide character blanks the other half.
    if cells[index].isContinuation, column > 0 {
      cells[index - 1].text = " "
    }
    if column + 1 < columns, cells[index + 1].isContinuation, !cell.isContinuation {
      cells[index + 1].text = " "
    }
    cells[index] = cell
  }

  /// The rows as text, trailing blanks trimmed: what `tmux capture-pane -p` would show.
  public var lines: [String] {
    (0..<rows).map { line($0) }
  }

  public func line(_ row: Int) -> String {
    var text = ""
    for x in 0..<columns { text += self[row, x].text }
    while text.last == " " { text.removeLast() }
    return text
  }

  /// The whole screen as text, one line per row.
  public var text: String { lines.joined(separator: "\n") }

  public var description: String { text }

  /// Where `needle` first appears, as (row, column in cells), for tests and styling.
  public func find(_ needle: String) -> (row: Int, column: Int)? {
    for row in 0..<rows {
      let line = self.line(row)
      guard let range = line.range(of: needle) else { continue }
      return (row, measure.columns(of: line[line.startIndex..<range.lowerBound]))
    }
    return nil
  }
}
