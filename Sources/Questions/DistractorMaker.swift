import Facts

/// Wrong options for choice and true/false questions: the same kind as the answer, other
/// facts of the deck first (Zhang et al.: same type, same text), then made ones that keep the
/// answer's form, a date moved at its own granularity, a sum varied in its own unit and
/// precision. Every option is rendered by the same rules as the answer.
public struct DistractorMaker: Sendable {
  public init() {}

  /// Places offered when the deck has too few of its own, by region.
  static let countries: [[String]] = [
    [
      "Vietnam", "Cambodia", "Laos", "Thailand", "Myanmar", "Malaysia", "Indonesia", "Philippines",
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
  ]

  static let organizations = [
    "United Nations", "Association of Southeast Asian Nations", "European Union", "World Bank",
    "International Monetary Fund", "World Health Organization", "Red Cross", "African Union",
    "Organization of American States", "NATO", "Warsaw Pact", "Non-Aligned Movement",
  ]

  /// Three distractors for `fact`, or nil when three good ones cannot be found.
  public func distractors(
    for fact: Fact, answer: String, pool: [Fact], prompt: String, count: Int = 3,
    generator: inout SeededGenerator
  ) -> [String]? {
    var deckOptions: [String] = []
    var madeOptions: [String] = []
    switch fact.kind {
    case .date, .year:
      (deckOptions, madeOptions) = dates(for: fact, pool: pool)
    case .money, .number:
      (deckOptions, madeOptions) = quantities(for: fact, pool: pool)
    case .person, .organization, .term, .event, .place:
      deckOptions = uniqueValues(
        pool.filter { $0.kind == fact.kind }.map { AnswerFormat.answer(for: $0) })
      if fact.kind == .place {
        // Countries against countries (same region first), cities against cities.
        let allCountries = Set(DistractorMaker.countries.joined())
        let region = DistractorMaker.countries.first { $0.contains(fact.value) }
        if let region {
          let deckCountries = deckOptions.filter { allCountries.contains($0) }
          deckOptions = deckCountries.filter { region.contains($0) }
          madeOptions = region + deckCountries.filter { !region.contains($0) }
        } else {
          deckOptions = deckOptions.filter { !allCountries.contains($0) }
        }
      } else if fact.kind == .organization {
        madeOptions = DistractorMaker.organizations
      }
    case .quote:
      return nil
    }
    var chosen: [String] = []
    var seen: [String] = [TextFolding.key(answer)]
    func admit(_ option: String) {
      guard chosen.count < count else { return }
      let key = TextFolding.key(option)
      guard !key.isEmpty, !seen.contains(key),
        isAcceptable(option, answer: answer, prompt: prompt, fact: fact)
      else { return }
      seen.append(key)
      chosen.append(option)
    }
    for option in generator.shuffled(uniqueValues(deckOptions)) { admit(option) }
    if fact.kind == .place {
      // The region's own countries before the rest of the deck's.
      let region = DistractorMaker.countries.first { $0.contains(fact.value) } ?? []
      for option in generator.shuffled(madeOptions.filter { region.contains($0) }) { admit(option) }
      for option in madeOptions where !region.contains(option) { admit(option) }
    } else if [.money, .number].contains(fact.kind) {
      let sameWidth = madeOptions.filter { $0.count == answer.count }
      for option in generator.shuffled(sameWidth) { admit(option) }
      for option in madeOptions where option.count != answer.count { admit(option) }
    } else {
      for option in generator.shuffled(madeOptions) { admit(option) }
    }
    return chosen.count == count ? chosen : nil
  }

  /// Not the answer nor a variant of it, not already in the question.
  func isAcceptable(_ option: String, answer: String, prompt: String, fact: Fact) -> Bool {
    let optionKey = TextFolding.key(option)
    let answerKey = TextFolding.key(answer)
    if optionKey == answerKey { return false }
    if TextFolding.contains(option, answer) || TextFolding.contains(answer, option) { return false }
    if TextFolding.contains(prompt, option) { return false }
    if [.money, .number].contains(fact.kind), let a = NumberReading.value(of: option),
      let b = NumberReading.value(of: answer), a == b
    {
      return false
    }
    return true
  }

  func uniqueValues(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert(TextFolding.key($0)).inserted }.sorted()
  }

  // MARK: Dates

  struct Day: Hashable {
    var year: Int
    var month: Int?
    var day: Int?

