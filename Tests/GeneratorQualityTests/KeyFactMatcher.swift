import Questions

/// Decides, as a lenient marker would, whether a question tests a key fact: numbers compare
/// as numbers, dates by value, money by amount and currency, names after folding case,
/// diacritics and punctuation (a name inside a longer one counts when it has two words or more
/// and half the longer one's words, so "Richard Nixon" answers "President Richard Nixon").
enum KeyFactMatcher {
  /// How a question is allowed to cover a key.
  enum Reading {
    /// The answer, accepted variants, or the fact the card records (the brief's rule).
    case answerOrFact
    /// Only what a learner would type or pick: answer and accepted variants, and never a
    /// true/false card.
    case answerOnly
  }

  static func covers(_ question: Question, _ key: KeyFact, reading: Reading = .answerOrFact)
    -> Bool
  {
    candidates(of: question, reading: reading).contains { matches(key, $0) }
  }

  static func candidates(of question: Question, reading: Reading) -> [String] {
    var found: [String] = []
    switch question.kind {
    case .truefalse:
      break
    case .order:
      found += question.answer.components(separatedBy: orderSeparator)
    default:
      found.append(question.answer)
    }
    found += question.accept
    if reading == .answerOrFact {
      found += [question.fact.value, question.fact.text]
    }
    return found.filter { !$0.isEmpty }
  }

  static func matches(_ key: KeyFact, _ candidate: String) -> Bool {
    let forms = [key.value, key.text] + key.accept
    return forms.contains { matches(form: $0, kind: key.kind, candidate: candidate) }
  }

  static func matches(form: String, kind: String, candidate: String) -> Bool {
    if TextFold.fold(form) == TextFold.fold(candidate) { return true }
    switch kind {
    case "date", "year":
      guard let wanted = DateValue.parse(form), let given = DateValue.parse(candidate) else {
        return false
      }
      return wanted == given
    case "number":
      if let date = DateValue.parse(candidate), date.start.month != nil { return false }
      guard let wanted = Quantity.first(in: form), let given = Quantity.first(in: candidate)
      else { return false }
      return wanted.sameAmount(as: given)
    case "money":
      guard let wanted = Quantity.first(in: form), let given = Quantity.first(in: candidate)
      else { return false }
      guard wanted.sameAmount(as: given) else { return false }
      return wanted.currency == nil || given.currency == nil || wanted.currency == given.currency
    default:
      let wanted = TextFold.words(form)
      let given = TextFold.words(candidate)
      let shorter = min(wanted.count, given.count)
      // Two words at least, and half of the longer name: "United Nations" is not UNISFA.
      guard shorter >= 2, shorter * 2 >= max(wanted.count, given.count) else { return false }
      return TextFold.containsWords(form, candidate) || TextFold.containsWords(candidate, form)
    }
  }
}
