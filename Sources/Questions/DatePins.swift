/// The parts of a date answer that its own card already shows: "In 1800 … signed on _____"
/// shows the year, "reached Washington in early July and was published on _____" the month.
/// An option that differs in a part the card shows is ruled out by reading the card, and the
/// answer is the only option left that fits it; so options must keep those parts.
struct DatePins: Sendable {
  private var year: Int?
  private var month: Int?

  /// No pins: every date option is admitted.
  init() {}

  /// Pins the answer's year when the prompt shows it as a number of its own, and its month
  /// when the prompt names that month ("July", or "Jul." and "Jul" shortened).
  init(answer: String, prompt: String) {
    guard let day = DistractorMaker.Day(answer), day.month != nil else { return }
    let words = DatePins.words(prompt)
    if words.contains(String(day.year)) { year = day.year }
    if let month = day.month, (1...12).contains(month) {
      let name = Lexicon.months[month - 1]
      if words.contains(name) || words.contains(String(name.prefix(3))) { self.month = month }
    }
  }

  /// False for an option that differs from the answer in a pinned part, or whose parts are
  /// unknown while one is pinned.
  func admits(_ option: DistractorOption) -> Bool {
    guard year != nil || month != nil else { return true }
    guard let reading = option.date else { return false }
    if let year, reading.year != year { return false }
    if let month, reading.month != month { return false }
    return true
  }

  /// The prompt's runs of letters and of digits, in their own case: "1800," gives "1800",
  /// "Jul." gives "Jul". (`TextFolding.words` lower-cases, and "march" and "may" are verbs.)
  private static func words(_ text: String) -> Set<String> {
    var words: Set<String> = []
    var current = ""
    var isDigits = false
    for scalar in text.unicodeScalars {
      let digit = ("0"..."9").contains(scalar)
      let letter = scalar.properties.isAlphabetic
      if (digit || letter), current.isEmpty || digit == isDigits {
        current.unicodeScalars.append(scalar)
        isDigits = digit
        continue
      }
      if !current.isEmpty { words.insert(current) }
      current = digit || letter ? String(scalar) : ""
      isDigits = digit
    }
    if !current.isEmpty { words.insert(current) }
    return words
  }
}
