import Foundation

/// A number read leniently from an answer: "2.7 million", "70,000", "18 600", "sixteen",
/// "150th", "58%", with the currency when it is money ("US$13.3 billion", "€2.4 million",
/// "100,000 USD", "VND 45 billion", "13300000000 USD").
struct Quantity: Equatable {
  var amount: Double
  /// ISO code when the text names a currency.
  var currency: String?

  func sameAmount(as other: Quantity) -> Bool {
    abs(amount - other.amount) <= max(1e-9, abs(amount) * 1e-6)
  }

  /// The first quantity in `text`, or nil when it holds none.
  static func first(in text: String) -> Quantity? {
    all(in: text).first
  }

  /// Every quantity in `text`, left to right.
  static func all(in text: String) -> [Quantity] {
    let tokens = QuantityTokens(text).tokens
    var found: [Quantity] = []
    var index = 0
    while index < tokens.count {
      guard let amount = tokens[index].number else {
        index += 1
        continue
      }
      var value = amount
      var currency = index > 0 ? tokens[index - 1].currency : nil
      var next = index + 1
      if next < tokens.count, let scale = tokens[next].scale {
        value *= scale
        next += 1
      }
      if currency == nil, next < tokens.count, let code = tokens[next].currency {
        currency = code
        next += 1
      }
      found.append(Quantity(amount: value, currency: currency))
      index = next
    }
    return found
  }
}

/// Splits text into the pieces a quantity is made of.
private struct QuantityTokens {
  struct Token {
    var number: Double?
    var scale: Double?
    var currency: String?
  }

  var tokens: [Token] = []

