import Articles

/// Finds quotations and who said them, and short quoted phrases that name a term.
///
/// Speakers are read from the patterns news copy uses: “…,” said X / “…,” X said /
/// X said, “…” / “…,” according to X. A pronoun speaker ("he said") is the last person the
/// article named outside a quotation. A quoted phrase of at most four words ("Buddhist
/// soldiers"), or a single-quoted one of at most six, is a term, not a quotation.
struct QuoteRecognizer {
  static let pronouns: WordSet = ["he", "she"]

  func recognize(_ scan: inout SentenceScan, context: inout NameContext) {
    // Tokens are tested in place (a copy retains their strings), and only in a sentence with a
    // quotation mark, the only scalar that makes a "\"" token.
    let marks =
      containsByte(scan.sentence.text, 34)
      ? scan.tokens.indices.filter { scan.tokens[$0].isMark("\"") } : []
    var quoted: [Range<Int>] = []
    var p = 0
    while p + 1 < marks.count {
      let open = marks[p]
      let close = marks[p + 1]
      p += 2
      let inner = (open + 1)..<close
      quoted.append(open..<(close + 1))
      let words = inner.filter { scan[$0].kind == .word || scan[$0].kind == .number }.count
      guard words > 0 else { continue }
      let attributed =
        speakerAfter(scan, close: close, context: context)
        ?? speakerBefore(scan, open: open, context: context)
      if words <= 4 && attributed == nil {
        // "the Shona phrase dzimba dza mabwe, “houses of stone”": the quoted words gloss the
        // term before them, which is what a teacher asks.
        if let glossed = glossedTerm(scan, open: open) {
          addTerm(&scan, glossed)
        } else {
          addTerm(&scan, inner)
        }
        continue
      }
      var valueRange = inner
      while valueRange.count > 1, let last = scan.at(valueRange.upperBound - 1),
        last.isMark(",") || last.isMark(":")
      {
        valueRange = valueRange.lowerBound..<(valueRange.upperBound - 1)
      }
      var speaker = attributed
      if speaker == nil { speaker = reportingSubject(scan, before: open) }
      if speaker == nil, open == 0, let last = context.lastSpeaker,
        last.sentence == scan.sentence.index - 1
      {
        // A quotation that runs on into the next sentence keeps its speaker.
        speaker = last.name
      }
      if let speaker { context.lastSpeaker = (speaker, scan.sentence.index) }
      let span = scan.scalarRange(open..<(close + 1))
      let fact = Fact(
        kind: .quote, text: scan.text(scalarRange: span), value: scan.text(valueRange),
        source: FactSource(
          article: scan.article, sentence: scan.sentence.index, span: span,
          text: scan.sentence.text),
        speaker: speaker)
      scan.facts.append(fact)
      if let speaker { context.lastPerson = speaker }
    }
    singleQuoted(&scan, context: &context, insideDouble: quoted)
    // The last person named outside quotations is who "he" means next.
    for person in scan.people.reversed()
    where !quoted.contains(where: { $0.contains(person.tokens.lowerBound) }) {
      context.lastPerson = person.value
      break
    }
  }

  private func addTerm(_ scan: inout SentenceScan, _ inner: Range<Int>) {
    var r = inner
    while r.count > 1, let last = scan.at(r.upperBound - 1), last.kind == .punctuation {
      r = r.lowerBound..<(r.upperBound - 1)
    }
    // A quoted name already found ("the \"Khmer Rouge\"", a nickname inside a person's
    // name) is not a term as well.
    let span = scan.scalarRange(r)
    guard
      !scan.facts.contains(where: {
        $0.kind != .quote && $0.source.span.lowerBound <= span.lowerBound
          && $0.source.span.upperBound >= span.upperBound
      })
    else { return }
    scan.add(.term, r, value: scan.text(r))
  }

  /// Words that introduce a term glossed after it: "the phrase …", "called it …".
  static let glossCues: WordSet = [
    "phrase", "word", "words", "term", "name", "called", "as", "it", "title",
  ]

  /// The term a quotation right after its comma glosses: up to three lower-case words, or one
  /// capitalised word, after a cue ("phrase", "called it", "known as"). Nil when no cue says
  /// a term is being named.
  private func glossedTerm(_ scan: SentenceScan, open: Int) -> Range<Int>? {
    guard open >= 3, scan[open - 1].isMark(","), scan[open - 2].kind == .word else {
      return nil
    }
    var start = open - 1
    var count = 0
    while start > 0, count < 3 {
      let word = scan[start - 1]
      guard word.kind == .word else { return nil }
      if Self.glossCues.contains(word.lower), !word.isCapitalized || start - 1 == 0 { break }
      if word.isCapitalized {
        // One capitalised word alone: "called it Tawantinsuyu".
        guard count == 0, start - 2 >= 0, Self.glossCues.contains(scan[start - 2].lower) else {
          return nil
        }
        start -= 1
        count += 1
        break
      }
      if word.is(.closedClass) { return nil }
      start -= 1
      count += 1
    }
    guard count > 0, start > 0, Self.glossCues.contains(scan[start - 1].lower) else {
      return nil
    }
    return start..<(open - 1)
  }

  private func person(_ scan: SentenceScan, startingAt i: Int) -> String? {
    scan.people.first { $0.tokens.lowerBound == i }?.value
  }

