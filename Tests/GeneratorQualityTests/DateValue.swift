import Foundation

/// A calendar date at the precision it was written, or a range of them; read from ISO values
/// ("1979-01-07", "1978-12", "1999", "1979/1989") and from the ways articles write dates
/// ("Jan. 7, 1979", "7 January 1979", "09/01/2019", "June, 1982", "1979–89",
/// "from 15 to 18 December 1986", "between 1948 and 1952").
struct DateValue: Equatable, CustomStringConvertible {
  struct Point: Equatable {
    var year: Int
    var month: Int?
    var day: Int?
  }

  var start: Point
  var end: Point?

  var description: String {
    func iso(_ point: Point) -> String {
      var text = String(point.year)
      if let month = point.month { text += String(format: "-%02d", month) }
      if let day = point.day { text += String(format: "-%02d", day) }
      return text
    }
    return end.map { iso(start) + "/" + iso($0) } ?? iso(start)
  }

  /// Reads the text as a date when it is one and little else: "in 1999" is a date,
  /// "23 articles" is not.
  static func parse(_ text: String) -> DateValue? {
    if let iso = parseISO(text.trimmingCharacters(in: .whitespaces)) { return iso }
    if let century = parseCentury(text) { return century }
    // "in 105": a year of three digits after a time word ("300" alone is a count).
    let words = text.split(separator: " ")
    if words.count == 2, ["in", "until", "since", "ad"].contains(words[0].lowercased()),
      words[1].count == 3, let year = Int(words[1]), year >= 100
    {
      return DateValue(start: Point(year: year))
    }
    let tokens = tokenize(text)
    guard !tokens.isEmpty else { return nil }
    var points: [Point] = []
    var pendingDays: [Int] = []
    var index = 0
    var leftovers = 0
    while index < tokens.count {
      switch tokens[index] {
      case .month(let month):
        var point = Point(year: 0, month: month)
        var next = index + 1
        if next < tokens.count, case .number(let day) = tokens[next], (1...31).contains(day) {
          point.day = day
          next += 1
        }
        // ("July 751": a year of the first millennium after its month.)
        if next < tokens.count, case .number(let year) = tokens[next], (100...2999).contains(year) {
          point.year = year
          next += 1
        }
        if point.day == nil, let day = pendingDays.popLast() { point.day = day }
        points.append(point)
        index = next
      case .number(let value):
        if let (day, month, year) = slashDate(tokens, at: index) {
          points.append(Point(year: year, month: month, day: day))
          index += 5
        } else if (1000...2999).contains(value) {
          points.append(Point(year: value))
          index += 1
          // "1979–89": a two-digit end year in the same century.
          if index + 1 < tokens.count, case .dash = tokens[index],
            case .number(let short) = tokens[index + 1],
            short < 100
          {
            points.append(Point(year: value / 100 * 100 + short))
            index += 2
          }
        } else if (1...31).contains(value) {
          pendingDays.append(value)
          index += 1
        } else {
          return nil
        }
      case .dash, .slash, .joiner: index += 1
      case .word: leftovers += 1; index += 1
      }
    }
    guard !points.isEmpty, points.count <= 2, leftovers <= 2 else { return nil }
    // "from 15 to 18 December 1986": the first day shares the later month.
    if let day = pendingDays.first, points.count == 1, let month = points[0].month,
      points[0].day != nil
    {
      points.insert(Point(year: points[0].year, month: month, day: day), at: 0)
    }
    // Years written once for both ends ("December 18 to December 29, 1972").
    if points.count == 2, points[0].year == 0 { points[0].year = points[1].year }
    guard points.allSatisfy({ $0.year != 0 }) else { return nil }
    return DateValue(start: points[0], end: points.count == 2 ? points[1] : nil)
  }

  /// "In the 17th century", "the seventeenth century": the range of its years, counted
  /// from year 1 ("1601/1700"), as the generator values a century.
  private static func parseCentury(_ text: String) -> DateValue? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let at = words.firstIndex(of: "century"), at > 0, words.count <= 5 else { return nil }
    let ordinal = words[at - 1]
    let digits = ordinal.prefix { $0.isNumber }
    let number =
      Int(digits).flatMap {
        ["st", "nd", "rd", "th"].contains(ordinal.dropFirst(digits.count)) ? $0 : nil
      }
      ?? ordinals.firstIndex(of: String(ordinal)).map { $0 + 1 }
    guard let number, (1...21).contains(number) else { return nil }
    return DateValue(start: Point(year: (number - 1) * 100 + 1), end: Point(year: number * 100))
  }

  private static let ordinals = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
  ]

  private static func parseISO(_ text: String) -> DateValue? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return nil }
    var points: [Point] = []
    for part in parts {
      let fields = part.split(separator: "-", omittingEmptySubsequences: false)
      guard (1...3).contains(fields.count), fields[0].count == 4,
        fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
        let year = Int(fields[0])
      else { return nil }
      let month = fields.count > 1 ? Int(fields[1]) : nil
      let day = fields.count > 2 ? Int(fields[2]) : nil
      points.append(Point(year: year, month: month, day: day))
    }
    return DateValue(start: points[0], end: points.count == 2 ? points[1] : nil)
  }

  /// "09/01/2019": day first, as the articles' sources write it.
  private static func slashDate(_ tokens: [DateToken], at index: Int) -> (Int, Int, Int)? {
    guard index + 4 < tokens.count, case .number(let day) = tokens[index],
      case .slash = tokens[index + 1], case .number(let month) = tokens[index + 2],
      case .slash = tokens[index + 3], case .number(let year) = tokens[index + 4],
      (1...31).contains(day), (1...12).contains(month), (1000...2999).contains(year)
    else { return nil }
    return (day, month, year)
  }

  private enum DateToken {
    case number(Int)
    case month(Int)
    case dash, slash, joiner
    case word
  }

  private static let months: [String: Int] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var table: [String: Int] = [:]
    for (offset, name) in names.enumerated() {
      table[name] = offset + 1
      table[String(name.prefix(3))] = offset + 1
    }
    table["sept"] = 9
    return table
  }()

  /// Words that may surround a date without making it something else.
  private static let joiners: Set<String> = [
    "from", "to", "and", "between", "in", "on", "of", "the", "until", "till", "through", "since",
    "by", "early", "late", "mid", "around", "about", "c", "ca",
  ]

  private static func tokenize(_ text: String) -> [DateToken] {
    var tokens: [DateToken] = []
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      if let number = Int(current) {
        tokens.append(.number(number))
      } else if let month = months[current] {
        tokens.append(.month(month))
      } else if joiners.contains(current) {
        tokens.append(.joiner)
      } else if let digits = Int(current.filter(\.isNumber)), current.first?.isNumber == true,
        ["st", "nd", "rd", "th"].contains(String(current.filter(\.isLetter)))
      {
        tokens.append(.number(digits))
      } else {
        tokens.append(.word)
      }
      current = ""
    }
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        current.append(character)
      } else {
        flush()
        if "-–—".contains(character) { tokens.append(.dash) }
        if character == "/" { tokens.append(.slash) }
      }
    }
    flush()
    return tokens
  }
}
