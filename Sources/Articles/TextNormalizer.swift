/// Rewrites web typography into plain text that later stages can scan with simple rules:
/// one kind of quotation mark, one kind of space, one kind of dash, no HTML entities and no
/// citation markers. It runs once over the whole file, scalar by scalar (no regular
/// expressions), because the generator must stay fast on long inputs.
struct TextNormalizer: Sendable {
  func normalize(_ text: String) -> String {
    // Most lines are plain printable ASCII with nothing to rewrite: their bytes are copied as
    // they are, and only the other lines take the scalar-by-scalar path. A line's rewrite
    // never looks past its own newline, so doing it line by line changes nothing.
    var text = text
    return text.withUTF8 { bytes -> String in
      var out: [UInt8] = []
      var lineStart = 0
      var clean = true
      var allClean = true
      let n = bytes.count
      var i = 0
      while i < n {
        // Eight printable ASCII bytes at a time (none a newline, "&" or "[", none the last
        // byte): they change nothing below.
        if i + 9 <= n,
          Self.allPlain(
            UInt64(
              littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(
                as: UInt64.self)))
        {
          i += 8
          continue
        }
        let b = bytes[i]
        if b == 10 || i == n - 1 {
          if !(b >= 0x20 && b < 0x7F && b != 38 && b != 91) && b != 10 { clean = false }
          let end = i + 1
          if clean {
            if !allClean { out.append(contentsOf: bytes[lineStart..<end]) }
          } else {
            if allClean {
              out.reserveCapacity(n + 16)
              out.append(contentsOf: bytes[0..<lineStart])
              allClean = false
            }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            if !rewriteLine(line, into: &out) {
              let text = String(decoding: line, as: UTF8.self)
              out.append(contentsOf: normalizeScalars(text).utf8)
            }
          }
          lineStart = end
          clean = true
        } else if !(b >= 0x20 && b < 0x7F && b != 38 && b != 91) {
          clean = false
        }
        i += 1
      }
      return allClean
        ? String(decoding: bytes, as: UTF8.self) : String(decoding: out, as: UTF8.self)
    }
  }

  /// Whether every byte of `word` is printable ASCII (0x20–0x7E) other than "&" and "[": each
  /// test finds whether any byte matches, exactly (a borrow or carry only starts at a byte
  /// that matches).
  @inline(__always) static func allPlain(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below = (word &- 0x20 &* ones) & ~word & highs
    let above = ((word &+ ones) | word) & highs
    let amp = word ^ (38 &* ones)
    let bracket = word ^ (91 &* ones)
    let hasAmp = (amp &- ones) & ~amp & highs
    let hasBracket = (bracket &- ones) & ~bracket & highs
    return below | above | hasAmp | hasBracket == 0
  }

