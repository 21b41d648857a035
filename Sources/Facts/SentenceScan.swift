import Articles

/// One sentence being read for facts: its tokens, which tokens a fact already claims (so a
/// year inside a date is not also a count), and the facts found so far.
struct SentenceScan {
  let sentence: Sentence
  let article: String
  let scalars: [Unicode.Scalar]
  let tokens: [Token]
  var claimed: [Bool]
  var facts: [Fact] = []
  /// Token ranges of the people found, for speakers and coordination.
  var people: [(tokens: Range<Int>, value: String)] = []
  /// Token ranges of roles in apposition ("…, Deputy Minister of National Defence,"): the
  /// names inside them belong to the role.
  var roleSpans: [Range<Int>] = []

  func inRole(_ range: Range<Int>) -> Bool {
    roleSpans.contains { $0.contains(range.lowerBound) }
  }

  init(sentence: Sentence, article: String, tokenizer: Tokenizer) {
    self.sentence = sentence
    self.article = article
    scalars = scalarArray(sentence.text)
    tokens = tokenizer.tokens(in: scalars)
    claimed = Array(repeating: false, count: tokens.count)
  }

  var count: Int { tokens.count }

  subscript(_ i: Int) -> Token { tokens[i] }

  /// The token at `i`, or nil past either end.
  func at(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }

  func isFree(_ range: Range<Int>) -> Bool {
    range.allSatisfy { !claimed[$0] }
  }

  /// The text from the start of token `range.lowerBound` to the end of the last token.
  func text(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return text(scalarRange: scalarRange(range))
  }

  func text(scalarRange r: Range<Int>) -> String {
    // An ASCII sentence's scalar offsets are byte offsets: its bytes are copied, not re-encoded.
    if scalars.count == sentence.text.utf8.count, let text = asciiSlice(sentence.text, r) {
      return text
    }
    return String(scalars: scalars[r])
  }

  func scalarRange(_ range: Range<Int>) -> Range<Int> {
    tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
  }

  /// Records a fact spanning `range` tokens and claims them.
  @discardableResult
  mutating func add(
    _ kind: FactKind, _ range: Range<Int>, value: String, granularity: DateGranularity? = nil,
    qualifier: String? = nil, unit: String? = nil, role: String? = nil
  ) -> Int {
    let span = scalarRange(range)
    let fact = Fact(
      kind: kind, text: text(scalarRange: span), value: value,
      source: FactSource(
        article: article, sentence: sentence.index, span: span, text: sentence.text),
      granularity: granularity, qualifier: qualifier, unit: unit, role: role)
    for i in range { claimed[i] = true }
    facts.append(fact)
    return facts.count - 1
  }

  /// Index of the first word token: a capital there says nothing about names.
  var firstWordIndex: Int? {
    tokens.firstIndex { $0.kind == .word || $0.kind == .number }
  }

  /// Whether token `i` opens the sentence or a quotation, where every word is capitalised.
  func isSentenceInitial(_ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 {
      // Fields read in place: copying a token retains its strings.
      let kind = tokens[j].kind
      if kind == .word || kind == .number || kind == .symbol { return false }
      if tokens[j].isMark("\"") || tokens[j].isMark("(") || tokens[j].isMark(":")
        || tokens[j].isMark("'") || tokens[j].isMark("-") || tokens[j].isMark(".")
        || tokens[j].isMark("!") || tokens[j].isMark("?") || tokens[j].isMark(";")
      {
        return true
      }
      j -= 1
    }
    return true
  }
}
