import Facts
import Foundation

/// How a fact's value is shown as an answer, and the other spellings a learner may type.
/// All options of one question are rendered by the same rules, so format never betrays the
/// answer.
public enum AnswerFormat {
  /// "1979-01-07" → "January 7, 1979"; "1978-12" → "December 1978"; "1999" → "1999";
  /// "1979/1989" → "1979–1989".
  public static func date(_ value: String) -> String {
    isoDate(value) ?? generalDate(value)
  }

  /// `date` of a common ISO value ("1979", "1979-01", "1979-01-07", the year not starting
  /// with 0), read from its bytes; nil for any other value.
  static func isoDate(_ value: String) -> String? {
    let count = value.utf8.count
    guard count == 4 || count == 7 || count == 10 else { return nil }
    var digits: [Int] = []
    digits.reserveCapacity(8)
    for (index, byte) in value.utf8.enumerated() {
      if index == 4 || index == 7 {
        guard byte == 0x2D else { return nil }
      } else {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        digits.append(Int(byte - 0x30))
      }
    }
    guard digits[0] != 0 else { return nil }
    if count == 4 { return value }
    let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    let month = digits[4] * 10 + digits[5]
    guard (1...12).contains(month) else { return value }
    if count == 7 { return "\(Lexicon.months[month - 1]) \(year)" }
    return "\(Lexicon.months[month - 1]) \(digits[6] * 10 + digits[7]), \(year)"
  }

  /// `date` for any value.
  static func generalDate(_ value: String) -> String {
    if value.containsASCII("/") {
      return value.split(separator: "/").map { date(String($0)) }.joined(separator: "–")
    }
    // A year of an era: "-0241" is 241 BC, "0938" is 938.
    if let year = eraYear(value) { return year < 0 ? "\(-year) BC" : String(year) }
    // "-0539-10": October 539 BC.
    if value.hasPrefix("-"), !value.hasPrefix("--"), value.utf8.count > 5 {
      return generalDate(String(value.dropFirst())) + " BC"
    }
    let parts = value.split(separator: "-").compactMap { Int($0) }
    switch parts.count {
    case 3 where (1...12).contains(parts[1]):
      return "\(Lexicon.months[parts[1] - 1]) \(parts[2]), \(parts[0])"
    case 2 where (1...12).contains(parts[1]):
      return "\(Lexicon.months[parts[1] - 1]) \(parts[0])"
    default:
      return value
    }
  }

  /// The year of a value written with an era's four digits ("-0241", "0938"), or nil for
  /// anything else (a common four-digit year reads as itself).
  static func eraYear(_ value: String) -> Int? {
    let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
    guard digits.count == 4, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
      value.hasPrefix("-") || value.hasPrefix("0"), let year = Int(digits)
    else { return nil }
    return value.hasPrefix("-") ? -year : year
  }

