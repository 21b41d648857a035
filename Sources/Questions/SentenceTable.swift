import Facts

/// What the writer needs to know about one sentence, worked out once however many facts the
/// sentence holds: its tokens and the cheap checks the ranking reads.
struct SentenceInfo: Sendable {
  let text: TokenText
  let isQuotation: Bool
  let startsWithPronoun: Bool
  /// Words as separated by spaces.
  let wordCount: Int
  /// The main clause's subject opens with a pronoun ("…, they helped …"): still unresolved.
  let hasPronounSubject: Bool
  /// `ClauseParser.parse(text)`: every fact of the sentence is framed from it.
  let mainClause: Clause?

  init(_ sentence: String) {
    text = TokenText(sentence)
    isQuotation = QuestionPhraser.isQuotation(sentence)
    // "It was unusually warm in …": a dummy "It" points at nothing before.
    let dummy = DummySubject.opens(sentence)
    startsWithPronoun = !dummy && SentenceInfo.startsWithPronoun(text.tokens)
    var count = 0
    var inWord = false
    for byte in sentence.utf8 {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    wordCount = count
    mainClause = ClauseParser.mainClause(text)
    if let clause = mainClause, let first = clause.subjectTokens.first {
      hasPronounSubject = !dummy && Lexicon.pronouns.contains(clause.tokens[first].lower)
    } else {
      hasPronounSubject = false
    }
  }

  /// The first word, folded ("They" → "they").
  static func firstWord(_ sentence: String) -> String? {
    TextFolding.words(sentence).first
  }

  /// The first word is a pronoun ("They", "its"): the sentence leans on the one before.
  static func startsWithPronoun(_ tokens: [SentenceToken]) -> Bool {
    guard let first = tokens.first(where: \.isWord) else { return true }
    let word = TextFolding.words(first.text).first ?? ""
    // "Here a layer of sand …" points at a place the sentence before named.
    return Lexicon.pronouns.contains(word) || word == "its" || word == "here"
  }
}

/// Sentences by their text, each tokenised once per run: phrasing a fact, scoring it and
/// writing its cloze all read the same tokens.
struct SentenceTable: Sendable {
  private var infos: [String: SentenceInfo] = [:]
  /// Each fact's tokens and clause, framed once: the short question, the statements and the
  /// fact id all read the same frame of the same sentence.
  private var framings: [FramingKey: Framing] = [:]

  init() {}

  init(facts: [Fact]) {
    for fact in facts { add(fact) }
  }

  /// Tokenises the fact's sentence (once) and frames the fact in it: a writer adds the facts
  /// it phrases, so sentences and facts the ranking never reaches cost nothing.
  mutating func add(_ fact: Fact) {
    let info: SentenceInfo
    if let known = infos[fact.source.text] {
      info = known
    } else {
      info = SentenceInfo(fact.source.text)
      infos[fact.source.text] = info
    }
    let key = FramingKey(sentence: fact.source.text, span: fact.source.span)
    if framings[key] == nil { framings[key] = Framing(info, span: fact.source.span) }
  }

  /// The fact's tokens within its sentence and the clause framed around them.
  func framing(_ fact: Fact) -> Framing {
    framings[FramingKey(sentence: fact.source.text, span: fact.source.span)]
      ?? Framing(tokens(fact.source.text), span: fact.source.span)
  }

  func info(_ sentence: String) -> SentenceInfo {
    infos[sentence] ?? SentenceInfo(sentence)
  }

  func tokens(_ sentence: String) -> TokenText {
    infos[sentence]?.text ?? TokenText(sentence)
  }
}

/// A sentence and the character span of a fact inside it.
struct FramingKey: Hashable, Sendable {
  let sentence: String
  let span: Range<Int>
}

/// A fact's token range in its sentence and the clause that holds it (nil when unframed).
struct Framing: Sendable {
  let focus: Range<Int>?
  let clause: Clause?

  init(_ text: TokenText, span: Range<Int>) {
    focus = text.tokenRange(covering: span)
    clause = ClauseParser.parse(text, focus: focus)
  }

  /// The frame from a sentence whose main clause is known already.
  init(_ info: SentenceInfo, span: Range<Int>) {
    focus = info.text.tokenRange(covering: span)
    clause =
      focus.map { ClauseParser.parse(info.text, focus: $0, main: info.mainClause) }
      ?? info.mainClause
  }
}
