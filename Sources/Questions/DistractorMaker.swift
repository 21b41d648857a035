import Facts
import Foundation

/// Wrong options for choice and true/false questions: the same kind as the answer, other
/// facts of the deck first (Zhang et al.: same type, same text), then made ones that keep the
/// answer's form, a date moved at its own granularity, a sum varied in its own unit and
/// precision. Every option is rendered by the same rules as the answer.
public struct DistractorMaker: Sendable {
  public init() {}

  /// Places offered when the deck has too few of its own, by region.
  static let countries: [[String]] =
    [
      [
        "Vietnam", "Cambodia", "Laos", "Thailand", "Myanmar", "Malaysia", "Indonesia",
        "Philippines",
        "Singapore",
      ],
      ["China", "Japan", "South Korea", "North Korea", "Mongolia", "Taiwan"],
      ["India", "Pakistan", "Bangladesh", "Nepal", "Sri Lanka", "Afghanistan"],
      ["Turkey", "Syria", "Iran", "Iraq", "Israel", "Jordan", "Lebanon", "Egypt", "Saudi Arabia"],
      [
        "France", "Germany", "Italy", "Spain", "Poland", "Austria", "Belgium", "Netherlands",
        "Sweden", "Norway",
      ],
      ["United States", "Canada", "Mexico", "Cuba", "Brazil", "Argentina", "Chile", "Peru"],
      ["Nigeria", "Kenya", "Ethiopia", "South Africa", "Ghana", "Sudan", "South Sudan", "Algeria"],
      ["Russia", "Ukraine", "Belarus", "Kazakhstan", "Georgia", "Armenia"],
    ] + [balkans]
  /// South-eastern Europe: options beside a country of the region ("between Bulgaria and
  /// _____" takes no Danube port). Not in `allCountries`, which fact ranking reads too.
  static let balkans = [
    "Romania", "Bulgaria", "Hungary", "Serbia", "Croatia", "Greece", "Slovakia", "Moldova",
  ]
  /// The countries of `countries` before `balkans`, to tell countries from cities (and, in
  /// fact ranking, a well-known country from a place the story is about).
  static let allCountries = Set(countries.dropLast().joined())

  /// Well-known bodies offered only beside an answer of the same sort that the article's time
  /// allows: a development bank beside a bank, a regional bloc beside a bloc, never NATO beside
  /// the Tokugawa shogunate. (name, sort, founded)
  static let organizations: [(name: String, sort: String, founded: Int)] = [
    ("United Nations", "global", 1945), ("World Health Organization", "global", 1948),
    ("World Trade Organization", "global", 1995), ("UNESCO", "global", 1945),
    ("World Bank", "bank", 1944), ("International Monetary Fund", "bank", 1944),
    ("Asian Development Bank", "bank", 1966), ("African Development Bank", "bank", 1964),
    ("Association of Southeast Asian Nations", "bloc", 1967), ("European Union", "bloc", 1993),
    ("African Union", "bloc", 2002), ("Organization of American States", "bloc", 1948),
    ("Gulf Cooperation Council", "bloc", 1981), ("NATO", "alliance", 1949),
    ("Warsaw Pact", "alliance", 1955), ("Red Cross", "aid", 1863),
    ("Médecins Sans Frontières", "aid", 1971), ("Oxfam", "aid", 1942),
  ]

  /// The broad family an organisation's name puts it in, so options are alike.
  static func family(of name: String) -> String? {
    let words = Set(TextFolding.words(name))
    return families.first { $0.1.contains { words.contains($0) } }?.0
  }

  /// Organisation families and the words of a name that put it in one, first match wins.
  static let families: [(String, [String])] = [
    (
      "academic", ["university", "college", "school", "academy", "institute", "centre", "center"]
    ),
    ("party", ["party", "front", "movement"]),
    ("military", ["army", "navy", "force", "forces", "command", "guard"]),
    ("money", ["bank", "fund"]),
    (
      "body",
      [
        "committee", "council", "commission", "organisation", "organization", "administration",
        "agency", "authority", "ministry", "department", "assembly", "secretariat", "community",
        "association", "union", "program", "programme",
      ]
    ),
  ]

  /// The sort of body an organisation's name says it is, if it is one the list above holds.
  static func sort(of name: String) -> String? {
    let words = Set(TextFolding.words(name))
    if words.contains("bank") || words.contains("fund") { return "bank" }
    if words.contains("pact") || name.containsASCII("Treaty Organization") { return "alliance" }
    if words.contains("cross") || words.contains("crescent") || words.contains("relief") {
      return "aid"
    }
    if name.hasPrefix("United Nations") || name.hasPrefix("World ") { return "global" }
    if words.contains("union") || words.contains("community")
      || (words.contains("association") && words.contains("nations"))
      || name.hasSuffix("Cooperation Council")
    {
      return "bloc"
    }
    return nil
  }

  /// Up to `count` distractors for `fact`, or nil when that many good ones cannot be found:
  /// the caller then writes no choice card (and no true/false built from it) for the fact.
  /// The first option is the one a true/false statement swaps in, so for dates and quantities
  /// it is chosen to be clearly false: at least a fifth away from the answer, not within
  /// rounding of another figure of the article, and keeping the sentence's ranges in order.
  /// True when two names of no known sort look alike: the same last word, or both codes
  /// with a figure.
  static func isSameShape(_ option: String, _ answer: String) -> Bool {
    let hasFigure = { (text: String) in text.contains(where: \.isNumber) }
    if hasFigure(option) && hasFigure(answer) { return true }
    guard let last = answer.split(separator: " ").last, answer.contains(" ") else {
      return false
    }
    return option.split(separator: " ").last?.lowercased() == last.lowercased()
  }

