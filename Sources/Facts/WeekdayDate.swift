import Articles

/// A news story's days told by their weekday alone: "The cabinet on Wednesday approved …" in
/// a story published on Thursday 8 October 2026 is Wednesday 7 October; "the council will vote
/// on Friday" is the Friday after. Only a page that gives its own full date (`published` with a
/// day) dates them; a history piece's "on a Sunday" stays undated.
enum WeekdayDate {
  /// The full weekday names, Sunday first, as `weekday(year:month:day:)` numbers them.
  static let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
  /// Words that put a weekday after the page's date.
  static let futureWords: Set<String> = [
    "will", "next", "due", "scheduled", "expected", "plans", "planned", "upcoming", "coming",
  ]

  /// Adds a day-granularity date for every capitalised full weekday name not already part of
  /// a date ("Monday, January 7, 1979" is one date already) and not in a name.
  static func recognize(_ scan: inout SentenceScan, published: PublicationDate?) {
    guard let published, let day = published.day else { return }
    let pageDay = WeekdayDate.days(year: published.year, month: published.month, day: day)
    for i in scan.tokens.indices where !scan.claimed[i] {
      let token = scan[i]
      guard token.kind == .word, token.isCapitalized, token.is(.weekday),
        let target = names.firstIndex(of: token.lower)
      else { continue }
      // "Friday, August 28": the date after it says which one.
      if let next = scan.at(i + 1), next.isMark(","), let after = scan.at(i + 2),
        after.kind == .number || after.is(.month)
      {
        continue
      }
      let pageWeekday = WeekdayDate.weekday(ofDays: pageDay)
      let offset =
        isAhead(scan, before: i)
        ? (target - pageWeekday + 7) % 7 : -((pageWeekday - target + 7) % 7)
      let (year, month, date) = WeekdayDate.civil(fromDays: pageDay + offset)
      let iso =
        String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-"
        + (date < 10 ? "0" : "") + String(date)
      scan.add(.date, i..<(i + 1), value: iso, granularity: .day)
    }
  }

  /// Past-tense verbs a news story's weekday often follows: "said Thursday".
  static let pastVerbs: Set<String> = [
    "said", "told", "met", "began", "took", "made", "held", "gave", "came", "went", "saw",
    "won", "fell", "rose", "left", "sent", "set", "put", "ran", "broke", "struck", "spoke",
    "wrote", "found", "paid", "sold", "voted", "announced", "approved", "signed", "opened",
  ]

  /// Whether the weekday at token `index` lies after the page's date: a word of the future
  /// comes before it ("will vote on Friday"), and it does not follow a verb in the past ("said
  /// Thursday it will …" is the Thursday before).
  static func isAhead(_ scan: SentenceScan, before index: Int) -> Bool {
    var k = index - 1
    while k >= 0, ["on", "late", "early", "last", "this"].contains(scan[k].lower) { k -= 1 }
    if k >= 0, pastVerbs.contains(scan[k].lower) || scan[k].lower.hasSuffix("ed") {
      return false
    }
    return scan.tokens[..<index].contains { futureWords.contains($0.lower) }
  }

  /// Days from 1 March of year 0 in the proleptic Gregorian calendar: a day count in which
  /// whole 400-year eras repeat, so a date's weekday and its neighbours are plain arithmetic.
  static func days(year: Int, month: Int, day: Int) -> Int {
    // Years start in March, so the leap day falls at the end of the year.
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let monthFromMarch = (month + 9) % 12
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra
  }

  /// The date `days` counts to (the inverse of `days(year:month:day:)`).
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let era = (days >= 0 ? days : days - 146_096) / 146_097
    let dayOfEra = days - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// 0 for Sunday to 6 for Saturday (1 March of year 0 was a Wednesday).
  static func weekday(ofDays days: Int) -> Int {
    ((days + 3) % 7 + 7) % 7
  }
}
