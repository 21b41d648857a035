import Articles
import Facts

/// What the ranking reads off a fact before any phrasing is tried: its sort, how often and
/// where the story tells it, and what surrounds it in its sentence. One value per `Feature`,
/// so the score is a weighted sum whose weights were fitted on marked articles.
struct FactFeatures: Sendable {
  /// The features, in the order of `FactRanking.weights`.
  enum Feature: Int, CaseIterable, Sendable {
    // The fact's sort (exactly one is 1).
    case dateDay, dateMonth, dateYear, dateRange, year, money, percent, count, duration
    case bareNumber, person, organization, place, event, term
    /// Further mentions of the same thing, up to three.
    case mentions
    /// Where the sentence stands in the article, 0 at the start and 1 at the end.
    case position
    /// One of the article's first three sentences: the lead tells the story's core.
    case lead
    /// The first sentence that tells this value.
    case firstMention
    /// Named in the article's title: the topic, which teachers ask, though less often than
    /// its details.
    case inTitle
    /// A person with a title or role ("Prime Minister", "former Director of …").
    case role
    /// An organisation the article also names by its acronym.
    case acronym
    /// Fewer than five words, or more than forty.
    case shortSentence, longSentence
    /// Other facts of the same kind in the sentence (up to four): one of a list.
    case sameKindInSentence
    /// Other facts in the sentence (up to six): a sentence dense with facts is a key one.
    case factsInSentence
    /// "about", "more than": an estimate rather than a figure to learn.
    case qualified
    /// A name of two or more words.
    case multiword
    /// A place in a sentence that also holds a date: where something happened.
    case placeWithDate
    /// A place after "in", "at", "into", "near" or "from".
    case placeAfterPreposition
    /// The first sentence of its paragraph.
    case paragraphFirst
    /// A figure of a thousand or more.
    case large
    /// The sentence shares a word with the title, besides the fact's own words: it is about
    /// the article's topic.
    case titleOverlap
    /// The share of the article's ten most frequent content words found in the sentence
    /// (Luhn): a sentence about what the article keeps returning to.
    case centrality
    /// A country: the setting of many stories, rarely the point of one sentence.
    case country
    /// A named act, treaty, plan, doctrine, war or operation: the story's named things.
    case namedDocument
  }

  var values: [Double]

  subscript(_ feature: Feature) -> Double {
    get { values[feature.rawValue] }
    set { values[feature.rawValue] = newValue }
  }

