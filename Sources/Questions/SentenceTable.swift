import Facts

/// What the writer needs to know about one sentence, worked out once however many facts the
/// sentence holds: its tokens and the cheap checks the ranking reads.
struct SentenceInfo: Sendable {
  let text: TokenText
  let isQuotation: Bool
  let startsWithPronoun: Bool
  /// Words as separated by spaces.
  let wordCount: Int

  init(_ sentence: String) {
    text = TokenText(sentence)
    isQuotation = QuestionPhraser.isQuotation(sentence)
    startsWithPronoun = SentenceInfo.startsWithPronoun(text.tokens)
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
  }

  /// The first word is a pronoun ("They", "its"): the sentence leans on the one before.
  static func startsWithPronoun(_ tokens: [SentenceToken]) -> Bool {
    guard let first = tokens.first(where: \.isWord) else { return true }
    let word = TextFolding.words(first.text).first ?? ""
    return Lexicon.pronouns.contains(word) || word == "its"
  }
}

/// Sentences by their text, each tokenised once per run: phrasing a fact, scoring it and
/// writing its cloze all read the same tokens.
struct SentenceTable: Sendable {
  private var infos: [String: SentenceInfo] = [:]

  init() {}

  init(facts: [Fact]) {
    for fact in facts where infos[fact.source.text] == nil {
      infos[fact.source.text] = SentenceInfo(fact.source.text)
    }
  }

  func info(_ sentence: String) -> SentenceInfo {
    infos[sentence] ?? SentenceInfo(sentence)
  }

  func tokens(_ sentence: String) -> TokenText {
    infos[sentence]?.text ?? TokenText(sentence)
  }
}
