import Facts
import Foundation
import Questions
import Testing

@testable import Decks

func sampleCard(id: String = "c1", kind: QuestionKind = .short) -> Question {
  Question(
    id: id, kind: kind, prompt: "When did Austria join the United Nations?", answer: "1955",
    accept: ["in 1955"], choices: [],
    fact: TestedFact(id: "f1", kind: .year, text: "1955", value: "1955"),
    source: QuestionSource(
      article: "austria.txt", sentence: 2, text: "Austria joined the UN in 1955."))
}

func sampleDeck(_ cards: [Question]) -> Deck {
  Deck(
    id: "austria", title: "Austria after 1945",
    sources: [
      DeckSource(path: "austria.txt", title: "Austria", sha256: String(repeating: "ab", count: 32))
    ],
    cards: cards)
}

/// Text that stresses the YAML writer: quotes, colons, unicode, newlines, reserved words.
struct TextMaker {
  var generator: SeededGenerator
  static let pieces = [
    "yes", "no", "null", "~", "true", "False", "1999", "0.5", "-3", "1979-01-07", "a: b", "#tag",
    " lead", "trail ", "\"quoted\"", "it's", "Hồ Chí Minh", "Kampuchea — 1979", "line\nbreak",
    "tab\there", "back\\slash", "- dash", "? mark", "[list]", "{map}", "&anchor", "*alias", "!tag",
    "|pipe", ">fold", "%pct", "@at", "`tick", "ü", "日本", "emoji 🎉", "", " ", "x #y", "Q: A",
    "\u{2028}sep", "\u{85}nel", "\u{FEFF}bom", "ctrl\u{1}", "'single'", "on", "OFF", "<<", "=",
    ".hidden", "+1", "_____ gap", "end:",
  ]

  mutating func text(nonEmpty: Bool = false) -> String {
    let count = Int(generator.next() % 4) + (nonEmpty ? 1 : 0)
    var parts: [String] = []
    for _ in 0..<count {
      parts.append(TextMaker.pieces[Int(generator.next() % UInt64(TextMaker.pieces.count))])
    }
    var joined = parts.joined(separator: generator.next() % 2 == 0 ? " " : "")
    // Yams drops a byte-order mark at the very start of a scalar; one inside is kept.
    if joined.hasPrefix("\u{FEFF}") { joined = "x" + joined }
    return nonEmpty && joined.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      ? "x" + joined : joined
  }
}

@Suite struct DeckFormatTests {
  let writer = DeckWriter()
  let reader = DeckReader()

  @Test func roundTripIsLosslessForRandomDecks() throws {
    var maker = TextMaker(generator: SeededGenerator(seed: 42))
    for round in 0..<300 {
      var cards: [Question] = []
      let count = Int(maker.generator.next() % 5)
      for index in 0..<count {
        let kinds: [QuestionKind] = [.short, .cloze, .choice, .truefalse, .order]
        let kind = kinds[Int(maker.generator.next() % 5)]
        var prompt = maker.text(nonEmpty: true)
        var answer = maker.text(nonEmpty: true)
        var choices: [String] = []
        switch kind {
        case .cloze: prompt += " _____"
        case .choice:
          choices = [answer, answer + "1", answer + "2", answer + "3"]
        case .truefalse:
          answer = round % 2 == 0 ? "True" : "False"
        case .order:
          choices = [answer + "a", answer + "b"]
          answer = choices.joined(separator: orderSeparator)
        case .short: break
        }
        cards.append(
          Question(
            id: "id-\(round)-\(index)-" + maker.text(), kind: kind, prompt: prompt, answer: answer,
            accept: (0..<Int(maker.generator.next() % 3)).map { _ in maker.text() },
            choices: choices,
            fact: TestedFact(
              id: maker.text(nonEmpty: true), kind: .term, text: maker.text(), value: maker.text()),
            source: QuestionSource(
              article: maker.text(nonEmpty: true), sentence: index * 7, text: maker.text())))
      }
      let deck = Deck(
        id: maker.text(nonEmpty: true), title: maker.text(),
        sources: [
          DeckSource(
            path: maker.text(nonEmpty: true), title: round % 3 == 0 ? nil : maker.text(),
            sha256: String(repeating: "0f", count: 32))
        ],
        cards: cards)
      let yaml = writer.yaml(deck)
      let (read, problems) = reader.parse(yaml, defaultID: "unused")
      #expect(problems.isEmpty, "round \(round): \(problems)\n\(yaml)")
      #expect(read == deck, "round \(round)\n\(yaml)")
      if read != deck { break }
    }
  }