  static let scales: [String: Double] = [
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
    // South Asian scales: "Rs 55 crore" is 550 million rupees.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    // Coins counted in the unit they part: "20 toea" is 0.2 kina, "850 millimes" 0.85 dinars,
    // "80 centavos" 0.8 bolivianos, "70 cents" 0.7 dollars.
    "toea": 0.01, "millimes": 0.001, "centavos": 0.01, "cents": 0.01,
    // A Spanish budget line's "Bs. 1.200 millones" (the points group thousands).
    "millones": 1e6,
  ]
  static let currencies: [String: String] = [
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD", "€": "EUR",
    "eur": "EUR", "euros": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP", "pounds": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "a$": "AUD", "aud": "AUD", "vnd": "VND",
    "dong": "VND", "đồng": "VND", "₫": "VND", "rs": "INR", "inr": "INR", "₹": "INR",
    "egp": "EGP", "r": "ZAR", "zar": "ZAR", "rand": "ZAR", "rm": "MYR", "myr": "MYR",
    "ringgit": "MYR", "ugx": "UGX", "shs": "UGX", "ush": "UGX", "bob": "BOB", "bs": "BOB",
    "bolivianos": "BOB", "fjd": "FJD", "fj$": "FJD", "f$": "FJD",
  ]
  static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
  ]

  init(_ text: String) {
    var spaced = ""
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "\u{00A0}", "\u{202F}", "\u{2009}": spaced.append("\u{2009}")  // group separator
      case "%":
        spaced.append(" % ")
      case "$", "€", "£", "¥", "₫", "₹":
        // "us$13.3" stays "us$", "13.3"; "$6.5" becomes "$", "6.5"; "fj$46.5m" "fj$", "46.5m".
        spaced.append(String(scalar))
        spaced.append(" ")
      case "(", ")", ";", ":", "\"", "“", "”", "‘", "’", "–", "—":
        spaced.append(" ")
      default: spaced.unicodeScalars.append(scalar)
      }
    }
    // Keep "us$"/"a$" together, split "$13.3" into "$" "13.3".
    var words: [Substring] = []
    for word in spaced.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      words += Self.unglued(word)
    }
    var index = 0
    while index < words.count {
      var word = String(words[index])
      // "18 600" written with a non-breaking or thin space.
      word = word.replacingOccurrences(of: "\u{2009}", with: "")
      while let last = word.last, ",.?!".contains(last), word.count > 1 { word.removeLast() }
      if tokens.last?.currency == "BOB", Self.hasDecimalComma(word) {
        // "Bs 2,40": cents after a comma.
        word = word.replacingOccurrences(of: ",", with: ".")
      } else if index + 1 < words.count, words[index + 1].hasPrefix("millones"),
        Self.hasPointedThousands(word)
      {
        word = word.replacingOccurrences(of: ".", with: "")
      }
      tokens.append(Self.token(for: word))
      index += 1
    }
    // "18 600" with an ordinary space: a number followed by exactly three digits.
    var merged: [Token] = []
    var source = words.map { String($0) }[...]
    for token in tokens {
      let word = source.popFirst() ?? ""
      if let current = token.number, let previous = merged.last?.number,
        word.count == 3, word.allSatisfy(\.isNumber), previous >= 1, previous < 1000,
        previous == previous.rounded()
      {
        merged[merged.count - 1].number = previous * 1000 + current
        continue
      }
      merged.append(token)
    }
    tokens = merged
  }

  /// "2,40": one or two digits after a comma, cents where the currency writes them so.
  static func hasDecimalComma(_ word: String) -> Bool {
    let parts = word.split(separator: ",", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && (1...2).contains(parts[1].count)
      && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
  }

  /// "1.200", "41.000": thousands grouped by points, as before "millones".
  static func hasPointedThousands(_ word: String) -> Bool {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count > 1 && (1...3).contains(parts[0].count)
      && parts.dropFirst().allSatisfy { $0.count == 3 }
      && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
  }

  /// "r7.4-billion" → "r", "7.4", "billion"; "rm135mil" → "rm", "135mil"; "shs87b" → "shs",
  /// "87b": a letter currency glued to its figure, and a scale joined to it by a hyphen.
  static func unglued(_ word: Substring) -> [Substring] {
    var parts: [Substring] = []
    var rest = word
    for prefix in ["shs", "ush", "rm", "bs", "r"]
    where rest.hasPrefix(prefix) && rest.dropFirst(prefix.count).first?.isNumber == true {
      parts.append(rest.prefix(prefix.count))
      rest = rest.dropFirst(prefix.count)
      break
    }
    if let dash = rest.lastIndex(of: "-"), dash > rest.startIndex,
      rest[rest.index(before: dash)].isNumber,
      scales[String(rest[rest.index(after: dash)...])] != nil
    {
      parts += [rest[..<dash], rest[rest.index(after: dash)...]]
    } else {
      parts.append(rest)
    }
    return parts
  }

  private static func token(for word: String) -> Token {
    if let code = currencies[word] { return Token(currency: code) }
    if let scale = scales[word] { return Token(scale: scale) }
    if let value = units[word] { return Token(number: value) }
    // "twenty-eight"
    let parts = word.split(separator: "-")
    if parts.count == 2, let tens = units[String(parts[0])], let one = units[String(parts[1])],
      tens >= 20, one < 10
    {
      return Token(number: tens + one)
    }
    // "us$13.3", "a$3", "$6.5bn" when glued
    for (prefix, code) in currencies where prefix.count > 1 && word.hasPrefix(prefix) {
      if let number = Double(word.dropFirst(prefix.count).replacingOccurrences(of: ",", with: "")) {
        return Token(number: number, currency: code)
      }
    }
    var digits = word
    for suffix in ["st", "nd", "rd", "th", "s"] where digits.hasSuffix(suffix) {
      let stem = digits.dropLast(suffix.count)
      if stem.first?.isNumber == true, stem.last?.isNumber == true { digits = String(stem) }
    }
    var scale: Double?
    for (suffix, value) in [("bn", 1e9), ("mil", 1e6), ("m", 1e6), ("k", 1e3), ("b", 1e9)]
    where digits.hasSuffix(suffix) {
      let stem = digits.dropLast(suffix.count)
      if stem.last?.isNumber == true {
        digits = String(stem)
        scale = value
      }
    }
    let cleaned = digits.replacingOccurrences(of: ",", with: "")
    if cleaned.first?.isNumber == true, let number = Double(cleaned) {
      return Token(number: number * (scale ?? 1))
    }
    return Token()
  }
}
