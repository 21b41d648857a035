/// Reads the block-YAML subset that DeckWriter emits, plus the edits a teacher usually makes
/// to it, a hundred times faster than a full YAML parser: one pass over the bytes, one line
/// at a time, building the same node tree Yams would.
///
/// It understands: block mappings whose keys are plain words, block lists written `- `,
/// each nested two spaces deeper than its key; single-line plain and double-quoted scalars;
/// `[]`; comments and blank lines. For anything else — flow collections, block scalars,
/// single quotes, anchors, tags, tabs, other indentation, plain scalars a full parser could
/// read differently, several documents, duplicate keys — it returns nil and the caller reads
/// the file with Yams, which also names the line of any syntax error. Declining is always
/// safe; guessing is not.
enum CanonicalDeckScanner {
  /// The file's node tree, or nil when it is outside the subset.
  static func scan(_ text: String) -> ScannedNode? {
    var text = text
    return text.withUTF8 { bytes in
      var scanner = Scanner(bytes: bytes)
      return scanner.document()
    }
  }

  /// Keys longer than this make libyaml complain about simple keys; leave them to Yams.
  static let longestKey = 1000
  /// Mappings with more keys than this are not deck files; their duplicate check would be slow.
  static let mostKeys = 64
  /// Deeper nesting than this is not a deck file.
  static let deepest = 32

  /// One line of content: where its text starts and ends, and its number.
  struct Line {
    var number: Int
    var indent: Int
    /// Byte offset of the first byte after the indentation.
    var content: Int
    /// Byte offset of the line's end (its newline or the end of the file).
    var end: Int
  }

  /// Why scanning stopped early: the file needs the full parser.
  struct Decline: Error {}

  struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Start of the next line not yet looked at.
    var position = 0
    /// Number of the line starting at `position`.
    var lineNumber = 1
    /// The next content line, once peeked.
    var pending: Line?

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func document() -> ScannedNode? {
      do {
        guard let first = try peek(), first.indent == 0 else { return nil }
        let root = try mapping(indent: 0, first: first, depth: 0)
        guard try peek() == nil else { return nil }
        return root
      } catch {
        return nil
      }
    }

    // MARK: Lines

    /// The next line with content, skipping blank and comment lines; nil at the end.
    mutating func peek() throws(Decline) -> Line? {
      if let pending { return pending }
      while position < bytes.count {
        let start = position
        let number = lineNumber
        var index = start
        var indent = 0
        while index < bytes.count && bytes[index] == UInt8(ascii: " ") {
          index += 1
          indent += 1
        }
        let content = index
        let end = try lineEnd(from: index)
        position = end < bytes.count ? end + 1 : end
        lineNumber += 1
        if content == end || bytes[content] == UInt8(ascii: "#") { continue }
        let line = Line(number: number, indent: indent, content: content, end: end)
        pending = line
        return line
      }
      return nil
    }

    mutating func consume() { pending = nil }