  public func distractors(
    for fact: Fact, answer: String, pool: [Fact], prompt: String, count: Int = 3,
    generator: inout SeededGenerator
  ) -> [String]? {
    let options = candidates(
      for: fact, answer: answer, pool: pool, prompt: prompt, count: count, generator: &generator)
    return options.count == count ? options : nil
  }

  /// `distractors` drawn from a pool read once per run, leaving out the entries of `twin`
  /// (the fact's own copies in the pool).
  func distractors(
    for fact: Fact, answer: String, in pool: DistractorPool, excluding twin: Int?,
    prompt: String, count: Int = 3, generator: inout SeededGenerator
  ) -> [String]? {
    let options = candidates(
      for: fact, answer: answer, in: pool, excluding: twin, prompt: prompt, count: count,
      allOrNone: true, generator: &generator)
    return options.count == count ? options : nil
  }

  /// As many good distractors as can be found, at most `count`, best first.
  public func candidates(
    for fact: Fact, answer: String, pool: [Fact], prompt: String, count: Int = 3,
    generator: inout SeededGenerator
  ) -> [String] {
    candidates(
      for: fact, answer: answer, in: DistractorPool(pool), excluding: nil, prompt: prompt,
      count: count, generator: &generator)
  }

  /// The pool's entries a question may draw on, split by whether they share the fact's
  /// article (the fact's own article first: its people, places and figures are the plausible
  /// ones), and those of the fact's own sentence.
  struct Members {
    var sameArticle: [Int] = []
    var otherArticles: [Int] = []
    var sameSentence: [Int] = []

    init(of fact: Fact, article: Int?, in pool: DistractorPool, excluding twin: Int?) {
      let sentence = fact.source.sentence
      for index in pool.twins.indices where pool.twins[index] != twin {
        if pool.articleOf[index] == article {
          sameArticle.append(index)
          if pool.sentenceOf[index] == sentence { sameSentence.append(index) }
        } else {
          otherArticles.append(index)
        }
      }
    }
  }

