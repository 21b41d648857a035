/// A run of text in one style.
public struct Span: Sendable, Hashable {
  public var text: String
  public var style: CellStyle

  public init(_ text: String, _ style: CellStyle = .plain) {
    self.text = text
    self.style = style
  }
}

/// A line of spans, wrapped to a width by display columns, keeping each character's style.
public enum StyledWrap {
  typealias Glyph = (character: Character, style: CellStyle)

  public static func lines(_ spans: [Span], width: Int, measure: DisplayWidth, indent: Int = 0)
    -> [[Span]]
  {
    guard width > indent else { return [] }
    var glyphs: [Glyph] = []
    for span in spans {
      for c in TerminalText.sanitize(span.text) { glyphs.append((c, span.style)) }
    }
    // Tokens are runs of spaces or of other characters; lines break only between them, and
    // spaces at a break are dropped.
    var tokens: [[Glyph]] = []
    for g in glyphs {
      if let last = tokens.last?.last, (last.character == " ") == (g.character == " ") {
        tokens[tokens.count - 1].append(g)
      } else {
        tokens.append([g])
      }
    }

    var result: [[Glyph]] = []
    var line: [Glyph] = []
    var used = 0
    func limit() -> Int { result.isEmpty ? width : width - indent }
    func flush() {
      while line.last?.character == " " { line.removeLast() }
      result.append(line)
      line = []
      used = 0
    }
    for token in tokens {
      let w = token.reduce(0) { $0 + max(measure.columns(of: $1.character), 1) }
      if token.first?.character == " " {
        if line.isEmpty && !result.isEmpty { continue }
        if used + w <= limit() {
          line += token
          used += w
        } else {
          flush()
        }
        continue
      }
      if used + w <= limit() {
        line += token
        used += w
        continue
      }
      if !line.isEmpty { flush() }
      if w <= limit() {
        line = token
        used = w
        continue
      }
      for g in token {
        let cw = max(measure.columns(of: g.character), 1)
        if used + cw > limit() { flush() }
        line.append(g)
        used += cw
      }
    }
    if !line.isEmpty || result.isEmpty { result.append(line) }
    return result.enumerated().map { index, glyphs in
      var spans: [Span] =
        index > 0 && indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
      for g in glyphs {
        if let last = spans.last, last.style == g.style {
          spans[spans.count - 1].text.append(g.character)
        } else {
          spans.append(Span(String(g.character), g.style))
        }
      }
      return spans
    }
  }

  static func width(_ spans: [Span], measure: DisplayWidth) -> Int {
    spans.reduce(0) { $0 + measure.columns(of: $1.text) }
  }
}

extension ScreenGrid {
  /// Writes spans from `column`, clipped at `limit`; returns the column after them.
  @discardableResult
  public mutating func write(_ spans: [Span], row: Int, column: Int, limit: Int? = nil) -> Int {
    var x = column
    for span in spans {
      x = write(span.text, row: row, column: x, style: span.style, limit: limit)
    }
    return x
  }
}
