import Articles

/// What a fact is about; the raw values are the deck format's fact kinds.
public enum FactKind: String, Sendable, Codable, CaseIterable, Hashable {
  case date, year, number, money, person, place, organization, term, event, quote
}

/// How precisely a date is known, so questions ask "in what year" versus "on what day" and
/// made-up distractors move by the same unit.
public enum DateGranularity: String, Sendable, Codable, Hashable {
  case day, month, year, range
}

/// Where a fact was read: the article, the sentence, and the span inside that sentence.
public struct FactSource: Sendable, Hashable, Codable {
  public var article: String
  /// The sentence's `index` in its article.
  public var sentence: Int
  /// Offsets in Unicode scalars within `text`.
  public var span: Range<Int>
  /// The sentence as it stands in the cleaned article.
  public var text: String

  public init(article: String, sentence: Int, span: Range<Int>, text: String) {
    self.article = article
    self.sentence = sentence
    self.span = span
    self.text = text
  }
}

/// A typed piece of information found in an article.
///
/// `value` is normalised so facts can be compared, ordered and varied:
/// - date: ISO-8601 at its granularity ("1979-01-07", "1978-12", "1999"), a range as
///   "1979/1989" (a decade, "the 1990s", is the range "1990/1999"; a century, "the 20th
///   century", is "1901/2000"); a day and month written without a year take the one year their
///   sentence, or failing that their paragraph so far, names ("In 1979, … On 4 November" →
///   "1979-11-04"), and otherwise keep ISO's yearless form "--06-29";
/// - year: "1999"; years with an era have four digits and a sign for BC ("0938", "-0221");
/// - number: a plain decimal ("790", "3500000", "12.5"), percentages too (unit "%");
/// - money: a decimal and an ISO currency code, "100000 USD";
/// - person, place, organization, term, event: the canonical name;
/// - quote: the quotation's words without quotation marks.
public struct Fact: Sendable, Hashable {
  public var kind: FactKind
  /// The words as written in the article.
  public var text: String
  public var value: String
  public var source: FactSource
  /// Dates only.
  public var granularity: DateGranularity?
  /// Quantities: "over", "about", "more than"… kept out of `value`.
  public var qualifier: String?
  /// Counts: the noun counted ("officers"); money: the currency code; percentages: "%".
  public var unit: String?
  /// People: title or role ("Prime Minister", "former Director of …"); organizations: the acronym.
  public var role: String?
  /// Quotes: who said it.
  public var speaker: String?
  /// People: the honorific or office written before the name ("Associate Professor Dr.",
  /// "Prime Minister Samdech Techo"), when `role` holds a fuller role from an apposition.
  public var title: String?
  /// Events: the normalised date the same sentence gives ("2023-02"), so a question can ask
  /// what happened then.
  public var date: String?
  /// How much the article leans on this fact (recurrence, place in the narrative); higher
  /// ranks first when the generator chooses what to ask.
  public var salience: Double

  public init(
    kind: FactKind, text: String, value: String, source: FactSource,
    granularity: DateGranularity? = nil, qualifier: String? = nil, unit: String? = nil,
    role: String? = nil, speaker: String? = nil, salience: Double = 0
  ) {
    self.kind = kind
    self.text = text
    self.value = value
    self.source = source
    self.granularity = granularity
    self.qualifier = qualifier
    self.unit = unit
    self.role = role
    self.speaker = speaker
    self.salience = salience
  }
}
