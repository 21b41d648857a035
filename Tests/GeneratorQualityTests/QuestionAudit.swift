import Decks
import Foundation
import Questions

/// The checks a machine can make on a question before a person reads it: each names a way a
/// card fails a student (the answer given away, two right options, a gap missing, a pronoun
/// with nothing to refer to).
enum QuestionAudit {
  /// Words that cannot open a question: the reader of a single card has no antecedent.
  static let danglingOpeners: Set<String> = [
    "it", "its", "they", "their", "them", "he", "his", "him", "she", "her", "this", "these",
    "those", "that",
  ]

  /// "It was cold …", "It was not until …", "It is estimated that …": an "It" that stands
  /// for nothing, so no antecedent is missing (the audit's own short list, not the writer's).
  static func opensOnWeatherOrCleft(_ prompt: String) -> Bool {
    let words = prompt.lowercased().split(separator: " ").prefix(5).map {
      $0.filter(\.isLetter)
    }
    guard words.count >= 3, words[0] == "it", ["was", "is"].contains(words[1]) else {
      return false
    }
    let rest = words.dropFirst(2).filter { !["unusually", "very", "bitterly"].contains($0) }
    guard let word = rest.first else { return false }
    return ["warm", "cold", "hot", "dark", "raining", "snowing", "midnight"].contains(word)
      || (word == "not" && rest.dropFirst().first == "until")
      || (["estimated", "believed", "agreed", "decided"].contains(word)
        && rest.dropFirst().first == "that")
  }

  /// Every problem with one card, as short phrases ("answer in prompt", …).
  static func problems(in question: Question) -> [String] {
    var found: [String] = []
    let prompt = question.prompt
    if prompt.trimmingCharacters(in: .whitespaces).isEmpty { found.append("empty prompt") }
    if question.answer.trimmingCharacters(in: .whitespaces).isEmpty {
      found.append("empty answer")
    }
    if let opener = firstWord(of: prompt), danglingOpeners.contains(opener),
      !opensOnWeatherOrCleft(prompt)
    {
      found.append("starts with pronoun “\(opener)”")
    }
    if let last = lastWord(of: prompt), prompt.hasSuffix("?"),
      ["it", "them", "him", "her"].contains(last)
    {
      found.append("ends on pronoun “\(last)”")
    }
    for option in [question.answer] + question.choices where isCutOffName(option) {
      found.append("cut-off name “\(option)”")
    }
    switch question.kind {
    case .cloze:
      let gaps = gapCount(in: prompt)
      if gaps != 1 { found.append("cloze has \(gaps) gaps") }
      if answerShowsIn(prompt: prompt, answer: question.answer) {
        found.append("answer in prompt")
      }
    case .short:
      if !prompt.hasSuffix("?") { found.append("short question without “?”") }
      if answerShowsIn(prompt: prompt, answer: question.answer) {
        found.append("answer in prompt")
      }
    case .choice:
      found += choiceProblems(question)
      if answerShowsIn(prompt: prompt, answer: question.answer) {
        found.append("answer in prompt")
      }
    case .truefalse:
      if question.answer != "True" && question.answer != "False" {
        found.append("true/false answer “\(question.answer)”")
      }
    case .order:
      let items = question.answer.components(separatedBy: orderSeparator)
      if items.count < 2 { found.append("order with \(items.count) item") }
      if items.sorted() != question.choices.sorted() {
        found.append("order answer is not the choices rearranged")
      }
    }
    return found
  }

  /// Problems of the deck as a whole: the fact budget, ids and repeated prompts.
  static func deckProblems(_ deck: Deck, budget: Int) -> [String] {
    var found: [String] = []
    let tested = factsTested(by: deck)
    if tested > budget {
      found.append("budget: \(tested) facts > \(budget) allowed")
    }
    let ids = deck.cards.map(\.id)
    if Set(ids).count != ids.count { found.append("duplicate card ids") }
    // A choice may share its wording with the short question of the same fact; two cards of
    // one kind may not.
    var seen: Set<String> = []
    for card in deck.cards where !seen.insert("\(card.kind) \(TextFold.fold(card.prompt))").inserted
    {
      found.append("two \(card.kind.rawValue) cards ask “\(card.prompt)”")
    }
    return found
  }