  /// With `allOrNone`, no options when fewer than `count` can be found: a name question whose
  /// deck holds too few names of its sort stops before the prompt's checks are read.
  func candidates(
    for fact: Fact, answer: String, in pool: DistractorPool, excluding twin: Int?,
    prompt: String, count: Int = 3, allOrNone: Bool = false, generator: inout SeededGenerator
  ) -> [String] {
    let article = pool.article(of: fact)
    let members = Members(of: fact, article: article, in: pool, excluding: twin)
    let isQuantity = fact.kind == .money || fact.kind == .number
    let isDate = fact.kind == .date || fact.kind == .year
    var deckOptions: [DistractorOption] = []
    var madeOptions: [DistractorOption] = []
    var lead: [DistractorOption] = []
    // Names: what an option must fit, checked only as options are taken (see `NameFit`).
    var nameFit: NameFit?
    switch fact.kind {
    case .date, .year:
      let factContent = pool.contentWords(of: fact.source.text)
      (deckOptions, madeOptions) = dates(
        for: fact, members: members.sameArticle, in: pool, article: article,
        factContent: factContent, makes: true, generator: &generator)
      if deckOptions.count < count {
        deckOptions +=
          dates(
            for: fact, members: members.otherArticles, in: pool, article: article,
            factContent: factContent, makes: false, generator: &generator
          ).deck
      }
      // Another event's date makes the likeliest confusion; made ones when none fits.
      lead = clearDates(
        for: fact, options: generator.shuffled(uniqueValues(deckOptions)) + madeOptions,
        sentenceDays: members.sameSentence.compactMap {
          pool.entries[$0].isDate ? pool.entries[$0].day : nil
        })
    case .money, .number:
      (deckOptions, madeOptions) = quantities(
        for: fact, members: members.sameArticle, in: pool, article: article)
      lead = clearQuantities(
        for: fact, options: madeOptions,
        figures: members.sameArticle.compactMap {
          let entry = pool.entries[$0]
          return entry.fact.kind == .money || entry.fact.kind == .number ? entry.amount : nil
        })
    case .person, .organization, .term, .event, .place:
      func answers(_ indices: [Int]) -> [DistractorOption] {
        indices.compactMap {
          let entry = pool.entries[$0]
          // A treaty read as an event is still a treaty: terms and events of a known category
          // stand beside each other.
          let isAlike =
            entry.fact.kind == fact.kind
            || (AnswerCategory.isNamedThing(entry.fact.kind) && entry.category != nil
              && AnswerCategory.isNamedThing(fact.kind))
          return isAlike ? entry.answer?.from($0) : nil
        }
      }
      let own = uniqueValues(answers(members.sameArticle))
      let others = uniqueValues(answers(members.otherArticles))
      deckOptions = generator.shuffled(own) + generator.shuffled(others)
      if fact.kind == .person, let title = DistractorMaker.honorific(fact) {
        // "the Viceroy, Lord _____": the options wear the answer's title ("Lord Wavell"), not
        // another rank's ("Maharaja Hari Singh").
        deckOptions = deckOptions.filter { option in
          option.entry.map { pool.entries[$0].honorific == title } ?? false
        }
      }
      if fact.kind == .term {
        // "bubonic plague" stands beside other words the article teaches, not beside a treaty.
        let lower = fact.value.first?.isLowercase ?? false
        deckOptions = deckOptions.filter { ($0.text.first?.isLowercase ?? false) == lower }
        if !lower, AnswerCategory.of(fact.value, kind: .term) == nil {
          // A name whose sort nothing tells ("Royal Commentaries", "Qhapaq Ñan") stands only
          // beside names of its own head word ("Copper Scroll", "Great Isaiah Scroll") or, a
          // code, beside codes ("U-2", "Il-28"): a book is no road.
          deckOptions = deckOptions.filter { DistractorMaker.isSameShape($0.text, fact.value) }
        }
      }
      if fact.kind == .organization, let family = DistractorMaker.family(of: fact.value) {
        // A committee beside committees and councils before a university.
        func isAlike(_ option: DistractorOption) -> Bool {
          option.entry.flatMap { pool.entries[$0].family } == family
        }
        deckOptions = deckOptions.filter(isAlike) + deckOptions.filter { !isAlike($0) }
      }
      if fact.kind == .place {
        // Countries against countries (same region first), cities against cities.
        func isCountry(_ option: DistractorOption) -> Bool {
          option.entry.map { pool.entries[$0].isCountry } ?? false
        }
        if let place = DistractorMaker.countries.firstIndex(where: { $0.contains(fact.value) }) {
          let region = DistractorMaker.countries[place]
          let deckCountries = deckOptions.filter(isCountry)
          deckOptions = deckCountries.filter { region.contains($0.text) }
          madeOptions =
            generator.shuffled(DistractorMaker.countryOptions[place])
            + deckCountries.filter { !region.contains($0.text) }
        } else if AnswerCategory.of(fact) == .country {
          // A country the region lists lack ("Bolivia", "Uganda") stands beside countries only,
          // never beside the towns and lakes of its story.
          // "French First Republic" is France by another name: the country its nationality
          // word names is no wrong option.
          let named = Set(AnswerCategory.nameWords(fact.value).compactMap(NameFrame.nationality))
          deckOptions = deckOptions.filter { option in
            let category =
              option.entry.map { pool.entries[$0].category }
              ?? AnswerCategory.of(option.text, kind: .place)
            let key = NameFrame.country(named: AnswerCategory.nameWords(option.text))
            return category == .country && !(key.map(named.contains) ?? false)
          }
          // Then the countries of the region the article's own countries lie in.
          if let region = DistractorMaker.countries.firstIndex(where: { list in
            own.contains { list.contains($0.text) }
          }) {
            madeOptions = generator.shuffled(DistractorMaker.countryOptions[region]).filter {
              option in
              !(NameFrame.country(named: [option.text]).map(named.contains) ?? false)
            }
          }
        } else {
          deckOptions = deckOptions.filter { !isCountry($0) }
        }
      } else if fact.kind == .organization, let sort = DistractorMaker.sort(of: fact.value) {
        // The sentence's own year, else the article's latest: no body founded after it.
        let sentenceYears = members.sameSentence.compactMap { pool.entries[$0].day?.year }
        let era =
          sentenceYears.max() ?? members.sameArticle.compactMap { pool.entries[$0].day?.year }
          .max() ?? 0
        madeOptions = generator.shuffled(
          DistractorMaker.organizationOptions.filter {
            $0.sort == sort && $0.founded <= era
          }.map(\.option))
      }
      if fact.kind == .place, AnswerCategory.of(fact) == .water,
        let first = AnswerCategory.nameWords(fact.value).first?.lowercased(),
        AnswerCategory.waterFirstWords.contains(first)
      {
        // "the lake's shipping": other lakes, made ones when the article names none; not a
        // gulf or a bay, which may lie inside the lake asked.
        deckOptions = deckOptions.filter { option in
          AnswerCategory.nameWords(option.text).first.map {
            AnswerCategory.waterFirstWords.contains($0.lowercased())
          } ?? false
        }
        madeOptions = generator.shuffled(DistractorMaker.lakeOptions)
      }
      if let demonym = Demonym(fact.value) {
        // "the _____ coastal region" → "Bolivian": only other nationality words fit the gap.
        // The article's own countries first ("Chile" gives "Chilean"), then the region's.
        let countries = own.compactMap { option -> String? in
          guard let entry = option.entry, pool.entries[entry].category == .country,
            let key = NameFrame.country(named: AnswerCategory.nameWords(option.text)),
            key != demonym.country
          else { return nil }
          return Demonym.word(for: key)
        }
        deckOptions = deckOptions.filter { Demonym($0.text) != nil }
        madeOptions =
          (countries + generator.shuffled(demonym.neighbours)).map { DistractorOption($0) }
      }
      // A treaty beside treaties, a city beside cities; never a prize where a pact was signed.
      deckOptions = AnswerCategory.alike(
        deck: deckOptions, made: madeOptions, answer: AnswerCategory.of(fact), kind: fact.kind
      ) { option in
        option.entry.map { pool.entries[$0].category }
          ?? AnswerCategory.of(option.text, kind: fact.kind)
      }
      madeOptions = []
      deckOptions = NameParts.withoutWholes(deckOptions, answer: answer, names: own)
      // A name's options are these alone (the made ones joined them above).
      if allOrNone, deckOptions.count < count { return [] }
      guard
        let fit = NameFit(
          for: fact, answer: answer, in: pool, own: twin.flatMap { pool.ownFrame($0) },
          prompt: prompt)
      else {
        return []
      }
      nameFit = fit
    case .quote:
      return []
    }
    let shown = DistractorOption(answer, reading: isQuantity ? .value : .none)
    let question = FoldedText(prompt)
    var promptFigures: [Double]?
    let ties = Ties(
      of: fact, among: members.sameSentence.map { pool.entries[$0].fact }, isDate: isDate)
    let pins = isDate ? DatePins(answer: fact.value, prompt: prompt) : DatePins()
    var chosen: [DistractorOption] = []
    var seen: [String] = [shown.key]
    let answerIsTown =
      fact.kind == .place && [.city, nil].contains(AnswerCategory.of(fact))
    func admit(_ option: DistractorOption) {
      guard chosen.count < count else { return }
      guard !option.key.isEmpty, !seen.contains(option.key) else { return }
      // Not the answer nor a variant of it, not already in the question, not the answer's
      // figure rounded ("5.4 billion" beside "5.38 billion").
      if option.key == shown.key || FoldedText.contains(option.folded, shown.folded)
        || FoldedText.contains(shown.folded, option.folded)
        || FoldedText.contains(question, option.folded)
      {
        return
      }
      if isQuantity, let a = option.value, let b = shown.value {
        if DistractorMaker.closeTo(a, b, within: 0.05) { return }
        // A figure the question already shows, however it is written ("6.1" beside "6.10").
        if promptFigures == nil { promptFigures = SentenceFigures.values(in: prompt) }
        if promptFigures?.contains(where: { DistractorMaker.closeTo($0, a, within: 0.005) })
          ?? false
        {
          return
        }
      }
      guard ties.keepOrder(option), pins.admits(option) else { return }
      // "Britain" where "England" is asked: also right. So, most likely, is the state or
      // province the story's own town lies in ("Massachusetts" beside Boston).
      if fact.kind == .place {
        if OverlappingPlaces.overlap(option.text, answer) { return }
        if answerIsTown, let entry = option.entry,
          pool.entries[entry].fact.source.article == fact.source.article,
          pool.entries[entry].category == .division
        {
          return
        }
      }
      // "Lloyd George" beside "David Lloyd George": one person offered twice.
      if !isDate, !isQuantity,
        chosen.contains(where: {
          FoldedText.contains($0.folded, option.folded)
            || FoldedText.contains(option.folded, $0.folded)
        })
      {
        return
      }
      // "58%" beside "60%": two options a rounding apart leave the learner guessing.
      if isQuantity, let value = option.value,
        chosen.contains(where: {
          $0.value.map { DistractorMaker.closeTo($0, value, within: 0.05) } ?? false
        })
      {
        return
      }
      seen.append(option.key)
      chosen.append(option)
    }
    for option in lead {
      admit(option)
      if !chosen.isEmpty { break }
    }
    if isDate || isQuantity {
      for option in generator.shuffled(uniqueValues(deckOptions)) { admit(option) }
    } else {
      for option in deckOptions where chosen.count < count {
        if nameFit?.admits(option) ?? true { admit(option) }
      }
    }
    if isQuantity {
      let width = answer.count
      let sameWidth = madeOptions.filter { $0.text.count == width }
      let amount = shown.value ?? 0
      for option in DistractorMaker.balanced(generator.shuffled(sameWidth), around: amount) {
        admit(option)
      }
      for option in madeOptions where option.text.count != width { admit(option) }
    } else {
      for option in madeOptions { admit(option) }
    }
    return chosen.map(\.text)
  }

