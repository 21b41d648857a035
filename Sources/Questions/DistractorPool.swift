import Facts

/// A candidate option and what the checks read from it, worked out once: its folding key, its
/// words for the "already in the question" tests and, for figures, the amount it reads as.
struct DistractorOption: Sendable {
  /// What else an option is read as, besides its words.
  enum Reading {
    case none
    /// A quantity: `NumberReading.value(of:)`.
    case value
    /// A date: `DateReading.read(_:)`.
    case date
  }

  let text: String
  let key: String
  let folded: FoldedText
  /// `NumberReading.value(of: text)`, read only for quantity questions.
  let value: Double?
  /// `DateReading.read(text)`, read only for date questions.
  let date: DateReading.Reading?
  /// The pool entry the option was taken from, when it is another fact's answer.
  var entry: Int?

  /// A made date, whose reading is known from how it was made (see
  /// `DistractorMaker.madeReading`): parsing it back would cost more than making it.
  init(_ text: String, date: DateReading.Reading?) {
    self.text = text
    folded = FoldedText(text)
    key = folded.key
    value = nil
    self.date = date
    entry = nil
  }

  init(_ text: String, reading: Reading = .none, entry: Int? = nil) {
    self.text = text
    folded = FoldedText(text)
    key = folded.key
    value = reading == .value ? NumberReading.value(of: text) : nil
    date = reading == .date ? DateReading.read(text) : nil
    self.entry = entry
  }

  func from(_ entry: Int) -> DistractorOption {
    var option = self
    option.entry = entry
    return option
  }
}

/// The facts a run draws wrong options from, each read once: a question used to re-render,
/// re-fold and re-parse every fact of the pool for every option it tried, so one question
/// cost as much as the pool. The checks now work on entry indices and these readings.
struct DistractorPool {
  /// A class, so that reading an entry costs one reference count, not one per field.
  final class Entry: Sendable {
    let fact: Fact
    /// Index of the fact's article in `articles`.
    let article: Int
    /// Index of the fact's sentence text in `contents`.
    let text: Int
    /// The first entry equal to this fact: a question leaves out its own fact and every copy.
    let twin: Int
    let isDate: Bool
    /// `Day(fact.value)`, for any kind (a year-like name counts toward an article's era).
    let day: DistractorMaker.Day?
    /// Dates: the granularity the maker moves the date by.
    let level: DateGranularity
    /// Dates: the date shown at year, month and day level, as options of other dates.
    let asYear: DistractorOption?
    let asMonth: DistractorOption?
    let asDay: DistractorOption?
    /// Sums and counts: the amount, its currency ("" for counts) and how it was written.
    let quantity: (amount: Double, currency: String, style: AnswerFormat.NumberStyle)?
    /// `SentenceFigures.amount(of:)`.
    let amount: Double?
    /// Names: the answer as shown, with the facts it is checked against.
    let answer: DistractorOption?
    /// Organisations: `DistractorMaker.family(of:)` of the answer.
    let family: String?
    /// Places: the answer is one of `DistractorMaker.allCountries`.
    let isCountry: Bool
    /// Names: `AnswerCategory.of(fact)`.
    let category: AnswerCategory?
    /// People: `DistractorMaker.honorific(fact)`, the title or calling before the name.
    let honorific: String?

    init(
      fact: Fact, article: Int, text: Int, twin: Int, isDate: Bool, day: DistractorMaker.Day?,
      level: DateGranularity, asYear: DistractorOption?, asMonth: DistractorOption?,
      asDay: DistractorOption?,
      quantity: (amount: Double, currency: String, style: AnswerFormat.NumberStyle)?,
      amount: Double?, answer: DistractorOption?, family: String?, isCountry: Bool,
      category: AnswerCategory?, honorific: String?
    ) {
      self.fact = fact
      self.article = article
      self.text = text
      self.twin = twin
      self.isDate = isDate
      self.day = day
      self.level = level
      self.asYear = asYear
      self.asMonth = asMonth
      self.asDay = asDay
      self.quantity = quantity
      self.amount = amount
      self.answer = answer
      self.family = family
      self.isCountry = isCountry
      self.category = category
      self.honorific = honorific
    }
  }