  /// Distinct facts the deck asks about. An order card's fact is a timeline of dates
  /// ("1979-01-07 1993-09-24 …"): its dates count only when no other card asks about them.
  static func factsTested(by deck: Deck) -> Int {
    let single = deck.cards.filter { $0.kind != .order }
    var values = Set(single.map(\.fact.value))
    var count = Set(single.map(\.fact.id)).count
    for card in deck.cards where card.kind == .order {
      for value in card.fact.value.split(separator: " ").map(String.init)
      where !values.contains(value) {
        values.insert(value)
        count += 1
      }
    }
    return count
  }

  /// The question budget the generator promises: one fact per 40 words, plus ten.
  static func budget(words: Int) -> Int {
    words / 40 + 10
  }

  private static func choiceProblems(_ question: Question) -> [String] {
    var found: [String] = []
    let choices = question.choices
    if choices.count != 4 { found.append("\(choices.count) choices, not 4") }
    let folded = choices.map(TextFold.fold)
    if Set(folded).count != folded.count { found.append("choices not distinct") }
    let hits = choices.filter { $0 == question.answer }.count
    if hits != 1 { found.append("answer is among the choices \(hits) times") }
    let shape = AnswerShape(question.answer)
    let odd = choices.filter { AnswerShape($0) != shape }
    if !odd.isEmpty {
      found.append("choices of another type than \(shape): \(odd.joined(separator: " | "))")
    }
    return found
  }

  static func gapCount(in prompt: String) -> Int {
    var count = 0
    var run = 0
    for character in prompt + " " {
      if character == "_" {
        run += 1
      } else {
        if run >= 3 { count += 1 }
        run = 0
      }
    }
    return count
  }

  private static func answerShowsIn(prompt: String, answer: String) -> Bool {
    let cleaned = prompt.replacingOccurrences(of: "_", with: " ")
    return !TextFold.words(answer).isEmpty && TextFold.containsWords(cleaned, answer)
  }

  /// "John F", "William P": a name that lost its surname at an initial's full stop.
  /// ("Francis I" ends on a regnal number.)
  static func isCutOffName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    // ("Charles V", "Charles X": a regnal number, as the writer reads it.)
    guard words.count >= 2, let last = words.last, last.count == 1,
      !["I", "V", "X"].contains(last), last.first?.isUppercase == true
    else { return false }
    return words.dropLast().allSatisfy { $0.first?.isUppercase == true }
  }

  private static func lastWord(of prompt: String) -> String? {
    let word = prompt.split(whereSeparator: { $0 == " " || $0 == "\n" }).last.map {
      $0.trimmingCharacters(in: .punctuationCharacters).lowercased()
    }
    return word?.isEmpty == false ? word : nil
  }

  private static func firstWord(of prompt: String) -> String? {
    let word = prompt.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map {
      $0.trimmingCharacters(in: .punctuationCharacters).lowercased()
    }
    return word?.isEmpty == false ? word : nil
  }
}

/// The kind of thing an answer is, so a choice's options can be checked to be alike.
enum AnswerShape: Equatable, CustomStringConvertible {
  case date(String)
  case money(String?)
  case number
  case name
  case phrase

  init(_ text: String) {
    if let date = DateValue.parse(text) {
      let granularity =
        date.end != nil
        ? "range" : date.start.day != nil ? "day" : date.start.month != nil ? "month" : "year"
      self = .date(granularity)
    } else if let quantity = Quantity.first(in: text), let currency = quantity.currency {
      self = .money(currency)
    } else if let first = TextFold.words(text).first, !Self.isTitleCased(text),
      Quantity.first(in: first) != nil
        || ["about", "over", "more", "nearly", "some", "around", "almost", "at"].contains(first)
          && Quantity.first(in: text) != nil
    {
      self = .number
    } else if text.first(where: \.isLetter)?.isUppercase == true {
      self = .name
    } else {
      self = .phrase
    }
  }

  /// "Fourteen Points", "Two Plus Four Treaty": a name that starts with a number written as a
  /// word, every word capitalised and no digit in it.
  private static func isTitleCased(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return words.count >= 2 && !text.contains(where: \.isNumber)
      && words.allSatisfy { $0.first?.isUppercase == true }
  }

  var description: String {
    switch self {
    case .date(let granularity): "date (\(granularity))"
    case .money(let currency): "money (\(currency ?? "?"))"
    case .number: "number"
    case .name: "name"
    case .phrase: "phrase"
    }
  }
}