  /// Digits grouped in thousands: 100000 → "100,000"; keeps a decimal part.
  public static func grouped(_ number: Double, decimals: Int = 0) -> String {
    let negative = number < 0
    let magnitude = abs(number)
    // Beyond what Int64 holds exactly: no grouping rather than a crash.
    guard magnitude < 1e15, magnitude.isFinite else { return String(number) }
    var whole = Int64(magnitude.rounded(.down))
    var fraction = ""
    if decimals > 0 {
      var scale: Double = 1
      for _ in 0..<decimals { scale *= 10 }
      var scaled = Int64((magnitude * scale).rounded())
      whole = scaled / Int64(scale)
      scaled %= Int64(scale)
      let digits = String(scaled)
      fraction = "." + String(repeating: "0", count: decimals - digits.count) + digits
    } else {
      whole = Int64(magnitude.rounded())
    }
    // The whole part's digits with a comma before each group of three from the right, written
    // into one buffer (groups cut off as strings and joined cost more than the distractor
    // that asked for them).
    let digits = Array(String(whole).utf8)
    var text: [UInt8] = negative ? [0x2D] : []
    text.reserveCapacity(digits.count + digits.count / 3 + 1)
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { text.append(0x2C) }
      text.append(digit)
    }
    return String(decoding: text, as: UTF8.self) + fraction
  }

  /// The style of a quantity as written, kept for every option: "7.8 million" is shown with one
  /// decimal in millions, "100,000" as grouped digits.
  public struct NumberStyle: Sendable, Hashable {
    public var scaleWord: String?
    public var decimals: Int

    public static func of(text: String, value: Double) -> NumberStyle {
      if let style = asciiStyle(text: text, value: value) { return style }
      return unicodeStyle(text: text, value: value)
    }

    /// `of(text:value:)` for ASCII text, read from its bytes (nil for other text).
    static func asciiStyle(text: String, value: Double) -> NumberStyle? {
      guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
      var lower = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
      let original = lower.count
      func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
      func hasWord(_ word: [UInt8]) -> Bool {
        var start = 0
        while start < original {
          guard isLetter(lower[start]) else {
            start += 1
            continue
          }
          var end = start
          while end < original, isLetter(lower[end]) { end += 1 }
          if lower[start..<end].elementsEqual(word) { return true }
          start = end
        }
        return false
      }
      // ("TND 4.5 mln", "₮1.2 trn": the short scales the local press writes.)
      if hasWord(Array("bn".utf8)) || hasWord(Array("bln".utf8)) { lower += " billion".utf8 }
      if hasWord(Array("mn".utf8)) || hasWord(Array("mln".utf8)) { lower += " million".utf8 }
      if hasWord(Array("tn".utf8)) || hasWord(Array("trn".utf8)) { lower += " trillion".utf8 }
      if let last = text.utf8.lastIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) {
        var glued: [UInt8] = []
        for byte in text.utf8[text.utf8.index(after: last)...] {
          let folded = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
          guard isLetter(folded) else { break }
          glued.append(folded)
        }
        // ("RM420mil", "RM1.2bil": Malaysian copy glues three letters.)
        if glued == [0x6D] || glued == Array("mil".utf8) { lower += " million".utf8 }
        if glued == [0x62] || glued == Array("bil".utf8) { lower += " billion".utf8 }
        if glued == [0x6B] { lower += " thousand".utf8 }
      }
      for (word, bytes) in scaleWordBytes where contains(lower, bytes) {
        let scaled = value / scale(word)
        let decimals =
          scaled == scaled.rounded() ? 0 : (scaled * 10 == (scaled * 10).rounded() ? 1 : 2)
        return NumberStyle(scaleWord: word, decimals: decimals)
      }
      let decimals = value == value.rounded() ? 0 : 1
      return NumberStyle(scaleWord: nil, decimals: decimals)
    }

    static let scaleWordBytes = ["trillion", "billion", "million", "crore", "lakh", "thousand"]
      .map { ($0, Array($0.utf8)) }

    static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
      guard bytes.count >= pattern.count else { return false }
      for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
        if bytes[start..<start + pattern.count].elementsEqual(pattern) { return true }
      }
      return false
    }

    /// The general reading, for any text.
    static func unicodeStyle(text: String, value: Double) -> NumberStyle {
      var lower = text.lowercased()
      let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
      if words.contains("bn") || words.contains("bln") { lower += " billion" }
      if words.contains("mn") || words.contains("mln") { lower += " million" }
      if words.contains("tn") || words.contains("trn") { lower += " trillion" }
      // "US$85m", "$1.2b", "40k": a scale letter glued to the digits.
      if let last = text.lastIndex(where: \.isNumber) {
        let glued = text[text.index(after: last)...].prefix(while: \.isLetter).lowercased()
        switch glued {
        case "m", "mil": lower += " million"
        case "b", "bil": lower += " billion"
        case "k": lower += " thousand"
        default: break
        }
      }
      for word in ["trillion", "billion", "million", "crore", "lakh", "thousand"]
      where lower.contains(word) {
        let scaled = value / scale(word)
        let decimals =
          scaled == scaled.rounded() ? 0 : (scaled * 10 == (scaled * 10).rounded() ? 1 : 2)
        return NumberStyle(scaleWord: word, decimals: decimals)
      }
      let decimals = value == value.rounded() ? 0 : 1
      return NumberStyle(scaleWord: nil, decimals: decimals)
    }

    static func scale(_ word: String) -> Double {
      switch word {
      case "trillion": 1_000_000_000_000
      case "billion": 1_000_000_000
      case "million": 1_000_000
      case "crore": 10_000_000
      case "lakh": 100_000
      case "thousand": 1000
      default: 1
      }
    }

    /// At most this style's decimals, none trailing: 15 million shows as "15 million" even
    /// beside "7.8 million".
    public func render(_ value: Double) -> String {
      if let scaleWord {
        return AnswerFormat.trimmed(value / NumberStyle.scale(scaleWord), decimals: decimals)
          + " " + scaleWord
      }
      return AnswerFormat.trimmed(value, decimals: decimals)
    }
  }

  /// Splits a money value "100000 USD" into amount and currency.
  public static func money(_ value: String) -> (amount: Double, currency: String)? {
    let parts = value.split(separator: " ")
    guard let first = parts.first, let amount = Double(first) else { return nil }
    return (amount, parts.count > 1 ? String(parts[1]) : "")
  }

  /// A number with at most `decimals` decimals and no trailing zeros: 28 → "28", not "28.0".
  public static func trimmed(_ number: Double, decimals: Int) -> String {
    var text = grouped(number, decimals: decimals)
    if text.containsASCII(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  /// How the article wrote a sum: its currency sign or word before or after the number, its
  /// scale word and precision ("US$13.8 billion", "VND 45 billion", "100,000 USD"), so the
  /// answer and every option read as the article does.
  public struct MoneyForm: Sendable, Hashable {
    public var prefix: String
    public var suffix: String
    public var style: NumberStyle
    /// Whether the article sets a space between a letter symbol and the figure ("Tk 3,150
    /// crore", not "Sh6.2 billion"): the options follow it, or the odd one out is the answer.
    public var spaced = true
    /// The share of the currency one counted unit is: "20 toea" counts hundredths of a kina,
    /// so its amounts are shown in toea ("20 toea", not "0.20 toea").
    public var coin = 1.0

    /// `amount` counted in coins of `coin` (0.2 kina in toea: 20), without the binary
    /// fraction's dust.
    static func inCoins(_ amount: Double, _ coin: Double) -> Double {
      coin == 1 ? amount : ((amount / coin) * 1e6).rounded() / 1e6
    }

    static let hedges: Set<String> = [
      "about", "over", "nearly", "some", "roughly", "around", "almost", "more", "less", "than",
      "under", "below", "above", "at", "least", "up", "to", "just", "only", "well", "an",
      "estimated", "approximately", "a",
    ]

    public static func of(_ fact: Fact) -> MoneyForm? {
      guard fact.kind == .money, let (amount, _) = AnswerFormat.money(fact.value) else {
        return nil
      }
      guard let digit = fact.text.firstIndex(where: \.isNumber) else {
        // "three cents": coins counted in words are shown in figures of those coins ("3
        // cents"), not as the sliver of a unit they are.
        guard let word = fact.text.split(separator: " ").last.map(String.init),
          let coin = CurrencyCoin.share(of: word)
        else { return nil }
        return MoneyForm(
          prefix: "", suffix: word, style: NumberStyle(scaleWord: nil, decimals: 0), coin: coin)
      }
      var before = fact.text[..<digit].split(separator: " ").map(String.init)
      while let first = before.first, hedges.contains(first.lowercased()) { before.removeFirst() }
      let prefix = before.joined(separator: " ")
      var after = fact.text[digit...].drop(while: { $0.isNumber || $0 == "," || $0 == "." })
        .split(separator: " ").map(String.init)
      let scaleWords = [
        "billion", "million", "thousand", "trillion", "bn", "mn", "tn", "m", "b", "k", "crore",
        "crores", "lakh", "lakhs", "mil", "bil", "mln", "bln", "trn", "millones",
      ]
      if let first = after.first, scaleWords.contains(first.lowercased()) { after.removeFirst() }
      let styleText = scaleInEnglish(fact.text)
      let suffix = after.joined(separator: " ")
      guard !prefix.isEmpty || !suffix.isEmpty,
        prefix.count <= 4, suffix.count <= 12,
        (prefix + suffix).allSatisfy({ $0.isLetter || "$€£¥₫₵₦₱₹₩₽. ".contains($0) })
      else { return nil }
      let coin = CurrencyCoin.share(of: suffix) ?? 1
      return MoneyForm(
        prefix: prefix, suffix: suffix,
        style: NumberStyle.of(text: styleText, value: MoneyForm.inCoins(amount, coin)),
        spaced: AnswerFormat.spacesSymbol(fact.text), coin: coin)
    }

    /// "Bs. 1.200 millones" read for its style as "Bs. 1.200 million", so the sum is shown in
    /// millions as the article counts it.
    static func scaleInEnglish(_ text: String) -> String {
      text.replacingOccurrences(of: "millones", with: "million")
    }

    /// `amount` in this form, with at most the article's decimals and none trailing.
    public func render(_ amount: Double, decimals: Int? = nil) -> String {
      let amount = MoneyForm.inCoins(amount, coin)
      var number: String
      if let scaleWord = style.scaleWord {
        number =
          AnswerFormat.trimmed(
            amount / NumberStyle.scale(scaleWord), decimals: decimals ?? style.decimals) + " "
          + scaleWord
      } else if amount != amount.rounded(), decimals == nil {
        // "NZ$2.50 a tonne": cents are written out, not trimmed to "2.5".
        number = AnswerFormat.grouped(amount, decimals: 2)
      } else {
        number = AnswerFormat.trimmed(amount, decimals: decimals ?? style.decimals)
      }
      if !prefix.isEmpty {
        number = prefix + (spaced ? " " : "") + number
      }
      if !suffix.isEmpty { number += " " + suffix }
      return number
    }
  }

  /// True when a space stands right before the first digit of a sum ("Tk 3,150 crore"), or
  /// nothing does.
  static func spacesSymbol(_ text: String) -> Bool {
    guard let digit = text.firstIndex(where: \.isNumber), digit > text.startIndex else {
      return true
    }
    return text[text.index(before: digit)] == " "
  }

  /// The answer as shown on a card.
  public static func answer(for fact: Fact) -> String {
    switch fact.kind {
    case .date, .year:
      // A named period ("the 20th century", "the 1990s") is answered as the article names it:
      // its span of years is the value to compare, not what a learner would write.
      if fact.granularity == .range, isNamedPeriod(fact.text) { return fact.text }
      return date(fact.value)
    case .money:
      guard let (amount, currency) = money(fact.value) else { return fact.text }
      if let form = MoneyForm.of(fact) { return form.render(amount) }
      let style = NumberStyle.of(text: fact.text, value: amount)
      return [style.render(amount), currency].filter { !$0.isEmpty }.joined(separator: " ")
    case .number:
      guard let amount = Double(fact.value) else { return fact.text }
      let style = NumberStyle.of(text: fact.text, value: amount)
      let shown = style.render(amount)
      return fact.unit == "%" ? shown + "%" : shown
    default:
      return fact.value.isEmpty ? fact.text : fact.value
    }
  }

  /// "the 20th century", "3rd century BC", "the 1990s": periods named by a word, not spans
  /// written as two years.
  static func isNamedPeriod(_ text: String) -> Bool {
    let lower = text.lowercased()
    if lower.containsASCII("century") || lower.containsASCII("millennium") { return true }
    return lower.split(separator: " ").contains { word in
      word.count >= 3 && word.hasSuffix("s") && word.dropLast().allSatisfy(\.isNumber)
    }
  }

  /// An option written the way the article wrote the fact, so a swapped value in a true/false
  /// statement does not stand out by its form: "7 January 1984" beside "31 December 2015",
  /// "US$1.2 billion" beside "$2.3 billion", "65 percent" rather than "65%".
  public static func restyle(_ option: String, like fact: Fact) -> String {
    switch fact.kind {
    case .date:
      let first = fact.text.split(separator: " ").first ?? ""
      guard first.allSatisfy(\.isNumber), !first.isEmpty,
        let reading = DateReading.read(option), let month = reading.month, let day = reading.day
      else { return option }
      return "\(day) \(Lexicon.months[month - 1]) \(reading.year)"
    case .money:
      // Options rendered in the article's own form already read right.
      if let form = MoneyForm.of(fact),
        (!form.prefix.isEmpty && option.hasPrefix(form.prefix))
          || (form.prefix.isEmpty && !form.suffix.isEmpty && option.hasSuffix(form.suffix))
      {
        return option
      }
      guard let digit = fact.text.firstIndex(where: \.isNumber) else { return option }
      let prefix = String(fact.text[..<digit])
      let trimmedPrefix = prefix.trimmingCharacters(in: .whitespaces)
      guard !trimmedPrefix.isEmpty,
        !["about", "over", "nearly", "some", "roughly", "around"].contains(
          trimmedPrefix.lowercased())
      else { return option }
      var amount = option
      if let space = amount.lastIndex(of: " "),
        amount[amount.index(after: space)...].allSatisfy(\.isUppercase)
      {
        amount = String(amount[..<space])
      }
      let words = prefix.split(separator: " ")
      let symbol = words.last.map(String.init) ?? prefix
      return symbol.hasSuffix("$") || symbol.hasSuffix("€") || symbol.hasSuffix("£")
        || !spacesSymbol(fact.text)
        ? symbol + amount : symbol + " " + amount
    case .number where fact.unit == "%":
      // "13 per cent" in British copy, "13 percent" in American.
      let lower = fact.text.lowercased()
      if lower.containsASCII("per cent") { return option.replacingASCII("%", with: " per cent") }
      guard lower.containsASCII("percent") else { return option }
      return option.replacingASCII("%", with: " percent")
    case .number where NumberWords.isWritten(fact.text):
      // "sixteen European countries" → "twelve European countries", not "96".
      guard let value = NumberReading.value(of: option), let words = NumberWords.words(for: value)
      else { return option }
      return fact.text.first?.isUppercase ?? false
        ? words.prefix(1).uppercased() + words.dropFirst() : words
    default:
      return option
    }
  }

  /// Other spellings worth accepting in a short answer: a date in its usual spellings
  /// ("7 January 1979", "1979-01-07", "Jan 7, 1979", "January 7th, 1979"), a sum with and
  /// without its currency and scale ("100,000 USD", "US$100,000", "$100,000", "100000"), a
  /// count with its noun ("790 officers"), a percentage in words ("90 percent").
  public static func variants(for fact: Fact) -> [String] {
    let shown = answer(for: fact)
    var result: [String] = []
    switch fact.kind {
    case .date, .year:
      result.append(fact.value)
      if let year = eraYear(fact.value), year < 0 {
        result += ["\(-year) B.C.", "\(-year) BCE", "\(-year)"]
      }
      let parts = fact.value.split(separator: "-").compactMap { Int($0) }
      if parts.count == 3, (1...12).contains(parts[1]) {
        let month = Lexicon.months[parts[1] - 1]
        result.append("\(parts[2]) \(month) \(parts[0])")
        result.append("\(month.prefix(3)) \(parts[2]), \(parts[0])")
        result.append("\(month) \(parts[2])\(ordinalSuffix(parts[2])), \(parts[0])")
      } else if parts.count == 2, (1...12).contains(parts[1]), fact.value.count == 7 {
        result.append("\(Lexicon.months[parts[1] - 1].prefix(3)) \(parts[0])")
      }
    case .money:
      if let (amount, currency) = money(fact.value) {
        // Scaled as the answer shows the sum: a sum with no form of its own keeps its text's.
        let styleText = MoneyForm.of(fact) == nil ? fact.text : MoneyForm.scaleInEnglish(fact.text)
        let style = NumberStyle.of(text: styleText, value: amount)
        let code = currency.isEmpty ? "" : " " + currency
        if style.scaleWord != nil { result.append(style.render(amount) + code) }
        // "NZ$2.50": a sum in cents keeps them; rounded it would be another sum.
        let cents = amount == amount.rounded() ? 0 : 2
        result.append(grouped(amount, decimals: cents) + code)
        for symbol in moneySymbols[currency] ?? [] {
          if style.scaleWord != nil { result.append(symbol + style.render(amount)) }
          result.append(symbol + grouped(amount, decimals: cents))
        }
        if let word = moneyWords[currency] {
          if style.scaleWord != nil { result.append(style.render(amount) + " " + word) }
          result.append(grouped(amount, decimals: cents) + " " + word)
        }
        result.append(grouped(amount, decimals: cents))
        result.append(trimmed(amount, decimals: 2).replacingASCII(",", with: ""))
      }
    case .number:
      if let unit = fact.unit, unit != "%" { result.append(shown + " " + unit) }
      if fact.unit == "%" { result.append(shown.replacingASCII("%", with: " percent")) }
    case .person, .organization:
      if let role = fact.role, fact.kind == .organization, !role.isEmpty { result.append(role) }
      if fact.text != fact.value { result.append(fact.text) }
    default:
      break
    }
    result.append(fact.text)
    var seen: Set<String> = [shown]
    return result.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// Signs a learner may write before a sum in each currency, glued or with their space:
  /// Uganda's "Shs87 billion" or "USh 87 billion", Bolivia's "Bs 620 million", Fiji's
  /// "FJ$46.5 million" or its own press's bare "$".
  static let moneySymbols: [String: [String]] = [
    "USD": ["US$", "$"], "EUR": ["€"], "GBP": ["£"], "JPY": ["¥"], "AUD": ["A$"],
    "UGX": ["Shs", "Shs ", "USh ", "UGX "], "BOB": ["Bs ", "Bs", "Bs. ", "BOB "],
    "FJD": ["FJ$", "F$", "$", "FJD "],
  ]
  /// The word a learner may write after a sum in these currencies ("87 billion shillings"),
  /// which the answer reading does not take for a currency.
  static let moneyWords: [String: String] = [
    "UGX": "shillings", "BOB": "bolivianos", "FJD": "Fijian dollars",
  ]

  static func ordinalSuffix(_ day: Int) -> String {
    if (11...13).contains(day % 100) { return "th" }
    switch day % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }
}