  /// The features of every fact of a run, in the order given. `mentions` counts the
  /// sentences that tell each fact's value (the writer's count, at least one).
  static func of(
    _ facts: [Fact], articles: [Article], mentions: [Int], dedupeKeys: [String],
    topics: SentenceTopics? = nil
  ) -> [FactFeatures] {
    var sentenceCount: [String: Int] = [:]
    var paragraphStart: [String: [Int: Int]] = [:]
    var titles: [String: FoldedText] = [:]
    var paragraphs: [String: [Int]] = [:]
    for article in articles {
      sentenceCount[article.name] = article.sentences.count
      paragraphs[article.name] = article.sentences.map(\.paragraph)
      var starts: [Int: Int] = [:]
      for sentence in article.sentences where starts[sentence.paragraph] == nil {
        starts[sentence.paragraph] = sentence.index
      }
      paragraphStart[article.name] = starts
      titles[article.name] = article.title.map(FoldedText.init)
    }
    struct SentenceKey: Hashable {
      var article: String
      var sentence: Int
    }
    struct KindKey: Hashable {
      var sentence: SentenceKey
      var kind: FactKind
    }
    var perSentence: [SentenceKey: Int] = [:]
    var perKind: [KindKey: Int] = [:]
    var dated: Set<SentenceKey> = []
    var firstSentence: [String: Int] = [:]
    for (fact, key) in zip(facts, dedupeKeys) {
      let place = SentenceKey(article: fact.source.article, sentence: fact.source.sentence)
      perSentence[place, default: 0] += 1
      perKind[KindKey(sentence: place, kind: fact.kind), default: 0] += 1
      if fact.kind == .date || fact.kind == .year { dated.insert(place) }
      let scoped = fact.source.article + "|" + key
      firstSentence[scoped] = min(firstSentence[scoped] ?? .max, fact.source.sentence)
    }
    let topics = topics ?? SentenceTopics(articles)
    var acronymed: Set<String> = []
    for fact in facts where fact.kind == .organization {
      if let role = fact.role, !role.isEmpty, role.uppercased() == role {
        acronymed.insert(TextFolding.key(fact.value))
      }
    }
    return facts.indices.map { index in
      let fact = facts[index]
      let place = SentenceKey(article: fact.source.article, sentence: fact.source.sentence)
      var features = FactFeatures(values: Array(repeating: 0, count: featureCount))
      features[group(of: fact)] = 1
      features[.mentions] = Double(min(max(mentions[index] - 1, 0), 3))
      let total = max(sentenceCount[fact.source.article] ?? 1, 1)
      features[.position] = Double(fact.source.sentence) / Double(total)
      features[.lead] = fact.source.sentence <= 2 ? 1 : 0
      let scoped = fact.source.article + "|" + dedupeKeys[index]
      features[.firstMention] = firstSentence[scoped] == fact.source.sentence ? 1 : 0
      if let title = titles[fact.source.article],
        FoldedText.contains(title, FoldedText(fact.value))
      {
        features[.inTitle] = 1
      }
      if fact.kind == .person, fact.role != nil { features[.role] = 1 }
      if fact.kind == .organization, acronymed.contains(TextFolding.key(fact.value)) {
        features[.acronym] = 1
      }
      let words = wordCount(fact.source.text)
      if words < 5 { features[.shortSentence] = 1 }
      if words > 40 { features[.longSentence] = 1 }
      let sameKind = perKind[KindKey(sentence: place, kind: fact.kind)] ?? 1
      features[.sameKindInSentence] = Double(min(sameKind - 1, 4))
      features[.factsInSentence] = Double(min((perSentence[place] ?? 1) - 1, 6))
      if fact.qualifier != nil { features[.qualified] = 1 }
      if fact.kind == .person || fact.kind == .organization || fact.kind == .place
        || fact.kind == .event || fact.kind == .term,
        fact.value.utf8.contains(0x20)
      {
        features[.multiword] = 1
      }
      if fact.kind == .place {
        if dated.contains(place) { features[.placeWithDate] = 1 }
        if followsPlacePreposition(fact) { features[.placeAfterPreposition] = 1 }
      }
      if let paragraph = paragraphs[fact.source.article],
        paragraph.indices.contains(fact.source.sentence),
        paragraphStart[fact.source.article]?[paragraph[fact.source.sentence]]
          == fact.source.sentence
      {
        features[.paragraphFirst] = 1
      }
      if fact.kind == .money || fact.kind == .number,
        let amount = Double(spaceSplit(fact.value).first ?? ""), amount >= 1000
      {
        features[.large] = 1
      }
      // Most sentences share no word with the title: the fact's words are read only when
      // one does.
      let titleWords = topics.titleWords(fact.source.article, fact.source.sentence)
      if !titleWords.isEmpty {
        let factWords = Set(TextFolding.words(fact.text))
        if titleWords.contains(where: { !factWords.contains($0) }) {
          features[.titleOverlap] = 1
        }
      }
      features[.centrality] = topics.centrality(fact.source.article, fact.source.sentence)
      if fact.kind == .place, DistractorMaker.allCountries.contains(fact.value) {
        features[.country] = 1
      }
      if fact.kind == .term || fact.kind == .event || fact.kind == .organization,
        let head = spaceSplit(fact.value).last.map({ $0.lowercased() }),
        documentHeads.contains(head) || fact.value.hasPrefix("Operation ")
          || fact.value.hasPrefix("Treaty ") || fact.value.hasPrefix("Protocol ")
      {
        features[.namedDocument] = 1
      }
      return features
    }
  }

  /// `Feature.allCases.count`, counted once: `allCases` makes a new array each time.
  static let featureCount = Feature.allCases.count

  static func group(of fact: Fact) -> Feature {
    switch fact.kind {
    case .date:
      switch fact.granularity {
      case .day: .dateDay
      case .month: .dateMonth
      case .range: .dateRange
      default: .dateYear
      }
    case .year: .year
    case .money: .money
    case .number:
      if fact.unit == "%" {
        .percent
      } else if let unit = fact.unit {
        durations.contains(unit.lowercased()) ? .duration : .count
      } else {
        .bareNumber
      }
    case .person: .person
    case .organization: .organization
    case .place: .place
    case .event: .event
    case .term, .quote: .term
    }
  }

  static let documentHeads: Set<String> = [
    "act", "treaty", "protocol", "doctrine", "plan", "accord", "accords", "agreement",
    "declaration", "charter", "resolution", "pact", "convention", "war", "crisis", "conference",
    "revolution", "uprising", "massacre", "trial", "mission", "program", "programme", "summit",
    "constitution", "movement", "campaign", "reform", "reforms", "oath", "congress",
  ]

  static let durations: Set<String> = [
    "years", "year", "months", "month", "days", "day", "weeks", "decades", "hours", "hour",
    "minutes", "minute", "seconds",
  ]

  /// Words between spaces and line feeds, counted on the string's contiguous bytes (walking
  /// its UTF-8 view checks every step).
  private static func wordCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte == 0x20 || byte == 0x0A {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
  }