  @Test func writingIsDeterministicAndReadable() {
    let deck = sampleDeck([sampleCard()])
    let yaml = writer.yaml(deck)
    #expect(yaml == writer.yaml(deck))
    #expect(
      yaml.contains(
        "\n  - id: c1\n    kind: short\n    prompt: When did Austria join the United Nations?\n"))
    #expect(yaml.contains("    answer: \"1955\"\n"))
    #expect(yaml.contains("    choices: []\n"))
  }

  @Test func missingIdDefaultsToFileName() throws {
    var yaml = writer.yaml(sampleDeck([sampleCard()]))
    yaml = yaml.replacingOccurrences(of: "id: austria\n", with: "")
    let deck = try reader.read(yaml, file: "x.yaml", defaultID: "x")
    #expect(deck.id == "x")
  }

  func problems(_ yaml: String) -> [DeckProblem] { reader.problems(in: yaml) }

  func lineOf(_ needle: String, in yaml: String) -> Int {
    let lines = yaml.components(separatedBy: "\n")
    return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
  }

  @Test func missingFieldIsReportedAtTheCard() {
    let yaml = writer.yaml(sampleDeck([sampleCard()])).replacingOccurrences(
      of: "    answer: \"1955\"\n", with: "")
    let found = problems(yaml)
    #expect(
      found == [DeckProblem(line: lineOf("- id: c1", in: yaml), message: "card 1 has no 'answer'")])
  }

  @Test func unknownKindIsReportedAtItsLine() {
    let yaml = writer.yaml(sampleDeck([sampleCard()])).replacingOccurrences(
      of: "kind: short", with: "kind: essay")
    let found = problems(yaml)
    #expect(found.count == 1)
    #expect(found.first?.line == lineOf("kind: essay", in: yaml))
    #expect(found.first?.message.contains("unknown kind 'essay'") == true)
  }

  @Test func choiceAnswerMustBeAmongChoices() {
    var card = sampleCard(kind: .choice)
    card.choices = ["1944", "1945", "1946", "1947"]
    let yaml = writer.yaml(sampleDeck([card]))
    let found = problems(yaml)
    #expect(
      found == [
        DeckProblem(
          line: lineOf("answer:", in: yaml),
          message: "card 1: answer '1955' is not among the choices")
      ])
  }

  @Test func trueFalseAnswerMustBeTrueOrFalse() {
    var card = sampleCard(kind: .truefalse)
    card.answer = "Yes"
    let yaml = writer.yaml(sampleDeck([card]))
    #expect(problems(yaml).map(\.line) == [lineOf("answer:", in: yaml)])
  }

  @Test func duplicateIdNamesTheFirstLine() {
    let yaml = writer.yaml(sampleDeck([sampleCard(), sampleCard()]))
    let lines = yaml.components(separatedBy: "\n").indices.filter {
      yaml.components(separatedBy: "\n")[$0].contains("- id: c1")
    }.map { $0 + 1 }
    #expect(
      problems(yaml) == [
        DeckProblem(
          line: lines[1], message: "card 2: duplicate id 'c1' (first used on line \(lines[0]))")
      ])
  }

  @Test func orderAnswerMustUseTheChoices() {
    var card = sampleCard(kind: .order)
    card.choices = ["a", "b", "c"]
    card.answer = "a → c → d"
    let yaml = writer.yaml(sampleDeck([card]))
    #expect(problems(yaml).map(\.line) == [lineOf("answer:", in: yaml)])
    card.answer = "c → a → b"
    #expect(problems(writer.yaml(sampleDeck([card]))).isEmpty)
  }

  @Test func emptyPromptAndClozeWithoutGap() {
    var card = sampleCard(kind: .cloze)
    let yaml = writer.yaml(sampleDeck([card]))
    #expect(
      problems(yaml) == [
        DeckProblem(
          line: lineOf("prompt:", in: yaml),
          message: "card 1: a cloze prompt needs a gap written _____")
      ])
    card.kind = .short
    card.prompt = " "
    let empty = writer.yaml(sampleDeck([card]))
    #expect(
      problems(empty) == [
        DeckProblem(line: lineOf("prompt:", in: empty), message: "card 1: 'prompt' is empty")
      ])
  }

  @Test func unknownFieldAndBadSentence() {
    let yaml = writer.yaml(sampleDeck([sampleCard()]))
      .replacingOccurrences(of: "    accept:\n", with: "    acept:\n")
      .replacingOccurrences(of: "sentence: 2", with: "sentence: two")
    let found = problems(yaml)
    #expect(found.map(\.line) == [lineOf("acept:", in: yaml), lineOf("sentence: two", in: yaml)])
  }

  @Test func yamlSyntaxErrorHasALine() {
    let yaml = "title: x\ncards:\n  - id: a\n    prompt: \"unclosed\n"
    let found = problems(yaml)
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("YAML syntax") == true)
    #expect((found.first?.line ?? 0) >= 4)
  }

  @Test func everyProblemIsReportedNotJustTheFirst() {
    var a = sampleCard(id: "a", kind: .truefalse)
    a.answer = "maybe"
    var b = sampleCard(id: "b", kind: .cloze)
    b.prompt = "no gap here"
    let yaml = writer.yaml(sampleDeck([a, b]))
    #expect(problems(yaml).count == 2)
    #expect(throws: DeckFileError.self) { try reader.read(yaml, file: "f.yaml", defaultID: "f") }
  }

  @Test func problemFormatIsFileLineMessage() {
    #expect(
      DeckProblem(line: 7, message: "oops").formatted(file: "Decks/a.yaml")
        == "Decks/a.yaml:7: oops")
  }

  @Test func jsonHasTheContractShape() throws {
    let text = DeckJSON.encode(sampleDeck([sampleCard()]))
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(Set(object?.keys.map { $0 } ?? []) == ["id", "title", "sources", "cards"])
    let card = (object?["cards"] as? [[String: Any]])?.first
    #expect(
      Set(card?.keys.map { $0 } ?? []) == [
        "id", "kind", "prompt", "answer", "accept", "choices", "fact", "source",
      ])
    #expect((card?["fact"] as? [String: Any])?["value"] as? String == "1955")
    #expect(text == DeckJSON.encode(sampleDeck([sampleCard()])))
  }

  @Test func sha256MatchesKnownVectors() {
    #expect(
      SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Data("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Data(String(repeating: "a", count: 1000).utf8)
    #expect(SHA256.hex(long) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }
}
