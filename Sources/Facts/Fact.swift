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
  /// The fields, shared by every copy: a fact holds eleven strings, and the question writer
  /// copies facts often enough that retaining each of them cost more than many of its checks.
  /// The storage never changes (no access to it needs an exclusivity check); changing a field
  /// gives the fact new storage.
  @usableFromInline var storage: Storage

  /// What the fact is about.
  @inlinable public var kind: FactKind {
    get { storage.fields.kind }
    set { update { $0.kind = newValue } }
  }
  /// The words as written in the article.
  @inlinable public var text: String {
    get { storage.fields.text }
    set { update { $0.text = newValue } }
  }
  /// The normalised value (see above).
  @inlinable public var value: String {
    get { storage.fields.value }
    set { update { $0.value = newValue } }
  }
  /// Where the fact was read.
  @inlinable public var source: FactSource {
    get { storage.fields.source }
    set { update { $0.source = newValue } }
  }
  /// Dates only.
  @inlinable public var granularity: DateGranularity? {
    get { storage.fields.granularity }
    set { update { $0.granularity = newValue } }
  }
  /// Quantities: "over", "about", "more than"… kept out of `value`.
  @inlinable public var qualifier: String? {
    get { storage.fields.qualifier }
    set { update { $0.qualifier = newValue } }
  }
  /// Counts: the noun counted ("officers"); money: the currency code; percentages: "%".
  @inlinable public var unit: String? {
    get { storage.fields.unit }
    set { update { $0.unit = newValue } }
  }
  /// People: title or role ("Prime Minister", "former Director of …"); organizations: the acronym.
  @inlinable public var role: String? {
    get { storage.fields.role }
    set { update { $0.role = newValue } }
  }
  /// Quotes: who said it.
  @inlinable public var speaker: String? {
    get { storage.fields.speaker }
    set { update { $0.speaker = newValue } }
  }
  /// People: the honorific or office written before the name ("Associate Professor Dr.",
  /// "Prime Minister Samdech Techo"), when `role` holds a fuller role from an apposition.
  @inlinable public var title: String? {
    get { storage.fields.title }
    set { update { $0.title = newValue } }
  }
  /// Events: the normalised date the same sentence gives ("2023-02"), so a question can ask
  /// what happened then.
  @inlinable public var date: String? {
    get { storage.fields.date }
    set { update { $0.date = newValue } }
  }
  /// How much the article leans on this fact (recurrence, place in the narrative); higher
  /// ranks first when the generator chooses what to ask.
  @inlinable public var salience: Double {
    get { storage.fields.salience }
    set { update { $0.salience = newValue } }
  }

  public init(
    kind: FactKind, text: String, value: String, source: FactSource,
    granularity: DateGranularity? = nil, qualifier: String? = nil, unit: String? = nil,
    role: String? = nil, speaker: String? = nil, salience: Double = 0
  ) {
    storage = Storage(
      Fields(
        kind: kind, text: text, value: value, source: source, granularity: granularity,
        qualifier: qualifier, unit: unit, role: role, speaker: speaker, title: nil, date: nil,
        salience: salience))
  }

  /// Gives the fact new storage holding its fields as `change` leaves them.
  @inlinable mutating func update(_ change: (inout Fields) -> Void) {
    var fields = storage.fields
    change(&fields)
    storage = Storage(fields)
  }

  /// The same fields in the same order as the memberwise conformance hashed them, so that
  /// sets and dictionaries of facts keep their order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(text)
    hasher.combine(value)
    hasher.combine(source)
    hasher.combine(granularity)
    hasher.combine(qualifier)
    hasher.combine(unit)
    hasher.combine(role)
    hasher.combine(speaker)
    hasher.combine(title)
    hasher.combine(date)
    hasher.combine(salience)
  }

  /// Field by field; a storage is equal to itself unless its salience is NaN.
  public static func == (lhs: Fact, rhs: Fact) -> Bool {
    if lhs.storage === rhs.storage { return lhs.salience == rhs.salience }
    return lhs.kind == rhs.kind && lhs.text == rhs.text && lhs.value == rhs.value
      && lhs.source == rhs.source && lhs.granularity == rhs.granularity
      && lhs.qualifier == rhs.qualifier && lhs.unit == rhs.unit && lhs.role == rhs.role
      && lhs.speaker == rhs.speaker && lhs.title == rhs.title && lhs.date == rhs.date
      && lhs.salience == rhs.salience
  }

  /// A fact's fields, as the struct held them before they moved into shared storage.
  @usableFromInline struct Fields: Sendable {
    @usableFromInline var kind: FactKind
    @usableFromInline var text: String
    @usableFromInline var value: String
    @usableFromInline var source: FactSource
    @usableFromInline var granularity: DateGranularity?
    @usableFromInline var qualifier: String?
    @usableFromInline var unit: String?
    @usableFromInline var role: String?
    @usableFromInline var speaker: String?
    @usableFromInline var title: String?
    @usableFromInline var date: String?
    @usableFromInline var salience: Double

    @usableFromInline init(
      kind: FactKind, text: String, value: String, source: FactSource,
      granularity: DateGranularity?, qualifier: String?, unit: String?, role: String?,
      speaker: String?, title: String?, date: String?, salience: Double
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
      self.title = title
      self.date = date
      self.salience = salience
    }
  }

  @usableFromInline final class Storage: Sendable {
    @usableFromInline let fields: Fields

    @usableFromInline init(_ fields: Fields) { self.fields = fields }
  }
}