  /// The last `count` (two) words before scalar `offset`, split at spaces (and lower-cased
  /// unless told not to); ASCII text is read from its bytes.
  static func lastWords(
    _ text: String, before offset: Int, lowercase: Bool = true, count: Int = 2
  ) -> [String] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return unicodeLastWords(text, before: offset, lowercase: lowercase, count: count)
    }
    var words: [String] = []
    var text = text
    text.withUTF8 { bytes in
      var end = min(max(0, offset), bytes.count)
      while words.count < count, end > 0 {
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { break }
        var start = end
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        let word = bytes[start..<end]
        let folded =
          lowercase
          ? String(decoding: word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
          : String(decoding: word, as: UTF8.self)
        words.insert(folded, at: 0)
        end = start
      }
    }
    return words
  }

  /// `lastWords` for any text.
  static func unicodeLastWords(
    _ text: String, before offset: Int, lowercase: Bool = true, count: Int = 2
  ) -> [String] {
    let before = text.unicodeScalars.prefix(max(0, offset))
    return String(before).split(separator: " ").suffix(count)
      .map { lowercase ? $0.lowercased() : String($0) }
  }

  private static let placePrepositions: Set<String> = ["in", "at", "into", "near", "from"]

  /// "signed in Paris", "sailed into Uraga Bay": the word before the place (or before its
  /// "the") is a preposition of place.
  static func followsPlacePreposition(_ fact: Fact) -> Bool {
    let words = lastWords(fact.source.text, before: fact.source.span.lowerBound)
    guard let last = words.last else { return false }
    if last == "the", words.count == 2 { return placePrepositions.contains(words[0]) }
    return placePrepositions.contains(last)
  }
}

/// Per sentence, the words it shares with its article's title and with the article's most
/// frequent content words, worked out once per run.
struct SentenceTopics {
  private var title: [String: [Int: [String]]] = [:]
  private var central: [String: [Int: Double]] = [:]
  /// Each sentence's content words by its text (`DistractorMaker.content`), for the distractor
  /// pool, which reads the same sentences.
  private(set) var contents: [String: Set<String>] = [:]

  init(_ articles: [Article]) {
    for article in articles {
      let titleWords = DistractorMaker.content(article.title ?? "")
      let words = article.sentences.map {
        DistractorMaker.content($0.text)
      }
      for (sentence, sentenceWords) in zip(article.sentences, words) {
        contents[sentence.text] = sentenceWords
      }
      var frequency: [String: Int] = [:]
      for sentenceWords in words {
        for word in sentenceWords { frequency[word, default: 0] += 1 }
      }
      let top = Set(
        frequency.filter { $0.value > 1 }.sorted {
          $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }.prefix(10).map(\.key))
      var titleShared: [Int: [String]] = [:]
      var share: [Int: Double] = [:]
      for (sentence, sentenceWords) in zip(article.sentences, words) {
        titleShared[sentence.index] = sentenceWords.filter { titleWords.contains($0) }.sorted()
        share[sentence.index] =
          top.isEmpty ? 0 : Double(sentenceWords.intersection(top).count) / Double(top.count)
      }
      title[article.name] = titleShared
      central[article.name] = share
    }
  }

  func titleWords(_ article: String, _ sentence: Int) -> [String] {
    title[article]?[sentence] ?? []
  }

  func centrality(_ article: String, _ sentence: Int) -> Double {
    central[article]?[sentence] ?? 0
  }

}

/// How likely a teacher is to quiz a fact, as a weighted sum of its features (the log-odds
/// of a logistic regression, C = 1, fitted on the key facts marked in the development and
/// held-out sets, Tests/Fixtures/articles and Tests/Fixtures/heldout, 18 articles by two
/// markers; leave-one-article-out it keeps 73% of the keys a perfect ranking would), plus
/// what its phrasing adds once it is phrased.
enum FactRanking {
  /// One weight per `FactFeatures.Feature`, in its order.
  static let weights: [Double] = [
    // dateDay, dateMonth, dateYear, dateRange, year, money, percent, count, duration
    1.78, -1.07, 0, -0.76, -0.77, 1.48, 1.39, 0.84, -0.73,
    // bareNumber, person, organization, place, event, term
    0.69, 0.66, -0.68, -2.03, -0.32, -0.53,
    // mentions, position, lead, firstMention, inTitle, role, acronym (inTitle refitted on
    // the twelve older sets once titles were read from the headline, not the masthead)
    0.44, -1.36, 0.38, -0.57, -0.45, 0.89, 0.81,
    // shortSentence, longSentence, sameKindInSentence, factsInSentence, qualified, multiword
    0.21, 0.39, -0.25, 0.03, -0.28, 0.88,
    // placeWithDate, placeAfterPreposition, paragraphFirst, large, titleOverlap, centrality
    0.02, 0.98, 0.30, 0.67, -0.04, 0.80,
    // country, namedDocument
    -2.86, 0.83,
  ]
  static let intercept = -0.56
  /// Added when the fact has a short wh-question, and when it has a plain statement.
  static let shortQuestion = 0.58
  static let statement = 0.22
  /// The most phrasing can add: a fact's bound before it is phrased.
  static var maxPhrasingBonus: Double { max(0, shortQuestion) + max(0, statement) }
  /// Below this a fact is too unlikely to matter to be asked, whatever the budget allows.
  static let floor = -2.5
  /// Subtracted for each fact already asked from the same sentence, and of the same kind,
  /// so a deck spreads over the story.
  static let sameSentence = 0.2
  static let sameKind = 0.1

  static func score(_ features: FactFeatures) -> Double {
    var sum = intercept
    for (value, weight) in zip(features.values, weights) { sum += value * weight }
    return sum
  }
}