  private func person(_ scan: SentenceScan, endingAt i: Int) -> String? {
    scan.people.first { $0.tokens.upperBound == i }?.value
  }

  /// “…,” said X / “…,” X said / “…,” he said / “…,” according to X.
  private func speakerAfter(_ scan: SentenceScan, close: Int, context: NameContext) -> String? {
    var j = close + 1
    if let c = scan.at(j), c.isMark(",") { j += 1 }
    // "…," de Castries said.
    if let particle = scan.at(j), NameRecognizer.nameParticles.contains(particle.lower),
      scan.at(j + 1)?.isCapitalized == true
    {
      j += 1
    }
    guard let t = scan.at(j) else { return nil }
    if t.lower == "according", scan.at(j + 1)?.lower == "to" {
      return person(scan, startingAt: j + 2)
    }
    if t.is(.speechVerb) {
      if let p = person(scan, startingAt: j + 1) { return p }
      if let pronoun = scan.at(j + 1), Self.pronouns.contains(pronoun.lower) {
        return context.lastPerson
      }
      return nil
    }
    if Self.pronouns.contains(t.lower), scan.at(j + 1)?.is(.speechVerb) == true {
      return context.lastPerson
    }
    if let p = scan.people.first(where: { $0.tokens.lowerBound == j }),
      scan.at(p.tokens.upperBound)?.is(.speechVerb) == true
    {
      return p.value
    }
    return nil
  }

  /// X said, “…” / X said: “…” / According to X, “…”.
  private func speakerBefore(_ scan: SentenceScan, open: Int, context: NameContext) -> String? {
    var j = open - 1
    if let c = scan.at(j), c.isMark(",") || c.isMark(":") || c.lower == "that" { j -= 1 }
    guard let verb = scan.at(j) else { return nil }
    if verb.is(.speechVerb) {
      var k = j
      // "X has repeatedly said", "X told reporters": look back over a few words.
      while k > 0, j - k < 3 {
        if let p = person(scan, endingAt: k) { return p }
        if let pronoun = scan.at(k - 1), Self.pronouns.contains(pronoun.lower) {
          return context.lastPerson
        }
        k -= 1
      }
      return nil
    }
    if let p = scan.people.last(where: { $0.tokens.upperBound == j + 1 }),
      let according = scan.at(p.tokens.lowerBound - 2), according.lower == "according"
    {
      return p.value
    }
    return nil
  }

  /// Verbs that report words in a sentence that quotes only part of them.
  static let reportingVerbs: WordSet = [
    "said", "says", "told", "tells", "called", "calls", "described", "describes", "urged",
    "warned", "argued", "wrote", "writes", "added", "stressed", "noted", "declared", "insisted",
    "promised", "pledged", "vowed", "claimed", "praised", "recalled", "remarked",
  ]

  /// "X, Deputy Minister, told the troops that they carried “…”": the person before the
  /// reporting verb.
  private func reportingSubject(_ scan: SentenceScan, before open: Int) -> String? {
    guard
      let verb = (0..<open).last(where: {
        Self.reportingVerbs.contains(scan[$0].lower) && !scan[$0].isCapitalized
      })
    else { return nil }
    return scan.people.last { $0.tokens.upperBound <= verb }?.value
  }

  /// 'Uncle Ho's soldiers': a phrase in single quotation marks.
  /// Single quotation marks: a short phrase is a term ('Uncle Ho's soldiers'); an attributed
  /// or longer span outside double quotes is a quotation, as British copy writes them
  /// ('We will rebuild the bridge,' the mayor said).
  private func singleQuoted(
    _ scan: inout SentenceScan, context: inout NameContext, insideDouble: [Range<Int>]
  ) {
    var open: Int?
    for i in 0..<scan.count {
      guard scan.tokens[i].isMark("'") else { continue }
      if let o = open {
        let inner = (o + 1)..<i
        let words = inner.filter { scan[$0].kind == .word }.count
        let nested = insideDouble.contains { $0.contains(o) }
        let speaker =
          nested
          ? nil
          : speakerAfter(scan, close: i, context: context)
            ?? speakerBefore(scan, open: o, context: context)
        if !nested, words >= 4, speaker != nil || words > 6 {
          var valueRange = inner
          while valueRange.count > 1, let last = scan.at(valueRange.upperBound - 1),
            last.isMark(",") || last.isMark(":")
          {
            valueRange = valueRange.lowerBound..<(valueRange.upperBound - 1)
          }
          let span = scan.scalarRange(o..<(i + 1))
          scan.facts.append(
            Fact(
              kind: .quote, text: scan.text(scalarRange: span), value: scan.text(valueRange),
              source: FactSource(
                article: scan.article, sentence: scan.sentence.index, span: span,
                text: scan.sentence.text),
              speaker: speaker))
          if let speaker { context.lastSpeaker = (speaker, scan.sentence.index) }
        } else if words >= 1 && words <= 6 {
          addTerm(&scan, inner)
        }
        open = nil
      } else if scan.tokens[i].spaceBefore || i == 0 || scan[i - 1].isMark("\"") {
        if let next = scan.at(i + 1), !next.spaceBefore { open = i }
      }
    }
  }
}