  var entries: [Entry] = []
  /// `entries`' twins, articles and sentence numbers apart, for the scan every question makes
  /// to pick its members.
  var twins: [Int] = []
  var articleOf: [Int] = []
  var sentenceOf: [Int] = []
  var articles: [String] = []
  /// Each sentence's content words (see `DistractorMaker.content`), as word ids, sorted; read
  /// only for sentences holding a date or a figure, the only facts checked for restating.
  var contents: [SentenceWords?] = []
  private var articleIndex: [String: Int] = [:]
  private var textIndex: [String: Int] = [:]
  /// Entries by their fact's place and kind, the first of each group of equal facts first:
  /// hashing a whole fact (its sentence and every field) costs more than comparing a few.
  private var twinIndex: [TwinKey: [Int]] = [:]

  struct TwinKey: Hashable {
    var sentence: Int
    var span: Range<Int>
    var kind: FactKind
  }
  /// Content words by id, so comparing two sentences compares integers.
  private var wordIDs: [String: Int] = [:]
  /// The first entry of each name answer's copies, by the answer's folding key: what
  /// `frame(ofKey:)` merges.
  private var nameEntries: [String: [Int]] = [:]
  /// Frames read so far. Reading a frame costs a look at the sentence's words, and most names
  /// of a pool are never offered nor asked: each is read when a question first needs it.
  private let frameCache = FrameCache()

  /// The frames a pool has read, shared by its copies (a question's checks hold the pool).
  final class FrameCache {
    var own: [Int: NameFrame] = [:]
    var merged: [String: NameFrame] = [:]
    var names: [Int: NameReading] = [:]
  }

  /// What `DistractorMaker.NameFit` reads of a name entry's answer, each read the first time
  /// it is asked: the questions of an article offer the same few names again and again.
  final class NameReading {
    let text: String
    private var person: Bool?

    init(_ text: String) { self.text = text }

    /// `NameParts.isFragment(text)`.
    lazy var isFragment = NameParts.isFragment(text)
    /// `NameParts.surname(text)`.
    lazy var surname = NameParts.surname(text)

    /// `NameFrame.looksLikePerson(text, frame: frame)`, `frame` being the pool's frame of the
    /// answer (`frame(ofKey:)`), which is the same on every call.
    func looksLikePerson(frame: NameFrame?) -> Bool {
      if let person { return person }
      let looks = NameFrame.looksLikePerson(text, frame: frame)
      person = looks
      return looks
    }
  }

  /// A sentence's content words: the ids of those seen in the pool, and how many there are.
  struct SentenceWords {
    let ids: [Int]
    let count: Int
  }

  init() {}

  /// Content words of sentences worked out already (see `SentenceTopics.contents`), by text.
  private var knownContents: [String: Set<String>] = [:]

  init(_ facts: [Fact], contents known: [String: Set<String>] = [:]) {
    knownContents = known
    entries.reserveCapacity(facts.count)
    for fact in facts {
      let index = entries.count
      let article: Int
      if let known = articleIndex[fact.source.article] {
        article = known
      } else {
        article = articles.count
        articles.append(fact.source.article)
        articleIndex[fact.source.article] = article
      }
      let text: Int
      if let known = textIndex[fact.source.text] {
        text = known
      } else {
        text = contents.count
        textIndex[fact.source.text] = text
        contents.append(nil)
      }
      let twin: Int
      let twinKey = TwinKey(sentence: fact.source.sentence, span: fact.source.span, kind: fact.kind)
      if let first = twinIndex[twinKey]?.first(where: { entries[$0].fact == fact }) {
        twin = first
      } else {
        twin = index
        twinIndex[twinKey, default: []].append(index)
      }
      entries.append(Self.entry(fact, article: article, text: text, twin: twin))
      if contents[text] == nil,
        fact.kind == .date || fact.kind == .year || fact.kind == .money || fact.kind == .number
      {
        contents[text] = Self.words(content(of: fact.source.text), ids: &wordIDs)
      }
      // A copy of an earlier fact has its frame (merging it again changes nothing).
      if let answer = entries[index].answer, twin == index {
        nameEntries[answer.key, default: []].append(index)
      }
      twins.append(twin)
      articleOf.append(article)
      sentenceOf.append(fact.source.sentence)
    }
  }