  /// What the prompt says of a name's gap, which its options must fit. Options must look like
  /// their sort (a person like a person in their own sentences), be no scrap of text, no alias
  /// of the answer nor a person named in the prompt, and share the nationality, office and
  /// frame the prompt gives the gap ("the Soviet representative, _____", "the island of
  /// _____"). Checked option by option as they are taken, not over the whole pool: a question
  /// needs three.
  struct NameFit {
    let pool: DistractorPool
    let isPerson: Bool
    let demand: NameFrame.Demand
    let promptWords: Set<String>
    let surname: String?
    /// "_____ rice", "the _____ text" in any sentence naming the answer: a crop or a script,
    /// which only names of the same frame fit.
    let sorts: Set<String>

    /// Nil when the answer itself, typed a person, shows nothing of one ("Red Forest",
    /// "Dumbarton Oaks"): a mistyped answer takes no options of the wrong sort.
    /// `own` is the fact's frame when the pool has read it already.
    init?(
      for fact: Fact, answer: String, in pool: DistractorPool, own known: NameFrame?,
      prompt: String
    ) {
      isPerson = fact.kind == .person
      let own = known ?? NameFrame(fact.source.text, span: fact.source.span, kind: fact.kind)
      // The answer's frames across the deck, with this sentence's.
      var merged = pool.frame(ofKey: FoldedText(answer).key) ?? NameFrame()
      merged.merge(own)
      if isPerson, !NameFrame.looksLikePerson(answer, frame: merged) { return nil }
      self.pool = pool
      let words = NameFrame.tokens(prompt).filter(NameFrame.isWord)
      demand = NameFrame.Demand(own, promptWords: words)
      promptWords = isPerson ? Set(words) : []
      surname = NameParts.surname(answer)
      sorts = isPerson ? [] : merged.frameNouns.intersection(NameFrame.sortNouns)
    }

    func admits(_ option: DistractorOption) -> Bool {
      // An entry's answer is read once per pool (an option with an entry is its answer).
      let reading = option.entry.flatMap(pool.nameReading)
      if reading?.isFragment ?? NameParts.isFragment(option.text) { return false }
      let frame = pool.frame(ofKey: option.key)
      let entry = option.entry.map { pool.entries[$0] }
      if isPerson {
        let looksLikePerson =
          reading?.looksLikePerson(frame: frame)
          ?? NameFrame.looksLikePerson(option.text, frame: frame)
        guard looksLikePerson else { return false }
        // "Robert Kennedy" beside a prompt naming Robert F. Kennedy, or beside his brother.
        if let other = reading.map(\.surname) ?? NameParts.surname(option.text),
          other == surname || promptWords.contains(other)
        {
          return false
        }
      }
      if !sorts.isEmpty, (frame?.frameNouns ?? []).isDisjoint(with: sorts) { return false }
      if let entry, let surname, NameParts.isAlias(entry.fact, of: surname) { return false }
      return demand.admits(frame, category: entry?.category)
    }
  }

  /// Large lakes of several continents, offered beside a lake the article's own places
  /// cannot match: a town never stands where a lake is asked.
  static let lakeOptions: [DistractorOption] = [
    "Lake Tanganyika", "Lake Malawi", "Lake Chad", "Lake Baikal", "Lake Titicaca",
    "Lake Superior", "Lake Ladoga", "Lake Geneva", "Lake Balkhash", "Lake Michigan",
  ].map { DistractorOption($0) }