    /// The offset of the newline ending the line, checking every byte on the way: tabs,
    /// carriage returns, other control characters, byte-order marks, non-characters and the
    /// line breaks YAML 1.1 knows beyond `\n` all send the file to the full parser.
    func lineEnd(from start: Int) throws(Decline) -> Int {
      var index = start
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F {
          index += 1
          continue
        }
        if byte == UInt8(ascii: "\n") { return index }
        if byte < 0x80 { throw Decline() }
        switch byte {
        case 0xC2:
          // U+0080…U+009F: C1 controls and NEL.
          if index + 1 < count && bytes[index + 1] < 0xA0 { throw Decline() }
        case 0xE2:
          // U+2028 and U+2029, line and paragraph separators.
          if index + 2 < count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
          {
            throw Decline()
          }
        case 0xEF:
          // U+FEFF, a byte-order mark, and U+FFFE, U+FFFF.
          if index + 2 < count
            && ((bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF)
              || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE))
          {
            throw Decline()
          }
        default:
          break
        }
        index += 1
      }
      return index
    }

    // MARK: Collections

    /// A block mapping whose keys sit at `indent`; `first` is its first line, possibly the
    /// rest of a `- ` list item line.
    mutating func mapping(indent: Int, first: Line, depth: Int) throws(Decline) -> ScannedNode {
      guard depth < CanonicalDeckScanner.deepest else { throw Decline() }
      var entries: [ScannedNode] = []
      entries.reserveCapacity(16)
      var seenKeys: UInt64 = 0
      var line = first
      while true {
        consume()
        let (key, valueStart) = try self.key(line)
        // Duplicate keys are a Yams error. A 64-bit filter on the key's length and ends
        // keeps the full comparison for the rare key that might repeat.
        let utf8 = key.utf8
        let mark =
          UInt64(1)
          << ((UInt64(utf8.count) &* 31 &+ UInt64(utf8.first!) &* 7
            &+ UInt64(utf8.last!)) & 63)
        if seenKeys & mark != 0 {
          for position in stride(from: 0, to: entries.count, by: 2)
          where entries[position].scalarValue?.text == key {
            throw Decline()
          }
        }
        seenKeys |= mark
        guard entries.count < 2 * CanonicalDeckScanner.mostKeys else { throw Decline() }
        let keyNode = ScannedNode.scalar(line: line.number, text: key, isNull: false)
        let value: ScannedNode
        if isEmptyValue(from: valueStart, to: line.end) {
          value = try nested(under: line, indent: indent, depth: depth)
        } else {
          value = try inlineValue(from: valueStart, line: line)
        }
        entries.append(keyNode)
        entries.append(value)
        guard let next = try peek(), next.indent >= indent else { break }
        guard next.indent == indent else { throw Decline() }
        line = next
      }
      return .mapping(line: first.number, entries: entries)
    }

    /// What follows `key:` with nothing after it: a block two spaces deeper, or null.
    mutating func nested(under line: Line, indent: Int, depth: Int) throws(Decline)
      -> ScannedNode
    {
      guard let next = try peek(), next.indent > indent else {
        return .scalar(line: line.number, text: "", isNull: true)
      }
      guard next.indent == indent + 2 else { throw Decline() }
      if isListItem(next) {
        return try sequence(indent: next.indent, depth: depth + 1)
      }
      return try mapping(indent: next.indent, first: next, depth: depth + 1)
    }

    /// A block list whose `- ` marks sit at `indent`.
    mutating func sequence(indent: Int, depth: Int) throws(Decline) -> ScannedNode {
      guard depth < CanonicalDeckScanner.deepest else { throw Decline() }
      var items: [ScannedNode] = []
      var firstLine: Int?
      while let line = try peek(), line.indent >= indent {
        guard line.indent == indent, isListItem(line) else { throw Decline() }
        firstLine = firstLine ?? line.number
        let itemStart = line.content + 2
        // `-` alone, or followed by more spaces: leave to the full parser.
        guard itemStart < line.end, bytes[itemStart] != UInt8(ascii: " ") else {
          throw Decline()
        }
        let item = Line(
          number: line.number, indent: indent + 2, content: itemStart, end: line.end)
        if startsWithKey(item) {
          items.append(try mapping(indent: indent + 2, first: item, depth: depth + 1))
        } else {
          consume()
          items.append(try inlineValue(from: itemStart, line: line))
        }
      }
      return .sequence(line: firstLine ?? 1, items: items)
    }

    func isListItem(_ line: Line) -> Bool {
      bytes[line.content] == UInt8(ascii: "-")
        && (line.content + 1 == line.end || bytes[line.content + 1] == UInt8(ascii: " "))
    }

    // MARK: Keys and scalars

    static func isWordByte(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    /// Whether the line starts with `word:` followed by a space or the line's end — what a
    /// YAML parser takes for a mapping key.
    func startsWithKey(_ line: Line) -> Bool {
      var index = line.content
      while index < line.end && Scanner.isWordByte(bytes[index]) { index += 1 }
      guard index > line.content, index < line.end, bytes[index] == UInt8(ascii: ":") else {
        return false
      }
      return index + 1 == line.end || bytes[index + 1] == UInt8(ascii: " ")
    }

    /// The key at the start of a mapping line and where its value starts.
    func key(_ line: Line) throws(Decline) -> (String, Int) {
      guard startsWithKey(line) else { throw Decline() }
      var index = line.content
      while bytes[index] != UInt8(ascii: ":") { index += 1 }
      guard index - line.content <= CanonicalDeckScanner.longestKey else { throw Decline() }
      let key = string(line.content, index)
      index += 1
      while index < line.end && bytes[index] == UInt8(ascii: " ") { index += 1 }
      return (key, index)
    }

    /// Nothing but spaces or a comment from `start` (which follows a space or a colon).
    func isEmptyValue(from start: Int, to end: Int) -> Bool {
      start == end || bytes[start] == UInt8(ascii: "#")
    }

    /// After a value: only spaces, then the line's end or a comment after a space.
    func restIsBlank(from start: Int, to end: Int) -> Bool {
      var index = start
      while index < end && bytes[index] == UInt8(ascii: " ") { index += 1 }
      return index == end || (index > start && bytes[index] == UInt8(ascii: "#"))
    }

    /// A value on the same line as its key or list mark: `[]`, a double-quoted scalar or a
    /// plain one.
    func inlineValue(from start: Int, line: Line) throws(Decline) -> ScannedNode {
      let byte = bytes[start]
      if byte == UInt8(ascii: "\"") {
        return .scalar(line: line.number, text: try quoted(from: start, line: line), isNull: false)
      }
      if byte == UInt8(ascii: "[") {
        guard start + 1 < line.end, bytes[start + 1] == UInt8(ascii: "]"),
          restIsBlank(from: start + 2, to: line.end)
        else { throw Decline() }
        return .sequence(line: line.number, items: [])
      }
      return try plain(from: start, line: line)
    }

    /// A plain scalar that any YAML parser reads as exactly its text, else Decline.
    func plain(from start: Int, line: Line) throws(Decline) -> ScannedNode {
      switch bytes[start] {
      case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
        UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
        UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
        UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
        throw Decline()
      default:
        break
      }
      var index = start
      var end = line.end
      while index < line.end {
        let byte = bytes[index]
        if byte == UInt8(ascii: ":") {
          // `a: b` or a trailing `:` would be a mapping inside a scalar: a YAML error.
          if index + 1 == line.end || bytes[index + 1] == UInt8(ascii: " ") { throw Decline() }
        } else if byte == UInt8(ascii: "#") && bytes[index - 1] == UInt8(ascii: " ") {
          end = index
          break
        }
        index += 1
      }
      while end > start && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
      let text = string(start, end)
      let isNull = text == "~" || text == "null" || text == "Null" || text == "NULL"
      return .scalar(line: line.number, text: text, isNull: isNull)
    }

    /// A double-quoted scalar closed on its own line, with the escapes DeckWriter uses and
    /// a few common others.
    func quoted(from start: Int, line: Line) throws(Decline) -> String {
      var index = start + 1
      var runStart = index
      var decoded: [UInt8] = []
      var hasEscapes = false
      while true {
        guard index < line.end else { throw Decline() }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") { break }
        if byte != UInt8(ascii: "\\") {
          index += 1
          continue
        }
        if !hasEscapes {
          hasEscapes = true
          decoded.reserveCapacity(line.end - start)
        }
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        guard index + 1 < line.end else { throw Decline() }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "/"): decoded.append(escape)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
          let digits = escape == UInt8(ascii: "x") ? 2 : escape == UInt8(ascii: "u") ? 4 : 8
          guard index + digits <= line.end else { throw Decline() }
          var value: UInt32 = 0
          for offset in 0..<digits {
            guard let digit = Scanner.hexValue(bytes[index + offset]) else { throw Decline() }
            value = value << 4 | digit
          }
          index += digits
          // NUL, byte-order marks and anything that is not a scalar value: let Yams decide.
          guard value != 0, value != 0xFEFF, let scalar = Unicode.Scalar(value) else {
            throw Decline()
          }
          decoded.append(contentsOf: String(Character(scalar)).utf8)
        default:
          throw Decline()
        }
        runStart = index
      }
      guard restIsBlank(from: index + 1, to: line.end) else { throw Decline() }
      if !hasEscapes { return string(start + 1, index) }
      decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      return String(decoding: decoded, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
      default: nil
      }
    }

    func string(_ start: Int, _ end: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
  }
}
