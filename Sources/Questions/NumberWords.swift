import Articles

/// Small numbers written in words ("sixteen", "twenty-eight"), both ways, so a count the
/// article spelled out is varied and shown in words too.
public enum NumberWords {
  static let ones = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
  ]
  static let tens = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  ]

  /// "sixteen" → 16, "twenty-eight" → 28, "a hundred" is not read (nil).
  public static func value(of word: String) -> Double? {
    let lower = word.lowercased()
    if let value = plainValues[lower] { return value }
    // Only a hyphenated word can be a compound ("twenty-eight").
    guard lower.utf8.contains(0x2D) else { return nil }
    let parts = lower.split(separator: "-").map(String.init)
    if parts.count == 2, let ten = tens.firstIndex(of: parts[0]), ten >= 2,
      let one = ones.firstIndex(of: parts[1]), (1...9).contains(one)
    {
      return Double(ten * 10 + one)
    }
    return nil
  }

  /// The words `value(of:)` reads whole, with their values: one lookup instead of a search of
  /// both lists, for a function the clause parser asks of every word of a fronted phrase.
  /// (The ones are entered last, so a word in both lists reads as the ones list says.)
  static let plainValues: [String: Double] = {
    var values: [String: Double] = ["hundred": 100]
    for (index, word) in tens.enumerated() where index >= 2 { values[word] = Double(index * 10) }
    for (index, word) in ones.enumerated().reversed() { values[word] = Double(index) }
    return values
  }()

  /// 16 → "sixteen", 28 → "twenty-eight"; nil outside 0...100 or for fractions.
  public static func words(for value: Double) -> String? {
    guard value == value.rounded(), value >= 0, value <= 100 else { return nil }
    let number = Int(value)
    if number == 100 { return "a hundred" }
    if number < 20 { return ones[number] }
    let ten = tens[number / 10]
    return number % 10 == 0 ? ten : ten + "-" + ones[number % 10]
  }

  /// True when the article wrote the quantity in words ("sixteen European countries").
  public static func isWritten(_ text: String) -> Bool {
    guard let first = spaceSplit(text).first else { return false }
    return value(of: String(first)) != nil
  }
}
