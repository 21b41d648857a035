import Articles
import Facts

/// A word or punctuation mark of a sentence, with its place in Unicode scalars (the unit of
/// `FactSource.span`) so a fact's span maps onto tokens exactly.
struct SentenceToken: Sendable, Hashable {
  public let text: String
  public let range: Range<Int>
  /// The text in lower case, made once: the parser compares it against word lists often.
  public let lower: String
  /// The first scalar is a letter or digit.
  public let isWord: Bool
  /// The first character is upper case.
  public let isCapitalized: Bool
  /// The first character is a digit or other number.
  public let isNumber: Bool

  /// The tests on the first character are made here once: the parser asks them of every
  /// token many times, and reading a Character's properties is slow.
  init(text: String, range: Range<Int>) {
    self.text = text
    self.range = range
    lower =
      text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 })
      ? text.lowercased() : text
    isWord = text.unicodeScalars.first.map(SentenceToken.isWordScalar) ?? false
    let (capitalized, number) = SentenceToken.firstCharacterTests(text)
    isCapitalized = capitalized
    isNumber = number
  }

  /// `(text.first?.isUppercase, text.first?.isNumber)`, false when empty; an ASCII first byte
  /// followed by another ASCII byte (or nothing) is a character of its own, read from the byte.
  static func firstCharacterTests(_ text: String) -> (isUppercase: Bool, isNumber: Bool) {
    var utf8 = text.utf8.makeIterator()
    guard let first = utf8.next() else { return (false, false) }
    // A carriage return joins a following line feed; neither is upper case nor a number.
    if first < 0x80, (utf8.next() ?? 0) < 0x80 {
      return (first >= 0x41 && first <= 0x5A, first >= 0x30 && first <= 0x39)
    }
    let character = text.first!
    return (character.isUppercase, character.isNumber)
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII first: the Unicode property tables are slow and most text is ASCII.
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x30 && value <= 0x39)
    }
    return scalar.properties.isAlphabetic
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
  }

  /// Splits text into words and punctuation. Inside a word, apostrophes, hyphens and (between
  /// digits) commas and points stay: "Vietnam's", "UN-backed", "100,000", "7.8".
  public static func tokenize(_ text: String) -> [SentenceToken] {
    tokenize(scalars: scalarArray(text), bytes: Array(text.utf8))
  }

  /// `tokenize` of a text given as its scalars and its UTF-8 bytes, which a caller that keeps
  /// both has made already.
  static func tokenize(scalars: [Unicode.Scalar], bytes: [UInt8]) -> [SentenceToken] {
    // In ASCII text a scalar is a byte: tokens are cut from the bytes, far faster.
    let isASCII = bytes.count == scalars.count
    var tokens: [SentenceToken] = []
    var index = 0
    func isDigit(_ at: Int) -> Bool { at < scalars.count && ("0"..."9").contains(scalars[at]) }
    func isWordAt(_ at: Int) -> Bool { at < scalars.count && isWordScalar(scalars[at]) }
    while index < scalars.count {
      let scalar = scalars[index]
      if isSpace(scalar) {
        index += 1
        continue
      }
      let start = index
      if isWordScalar(scalar) {
        index += 1
        while index < scalars.count {
          let current = scalars[index]
          if isWordScalar(current) {
            index += 1
          } else if (current == "'" || current == "’" || current == "-") && isWordAt(index + 1)
            && isWordAt(index - 1)
          {
            index += 1
          } else if (current == "," || current == ".") && isDigit(index - 1) && isDigit(index + 1) {
            index += 1
          } else {
            break
          }
        }
      } else {
        index += 1
      }
      if isASCII {
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        tokens.append(SentenceToken(text: word, range: start..<index))
        continue
      }
      tokens.append(
        SentenceToken(text: String(scalars: scalars[start..<index]), range: start..<index))
    }
    return tokens
  }
}

/// Renders a selection of a sentence's tokens with the sentence's own spacing inside each run
/// of neighbouring tokens.
struct TokenText: Sendable {
  let scalars: [Unicode.Scalar]
  let tokens: [SentenceToken]
  /// The sentence's bytes when it is all ASCII (a byte per scalar), for fast rendering.
  let asciiBytes: [UInt8]?

  init(_ sentence: String) {
    scalars = scalarArray(sentence)
    let bytes = Array(sentence.utf8)
    tokens = SentenceToken.tokenize(scalars: scalars, bytes: bytes)
    asciiBytes = bytes.count == scalars.count ? bytes : nil
  }

  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    let start = tokens[range.lowerBound].range.lowerBound
    let end = tokens[range.upperBound - 1].range.upperBound
    if let asciiBytes { return String(decoding: asciiBytes[start..<end], as: UTF8.self) }
    return String(scalars: scalars[start..<end])
  }

  /// Token indices covering a scalar span exactly; nil when the span cuts a token ("Pot" in
  /// "Pol Pot-Ieng Sary", "Cambodia" in "Cambodia's"), since such a fact cannot be moved
  /// out of its sentence cleanly.
  /// A figure glued to its unit ("13" of "13-kilometre") covers the compound's token: the
  /// unit is the figure's own.
  func tokenRange(covering span: Range<Int>) -> Range<Int>? {
    guard let first = tokens.firstIndex(where: { $0.range.overlaps(span) }),
      let last = tokens.lastIndex(where: { $0.range.overlaps(span) }),
      tokens[first].range.lowerBound == span.lowerBound,
      tokens[last].range.upperBound == span.upperBound
        || (tokens[last].range.upperBound > span.upperBound && scalars[span.upperBound] == "-"
          && GluedUnit.opens(
            Substring(String(scalars: scalars[span.upperBound..<tokens[last].range.upperBound]))))
    else { return nil }
    return first..<(last + 1)
  }
}