  private static func entry(_ fact: Fact, article: Int, text: Int, twin: Int) -> Entry {
    let isDate = fact.kind == .date || fact.kind == .year
    let day = DistractorMaker.Day(fact.value)
    // Only dates are moved by their granularity.
    let level = isDate ? DistractorMaker.granularity(of: fact) : .year
    var asYear: DistractorOption?
    var asMonth: DistractorOption?
    var asDay: DistractorOption?
    if isDate, let day {
      asYear = DistractorOption(String(day.year), reading: .date)
      if level == .month || level == .day {
        asMonth = DistractorOption(
          AnswerFormat.date(DistractorMaker.Day(year: day.year, month: day.month, day: nil).iso),
          reading: .date)
      }
      if level == .day { asDay = DistractorOption(AnswerFormat.date(day.iso), reading: .date) }
    }
    var quantity: (amount: Double, currency: String, style: AnswerFormat.NumberStyle)?
    if fact.kind == .money, let (amount, currency) = AnswerFormat.money(fact.value) {
      quantity = (amount, currency, AnswerFormat.NumberStyle.of(text: fact.text, value: amount))
    } else if fact.kind == .number, let amount = Double(fact.value) {
      quantity = (amount, "", AnswerFormat.NumberStyle.of(text: fact.text, value: amount))
    }
    var answer: DistractorOption?
    var family: String?
    var isCountry = false
    var category: AnswerCategory?
    switch fact.kind {
    case .person, .organization, .term, .event, .place:
      category = AnswerCategory.of(fact)
      let shown = AnswerFormat.answer(for: fact)
      answer = DistractorOption(shown)
      if fact.kind == .organization { family = DistractorMaker.family(of: shown) }
      isCountry = DistractorMaker.allCountries.contains(shown)
    default:
      break
    }
    return Entry(
      fact: fact, article: article, text: text, twin: twin, isDate: isDate, day: day,
      level: level, asYear: asYear, asMonth: asMonth, asDay: asDay, quantity: quantity,
      amount: SentenceFigures.amount(of: fact), answer: answer, family: family,
      isCountry: isCountry, category: category,
      honorific: fact.kind == .person ? DistractorMaker.honorific(fact) : nil)
  }

  private static func words(_ words: Set<String>, ids: inout [String: Int]) -> SentenceWords {
    var result: [Int] = []
    result.reserveCapacity(words.count)
    for word in words {
      if let id = ids[word] {
        result.append(id)
      } else {
        ids[word] = ids.count
        result.append(ids.count - 1)
      }
    }
    return SentenceWords(ids: result.sorted(), count: words.count)
  }

  /// `DistractorMaker.content(sentence)`, read from the known contents when there.
  func content(of sentence: String) -> Set<String> {
    knownContents[sentence] ?? DistractorMaker.content(sentence)
  }

  /// The frame of a name answer in all its sentences of the pool, or nil when the pool holds
  /// no such name.
  func frame(ofKey key: String) -> NameFrame? {
    if let known = frameCache.merged[key] { return known }
    guard let indices = nameEntries[key] else { return nil }
    var merged = NameFrame()
    for index in indices { merged.merge(ownFrame(index)!) }
    frameCache.merged[key] = merged
    return merged
  }

