import Facts
import Foundation
import Questions
import Testing

@testable import Decks

/// Both readers on one text: the fast path's result, whether it was taken, and Yams' result.
struct BothReads {
  var fast: (deck: Deck?, problems: [DeckProblem], path: DeckReader.ReadPath)
  var yams: (deck: Deck?, problems: [DeckProblem])

  init(_ text: String) {
    let reader = DeckReader()
    fast = reader.parseReportingPath(text, defaultID: "fallback")
    yams = reader.parseWithYams(text, defaultID: "fallback")
  }

  var agree: Bool { fast.deck == yams.deck && fast.problems == yams.problems }
  var tookFastPath: Bool { fast.path == .canonical }
}

/// Random text meant to trip a YAML reader: every quoting hazard, unicode, long runs.
struct HazardText {
  var generator: SeededGenerator
  static let words = [
    "yes", "No", "NULL", "null", "~", "true", "off", "On", "y", "n", "0", "007", "1e3", "0x1F",
    "-1", "+2", ".5", "1_000", "2024-01-02", "12:30", "a:b", "a: b", "x #y", "x#y", "#", ":", "-",
    "- ", "? ", "[a, b]", "{a: b}", "&a", "*a", "!t", "|", ">", "'", "\"", "\\", "%", "@", "`",
    "<<", "=", "Ω", "ñandú", "東京", "🙂", "\n", "\t", "\r", "\u{85}", "\u{2028}", "\u{7F}", "\u{1}",
    "\u{A0}", "\u{E000}", " ", "  ", "___", "Paris", "the", "capital",
  ]

  mutating func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }

  mutating func text(nonEmpty: Bool = false) -> String {
    var out = ""
    let count = next(5) + (nonEmpty ? 1 : 0)
    for _ in 0..<count {
      out += next(3) == 0 ? " " : ""
      out += HazardText.words[next(HazardText.words.count)]
    }
    if next(40) == 0 { out += String(repeating: "long text ", count: 60 + next(60)) }
    if nonEmpty && out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out = "z" + out }
    return out
  }

  mutating func deck(round: Int) -> Deck {
    var cards: [Question] = []
    for index in 0..<next(5) {
      let kinds = QuestionKind.allCases
      let kind = kinds[next(kinds.count)]
      var prompt = text(nonEmpty: true)
      var answer = text(nonEmpty: true)
      var choices: [String] = []
      switch kind {
      case .cloze: prompt += " _____"
      case .choice: choices = [answer, answer + "b", "c" + answer]
      case .truefalse: answer = next(2) == 0 ? "True" : "False"
      case .order:
        choices = [answer + "1", answer + "2", answer + "3"]
        answer = choices.joined(separator: orderSeparator)
      case .short: break
      }
      cards.append(
        Question(
          id: "c\(round)-\(index)" + text(), kind: kind, prompt: prompt, answer: answer,
          accept: (0..<next(3)).map { _ in text() }, choices: choices,
          fact: TestedFact(
            id: text(nonEmpty: true), kind: FactKind.allCases[next(FactKind.allCases.count)],
            text: text(), value: text()),
          source: QuestionSource(article: text(nonEmpty: true), sentence: next(500), text: text()))
      )
    }
    let sources = (0..<next(3)).map { _ in
      DeckSource(
        path: text(nonEmpty: true), title: next(2) == 0 ? nil : text(),
        sha256: String(repeating: "9c", count: 32))
    }
    return Deck(id: text(nonEmpty: true), title: text(), sources: sources, cards: cards)
  }
}

@Suite struct CanonicalReaderTests {
  let writer = DeckWriter()

  @Test func randomDecksReadTheSameBothWaysAndRoundTrip() {
    var maker = HazardText(generator: SeededGenerator(seed: 7))
    var fastCount = 0
    let rounds = 400
    for round in 0..<rounds {
      let deck = maker.deck(round: round)
      let yaml = writer.yaml(deck)
      let both = BothReads(yaml)
      #expect(both.yams.deck == deck, "round \(round): Yams\n\(yaml)")
      #expect(both.fast.deck == deck, "round \(round): fast\n\(yaml)")
      #expect(both.agree, "round \(round)\n\(yaml)")
      #expect(both.fast.problems.isEmpty, "round \(round): \(both.fast.problems)")
      if both.tookFastPath { fastCount += 1 }
      if !both.agree { break }
    }
    // Everything the writer emits is canonical: the fast path reads all of it.
    #expect(fastCount == rounds)
  }