  /// An unclean line without entities or citation markers ("&", "["), rewritten from its
  /// bytes with the same per-scalar rules as `emit`, so the line is never turned into an
  /// array of scalars and back. Returns false, having written nothing, for a line with "&"
  /// or "[", which takes the scalar path.
  private func rewriteLine(_ line: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
    guard !line.contains(38), !line.contains(91) else { return false }
    let n = line.count
    var previous: Unicode.Scalar = " "
    var i = 0
    var copied = 0
    while i < n {
      if line[i] >= 0x20 && line[i] < 0x7F {
        previous = Unicode.Scalar(line[i])
        i += 1
        continue
      }
      let (c, length) = scalar(in: line, at: i)
      if let replacement = plainForm(c, in: line, at: i, length: length, before: previous) {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<i]))
        out.append(contentsOf: replacement.utf8)
        copied = i + length
      }
      previous = c
      i += length
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<n]))
    return true
  }

  /// The scalar whose UTF-8 starts at byte `i`, and its length in bytes.
  private func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let b = UInt32(bytes[i])
    let v: UInt32
    let length: Int
    if b < 0x80 {
      (v, length) = (b, 1)
    } else if b < 0xE0 {
      (v, length) = ((b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
    } else if b < 0xF0 {
      v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
      length = 3
    } else {
      v =
        (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
        | UInt32(bytes[i + 3] & 0x3F)
      length = 4
    }
    return (Unicode.Scalar(v) ?? " ", length)
  }

  /// What `emit` writes for `c` (at byte `i`, after the scalar `before`), or nil when it
  /// writes `c` itself.
  private func plainForm(
    _ c: Unicode.Scalar, in line: UnsafeBufferPointer<UInt8>, at i: Int, length: Int,
    before: Unicode.Scalar
  ) -> String? {
    switch c.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4:
      return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033:
      return "\""
    case 0x00A0, 0x2002...0x200A, 0x202F, 0x205F, 0x3000, 0x09:
      // A narrow space between digit groups ("3 500 000") is a thousands separator.
      var digits = 0
      var k = i + length
      while k < line.count, line[k] >= 48, line[k] <= 57 {
        digits += 1
        k += 1
      }
      return c.value != 0x09 && isDigit(before) && digits == 3 ? "" : " "
    case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A:
      // The same rule as `emit`: ranges and an en dash joining two names become "-"; any
      // other dash that touches a word gets a space on each side.
      let after = i + length < line.count ? scalar(in: line, at: i + length).0 : " "
      let touchesWord = isLetter(before) || isDigit(before) || isLetter(after) || isDigit(after)
      if c.value == 0x2212 || (isDigit(before) && isDigit(after))
        || (c.value == 0x2013 && isLetter(before) && isUpper(after)
          && asciiWordBeforeIsCapitalized(line, dashAt: i))
        || !touchesWord
      {
        return "-"
      }
      return (before == " " ? "" : " ") + "-" + (after == " " || after == "\n" ? "" : " ")
    case 0x2010, 0x2011:
      return "-"
    case 0x00B9, 0x00B2, 0x00B3, 0x2070, 0x2074...0x2079:
      return TextNormalizer.isFootnoteMark(after: before) ? "" : nil
    case 0x2026:
      return "..."
    case 0x2022, 0x25CF, 0x25AA:
      return "•"
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
      return ""
    case 0x0D:
      // CR LF and lone CR both end a line.
      return i + 1 < line.count && line[i + 1] == 10 ? "" : "\n"
    case 0x2028, 0x2029, 0x0B, 0x0C:
      return "\n"
    case 0x00...0x08, 0x0E...0x1F, 0x7F:
      return " "
    default:
      return nil
    }
  }

  private func normalizeScalars(_ text: String) -> String {
    let input = scalarArray(text)
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(input.count)
    var i = 0
    while i < input.count {
      let c = input[i]
      if c == "&", let (decoded, length) = entity(in: input, at: i) {
        emit(decoded, input: input, at: i, length: length, into: &out)
        i += length
        continue
      }
      if c == "[", let length = citationMarkerLength(in: input, at: i) {
        i += length
        continue
      }
      emit(c, input: input, at: i, length: 1, into: &out)
      i += 1
    }
    return String(scalars: out)
  }

  /// Whether a superscript figure after `before` is a footnote's mark ("the Museum.²",
  /// "in 1879³"), not a power ("km²", "m³").
  static func isFootnoteMark(after before: Unicode.Scalar) -> Bool {
    if before == "m" { return false }
    return isLetter(before) || isDigit(before) || footnoteNeighbours.contains(before)
  }

  /// What a footnote's mark follows besides a word: a point or a bracket, or another mark.
  static let footnoteNeighbours: Set<Unicode.Scalar> = [
    ".", ",", ";", ":", ")", "\"", "'", "\u{00B9}", "\u{00B2}", "\u{00B3}", "\u{2070}",
    "\u{2074}", "\u{2075}", "\u{2076}", "\u{2077}", "\u{2078}", "\u{2079}",
  ]

  /// Writes the plain form of `c`, which occupied `length` scalars at `index` of `input`.
  private func emit(
    _ c: Unicode.Scalar, input: [Unicode.Scalar], at index: Int, length: Int,
    into out: inout [Unicode.Scalar]
  ) {
    switch c.value {
    case 0x00B9, 0x00B2, 0x00B3, 0x2070,
      0x2074...0x2079
    where TextNormalizer.isFootnoteMark(after: index > 0 ? input[index - 1] : " "):
      // A footnote's mark: dropped.
      return
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4:
      out.append("'")
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033:
      out.append("\"")
    case 0x00A0, 0x2002...0x200A, 0x202F, 0x205F, 0x3000, 0x09:
      // A narrow space between digit groups ("3 500 000") is a thousands separator.
      let before = index > 0 ? input[index - 1] : " "
      if c.value != 0x09, isDigit(before), digitGroupFollows(input, from: index + length) {
        return
      }
      out.append(" ")
    case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A:
      // Ranges ("1979–89") become "1979-89", and so does an en dash joining two names
      // ("the Nehru–Liaquat Pact"). Any other dash that touches a word gets a space on each
      // side ("December 2024—more" → "December 2024 - more"), so a date or a name before it
      // keeps its edge.
      let before = index > 0 ? input[index - 1] : " "
      let after = index + length < input.count ? input[index + length] : " "
      let touchesWord = isLetter(before) || isDigit(before) || isLetter(after) || isDigit(after)
      if c.value == 0x2212 || (isDigit(before) && isDigit(after))
        || (c.value == 0x2013 && isLetter(before) && isUpper(after)
          && wordBeforeIsCapitalized(input, dashAt: index))
        || !touchesWord
      {
        out.append("-")
      } else {
        if let last = out.last, last != " " { out.append(" ") }
        out.append("-")
        if after != " " && after != "\n" { out.append(" ") }
      }
    case 0x2010, 0x2011:
      out.append("-")
    case 0x2026:
      out.append(contentsOf: ["." as Unicode.Scalar, ".", "."])
    case 0x2022, 0x25CF, 0x25AA:
      out.append("•")
    case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
      return
    case 0x0D:
      // CR LF and lone CR both end a line.
      if index + 1 < input.count, input[index + 1] == "\n" { return }
      out.append("\n")
    case 0x2028, 0x2029, 0x0B, 0x0C:
      out.append("\n")
    case 0x00...0x08, 0x0E...0x1F, 0x7F:
      out.append(" ")
    default:
      out.append(c)
    }
  }

  /// Whether the ASCII word that ends right before the dash at byte `index` starts with a
  /// capital.
  private func asciiWordBeforeIsCapitalized(_ line: UnsafeBufferPointer<UInt8>, dashAt index: Int)
    -> Bool
  {
    func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    var k = index - 1
    guard k >= 0, isASCIILetter(line[k]) else { return false }
    while k > 0, isASCIILetter(line[k - 1]) { k -= 1 }
    return line[k] >= 0x41 && line[k] <= 0x5A
  }

  /// Whether the word that ends right before the dash at `index` starts with a capital.
  private func wordBeforeIsCapitalized(_ s: [Unicode.Scalar], dashAt index: Int) -> Bool {
    var i = index - 1
    while i > 0, isLetter(s[i - 1]) { i -= 1 }
    return i >= 0 && i < index && isUpper(s[i])
  }

  private func digitGroupFollows(_ s: [Unicode.Scalar], from start: Int) -> Bool {
    var n = 0
    var i = start
    while i < s.count, isDigit(s[i]) {
      n += 1
      i += 1
    }
    return n == 3
  }

  /// Decodes "&amp;", "&#8217;", "&#x2019;" at `i`; nil when the ampersand is just text.
  private func entity(in s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
    var j = i + 1
    var name = ""
    while j < s.count, j - i <= 10, s[j] != ";" {
      let c = s[j]
      guard isLetter(c) || isDigit(c) || c == "#" else { return nil }
      name.unicodeScalars.append(c)
      j += 1
    }
    guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
    let length = j - i + 1
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let code: UInt32?
      if digits.hasPrefix("x") || digits.hasPrefix("X") {
        code = UInt32(digits.dropFirst(), radix: 16)
      } else {
        code = UInt32(digits, radix: 10)
      }
      guard let code, let scalar = Unicode.Scalar(code) else { return nil }
      return (scalar, length)
    }
    guard let value = Self.namedEntities[name] else { return nil }
    return (value, length)
  }

  private static let namedEntities: [String: Unicode.Scalar] = [
    "nbsp": "\u{00A0}", "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">",
    "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
    "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "thinsp": "\u{2009}",
    "ensp": "\u{2002}", "emsp": "\u{2003}", "shy": "\u{00AD}", "euro": "€", "pound": "£",
    "yen": "¥", "cent": "¢", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·",
    "bull": "•", "prime": "\u{2032}", "Prime": "\u{2033}", "minus": "\u{2212}",
    "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "uacute": "ú",
    "iacute": "í", "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
    "times": "×", "frac12": "½", "zwj": "\u{200D}", "zwnj": "\u{200C}",
  ]

  /// Length of a Wikipedia-style citation marker at `i` ("[12]", "[a]", "[citation needed]",
  /// "[note 3]"); nil for Markdown links and other brackets.
  private func citationMarkerLength(in s: [Unicode.Scalar], at i: Int) -> Int? {
    var j = i + 1
    var inner = ""
    while j < s.count, j - i <= 24, s[j] != "]", s[j] != "[", s[j] != "\n" {
      inner.unicodeScalars.append(s[j])
      j += 1
    }
    guard j < s.count, s[j] == "]" else { return nil }
    if j + 1 < s.count, s[j + 1] == "(" || s[j + 1] == "[" || s[j + 1] == ":" {
      // "[text](url)", "[text][ref]", "[ref]: url" are Markdown, handled per line.
      if !(s[j + 1] == "[" && isCitationText(inner)) { return nil }
    }
    return isCitationText(inner) ? j - i + 1 : nil
  }

  private func isCitationText(_ inner: String) -> Bool {
    let lower = inner.lowercased()
    if !lower.isEmpty, lower.unicodeScalars.allSatisfy({ isDigit($0) || $0 == "," || $0 == "-" }) {
      return true
    }
    if lower.unicodeScalars.count == 1, let c = lower.unicodeScalars.first, c.value >= 97,
      c.value <= 122
    {
      return true
    }
    for prefix in ["citation needed", "note ", "nb ", "clarification needed", "dead link"]
    where lower.hasPrefix(prefix) {
      return true
    }
    return lower == "citation needed" || lower == "who?" || lower == "when?"
  }
}