  /// The readings of a name entry's answer (nil for entries that are not names).
  func nameReading(_ index: Int) -> NameReading? {
    if let known = frameCache.names[index] { return known }
    guard let answer = entries[index].answer else { return nil }
    let reading = NameReading(answer.text)
    frameCache.names[index] = reading
    return reading
  }

  /// What a name entry's own sentence says beside it (nil for entries that are not names): a
  /// question about the entry's fact reads the same frame.
  func ownFrame(_ index: Int) -> NameFrame? {
    guard entries[index].answer != nil else { return nil }
    let first = twins[index]
    if let known = frameCache.own[first] { return known }
    let fact = entries[first].fact
    let frame = NameFrame(fact.source.text, span: fact.source.span, kind: fact.kind)
    frameCache.own[first] = frame
    return frame
  }

  /// The entry group a fact belongs to (its first copy), or nil when it is not in the pool.
  func twin(of fact: Fact) -> Int? {
    let key = TwinKey(sentence: fact.source.sentence, span: fact.source.span, kind: fact.kind)
    return twinIndex[key]?.first { entries[$0].fact == fact }
  }

  func article(of fact: Fact) -> Int? {
    articleIndex[fact.source.article]
  }

  /// A sentence's content words in this pool's ids (words the pool never saw count but can
  /// match nothing).
  func contentWords(of sentence: String) -> SentenceWords {
    if let index = textIndex[sentence], let words = contents[index] { return words }
    let words = content(of: sentence)
    let ids = words.compactMap { wordIDs[$0] }.sorted()
    return SentenceWords(ids: ids, count: words.count)
  }

  /// `DistractorMaker.restates(entry's fact, fact)`, on word ids.
  func restates(_ entry: Entry, _ fact: Fact, article: Int?, factContent: SentenceWords) -> Bool {
    guard entry.article == article, entry.fact.source.sentence != fact.source.sentence else {
      return false
    }
    guard let a = contents[entry.text] else { return false }
    let b = factContent
    guard a.count > 0, b.count > 0 else { return false }
    var shared = 0
    var i = 0
    var j = 0
    while i < a.ids.count, j < b.ids.count {
      if a.ids[i] == b.ids[j] {
        shared += 1
        i += 1
        j += 1
      } else if a.ids[i] < b.ids[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(shared) / Double(min(a.count, b.count)) >= 0.6
  }
}

/// Text folded to its words once, for repeated `TextFolding.contains` tests: the bytes of
/// `TextFolding.wordBytes` for text that needs no Unicode folding, else the words.
struct FoldedText: Sendable {
  let ascii: [UInt8]?
  let words: [String]

  init(_ text: String) {
    if let bytes = TextFolding.wordBytes(text) {
      ascii = bytes
      words = []
    } else {
      ascii = nil
      words = TextFolding.words(text)
    }
  }

  /// `TextFolding.key` of the text: its words between single spaces.
  var key: String {
    guard let ascii else { return words.joined(separator: " ") }
    guard ascii.count > 2 else { return "" }
    return String(decoding: ascii[1..<(ascii.count - 1)], as: UTF8.self)
  }

  /// The words, for comparing with text that needed Unicode folding.
  var allWords: [String] {
    guard let ascii else { return words }
    return ascii.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
  }

  /// `TextFolding.contains(haystack, needle)` of the texts these were folded from.
  static func contains(_ haystack: FoldedText, _ needle: FoldedText) -> Bool {
    if let hay = haystack.ascii, let pin = needle.ascii {
      return TextFolding.containsWords(in: hay, pin)
    }
    let hay = haystack.allWords
    let pin = needle.allWords
    guard !pin.isEmpty, pin.count <= hay.count else { return false }
    for start in 0...(hay.count - pin.count) where hay[start..<start + pin.count].elementsEqual(pin)
    {
      return true
    }
    return false
  }
}