  static let countryOptions: [[DistractorOption]] = countries.map {
    $0.map { DistractorOption($0) }
  }
  static let organizationOptions: [(option: DistractorOption, sort: String, founded: Int)] =
    organizations.map { (DistractorOption($0.name), $0.sort, $0.founded) }

  /// The option a true/false statement may swap in for the answer, or nil when none of
  /// `options` is clearly false: a date that keeps the sentence's other dates in order, a
  /// figure at least a fifth away, moving the way the sentence's figure moved and not within
  /// rounding of another figure of the article. `distractors` puts such an option first.
  public func falseValue(for fact: Fact, options: [String], pool: [Fact]) -> String? {
    let table = DistractorPool(pool)
    let members = Members(of: fact, article: table.article(of: fact), in: table, excluding: nil)
    switch fact.kind {
    case .date, .year:
      return clearDates(
        for: fact, options: options.map { DistractorOption($0, reading: .date) },
        sentenceDays: members.sameSentence.compactMap {
          table.entries[$0].isDate ? table.entries[$0].day : nil
        }
      ).first?.text
    case .money, .number:
      return clearQuantities(
        for: fact, options: options.map { DistractorOption($0, reading: .value) },
        figures: members.sameArticle.compactMap {
          let entry = table.entries[$0]
          return entry.fact.kind == .money || entry.fact.kind == .number ? entry.amount : nil
        }
      ).first?.text
    default:
      return options.first
    }
  }

  /// The figures of a fact's sentence that a range or comparison ties it to (see
  /// `SentenceFigures.ties`), read once per question: an option that would break their order
  /// ("between 0.3% and 0.5%" cannot become "between 0.9% and 0.5%", "5.38 billion, down from
  /// 6.1 billion" cannot become "down from 5 billion") is no option.
  struct Ties {
    var answerDay: Day?
    var days: [Day] = []
    var answerAmount: Double?
    var amounts: [Double] = []
    var isDate: Bool
    var isEmpty: Bool

    init(of fact: Fact, among sentenceFacts: [Fact], isDate: Bool) {
      self.isDate = isDate
      let ties = sentenceFacts.isEmpty ? [] : SentenceFigures.ties(of: fact, among: sentenceFacts)
      isEmpty = ties.isEmpty
      guard !ties.isEmpty else { return }
      if isDate {
        answerDay = Day(fact.value)
        days = ties.compactMap { Day($0.value) }
      } else {
        answerAmount = SentenceFigures.amount(of: fact)
        if let answerAmount {
          amounts = ties.compactMap { SentenceFigures.amount(of: $0) }.filter {
            $0 != answerAmount
          }
        }
      }
    }

    func keepOrder(_ option: DistractorOption) -> Bool {
      guard !isEmpty else { return true }
      if isDate {
        guard let answerDay, let reading = option.date else { return true }
        let day = Day(year: reading.year, month: reading.month, day: reading.day)
        return days.allSatisfy { bound in
          let truth = DistractorMaker.compare(answerDay, bound)
          return truth == 0 || DistractorMaker.compare(day, bound) == truth
        }
      }
      guard let answerAmount, let value = option.value else { return true }
      return amounts.allSatisfy { bound in
        (answerAmount < bound) == (value < bound) && value != bound
      }
    }
  }

  /// True when `other` tells the same thing as `fact` in another sentence (most of their
  /// words shared): its figure is the true value of the same slot, no wrong option.
  static func restates(_ other: Fact, _ fact: Fact) -> Bool {
    restates(other, fact, factContent: content(fact.source.text))
  }

  /// `restates` with the fact's content words worked out once by the caller, who checks one
  /// fact against a whole pool.
  static func restates(_ other: Fact, _ fact: Fact, factContent: Set<String>) -> Bool {
    restates(other, fact, otherContent: { content($0) }, factContent: factContent)
  }

  static func restates(
    _ other: Fact, _ fact: Fact, otherContent: (String) -> Set<String>, factContent: Set<String>
  ) -> Bool {
    guard other.source.article == fact.source.article,
      other.source.sentence != fact.source.sentence
    else { return false }
    let a = otherContent(other.source.text)
    let b = factContent
    guard !a.isEmpty, !b.isEmpty else { return false }
    return Double(a.intersection(b).count) / Double(min(a.count, b.count)) >= 0.6
  }

  /// A sentence's content words: longer than three letters, neither function words, numbers
  /// nor months.
  static func content(_ text: String) -> Set<String> {
    var result: Set<String> = []
    guard let folded = TextFolding.wordBytes(text) else {
      for word in TextFolding.words(text) where isContentWord(word) { result.insert(word) }
      return result
    }
    // Folded words are lower-case ASCII letters and digits: the length and digit tests need
    // no string, and most words fail them.
    folded.withUnsafeBufferPointer { bytes in
      var start = 1
      for index in 1..<bytes.count where bytes[index] == 0x20 {
        defer { start = index + 1 }
        guard index - start > 3,
          bytes[start..<index].contains(where: { $0 < 0x30 || $0 > 0x39 })
        else { continue }
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if !contentStopWords.contains(word) { result.insert(word) }
      }
    }
    return result
  }

  /// Function words and month forms in one set: one lookup per folded word.
  static let contentStopWords = Lexicon.functionWords.union(DateWords.monthForms)

