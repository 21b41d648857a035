import Facts
import Foundation

/// How a fact's value is shown as an answer, and the other spellings a learner may type.
/// All options of one question are rendered by the same rules, so format never betrays the
/// answer.
public enum AnswerFormat {
  /// "1979-01-07" → "January 7, 1979"; "1978-12" → "December 1978"; "1999" → "1999";
  /// "1979/1989" → "1979–1989".
  public static func date(_ value: String) -> String {
    if value.contains("/") {
      return value.split(separator: "/").map { date(String($0)) }.joined(separator: "–")
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
    var digits = String(whole)
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    return (negative ? "-" : "") + groups.joined(separator: ",") + fraction
  }

  /// The style of a quantity as written, kept for every option: "7.8 million" is shown with one
  /// decimal in millions, "100,000" as grouped digits.
  public struct NumberStyle: Sendable, Hashable {
    public var scaleWord: String?
    public var decimals: Int

    public static func of(text: String, value: Double) -> NumberStyle {
      var lower = text.lowercased()
      let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
      if words.contains("bn") { lower += " billion" }
      if words.contains("mn") { lower += " million" }
      for word in ["billion", "million", "thousand"] where lower.contains(word) {
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
      case "billion": 1_000_000_000
      case "million": 1_000_000
      case "thousand": 1000
      default: 1
      }
    }

    public func render(_ value: Double) -> String {
      if let scaleWord {
        return AnswerFormat.grouped(value / NumberStyle.scale(scaleWord), decimals: decimals) + " "
          + scaleWord
      }
      return AnswerFormat.grouped(value, decimals: decimals)
    }
  }

  /// Splits a money value "100000 USD" into amount and currency.
  public static func money(_ value: String) -> (amount: Double, currency: String)? {
    let parts = value.split(separator: " ")
    guard let first = parts.first, let amount = Double(first) else { return nil }
    return (amount, parts.count > 1 ? String(parts[1]) : "")
  }

  /// The answer as shown on a card.
  public static func answer(for fact: Fact) -> String {
    switch fact.kind {
    case .date, .year:
      return date(fact.value)
    case .money:
      guard let (amount, currency) = money(fact.value) else { return fact.text }
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
        ? symbol + amount : symbol + " " + amount
    case .number where fact.unit == "%":
      guard fact.text.lowercased().contains("percent") else { return option }
      return option.replacingOccurrences(of: "%", with: " percent")
    default:
      return option
    }
  }

  /// Other spellings worth accepting in a short answer.
  public static func variants(for fact: Fact) -> [String] {
    let shown = answer(for: fact)
    var result: [String] = []
    switch fact.kind {
    case .date, .year:
      result.append(fact.value)
      let parts = fact.value.split(separator: "-").compactMap { Int($0) }
      if parts.count == 3, (1...12).contains(parts[1]) {
        let month = Lexicon.months[parts[1] - 1]
        result.append("\(parts[2]) \(month) \(parts[0])")
        result.append("\(month.prefix(3)) \(parts[2]), \(parts[0])")
      }
    case .money:
      if let (amount, currency) = money(fact.value) {
        result.append(grouped(amount) + (currency.isEmpty ? "" : " " + currency))
        result.append(grouped(amount))
      }
    case .number:
      if let unit = fact.unit, unit != "%" { result.append(shown + " " + unit) }
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
}
