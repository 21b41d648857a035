/// One input line with its Markdown syntax removed, and what that syntax said about it.
struct MarkdownLine: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// Ordinary text.
    case text
    /// "# Heading".
    case heading
    /// "- item", "* item", "1. item", "• item".
    case listItem
    /// "---", "***", a link reference definition, an image: nothing to read.
    case rule
  }

  var text: String
  var kind: Kind
  /// Words the line sets in single emphasis ("*glasnost*", "_coup d'état_"), as written
  /// without the marks: articles italicise the terms they introduce.
  var emphasized: [String] = []
  /// A heading's level: 1 for "# Title", 2 for "## Section"; 0 for any other line. A
  /// page's first level-1 heading is its title.
  var level = 0

  /// Strips block markers (headings, quotes, list markers) and inline markup (links, images,
  /// emphasis, code spans, HTML tags) from a line of Markdown or plain text.
  init(_ raw: Substring) {
    if let plain = Self.plainText(raw) {
      text = plain
      kind = plain.isEmpty ? .rule : .text
      if plain.isEmpty { kind = .text }
      return
    }
    var s = scalarArray(raw)
    trimSpaces(&s)
    kind = .text
    // Block quotes.
    while let first = s.first, first == ">" {
      s.removeFirst()
      trimSpaces(&s)
    }
    if s.count >= 3, s.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" || $0 == " " })
    {
      text = ""
      kind = .rule
      return
    }
    // "# Heading".
    var hashes = 0
    while hashes < s.count, s[hashes] == "#" { hashes += 1 }
    if hashes > 0, hashes <= 6, hashes == s.count || s[hashes] == " " {
      s.removeFirst(hashes)
      while let last = s.last, last == "#" || last == " " { s.removeLast() }
      kind = .heading
      level = hashes
    } else if let marker = Self.listMarkerLength(s) {
      s.removeFirst(marker)
      kind = .listItem
    }
    // "[ref]: http://…" defines a link target.
    if kind == .text, s.first == "[", let close = s.firstIndex(of: "]"), close + 1 < s.count,
      s[close + 1] == ":"
    {
      text = ""
      kind = .rule
      return
    }
    text = Self.stripInline(s)
    if kind == .text, text.isEmpty, !s.isEmpty { kind = .rule }
    if kind != .heading, s.contains("*") || s.contains("_") { emphasized = Self.emphasis(in: s) }
  }

  /// Most lines hold no Markdown at all: they are returned trimmed without a scalar-by-scalar
  /// rewrite. Nil when the line may hold markup or needs its spaces collapsed.
  private static func plainText(_ raw: Substring) -> String? {
    let utf8 = raw.utf8
    // The line's bytes are read in place when contiguous (always, for a native string).
    let trimmed =
      utf8.withContiguousStorageIfAvailable { plainRange(of: $0) }
      ?? Array(utf8).withUnsafeBufferPointer { plainRange(of: $0) }
    switch trimmed {
    case .markup: return nil
    case .blank: return ""
    case .text(let range):
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
      return String(raw[start..<end])
    }
  }

  private enum PlainScan {
    case markup, blank
    case text(Range<Int>)
  }

  /// Whether a line's bytes are free of markup and doubled inner spaces, and its bounds
  /// without leading and trailing spaces.
  private static func plainRange(of bytes: UnsafeBufferPointer<UInt8>) -> PlainScan {
    var previous: UInt8 = 32
    var first: UInt8?
    for b in bytes {
      switch b {
      case 35, 42, 95, 91, 60, 96, 62, 33:  // # * _ [ < ` > !
        return .markup
      case 32 where previous == 32 && first != nil:
        return .markup
      default:
        break
      }
      if first == nil && b != 32 { first = b }
      previous = b
    }
    guard let first else { return .blank }
    // List markers and rules start with these.
    if first == 45 || first == 43 || first == 0xE2 || first == 61 || (first >= 48 && first <= 57) {
      return .markup
    }
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 32 { start += 1 }
    while end > start, bytes[end - 1] == 32 { end -= 1 }
    return .text(start..<end)
  }

  private static func listMarkerLength(_ s: [Unicode.Scalar]) -> Int? {
    guard let first = s.first else { return nil }
    if first == "-" || first == "*" || first == "+" || first == "•" {
      if s.count > 1, s[1] == " " { return 2 }
      if first == "•" { return 1 }
      return nil
    }
    var i = 0
    while i < s.count, i < 3, isDigit(s[i]) { i += 1 }
    if i > 0, i + 1 < s.count, s[i] == "." || s[i] == ")", s[i + 1] == " " {
      return i + 2
    }
    return nil
  }

  private static func stripInline(_ s: [Unicode.Scalar]) -> String {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
      let c = s[i]
      switch c {
      case "!" where i + 1 < s.count && s[i + 1] == "[":
        // An image: drop it with its alt text.
        if let (_, end) = link(s, at: i + 1) {
          i = end
          continue
        }
      case "[" where i + 1 < s.count && s[i + 1] == "^":
        // A footnote's mark, "[^1]": no part of the sentence it ends.
        if let close = s[(i + 2)...].prefix(12).firstIndex(of: "]"), close > i + 2,
          !(close + 1 < s.count && s[close + 1] == ":")
        {
          i = close + 1
          continue
        }
      case "[":
        if let (label, end) = link(s, at: i) {
          out.append(contentsOf: stripInline(label).unicodeScalars)
          i = end
          continue
        }
      case "<":
        if let end = tagEnd(s, at: i) {
          if let last = out.last, last != " " { out.append(" ") }
          i = end
          continue
        }
      case "*", "`":
        i += 1
        continue
      case "_":
        // Emphasis marks sit at word edges; "snake_case" keeps its underscore.
        let before = i > 0 ? s[i - 1] : " "
        let after = i + 1 < s.count ? s[i + 1] : " "
        let inWord = (isLetter(before) || isDigit(before)) && (isLetter(after) || isDigit(after))
        if !inWord {
          i += 1
          continue
        }
      default:
        break
      }
      out.append(c)
      i += 1
    }
    collapseSpaces(&out)
    return String(scalars: out)
  }

  /// Text between single emphasis marks: "*x*" or "_x_" that open before a letter and close
  /// after one, on the same line; strong emphasis ("**x**") is passed over.
  static func emphasis(in s: [Unicode.Scalar]) -> [String] {
    var found: [String] = []
    var i = 0
    while i < s.count {
      let mark = s[i]
      guard mark == "*" || mark == "_" else {
        i += 1
        continue
      }
      let before = i > 0 ? s[i - 1] : " "
      let doubled = (i + 1 < s.count && s[i + 1] == mark) || before == mark
      guard !doubled, !isLetter(before), !isDigit(before), i + 1 < s.count, isLetter(s[i + 1])
      else {
        i += 1
        continue
      }
      var j = i + 1
      while j < s.count, s[j] != mark { j += 1 }
      guard j < s.count, isLetter(s[j - 1]) || s[j - 1] == "'",
        j + 1 >= s.count || (!isLetter(s[j + 1]) && !isDigit(s[j + 1]) && s[j + 1] != mark)
      else {
        i += 1
        continue
      }
      found.append(String(scalars: Array(s[(i + 1)..<j])))
      i = j + 1
    }
    return found
  }

  /// "[label](url)" or "[label][ref]" at `i`: the label and the index after the link.
  private static func link(_ s: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int)? {
    var depth = 0
    var j = i
    while j < s.count {
      if s[j] == "[" { depth += 1 }
      if s[j] == "]" {
        depth -= 1
        if depth == 0 { break }
      }
      j += 1
    }
    guard j + 1 < s.count else { return nil }
    let label = Array(s[(i + 1)..<j])
    let open = s[j + 1]
    guard open == "(" || open == "[" else { return nil }
    let close: Unicode.Scalar = open == "(" ? ")" : "]"
    var k = j + 2
    var parens = 1
    while k < s.count {
      if s[k] == open { parens += 1 }
      if s[k] == close {
        parens -= 1
        if parens == 0 { return (label, k + 1) }
      }
      k += 1
    }
    return nil
  }

  /// An HTML tag ("<br>", "</p>", "<a href=…>") or autolink ("<http://…>") at `i`.
  private static func tagEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
    guard i + 1 < s.count else { return nil }
    let next = s[i + 1]
    guard isLetter(next) || next == "/" || next == "!" else { return nil }
    var j = i + 1
    while j < s.count, j - i < 300 {
      if s[j] == ">" { return j + 1 }
      if s[j] == "<" { return nil }
      j += 1
    }
    return nil
  }
}

func trimSpaces(_ s: inout [Unicode.Scalar]) {
  var start = 0
  while start < s.count, isSpace(s[start]) { start += 1 }
  var end = s.count
  while end > start, isSpace(s[end - 1]) { end -= 1 }
  if start > 0 || end < s.count { s = Array(s[start..<end]) }
}

/// Runs of spaces become one; leading and trailing spaces go.
func collapseSpaces(_ s: inout [Unicode.Scalar]) {
  var out: [Unicode.Scalar] = []
  out.reserveCapacity(s.count)
  for c in s {
    if isSpace(c) {
      if let last = out.last, last != " " { out.append(" ") }
    } else {
      out.append(c)
    }
  }
  if out.last == " " { out.removeLast() }
  s = out
}