  /// Longer than three letters, not all digits, no function word, no month. (The cheap tests
  /// first: most words fail on their length.)
  static func isContentWord(_ word: String) -> Bool {
    guard word.utf8.count > 3 else { return false }
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      if word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return false }
    } else if word.count <= 3 || word.allSatisfy(\.isNumber) {
      return false
    }
    return !Lexicon.isFunctionWord(word) && !DateWords.isMonth(word)
  }

  /// True when `a` and `b` differ by less than `within` of the larger.
  static func closeTo(_ a: Double, _ b: Double, within: Double) -> Bool {
    let larger = max(abs(a), abs(b))
    guard larger > 0 else { return true }
    return abs(a - b) / larger < within
  }

  /// The first option of each folding key, in alphabetical order.
  func uniqueValues(_ values: [DistractorOption]) -> [DistractorOption] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0.key).inserted }.sorted { $0.text < $1.text }
  }

  // MARK: Dates

  struct Day: Hashable {
    var year: Int
    var month: Int?
    var day: Int?

    init?(_ value: String) {
      // A name ("Hun Sen") is no date: its first character is no digit.
      if let first = value.utf8.first,
        (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
      {
        return nil
      }
      let parts = value.split(separator: "-").compactMap { Int($0) }
      guard let year = parts.first, !value.containsASCII("/"),
        value.prefix(while: \.isNumber).count == 4
      else { return nil }
      self.year = year
      month = parts.count > 1 ? parts[1] : nil
      day = parts.count > 2 ? parts[2] : nil
    }

    init(year: Int, month: Int?, day: Int?) {
      self.year = year
      self.month = month
      self.day = day
    }

    var iso: String {
      var text = String(year)
      if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
      if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
      return text
    }
  }

  /// How far apart in years a deck's other date may lie from the answer and still be offered:
  /// the span of one story's events, not its prologue or its aftermath.
  static let eraYears = 15

  static func granularity(of fact: Fact) -> DateGranularity {
    if fact.kind == .year { return .year }
    if let granularity = fact.granularity { return granularity }
    return fact.value.containsASCII("/")
      ? .range
      : (fact.value.split(separator: "-").count == 3
        ? .day : fact.value.split(separator: "-").count == 2 ? .month : .year)
  }

  /// Other dates of the deck shown at the fact's granularity, and made dates moved from the
  /// fact's by its own unit. `makes` false skips writing the made dates but draws the same
  /// random numbers, so what follows is shuffled the same either way.
  func dates(
    for fact: Fact, members: [Int], in pool: DistractorPool, article: Int?,
    factContent: DistractorPool.SentenceWords, makes: Bool, generator: inout SeededGenerator
  ) -> (deck: [DistractorOption], made: [DistractorOption]) {
    let level = DistractorMaker.granularity(of: fact)
    guard level != .range, let day = Day(fact.value) else { return ([], []) }
    var fromDeck: [DistractorOption] = []
    // A story's events end where it ends: made dates go at most a year past its latest date.
    var latest = day.year
    var earliest = day.year
    for member in members {
      let other = pool.entries[member]
      guard other.isDate, let otherDay = other.day else { continue }
      latest = max(latest, otherDay.year)
      earliest = min(earliest, otherDay.year)
      guard !pool.restates(other, fact, article: article, factContent: factContent) else {
        continue
      }
      // A 1912 date beside a dive to the wreck in 2023 is no plausible option.
      guard abs(otherDay.year - day.year) <= DistractorMaker.eraYears else { continue }
      let option: DistractorOption?
      switch level {
      case .year: option = other.asYear
      case .month where other.level == .month || other.level == .day: option = other.asMonth
      case .day where other.level == .day: option = other.asDay
      default: option = nil
      }
      if let option { fromDeck.append(option) }
    }
    latest += 1
    var made: [Day] = []
    switch level {
    case .year:
      // Years inside the story's span first, then the nearest outside it.
      let shifts = [1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 7, -7, 10, -10]
      let inside = shifts.map { day.year + $0 }.filter { $0 >= earliest && $0 <= latest }
      let outside = shifts.map { day.year + $0 }.filter { ($0 < earliest || $0 > latest) && $0 > 0 }
      guard makes else {
        _ = generator.shuffled(inside)
        return (fromDeck, [])
      }
      let years = generator.shuffled(inside) + outside.filter { $0 <= latest }
      return (
        fromDeck,
        years.map {
          DistractorOption(
            String($0),
            date: DistractorMaker.madeReading(Day(year: $0, month: nil, day: nil)))
        }
      )
    case .month:
      let month = day.month ?? 1
      var groups: [[Day]] = []
      for shifts in [
        [(0, 1), (0, -1), (0, 2), (0, -2)], [(0, 4), (0, -5), (0, 3), (0, -3)],
        [(1, 0), (-1, 0), (1, 2), (-1, -2)],
      ] {
        var group: [Day] = []
        for (years, months) in shifts {
          var total = (day.year + years) * 12 + (month - 1) + months
          if total < 0 { total = 0 }
          guard total / 12 <= latest else { continue }
          group.append(Day(year: total / 12, month: total % 12 + 1, day: nil))
        }
        groups.append(generator.shuffled(group))
      }
      made = DistractorMaker.interleave(generator.shuffled(groups))
    case .day:
      let month = day.month ?? 1
      let date = day.day ?? 1
      // Days of the same month, other months, other years and a mix, taken in turn so the
      // options do not all share the answer's day and month.
      var groups: [[Day]] = []
      let randomDay = { (generator: inout SeededGenerator) in Int(generator.next() % 28) + 1 }
      let shifts: [[(Int, Int, Int?)]] = [
        [(0, 0, date + 3), (0, 0, date - 4), (0, 0, date + 9), (0, 0, date - 11)],
        [
          (0, 1, randomDay(&generator)), (0, -1, randomDay(&generator)),
          (0, 3, randomDay(&generator)), (0, -2, randomDay(&generator)),
        ],
        [(1, 0, nil), (-1, 0, nil), (2, 0, nil)],
        [(1, -3, randomDay(&generator)), (-1, 2, randomDay(&generator))],
      ]
      for group in shifts {
        var days: [Day] = []
        for (years, months, newDay) in group {
          var total = (day.year + years) * 12 + (month - 1) + months
          if total < 0 { total = 0 }
          let shownDay = newDay ?? date
          guard (1...28).contains(shownDay) || (newDay == nil && shownDay <= 31),
            total / 12 <= latest
          else { continue }
          days.append(Day(year: total / 12, month: total % 12 + 1, day: shownDay))
        }
        groups.append(generator.shuffled(days))
      }
      made = DistractorMaker.interleave(generator.shuffled(groups))
    case .range:
      break
    }
    guard makes else { return (fromDeck, []) }
    return (
      fromDeck,
      made.map {
        DistractorOption(AnswerFormat.date($0.iso), date: DistractorMaker.madeReading($0))
      }
    )
  }

  /// What `DateReading.read` makes of a made date as `AnswerFormat.date` shows it ("1979",
  /// "January 1979", "January 7, 1979"; months 1–12, days 1–31): the date itself, except that
  /// a year of one or two digits up to 31 reads as a day, which leaves no date.
  static func madeReading(_ day: Day) -> DateReading.Reading? {
    guard day.year > 31, day.day.map({ (1...31).contains($0) }) ?? true else { return nil }
    return DateReading.Reading(year: day.year, month: day.month, day: day.day)
  }

  /// One from each group in turn: [[a, b], [c], [d, e]] → [a, c, d, b, e].
  static func interleave<T>(_ groups: [[T]]) -> [T] {
    var result: [T] = []
    var index = 0
    while groups.contains(where: { $0.count > index }) {
      for group in groups where group.count > index { result.append(group[index]) }
      index += 1
    }
    return result
  }

  /// Dates fit to swap into a true/false statement: they keep the order of the sentence's
  /// other dates (`sentenceDays`: "beaten in January 1868 … surrendered in June 1869") and are
  /// none of them.
  func clearDates(for fact: Fact, options: [DistractorOption], sentenceDays others: [Day])
    -> [DistractorOption]
  {
    guard let answer = Day(fact.value) else { return [] }
    return options.filter { option in
      guard let reading = option.date else { return false }
      let day = Day(year: reading.year, month: reading.month, day: reading.day)
      return others.allSatisfy { other in
        let truth = DistractorMaker.compare(answer, other)
        let made = DistractorMaker.compare(day, other)
        return made != 0 && (truth == 0 || truth == made)
      }
    }
  }

  /// -1, 0 or 1, comparing only as finely as both dates are known.
  static func compare(_ a: Day, _ b: Day) -> Int {
    if a.year != b.year { return a.year < b.year ? -1 : 1 }
    guard let m1 = a.month, let m2 = b.month else { return 0 }
    if m1 != m2 { return m1 < m2 ? -1 : 1 }
    guard let d1 = a.day, let d2 = b.day else { return 0 }
    return d1 == d2 ? 0 : (d1 < d2 ? -1 : 1)
  }

  // MARK: Quantities

  /// Other figures of the article in the answer's form, and figures made from the answer's.
  func quantities(
    for fact: Fact, members: [Int], in pool: DistractorPool, article: Int?
  ) -> (deck: [DistractorOption], made: [DistractorOption]) {
    let parsed: (amount: Double, currency: String)?
    if fact.kind == .money {
      parsed = AnswerFormat.money(fact.value)
    } else {
      parsed = Double(fact.value).map { ($0, "") }
    }
    guard let (amount, currency) = parsed, amount > 0 else { return ([], []) }
    let style = AnswerFormat.NumberStyle.of(text: fact.text, value: amount)
    let form = AnswerFormat.MoneyForm.of(fact)
    let suffix =
      fact.kind == .money ? (currency.isEmpty ? "" : " " + currency) : (fact.unit == "%" ? "%" : "")
    /// Every option in the answer's form; a figure of the article at its own precision.
    func render(_ value: Double, decimals: Int? = nil) -> String {
      if let form { return form.render(value, decimals: decimals) }
      var own = style
      if let decimals { own.decimals = decimals }
      return own.render(value) + suffix
    }
    var fromDeck: [DistractorOption] = []
    var factContent: DistractorPool.SentenceWords?
    for member in members {
      let other = pool.entries[member]
      guard other.fact.kind == fact.kind, other.fact.value != fact.value,
        let (otherAmount, otherCurrency, otherStyle) = other.quantity,
        fact.kind == .money ? otherCurrency == currency : other.fact.unit == fact.unit,
        otherStyle.scaleWord == style.scaleWord, otherAmount * 10 > amount,
        otherAmount < amount * 10
      else { continue }
      if factContent == nil { factContent = pool.contentWords(of: fact.source.text) }
      if let factContent, pool.restates(other, fact, article: article, factContent: factContent) {
        continue
      }
      fromDeck.append(
        DistractorOption(render(otherAmount, decimals: otherStyle.decimals), reading: .value))
    }
    let significant = DistractorMaker.significantDigits(amount, style: style)
    var made: [String] = []
    var longer: [String] = []
    let width = render(amount).count
    // A count the article spelled out ("sixteen countries") keeps its size: "twelve",
    // "twenty", never "ninety-six".
    let inWords = fact.kind == .number && NumberWords.isWritten(fact.text)
    let factors: [Double] =
      inWords
      ? [1.25, 0.75, 1.5, 0.5, 1.75, 0.6, 2]
      : [2.0, 0.5, 3, 1.5, 0.7, 4, 0.3, 5, 1.3, 0.8, 6, 0.6, 0.4, 2.5]
    for factor in factors {
      var value: Double
      if let scaleWord = style.scaleWord {
        // Same unit and decimals as the answer: 7.8 million → 3.9, 15.6 million.
        let unit = AnswerFormat.NumberStyle.scale(scaleWord)
        var step = 1.0
        for _ in 0..<style.decimals { step /= 10 }
        value = ((amount * factor / unit) / step).rounded() * step * unit
      } else {
        value = DistractorMaker.round(amount * factor, significant: max(significant, 1))
        if style.decimals == 0 { value = value.rounded() }
      }
      if value <= 0 || value == amount { continue }
      // "US$0.6 billion" is no way to write a sum: stay at or above one of the answer's unit.
      if let scaleWord = style.scaleWord, amount >= AnswerFormat.NumberStyle.scale(scaleWord),
        value < AnswerFormat.NumberStyle.scale(scaleWord)
      {
        continue
      }
      if fact.unit == "%" && value > 100 && amount <= 100 { continue }
      if inWords && NumberWords.words(for: value) == nil { continue }
      let shown = render(value)
      // Options as long as the answer first: "1,000,000" beside "200,000" stands out.
      if shown.count == width { made.append(shown) } else { longer.append(shown) }
    }
    return (fromDeck, (made + longer).map { DistractorOption($0, reading: .value) })
  }

  /// Made figures taken in turn from below and above the answer, those that are no whole
  /// multiple or fraction of it first: 3,000, 6,000 and 9,000 beside 1,500 give the answer
  /// away as the smallest, and as the figure every other one is a multiple of.
  static func balanced(_ options: [DistractorOption], around answer: Double)
    -> [DistractorOption]
  {
    guard answer > 0 else { return options }
    func isMultiple(_ option: DistractorOption) -> Bool {
      guard let value = option.value, value > 0 else { return false }
      let ratio = value > answer ? value / answer : answer / value
      return abs(ratio - ratio.rounded()) < 0.001
    }
    func ordered(_ side: [DistractorOption]) -> [DistractorOption] {
      side.filter { !isMultiple($0) } + side.filter(isMultiple)
    }
    let below = ordered(options.filter { ($0.value ?? 0) < answer })
    let above = ordered(options.filter { ($0.value ?? 0) >= answer })
    // The side the shuffled list opened on goes first, so both sides lead as often.
    let belowFirst = options.first.map { ($0.value ?? 0) < answer } ?? true
    return interleave(belowFirst ? [below, above] : [above, below])
  }

  /// Made figures fit to swap into a true/false statement: at least a fifth away from the
  /// answer, within a factor of about two and a half, and not within a tenth of any other
  /// figure of the article (`figures`, with those of the fact's own sentence), so the false
  /// statement is neither near-true nor absurd.
  func clearQuantities(for fact: Fact, options: [DistractorOption], figures: [Double])
    -> [DistractorOption]
  {
    guard let answer = SentenceFigures.amount(of: fact) else { return [] }
    let figures = figures + SentenceFigures.values(in: fact.source.text)
    let direction = SentenceFigures.direction(of: fact)
    let clear = options.filter { option in
      guard let value = option.value else { return false }
      let ratio = value / answer
      if direction != 0 && (value > answer ? 1 : -1) != direction { return false }
      if let unit = fact.unit, ["countries", "nations", "states"].contains(unit), value > 190 {
        return false
      }
      return !DistractorMaker.closeTo(value, answer, within: 0.2) && ratio >= 0.4 && ratio <= 2.6
        && !figures.contains { DistractorMaker.closeTo($0, value, within: 0.1) }
    }
    return clear
  }

  static func significantDigits(_ amount: Double, style: AnswerFormat.NumberStyle) -> Int {
    var text = style.render(amount).filter(\.isNumber)
    while text.hasSuffix("0") && !style.render(amount).containsASCII(".") { text.removeLast() }
    while text.hasPrefix("0") { text.removeFirst() }
    return max(1, text.count)
  }

  static func round(_ value: Double, significant: Int) -> Double {
    guard value > 0 else { return value }
    var scale = 1.0
    var probe = value
    while probe >= 10 {
      probe /= 10
      scale *= 10
    }
    while probe < 1 {
      probe *= 10
      scale /= 10
    }
    var unit = scale
    for _ in 1..<significant { unit /= 10 }
    return (value / unit).rounded() * unit
  }
}

