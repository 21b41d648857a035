import Facts

/// The kinds of question a deck can hold; raw values are the deck format's card kinds.
public enum QuestionKind: String, Sendable, Codable, CaseIterable, Hashable {
  case cloze, choice, truefalse, short, order
}

/// The fact a question tests, as the deck records it.
public struct TestedFact: Sendable, Hashable, Codable {
  /// Same for every question about this fact, whatever its kind: study sessions keep such
  /// siblings apart, and regeneration keeps ids stable through it.
  public var id: String
  public var kind: FactKind
  /// As written in the article.
  public var text: String
  /// Normalised, see `Fact.value`.
  public var value: String

  public init(id: String, kind: FactKind, text: String, value: String) {
    self.id = id
    self.kind = kind
    self.text = text
    self.value = value
  }
}

/// Where the question's answer can be read.
public struct QuestionSource: Sendable, Hashable, Codable {
  public var article: String
  public var sentence: Int
  public var text: String

  public init(article: String, sentence: Int, text: String) {
    self.article = article
    self.sentence = sentence
    self.text = text
  }
}

/// One card of a deck.
///
/// - cloze: `prompt` holds the sentence with the gap written "_____"; `answer` fills it.
/// - choice: `choices` holds four options, `answer` is one of them.
/// - truefalse: `answer` is "True" or "False".
/// - short: a wh-question; `accept` lists further answers a learner may type.
/// - order: `choices` holds the items shuffled; `answer` is them in order joined by " → ".
public struct Question: Sendable, Hashable, Codable {
  /// Stable: derived from the fact and the kind, never from wording or position.
  public var id: String
  public var kind: QuestionKind
  public var prompt: String
  public var answer: String
  public var accept: [String]
  public var choices: [String]
  public var fact: TestedFact
  public var source: QuestionSource

  public init(
    id: String, kind: QuestionKind, prompt: String, answer: String, accept: [String] = [],
    choices: [String] = [], fact: TestedFact, source: QuestionSource
  ) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.answer = answer
    self.accept = accept
    self.choices = choices
    self.fact = fact
    self.source = source
  }
}

/// Separates timeline items in an `order` question's answer.
public let orderSeparator = " → "
