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
    return read(words: words(text))
  }

  /// The text lowercased and cut into words, a currency sign or "%" standing alone ("us$" →
  /// "us", "$"). ASCII text, as options are, is cut on its bytes.
  static func words(_ text: String) -> [String] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeWords(text) }
    var words: [String] = []
    var current: [UInt8] = []
    var previous: UInt8 = 0x20
    func end() {
      if !current.isEmpty {
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    for raw in text.utf8 {
      let byte = raw >= 0x41 && raw <= 0x5A ? raw + 0x20 : raw
      if byte == 0x24, previous >= 0x61, previous <= 0x7A {
        // "us$", "a$": the letters name the dollar.
        current.append(byte)
        end()
      } else if byte == 0x24 || byte == 0x25 {
        end()
        words.append(byte == 0x24 ? "$" : "%")
      } else if byte == 0x20 || byte == 0x09 {
        end()
      } else {
        current.append(byte)
      }
      previous = byte
    }
    end()
    return words
  }

  static func unicodeWords(_ text: String) -> [String] {
    var spaced = ""
    var previous: Character = " "
    for character in text.lowercased() {
      if character == "$", previous.isLetter {
        spaced += "$ "
      } else if "$€£¥%".contains(character) {
        spaced += " \(character) "
      } else {
        spaced.append(character)
      }
      previous = character
    }
    return spaced.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
  }

  /// `bytePaths: false` reads every word the general way: the reference the byte paths must
  /// match.
  static func read(words: [String], bytePaths: Bool = true) -> (value: Double, currency: String?)? {
    var number: Double?
    var currency: String?
    for word in words {
      // Options are read by the thousand: an ASCII figure or sign is read from its bytes,
      // with no trimmed or comma-free copies made, as the general reading below reads it.
      switch bytePaths ? asciiShape(word) : nil {
      case .figure(let digits):
        guard number == nil, !digits.isEmpty, let value = Double(digits) else { return nil }
        number = value
        continue
      case .word(let mayBeNumberWord):
        if number == nil, mayBeNumberWord, let value = NumberWords.value(of: word) {
          number = value
        } else if let scale = scales[word], let current = number {
          number = current * scale
        } else if let code = currencies[word] {
          if !code.isEmpty { currency = code }
        } else if !qualifiers.contains(word) {
          return nil
        }
        continue
      case nil:
        break
      }
      let bare = trimmed(word)
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

extension NumberReading {
  /// How `read(words:)` may take an ASCII word without the general reading.
  enum ASCIIShape {
    /// Digits, commas and points, between any of the punctuation `trimmed` cuts: the figure's
    /// digits and points (no other word reads it: no number word, scale, currency or
    /// qualifier holds those bytes).
    case figure(String)
    /// No digit, comma, point nor punctuation `trimmed` cuts: the word is its own bare form
    /// and no figure. Only letters and hyphens can make a number word ("twenty-eight").
    case word(mayBeNumberWord: Bool)
  }

  /// The shape of an ASCII word; nil for any other word, read the general way.
  static func asciiShape(_ word: String) -> ASCIIShape? {
    var figureBytes = true
    var plain = true
    var lettersOnly = true
    for byte in word.utf8 {
      switch byte {
      case 0x30...0x39, 0x2C, 0x2E:
        plain = false
      case 0x3B, 0x3A, 0x28, 0x29:
        plain = false
      case 0x41...0x5A, 0x61...0x7A, 0x2D:
        figureBytes = false
      case 0x80...:
        return nil
      default:
        figureBytes = false
        lettersOnly = false
      }
    }
    if plain { return word.isEmpty ? nil : .word(mayBeNumberWord: lettersOnly) }
    guard figureBytes else { return nil }
    let bytes = Array(word.utf8)
    let (start, end) = trimmedBounds(bytes)
    // ";", ":" or a bracket inside the figure: the general reading turns it down.
    guard bytes[start..<end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2C || $0 == 0x2E })
    else { return nil }
    return .figure(String(decoding: bytes[start..<end].filter { $0 != 0x2C }, as: UTF8.self))
  }

  /// The bounds of an ASCII word's bytes without the punctuation around a figure (".;:()").
  static func trimmedBounds(_ bytes: [UInt8]) -> (start: Int, end: Int) {
    func isTrimmed(_ byte: UInt8) -> Bool {
      byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x28 || byte == 0x29
    }
    var start = 0
    var end = bytes.count
    while start < end, isTrimmed(bytes[start]) { start += 1 }
    while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
    return (start, end)
  }

  /// The word without the punctuation around a figure (".;:()"), cut on the bytes for an
  /// ASCII word.
  static func trimmed(_ word: String) -> String {
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.trimmingCharacters(in: ".;:()") }
    let bytes = Array(word.utf8)
    let (start, end) = trimmedBounds(bytes)
    if start == 0 && end == bytes.count { return word }
    return String(decoding: bytes[start..<end], as: UTF8.self)
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
