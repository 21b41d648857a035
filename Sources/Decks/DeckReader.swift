import Facts
import Foundation
import Questions
import Yams

/// One thing wrong with a deck file, at the line a teacher should look at.
public struct DeckProblem: Sendable, Hashable, CustomStringConvertible {
  public var line: Int
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "\(line): \(message)" }

  /// The form `factdeck check` prints: `FILE:LINE: message`.
  public func formatted(file: String) -> String { "\(file):\(line): \(message)" }
}

/// A deck file that could not be read, with every problem found.
public struct DeckFileError: Error, Sendable, CustomStringConvertible {
  public var file: String
  public var problems: [DeckProblem]

  public var description: String {
    problems.map { $0.formatted(file: file) }.joined(separator: "\n")
  }
}

/// Reads deck YAML through Yams' node tree, which keeps line numbers, and checks every card
/// so `factdeck check` can report all problems at once.
public struct DeckReader: Sendable {
  /// Whether canonical files may take the fast scanner; false reads everything with Yams
  /// (for comparison in benchmarks and tests).
  public var allowsFastPath: Bool

  public init(allowsFastPath: Bool = true) {
    self.allowsFastPath = allowsFastPath
  }

  /// The deck, or every problem in it. `defaultID` names a deck whose file has no `id`.
  public func read(_ text: String, file: String, defaultID: String) throws(DeckFileError) -> Deck {
    let (deck, problems) = parse(text, defaultID: defaultID)
    if let deck, problems.isEmpty { return deck }
    throw DeckFileError(file: file, problems: problems)
  }

  /// Every problem in the file, in line order; empty when it is a valid deck.
  public func problems(in text: String) -> [DeckProblem] {
    parse(text, defaultID: "deck").problems
  }

  public func parse(_ text: String, defaultID: String) -> (deck: Deck?, problems: [DeckProblem]) {
    let result = parseReportingPath(text, defaultID: defaultID)
    return (result.deck, result.problems)
  }

  /// Which reader produced a result: tests check the fast one is really taken.
  enum ReadPath: Sendable, Equatable {
    case canonical
    case yams
  }

  /// Reads with the fast canonical scanner when the file stays inside the subset it
  /// understands, else with Yams; the checks that follow are the same code either way.
  func parseReportingPath(_ text: String, defaultID: String) -> (
    deck: Deck?, problems: [DeckProblem], path: ReadPath
  ) {
    if allowsFastPath, let root = CanonicalDeckScanner.scan(text) {
      let (deck, problems) = check(root, defaultID: defaultID)
      return (deck, problems, .canonical)
    }
    let (deck, problems) = parseWithYams(text, defaultID: defaultID)
    return (deck, problems, .yams)
  }

