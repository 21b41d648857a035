/// What kind of characters a token is made of.
public enum TokenKind: Sendable, Hashable {
  /// Letters (with inner apostrophes, hyphens or dots: "don't", "UN-backed", "U.S.").
  case word
  /// Digits with thousands separators and a decimal point ("100,000", "7.8", "1979").
  case number
  /// A currency sign or "%".
  case symbol
  /// Any other single character.
  case punctuation
}

/// Closed word classes and small lexicons a token belongs to; a word may be in several
/// ("may" is an auxiliary and, capitalised, a month).
public struct WordClass: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  public static let determiner = WordClass(rawValue: 1 << 0)
  public static let preposition = WordClass(rawValue: 1 << 1)
  public static let pronoun = WordClass(rawValue: 1 << 2)
  public static let auxiliary = WordClass(rawValue: 1 << 3)
  public static let conjunction = WordClass(rawValue: 1 << 4)
  /// Adverbs and other words that often open a sentence but never a name ("Recently").
  public static let adverb = WordClass(rawValue: 1 << 5)
  public static let month = WordClass(rawValue: 1 << 6)
  public static let weekday = WordClass(rawValue: 1 << 7)
  /// Honorifics and offices written before a name ("Dr", "Prime", "Minister", "Samdech").
  public static let title = WordClass(rawValue: 1 << 8)
  /// Nouns that end an organisation's name ("Front", "Chambers", "Institute", "Party").
  public static let organizationHead = WordClass(rawValue: 1 << 9)
  /// Nouns that end an event's name ("War", "Accords", "Summit").
  public static let eventHead = WordClass(rawValue: 1 << 10)
  /// Nouns that end a place's name ("River", "Province", "City").
  public static let placeHead = WordClass(rawValue: 1 << 11)
  /// "over", "about", "nearly": hedges before a quantity.
  public static let qualifier = WordClass(rawValue: 1 << 12)
  /// "two", "twenty", "hundred".
  public static let numberWord = WordClass(rawValue: 1 << 13)
  /// "thousand", "million", "bn".
  public static let scale = WordClass(rawValue: 1 << 14)
  /// "USD", "dollars", "dong".
  public static let currency = WordClass(rawValue: 1 << 15)
  /// "Vietnamese", "Cambodian": adjectives of nationality, never places by themselves.
  public static let nationality = WordClass(rawValue: 1 << 16)
  /// "said", "told", "stressed": verbs that introduce a quotation.
  public static let speechVerb = WordClass(rawValue: 1 << 17)
  /// Nouns naming a position held by a person ("director", "expert", "leader").
  public static let roleNoun = WordClass(rawValue: 1 << 18)
  /// Parts of Vietnamese, Khmer and other names, and common given names.
  public static let namePart = WordClass(rawValue: 1 << 19)
  /// Lower-case nouns naming an event ("earthquake", "conflict", "election").
  public static let eventNoun = WordClass(rawValue: 1 << 20)
  /// "former", "late", "then": modifiers of a title or role.
  public static let roleModifier = WordClass(rawValue: 1 << 21)
  /// Titles abbreviated with a period ("Dr.", "Gen.").
  public static let abbreviatedTitle = WordClass(rawValue: 1 << 22)

  /// Lower-case words that may join the parts of a name ("of", "for", "bin", "van").
  public static let connector = WordClass(rawValue: 1 << 23)
  /// Head words of named documents, eras and other terms ("Charter", "Restoration").
  public static let termHead = WordClass(rawValue: 1 << 24)
  /// Lower-case nouns that make the capitalised words before them a term ("reforms").
  public static let termFollower = WordClass(rawValue: 1 << 25)

  /// Words of sets the name rules ask about nearly every capitalised word, folded into the
  /// classes so the answer comes with the token: `NameContext.namingVerbs`,
  /// `Lexicon.compassSet`, `NameRecognizer.nameParticles`, `NameContext.placePrepositions`,
  /// and the cues of `DefinedTermRecognizer`.
  static let namingVerb = WordClass(rawValue: 1 << 26)
  static let compass = WordClass(rawValue: 1 << 27)
  static let nameParticle = WordClass(rawValue: 1 << 28)
  static let placePreposition = WordClass(rawValue: 1 << 29)
  /// "known" and `DefinedTermRecognizer.namingVerbs`: the words that may cue a defined term,
  /// so the recogniser passes over every other token without comparing strings.
  static let termCue = WordClass(rawValue: 1 << 30)

  /// Function words: no name, date or quantity starts with them.
  public static let closedClass: WordClass = [
    .determiner, .preposition, .pronoun, .auxiliary, .conjunction, .adverb,
  ]
}

/// One token of a sentence, with its place in the sentence in Unicode-scalar offsets (the
/// unit of `FactSource.span`).
public struct Token: Sendable, Hashable {
  public var text: String
  /// `text` in lower case, the key for every lexicon.
  public var lower: String
  /// Scalar offsets within the sentence.
  public var range: Range<Int>
  public var kind: TokenKind
  public var classes: WordClass
  /// Starts with an upper-case letter (a hyphenated word counts only when its last part does:
  /// "UN-backed" does not).
  public var isCapitalized: Bool
  /// Two or more letters, all upper case ("ECCC", "UN").
  public var isAllCaps: Bool
  /// Whitespace separates it from the token before.
  public var spaceBefore: Bool
  /// The text holds a hyphen ("twenty-five"): asked of every word by the quantity rules.
  public var hasHyphen: Bool
  /// The value of the token's scalar when it has exactly one (punctuation, most symbols),
  /// else `UInt32.max`: the rules ask "is this a comma?" of nearly every token, and comparing
  /// a number is far cheaper than comparing strings.
  public var single: UInt32

  public init(
    text: String, range: Range<Int>, kind: TokenKind, classes: WordClass = [],
    isCapitalized: Bool = false, isAllCaps: Bool = false, spaceBefore: Bool = true
  ) {
    self.text = text
    self.lower = text.lowercased()
    self.range = range
    self.kind = kind
    self.classes = classes
    self.isCapitalized = isCapitalized
    self.isAllCaps = isAllCaps
    self.spaceBefore = spaceBefore
    self.hasHyphen = text.utf8.contains(45)
    self.single = Self.single(of: text)
  }

  /// A token made by the tokenizer, which knows its one scalar (`single`) when it has one.
  init(
    text: String, lower: String, range: Range<Int>, kind: TokenKind, spaceBefore: Bool,
    hasHyphen: Bool, single: UInt32
  ) {
    self.text = text
    self.lower = lower
    self.range = range
    self.kind = kind
    self.classes = []
    self.isCapitalized = false
    self.isAllCaps = false
    self.spaceBefore = spaceBefore
    self.hasHyphen = hasHyphen
    self.single = single
  }

  static func single(of text: String) -> UInt32 {
    var scalars = text.unicodeScalars.makeIterator()
    guard let only = scalars.next(), scalars.next() == nil else { return UInt32.max }
    return only.value
  }

  /// Whether the token is `c`, exactly as `text == String(c)` says for an ASCII mark: no
  /// other string equals one, except the Greek question mark (U+037E), which Unicode makes
  /// canonically equal to ";".
  @inline(__always) public func isMark(_ c: Unicode.Scalar) -> Bool {
    single == c.value || (c == ";" && single == 0x037E)
  }

  public func `is`(_ c: WordClass) -> Bool { !classes.isDisjoint(with: c) }

  public var isWord: Bool { kind == .word }

  /// The value of a number token ("100,000" → 100000); nil for other tokens.
  public var number: Double? {
    guard kind == .number else { return nil }
    return Double(text.filter { $0 != "," })
  }
}
