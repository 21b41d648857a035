/// Reads a quantity the way a learner may type it: "100000", "100,000 USD", "100 thousand",
/// "7.8 million", "$500", "US$13.8 billion", "A$3 million", "more than 700 percent",
/// "sixteen". Nil when the text is not a quantity.
public enum NumberReading {
  static let scales: [String: Double] = [
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12, "tn": 1e12,
  ]
  static let currencies: [String: String] = [
    "usd": "USD", "dollar": "USD", "dollars": "USD", "$": "USD", "us": "USD", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "€": "EUR", "vnd": "VND", "dong": "VND", "gbp": "GBP",
    "£": "GBP", "pounds": "GBP", "yen": "JPY", "jpy": "JPY", "¥": "JPY", "%": "%",
    "percent": "%", "per": "", "cent": "%", "aud": "AUD", "a$": "AUD", "us$": "USD",
    "s$": "SGD", "sgd": "SGD", "c$": "CAD", "cad": "CAD", "hk$": "HKD", "hkd": "HKD",
    "nz$": "NZD", "nzd": "NZD",
  ]
  /// Words that hedge a quantity without changing it ("about 90 percent", "more than 700").
  static let qualifiers: Set<String> = [
    "about", "over", "around", "some", "nearly", "approximately", "almost", "roughly", "more",
    "less", "fewer", "than", "under", "below", "above", "at", "least", "most", "up", "to",
    "just", "only", "well", "circa", "c", "approx", "estimated", "an", "a",
  ]

  public static func value(of text: String) -> Double? {
    read(text)?.value
  }

  /// The amount and the currency (or "%") if one was named.
  public static func read(_ text: String) -> (value: Double, currency: String?)? {
    var spaced = ""
    var previous: Character = " "
    for character in text.lowercased() {
      if character == "$", previous.isLetter {
        // "us$", "a$": the letters name the dollar.
        spaced += "$ "
      } else if "$€£¥%".contains(character) {
        spaced += " \(character) "
      } else {
        spaced.append(character)
      }
      previous = character
    }
    let words = spaced.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    var number: Double?
    var currency: String?
    for word in words {
      let bare = word.trimmingCharacters(in: ".;:()")
      let digits = bare.replacingASCII(",", with: "")
      if let value = Double(digits), number == nil, !digits.isEmpty,
        digits.allSatisfy({ $0.isNumber || $0 == "." })
      {
        number = value
      } else if number == nil, let value = NumberWords.value(of: bare) {
        number = value
      } else if let scale = scales[bare], let current = number {
        number = current * scale
      } else if let code = currencies[bare] {
        if !code.isEmpty { currency = code }
      } else if qualifiers.contains(bare) {
        continue
      } else {
        return nil
      }
    }
    guard let number else { return nil }
    return (number, currency)
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result.removeFirst() }
    while let last = result.last, set.contains(last) { result.removeLast() }
    return String(result)
  }
}