extension DistractorMaker {
  /// Titles of rank written straight before a name, which stay beside the gap in a prompt.
  static let honorifics: Set<String> = [
    "Lord", "Lady", "Sir", "King", "Queen", "Emperor", "Empress", "Prince", "Princess", "Pope",
    "Tsar", "Kaiser", "Sultan", "Shah", "Maharaja", "Nizam", "Khedive", "Marshal", "Admiral",
    "General", "Colonel", "Captain", "Commodore", "President", "Chancellor", "Cardinal",
  ]

  /// Callings written in lower case straight before a name ("the Canadian general E. L. M.
  /// Burns", "the economist John Maynard Keynes"): the gap keeps them beside it too.
  static let callings: Set<String> = [
    "general", "admiral", "marshal", "colonel", "captain", "commander", "cosmonaut",
    "astronaut", "economist", "diplomat", "engineer", "scientist", "chemist", "physicist",
    "lawyer", "journalist", "writer", "poet", "historian", "architect", "bishop", "king",
    "queen", "emperor", "president", "chancellor", "minister", "ambassador",
  ]

  /// The title of rank or calling right before a person's name in its sentence ("Lord" in
  /// "the Viceroy, Lord Linlithgow"; "general" in "the Canadian general Burns"), in lower case,
  /// or nil.
  static func honorific(_ fact: Fact) -> String? {
    guard
      let word = FactFeatures.lastWords(
        fact.source.text, before: fact.source.span.lowerBound, lowercase: false
      ).last
    else { return nil }
    if honorifics.contains(word) { return word.lowercased() }
    return callings.contains(word) ? word : nil
  }
}
