/// A word or punctuation mark of a sentence, with its place in Unicode scalars (the unit of
/// `FactSource.span`) so a fact's span maps onto tokens exactly.
struct SentenceToken: Sendable, Hashable {
  public var text: String
  public var range: Range<Int>

  public var isWord: Bool { text.unicodeScalars.first.map(SentenceToken.isWordScalar) ?? false }
  public var lower: String { text.lowercased() }
  public var isCapitalized: Bool { text.first?.isUppercase ?? false }
  public var isNumber: Bool { text.first?.isNumber ?? false }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }

  /// Splits text into words and punctuation. Inside a word, apostrophes, hyphens and (between
  /// digits) commas and points stay: "Vietnam's", "UN-backed", "100,000", "7.8".
  public static func tokenize(_ text: String) -> [SentenceToken] {
    let scalars = Array(text.unicodeScalars)
    var tokens: [SentenceToken] = []
    var index = 0
    func isDigit(_ at: Int) -> Bool { at < scalars.count && ("0"..."9").contains(scalars[at]) }
    func isWordAt(_ at: Int) -> Bool { at < scalars.count && isWordScalar(scalars[at]) }
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
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
      var word = String.UnicodeScalarView()
      word.append(contentsOf: scalars[start..<index])
      tokens.append(SentenceToken(text: String(word), range: start..<index))
    }
    return tokens
  }
}

/// Renders a selection of a sentence's tokens with the sentence's own spacing inside each run
/// of neighbouring tokens.
struct TokenText {
  let scalars: [Unicode.Scalar]
  let tokens: [SentenceToken]

  init(_ sentence: String) {
    scalars = Array(sentence.unicodeScalars)
    tokens = SentenceToken.tokenize(sentence)
  }

  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    let start = tokens[range.lowerBound].range.lowerBound
    let end = tokens[range.upperBound - 1].range.upperBound
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }

  /// Token indices covering a scalar span exactly; nil when the span cuts a token ("Pot" in
  /// "Pol Pot-Ieng Sary", "Cambodia" in "Cambodia's"), since such a fact cannot be moved
  /// out of its sentence cleanly.
  func tokenRange(covering span: Range<Int>) -> Range<Int>? {
    let hits = tokens.indices.filter { tokens[$0].range.overlaps(span) }
    guard let first = hits.first, let last = hits.last,
      tokens[first].range.lowerBound == span.lowerBound,
      tokens[last].range.upperBound == span.upperBound
    else { return nil }
    return first..<(last + 1)
  }
}