    init?(_ value: String) {
      let parts = value.split(separator: "-").compactMap { Int($0) }
      guard let year = parts.first, !value.contains("/"),
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

  func granularity(of fact: Fact) -> DateGranularity {
    if fact.kind == .year { return .year }
    if let granularity = fact.granularity { return granularity }
    return fact.value.contains("/")
      ? .range
      : (fact.value.split(separator: "-").count == 3
        ? .day : fact.value.split(separator: "-").count == 2 ? .month : .year)
  }

  func dates(for fact: Fact, pool: [Fact]) -> ([String], [String]) {
    let level = granularity(of: fact)
    guard level != .range, let day = Day(fact.value) else { return ([], []) }
    var fromDeck: [String] = []
    for other in pool where [.date, .year].contains(other.kind) {
      guard let otherDay = Day(other.value) else { continue }
      let otherLevel = granularity(of: other)
      switch level {
      case .year:
        fromDeck.append(String(otherDay.year))
      case .month where otherLevel == .month || otherLevel == .day:
        fromDeck.append(
          AnswerFormat.date(Day(year: otherDay.year, month: otherDay.month, day: nil).iso))
      case .day where otherLevel == .day:
        fromDeck.append(AnswerFormat.date(otherDay.iso))
      default:
        break
      }
    }
    var made: [String] = []
    switch level {
    case .year:
      for shift in [1, -1, 2, -2, 3, -3, 5, -5, 10, -10] { made.append(String(day.year + shift)) }
    case .month:
      let month = day.month ?? 1
      for (years, months) in [(0, 1), (0, -1), (1, 0), (-1, 0), (0, 3), (0, -3), (1, 2), (-1, -2)] {
        var total = (day.year + years) * 12 + (month - 1) + months
        if total < 0 { total = 0 }
        made.append(AnswerFormat.date(Day(year: total / 12, month: total % 12 + 1, day: nil).iso))
      }
    case .day:
      let month = day.month ?? 1
      let date = day.day ?? 1
      for (years, months, days) in [
        (1, 0, 0), (-1, 0, 0), (0, 1, 0), (0, -1, 0), (0, 0, 10), (0, 0, -5), (2, 0, 0), (0, 2, 7),
      ] {
        var total = (day.year + years) * 12 + (month - 1) + months
        if total < 0 { total = 0 }
        var newDay = date + days
        if newDay < 1 { newDay += 20 }
        if newDay > 28 { newDay -= 20 }
        made.append(
          AnswerFormat.date(Day(year: total / 12, month: total % 12 + 1, day: newDay).iso))
      }
    case .range:
      break
    }
    return (fromDeck, made)
  }

  // MARK: Quantities

  func quantities(for fact: Fact, pool: [Fact]) -> ([String], [String]) {
    let parsed: (amount: Double, currency: String)?
    if fact.kind == .money {
      parsed = AnswerFormat.money(fact.value)
    } else {
      parsed = Double(fact.value).map { ($0, "") }
    }
    guard let (amount, currency) = parsed, amount > 0 else { return ([], []) }
    let style = AnswerFormat.NumberStyle.of(text: fact.text, value: amount)
    let suffix =
      fact.kind == .money ? (currency.isEmpty ? "" : " " + currency) : (fact.unit == "%" ? "%" : "")
    var fromDeck: [String] = []
    for other in pool where other.kind == fact.kind && other.value != fact.value {
      if fact.kind == .money {
        guard let (otherAmount, otherCurrency) = AnswerFormat.money(other.value),
          otherCurrency == currency,
          AnswerFormat.NumberStyle.of(text: other.text, value: otherAmount).scaleWord
            == style.scaleWord
        else { continue }
        fromDeck.append(style.render(otherAmount) + suffix)
      } else {
        guard other.unit == fact.unit, let otherAmount = Double(other.value),
          AnswerFormat.NumberStyle.of(text: other.text, value: otherAmount) == style,
          otherAmount * 10 > amount, otherAmount < amount * 10
        else { continue }
        fromDeck.append(style.render(otherAmount) + suffix)
      }
    }
    let significant = DistractorMaker.significantDigits(amount, style: style)
    var made: [String] = []
    var longer: [String] = []
    let width = style.render(amount).count
    for factor in [2.0, 0.5, 3, 1.5, 0.7, 4, 0.3, 5, 1.3, 0.8, 6, 0.6, 0.4, 2.5] {
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
      if fact.unit == "%" && value > 100 { continue }
      let shown = style.render(value) + suffix
      // Options as long as the answer first: "1,000,000" beside "200,000" stands out.
      if style.render(value).count == width { made.append(shown) } else { longer.append(shown) }
    }
    return (fromDeck, made + longer)
  }

  static func significantDigits(_ amount: Double, style: AnswerFormat.NumberStyle) -> Int {
    var text = style.render(amount).filter(\.isNumber)
    while text.hasSuffix("0") && !style.render(amount).contains(".") { text.removeLast() }
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