  /// The full YAML reader: slow on big files, but it understands all of YAML and names the
  /// line of any syntax error.
  func parseWithYams(_ text: String, defaultID: String) -> (deck: Deck?, problems: [DeckProblem]) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      return (nil, [DeckReader.problem(from: error)])
    } catch {
      return (nil, [DeckProblem(line: 1, message: "cannot read YAML: \(error)")])
    }
    guard let root else {
      return (
        nil,
        [DeckProblem(line: 1, message: "a deck must be a mapping with title, sources and cards")]
      )
    }
    return check(root, defaultID: defaultID)
  }

  func check<N: DeckTreeNode>(_ root: N, defaultID: String) -> (
    deck: Deck?, problems: [DeckProblem]
  ) {
    var context = Context<N>()
    guard let mapping = root.entries else {
      return (
        nil,
        [
          DeckProblem(
            line: root.line ?? 1,
            message: "a deck must be a mapping with title, sources and cards")
        ]
      )
    }
    let deck = context.deck(mapping, line: root.line ?? 1, defaultID: defaultID)
    let problems = context.problems.sorted { $0.line < $1.line }
    return (problems.isEmpty ? deck : nil, problems)
  }

  static func problem(from error: YamlError) -> DeckProblem {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return DeckProblem(line: mark.line, message: "YAML syntax: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return DeckProblem(
        line: context.mark.line,
        message: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
    case .reader(let problem, _, _, _):
      return DeckProblem(line: 1, message: "cannot read text: \(problem)")
    default:
      return DeckProblem(line: 1, message: "cannot read YAML: \(error)")
    }
  }

  struct Context<Node: DeckTreeNode> {
    var problems: [DeckProblem] = []
    var cardLines: [String: Int] = [:]

    mutating func report(_ line: Int, _ message: String) {
      problems.append(DeckProblem(line: line, message: message))
    }

    /// The mapping's entries by key, reporting keys not in `allowed`.
    mutating func fields(
      _ mapping: [Node], line mappingLine: Int, allowed: [String], what: Subject
    ) -> Fields<Node> {
      var result = Fields<Node>(allowed: allowed, entries: mapping)
      for position in stride(from: 0, to: mapping.count - 1, by: 2) {
        let key = mapping[position]
        let line = key.line ?? mappingLine
        guard let name = key.scalarValue?.text else {
          report(line, "\(what): keys must be plain words")
          continue
        }
        guard let index = allowed.firstIndex(of: name) else {
          report(
            line,
            "\(what): unknown field '\(name)' (expected one of: \(allowed.joined(separator: ", ")))"
          )
          continue
        }
        result.positions[index] = Int32(position + 1)
      }
      return result
    }

    mutating func string(
      _ fields: Fields<Node>, _ key: String, what: Subject, line: Int, required: Bool = true
    ) -> String? {
      guard let node = fields[key] else {
        if required { report(line, "\(what) has no '\(key)'") }
        return nil
      }
      guard let scalar = node.scalarValue else {
        report(node.line ?? line, "\(what): '\(key)' must be text, not a list or mapping")
        return nil
      }
      if scalar.isNull {
        if required { report(node.line ?? line, "\(what): '\(key)' is empty") }
        return nil
      }
      return scalar.text
    }

    mutating func strings(_ fields: Fields<Node>, _ key: String, what: Subject, line: Int)
      -> [String]
    {
      guard let node = fields[key] else { return [] }
      if let scalar = node.scalarValue?.text,
        scalar.isEmpty || scalar == "~" || scalar == "null"
      {
        return []
      }
      guard let sequence = node.items else {
        report(node.line ?? line, "\(what): '\(key)' must be a list")
        return []
      }
      var result: [String] = []
      for item in sequence {
        guard let scalar = item.scalarValue else {
          report(item.line ?? line, "\(what): each item of '\(key)' must be text")
          continue
        }
        result.append(scalar.text)
      }
      return result
    }

    mutating func deck(
      _ mapping: [Node], line: Int, defaultID: String
    ) -> Deck? {
      let fields = fields(mapping, line: line, allowed: Keys.deck, what: "deck")
      let id = string(fields, "id", what: "deck", line: line, required: false) ?? defaultID
      let title = string(fields, "title", what: "deck", line: line)
      var sources: [DeckSource] = []
      if let node = fields["sources"] {
        if let sequence = node.items {
          for item in sequence {
            if let source = source(item) { sources.append(source) }
          }
        } else if node.scalarValue?.text.isEmpty != true {
          report(node.line ?? line, "deck: 'sources' must be a list")
        }
      }
      var cards: [Question] = []
      if let node = fields["cards"] {
        if let sequence = node.items {
          cards.reserveCapacity(sequence.count)
          cardLines.reserveCapacity(sequence.count)
          for (index, item) in sequence.enumerated() {
            if let card = card(item, number: index + 1) { cards.append(card) }
          }
        } else {
          report(node.line ?? line, "deck: 'cards' must be a list")
        }
      } else {
        report(line, "deck has no 'cards'")
      }
      guard let title else { return nil }
      return Deck(id: id, title: title, sources: sources, cards: cards)
    }

    mutating func source(_ node: Node) -> DeckSource? {
      let line = node.line ?? 1
      guard let mapping = node.entries else {
        report(line, "each source must be a mapping with path and sha256")
        return nil
      }
      let fields = fields(mapping, line: line, allowed: Keys.source, what: "source")
      let path = string(fields, "path", what: "source", line: line)
      let title = string(fields, "title", what: "source", line: line, required: false)
      let sha = string(fields, "sha256", what: "source", line: line)
      if let sha, !sha.isEmpty,
        sha.count != 64 || !sha.allSatisfy({ $0.isHexDigit && !$0.isUppercase })
      {
        report(
          fields["sha256"]?.line ?? line, "source: sha256 must be 64 lowercase hex digits")
      }
      guard let path, let sha else { return nil }
      return DeckSource(path: path, title: title, sha256: sha)
    }

    mutating func card(_ node: Node, number: Int) -> Question? {
      let line = node.line ?? 1
      let what = Subject(card: number)
      guard let mapping = node.entries else {
        report(line, "\(what) must be a mapping with id, kind, prompt, answer, fact and source")
        return nil
      }
      let fields = fields(mapping, line: line, allowed: Keys.card, what: what)
      let id = string(fields, "id", what: what, line: line)
      if let id {
        let idLine = fields["id"]?.line ?? line
        if id.isEmpty {
          report(idLine, "\(what): 'id' is empty")
        } else if let first = cardLines[id] {
          report(idLine, "\(what): duplicate id '\(id)' (first used on line \(first))")
        } else {
          cardLines[id] = idLine
        }
      }
      let kindText = string(fields, "kind", what: what, line: line)
      let kind = kindText.flatMap(QuestionKind.init(rawValue:))
      if let kindText, kind == nil {
        report(
          fields["kind"]?.line ?? line,
          "\(what): unknown kind '\(kindText)' (expected one of: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      let prompt = string(fields, "prompt", what: what, line: line)
      let promptLine = fields["prompt"]?.line ?? line
      if let prompt, Context.isBlank(prompt) {
        report(promptLine, "\(what): 'prompt' is empty")
      }
      let answer = string(fields, "answer", what: what, line: line)
      let answerLine = fields["answer"]?.line ?? line
      if let answer, Context.isBlank(answer) {
        report(answerLine, "\(what): 'answer' is empty")
      }
      let accept = strings(fields, "accept", what: what, line: line)
      let choices = strings(fields, "choices", what: what, line: line)
      let choicesLine = fields["choices"]?.line ?? line
      let fact = testedFact(fields["fact"], what: what, line: line)
      let source = questionSource(fields["source"], what: what, line: line)
      if let kind, let prompt, let answer {
        checkKind(
          kind, prompt: prompt, answer: answer, choices: choices, what: what,
          lines: (promptLine, answerLine, choicesLine))
      }
      guard let id, let kind, let prompt, let answer, let fact, let source else { return nil }
      return Question(
        id: id, kind: kind, prompt: prompt, answer: answer, accept: accept, choices: choices,
        fact: fact, source: source)
    }

    /// Only spaces and line breaks. Text that starts with anything else is not blank, which
    /// settles almost every card without asking Foundation.
    static func isBlank(_ text: String) -> Bool {
      guard let first = text.unicodeScalars.first else { return true }
      if !first.properties.isWhitespace { return false }
      return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    mutating func checkKind(
      _ kind: QuestionKind, prompt: String, answer: String, choices: [String], what: Subject,
      lines: (prompt: Int, answer: Int, choices: Int)
    ) {
      if Set(choices).count != choices.count {
        report(lines.choices, "\(what): choices repeat an option")
      }
      switch kind {
      case .cloze:
        if !prompt.contains("___") {
          report(lines.prompt, "\(what): a cloze prompt needs a gap written _____")
        }
      case .choice:
        if choices.count < 2 {
          report(lines.choices, "\(what): a choice card needs at least two choices")
        } else if !choices.contains(answer) {
          report(lines.answer, "\(what): answer '\(answer)' is not among the choices")
        }
      case .truefalse:
        if answer != "True" && answer != "False" {
          report(lines.answer, "\(what): a truefalse answer must be True or False, not '\(answer)'")
        }
      case .order:
        let items = answer.components(separatedBy: orderSeparator)
        if choices.count < 2 {
          report(lines.choices, "\(what): an order card needs at least two items in choices")
        } else if items.sorted() != choices.sorted() {
          report(
            lines.answer,
            "\(what): an order answer must be the choices in order, joined by '\(orderSeparator)'")
        }
      case .short:
        break
      }
    }

    mutating func testedFact(_ node: Node?, what: Subject, line: Int) -> TestedFact? {
      guard let node else {
        report(line, "\(what) has no 'fact'")
        return nil
      }
      let factLine = node.line ?? line
      guard let mapping = node.entries else {
        report(factLine, "\(what): 'fact' must be a mapping with id, kind, text and value")
        return nil
      }
      let fields = fields(
        mapping, line: factLine, allowed: Keys.fact, what: what.part("fact"))
      let id = string(fields, "id", what: what.part("fact"), line: factLine)
      let kindText = string(fields, "kind", what: what.part("fact"), line: factLine)
      let kind = kindText.flatMap(FactKind.init(rawValue:))
      if let kindText, kind == nil {
        report(
          fields["kind"]?.line ?? factLine,
          "\(what): unknown fact kind '\(kindText)' (expected one of: \(FactKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
      let text = string(fields, "text", what: what.part("fact"), line: factLine)
      let value = string(fields, "value", what: what.part("fact"), line: factLine)
      guard let id, let kind, let text, let value else { return nil }
      return TestedFact(id: id, kind: kind, text: text, value: value)
    }

    mutating func questionSource(_ node: Node?, what: Subject, line: Int) -> QuestionSource? {
      guard let node else {
        report(line, "\(what) has no 'source'")
        return nil
      }
      let sourceLine = node.line ?? line
      guard let mapping = node.entries else {
        report(sourceLine, "\(what): 'source' must be a mapping with article, sentence and text")
        return nil
      }
      let fields = fields(
        mapping, line: sourceLine, allowed: Keys.questionSource, what: what.part("source"))
      let article = string(fields, "article", what: what.part("source"), line: sourceLine)
      let sentenceText = string(fields, "sentence", what: what.part("source"), line: sourceLine)
      let sentence = sentenceText.flatMap { Int($0) }
      if let sentenceText, sentence == nil || sentence! < 0 {
        report(
          fields["sentence"]?.line ?? sourceLine,
          "\(what): source sentence must be a whole number, not '\(sentenceText)'")
      }
      let text = string(fields, "text", what: what.part("source"), line: sourceLine)
      guard let article, let sentence, let text else { return nil }
      return QuestionSource(article: article, sentence: sentence, text: text)
    }
  }

  /// The fields each mapping may have, in the order the writer puts them.
  enum Keys {
    static let deck = ["id", "title", "sources", "cards"]
    static let source = ["path", "title", "sha256"]
    static let card = ["id", "kind", "prompt", "answer", "accept", "choices", "fact", "source"]
    static let fact = ["id", "kind", "text", "value"]
    static let questionSource = ["article", "sentence", "text"]
  }

  /// A mapping's known fields by name: where each sits among the mapping's values, in a few
  /// inline slots rather than a dictionary, since a big deck builds three of these per card.
  struct Fields<Node> {
    let allowed: [String]
    /// The mapping's keys and values, alternating.
    let entries: [Node]
    /// Per allowed name, the index of its value in `entries`, or -1. Deck mappings allow at
    /// most 8 names.
    var positions = SIMD8<Int32>(repeating: -1)

    init(allowed: [String], entries: [Node]) {
      precondition(allowed.count <= 8, "a deck mapping allows at most 8 fields")
      self.allowed = allowed
      self.entries = entries
    }

    subscript(name: String) -> Node? {
      guard let index = allowed.firstIndex(of: name), positions[index] >= 0 else { return nil }
      return entries[Int(positions[index])]
    }
  }

  /// What a message is about ("deck", "card 3 fact"), put into words only when a problem is
  /// reported: a valid 100,000-card deck never pays for the text.
  struct Subject: CustomStringConvertible, ExpressibleByStringLiteral {
    var name: String
    var card: Int?
    var detail: String?

    init(stringLiteral name: String) {
      self.name = name
    }

    init(card: Int) {
      name = "card"
      self.card = card
    }

    func part(_ detail: String) -> Subject {
      var copy = self
      copy.detail = detail
      return copy
    }

    var description: String {
      var text = card.map { "\(name) \($0)" } ?? name
      if let detail { text += " " + detail }
      return text
    }
  }
}
