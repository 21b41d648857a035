import Questions

/// An answer read once in every way the matcher compares answers, so comparing many cards
/// with many keys stays cheap.
struct ReadAnswer: Sendable {
  var text: String
  var folded: String
  var words: [String]
  var date: DateValue?
  var quantity: Quantity?

  init(_ text: String) {
    self.text = text
    folded = TextFold.fold(text)
    words = folded.split(separator: " ").map(String.init)
    date = DateValue.parse(text)
    quantity = Quantity.first(in: text)
  }
}

/// A key fact with its written forms read.
struct PreparedKey: Sendable {
  var key: KeyFact
  var forms: [ReadAnswer]

  init(_ key: KeyFact) {
    self.key = key
    forms = ([key.value, key.text] + key.accept).map(ReadAnswer.init)
  }
}

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
    let prepared = PreparedKey(key)
    return candidates(of: question, reading: reading).contains {
      matches(prepared, ReadAnswer($0))
    }
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
    matches(PreparedKey(key), ReadAnswer(candidate))
  }

  static func matches(_ key: PreparedKey, _ candidate: ReadAnswer) -> Bool {
    key.forms.contains { matches(form: $0, kind: key.key.kind, candidate: candidate) }
  }

  static func matches(form: ReadAnswer, kind: String, candidate: ReadAnswer) -> Bool {
    if form.folded == candidate.folded { return true }
    switch kind {
    case "date", "year":
      guard let wanted = form.date, let given = candidate.date else { return false }
      return wanted == given
    case "number":
      if let date = candidate.date, date.start.month != nil { return false }
      guard let wanted = form.quantity, let given = candidate.quantity else { return false }
      return wanted.sameAmount(as: given)
    case "money":
      guard let wanted = form.quantity, let given = candidate.quantity,
        wanted.sameAmount(as: given)
      else { return false }
      return wanted.currency == nil || given.currency == nil || wanted.currency == given.currency
    default:
      return sameName(form.words, candidate.words)
    }
  }

  /// Words a name may carry or drop without naming something else.
  static let titleWords: Set<String> = [
    "president", "prime", "minister", "deputy", "chancellor", "prince", "king", "emperor",
    "commodore", "general", "lieutenant", "senior", "colonel", "dr", "mr", "mrs", "ms", "sir",
    "secretary", "foreign", "province", "city", "district", "town", "the", "of",
  ]

  /// One name inside the other: the longer may add titles ("President Richard Nixon"), or
  /// given names before a kept tail ("Tun Abdul Razak" for "Abdul Razak"); a cut-off head
  /// ("John F" for "John F. Kennedy", "Institute for Regional Policy" for "… and Security
  /// Studies") is another, wrong, name.
  static func sameName(_ one: [String], _ other: [String]) -> Bool {
    let (short, long) = one.count <= other.count ? (one, other) : (other, one)
    guard !short.isEmpty, short.count < long.count else { return short == long }
    for start in 0...(long.count - short.count)
    where Array(long[start..<start + short.count]) == short {
      let extra = long[..<start] + long[(start + short.count)...]
      if extra.allSatisfy(titleWords.contains) { return true }
      let isTail = start + short.count == long.count
      if isTail, short.count >= 2, short.count * 2 >= long.count { return true }
    }
    return false
  }
}