  @Test func canonicalFilesTakeTheFastPath() {
    let yaml = writer.yaml(sampleDeck([sampleCard(), sampleCard(id: "c2", kind: .cloze)]))
    #expect(BothReads(yaml).tookFastPath)
    #expect(BothReads(writer.yaml(Deck(id: "e", title: "Empty", sources: [], cards: []))).agree)
    #expect(
      BothReads(writer.yaml(Deck(id: "e", title: "Empty", sources: [], cards: []))).tookFastPath)
  }

  /// A small canonical deck a teacher then edits.
  static let base = """
    # header comment
    id: austria
    title: Austria after 1945
    sources:
      - path: austria.txt
        title: Austria
        sha256: abababababababababababababababababababababababababababababababab
    cards:
      - id: c1
        kind: choice
        prompt: When did Austria join the United Nations?
        answer: "1955"
        accept:
          - in 1955
        choices:
          - "1955"
          - "1956"
        fact:
          id: f1
          kind: year
          text: "1955"
          value: "1955"
        source:
          article: austria.txt
          sentence: 2
          text: Austria joined the UN in 1955.

      - id: c2
        kind: short
        prompt: Which treaty restored Austria's independence?
        answer: the State Treaty
        accept: []
        choices: []
        fact:
          id: f2
          kind: term
          text: State Treaty
          value: State Treaty
        source:
          article: austria.txt
          sentence: 3
          text: The State Treaty restored independence.

    """

  /// Edits inside the subset: the fast path reads them, exactly as Yams does.
  static let fastEdits: [(String, String)] = [
    ("    answer: the State Treaty", "    answer: the State Treaty   # what most say"),
    ("    prompt: When did", "    # a comment line\n    prompt: When did"),
    ("cards:\n", "cards:   # the cards\n\n  \n# col-0 comment\n"),
    ("      - in 1955\n", "      - in 1955\n      - 1955\n      - yes\n      - ~\n      - null\n"),
    ("    answer: the State Treaty", "    answer: yes"),
    ("    answer: the State Treaty", "    answer: 0x1F"),
    ("    answer: the State Treaty", "    answer: 1e3"),
    ("    answer: the State Treaty", "    answer: null"),
    ("    answer: the State Treaty", "    answer: ~"),
    ("    answer: the State Treaty", "    answer:"),
    ("    answer: the State Treaty", "    answer: \"\""),
    ("    answer: the State Treaty", "    answer: \"null\""),
    ("    answer: the State Treaty", "    answer: a:b [c] {d}, e's \"f\" x#y"),
    ("    answer: the State Treaty", "    answer: \"tab\\there \\u00e9 \\x41 \\/ \\U0001F600\""),
    ("title: Austria after 1945", "title: on"),
    ("title: Austria after 1945", "title:"),
    ("id: austria\n", ""),
    ("    accept: []\n", ""),
    ("    accept: []", "    accept:"),
    ("    accept: []", "    accept: null"),
    ("    accept: []", "    accept: oops"),
    ("    choices: []", "    choices:\n      - a\n      - a"),
    ("      - \"1956\"\n", ""),
    ("      kind: year", "      kind: century"),
    ("    kind: short", "    kind: essay"),
    ("    kind: choice", "    kind: truefalse"),
    ("    kind: short", "    kind: cloze"),
    ("    kind: short", "    kind: order"),
    ("    answer: \"1955\"", "    answer: \"1957\""),
    ("      sentence: 3", "      sentence: three"),
    ("      sentence: 3", "      sentence: 3x"),
    ("      sentence: 3", "      sentence: \"3\""),
    ("  - id: c2", "  - id: c1"),
    ("  - id: c2", "  - id: \"\""),
    ("  - id: c2\n    kind: short\n", "  - kind: short\n    id: c2\n"),
    ("    kind: short\n", ""),
    ("    prompt: Which treaty restored Austria's independence?\n", ""),
    ("    fact:\n      id: f2\n", "    fact:\n      idx: f2\n"),
    ("    fact:\n      id: f2", "    fakt: 1\n    fact:\n      id: f2"),
    ("    sha256: abab", "    sha256: ABAB"),
    ("  - path: austria.txt\n", "  - path:\n"),
    ("sources:\n  - path", "sources: []\nextra:\n  - path"),
    ("  - id: c2", "  - plain item\n  - id: c2"),
    ("  - id: c2", "  - []\n  - id: c2"),
    ("    prompt: Which", "    prompt: \"  spaced  \" # note\n    answer2: Which"),
  ]

  /// Edits outside the subset: the fast path declines and Yams reads them, errors included.
  static let slowEdits: [(String, String)] = [
    ("    accept: []", "    accept: [a, b]"),
    ("    accept: []", "    accept: {}"),
    ("    prompt: Which", "    prompt: |\n      Which\n    p2: Which"),
    ("    prompt: Which", "    prompt: >-\n      Which\n    p2: Which"),
    ("    answer: the State Treaty", "    answer: 'the State Treaty'"),
    ("    answer: the State Treaty", "    answer: &a the State Treaty"),
    ("    answer: the State Treaty", "    answer: !!str the State Treaty"),
    ("    answer: the State Treaty", "    answer: the State\n      Treaty"),
    ("    answer: the State Treaty", "    answer: \"the State\n      Treaty\""),
    ("    answer: the State Treaty", "    answer: the: State Treaty"),
    ("    answer: the State Treaty", "    answer: -the State Treaty"),
    ("    answer: the State Treaty", "    answer: \"the State\" Treaty"),
    ("    answer: the State Treaty", "    answer:\tthe State Treaty"),
    ("    answer: the State Treaty", "    answer: \"\\e\""),
    ("    answer: the State Treaty", "    answer: \"unclosed"),
    ("    answer: the State Treaty", "    answer the State Treaty"),
    ("    answer: the State Treaty", "   answer: the State Treaty"),
    ("    answer: the State Treaty", "     answer: the State Treaty"),
    ("    answer: the State Treaty", "    \"answer\": the State Treaty"),
    ("    answer: the State Treaty", "    answer: the State Treaty\n    answer: again"),
    ("    answer: the State Treaty", "    answer : the State Treaty"),
    ("      - in 1955", "    - in 1955"),
    ("      - in 1955", "      -   in 1955"),
    ("      - in 1955", "      -\n        in 1955"),
    ("cards:\n  - id: c1", "cards:\n- id: c1"),
    ("title: Austria after 1945", "title: Austria\r"),
    ("# header comment", "%YAML 1.1\n---"),
    ("# header comment", "---"),
    ("    answer: the State Treaty", "    answer: \"\\ufeffx\""),
    ("    answer: the State Treaty", "    answer: the State Treaty\n---\nid: two"),
    ("    answer: the State Treaty", "    answer: *unknown"),
    ("    source:\n      article: austria.txt\n      sentence: 3\n", "    source: x\n"),
  ]

  func edited(_ edit: (String, String)) -> String {
    let base = CanonicalReaderTests.base
    #expect(base.contains(edit.0), "edit target missing: \(edit.0)")
    return base.replacingOccurrences(of: edit.0, with: edit.1)
  }

  @Test func teacherEditsInsideTheSubsetAreReadFastAndIdentically() {
    #expect(BothReads(CanonicalReaderTests.base).tookFastPath)
    #expect(BothReads(CanonicalReaderTests.base).yams.problems.isEmpty)
    for edit in CanonicalReaderTests.fastEdits {
      let yaml = edited(edit)
      let both = BothReads(yaml)
      #expect(both.tookFastPath, "\(edit.1)")
      #expect(both.fast.deck == both.yams.deck, "\(edit.1)")
      #expect(both.fast.problems == both.yams.problems, "\(edit.1)")
    }
  }

  @Test func editsOutsideTheSubsetFallBackToYams() {
    for edit in CanonicalReaderTests.slowEdits {
      let yaml = edited(edit)
      let both = BothReads(yaml)
      #expect(!both.tookFastPath, "\(edit.1)")
      #expect(both.agree, "\(edit.1)")
    }
  }

  @Test func plainScalarsAreReadAsYamsReadsThem() throws {
    let values = [
      "yes", "No", "TRUE", "off", "y", "0", "007", "-0", "1e3", ".inf", ".NaN", "0x1F", "0o17",
      "1_000", "2024-01-02", "12:30:00", "1955", "+1", "3.14",
    ]
    for value in values {
      let yaml = edited(("    answer: the State Treaty", "    answer: \(value)"))
      let both = BothReads(yaml)
      #expect(both.agree, "\(value)")
      if both.tookFastPath {
        #expect(try #require(both.fast.deck).cards[1].answer == value)
      }
    }
    for value in ["null", "Null", "NULL", "~", ""] {
      let yaml = edited(("    answer: the State Treaty", "    answer: \(value)"))
      let both = BothReads(yaml)
      #expect(both.tookFastPath && both.agree, "\(value)")
      #expect(both.fast.problems.map(\.message) == ["card 2: 'answer' is empty"])
    }
  }

  @Test func emptyValuesAreReportedWhicheverPathReads() {
    for reader in [DeckReader(), DeckReader(allowsFastPath: false)] {
      let noTitle = edited(("title: Austria after 1945", "title:   # to do"))
      #expect(
        reader.problems(in: noTitle) == [DeckProblem(line: 3, message: "deck: 'title' is empty")])
      let nullPath = edited(("  - path: austria.txt", "  - path: ~"))
      #expect(
        reader.problems(in: nullPath) == [DeckProblem(line: 5, message: "source: 'path' is empty")])
      let quotedNull = edited(("  - path: austria.txt", "  - path: \"null\""))
      #expect(reader.problems(in: quotedNull).isEmpty)
    }
  }

  @Test func nestedProblemsNameTheCardAndPart() {
    let yaml = edited(("    fact:\n      id: f2\n", "    fact:\n      idx: f2\n"))
    for reader in [DeckReader(), DeckReader(allowsFastPath: false)] {
      #expect(
        reader.problems(in: yaml) == [
          DeckProblem(
            line: 35,
            message: "card 2 fact: unknown field 'idx' (expected one of: id, kind, text, value)"),
          DeckProblem(line: 35, message: "card 2 fact has no 'id'"),
        ])
    }
  }

  @Test func everyCheckReportsTheSameLinesBothWays() {
    let broken = CanonicalReaderTests.base
      .replacingOccurrences(of: "    answer: \"1955\"", with: "    answer: \"1957\"")
      .replacingOccurrences(of: "  - id: c2", with: "  - id: c1")
      .replacingOccurrences(of: "    kind: short", with: "    kind: essay")
      .replacingOccurrences(of: "      text: State Treaty\n", with: "")
      .replacingOccurrences(of: "      sentence: 3", with: "      sentence: three")
    let both = BothReads(broken)
    #expect(both.tookFastPath)
    #expect(both.fast.problems == both.yams.problems)
    let lines = broken.components(separatedBy: "\n")
    func line(_ needle: String, after: Int = 0) -> Int {
      (lines.indices.first { $0 >= after && lines[$0].contains(needle) } ?? -1) + 1
    }
    let second = line("- id: c1", after: line("- id: c1"))
    #expect(
      both.fast.problems.map(\.line) == [
        line("answer: \"1957\""), second, line("kind: essay"), line("id: f2"),
        line("sentence: three"),
      ])
    #expect(both.fast.problems[1].message.contains("duplicate id 'c1'"))
  }

  /// Random damage to canonical files: whatever the fast path accepts, it reads as Yams does.
  @Test func randomlyDamagedFilesNeverReadDifferently() {
    var maker = HazardText(generator: SeededGenerator(seed: 99))
    let snippets = [
      " ", "  ", "\t", "#", " #", ":", ": ", "- ", "-", "\"", "'", "[", "]", "[]", "{", "}", ",",
      "|", ">", "&", "*", "!", "?", "%", "~", "null", "\\", "\\u00", "x", "\n", "\n  ", "\n    ",
      "---", "...", "\r", "é", "\u{A0}", "\\x4", "\\U0001F600", "\"\"", " : ", "- a: b", "a:",
      "  - ", "\n      - ", "\\\"", "<<", "@", "`",
    ]
    var fast = 0
    var total = 0
    for round in 0..<300 {
      let yaml = writer.yaml(maker.deck(round: round))
      for _ in 0..<6 {
        var lines = yaml.components(separatedBy: "\n")
        for _ in 0..<(1 + maker.next(2)) {
          let index = maker.next(lines.count)
          switch maker.next(5) {
          case 0: lines.remove(at: index)
          case 1: lines.insert(lines[maker.next(lines.count)], at: index)
          case 2: lines.swapAt(index, maker.next(lines.count))
          default:
            var scalars = Array(lines[index].unicodeScalars)
            let at = maker.next(scalars.count + 1)
            let snippet = snippets[maker.next(snippets.count)]
            scalars.insert(contentsOf: snippet.unicodeScalars, at: at)
            lines[index] = String(String.UnicodeScalarView(scalars))
          }
        }
        let damaged = lines.joined(separator: "\n")
        let both = BothReads(damaged)
        total += 1
        if both.tookFastPath { fast += 1 }
        #expect(both.agree, "\(damaged)\nfast: \(both.fast.problems)\nyams: \(both.yams.problems)")
        if !both.agree { return }
      }
    }
    // Most damage stays inside the subset, so the comparison above really exercises it.
    #expect(fast * 5 > total)
  }
}
