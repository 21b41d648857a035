import Articles
import Foundation

/// A news story's days told by their weekday alone: "The cabinet on Wednesday approved …" in
/// a story published on Thursday 8 October 2026 is Wednesday 7 October; "the council will vote
/// on Friday" is the Friday after. Only a page that gives its own full date (`published` with a
/// day) dates them; a history piece's "on a Sunday" stays undated.
public enum WeekdayDate {
  /// The full weekday names, Sunday first.
  public static let names = PublicationDate.weekdays

  /// Whether a date fact's words are a day the story tells only relative to its page ("said
  /// Thursday", "yesterday"): asked as the story tells it, with its date accepted.
  public static func isStoryDay(_ text: String) -> Bool {
    var lower = text.lowercased()
    if let space = lower.firstIndex(of: " "), whichWords.contains(String(lower[..<space])) {
      lower = String(lower[lower.index(after: space)...])
    }
    return lower == "yesterday" || names.contains(lower)
  }
  /// Words that put a weekday after the page's date.
  static let futureWords: Set<String> = [
    "will", "next", "due", "scheduled", "expected", "plans", "planned", "upcoming", "coming",
    // "said it would open a hotline on Monday": the future of the saying, days before the page.
    "would",
  ]

  /// Adds a day-granularity date for every capitalised full weekday name not already part of
  /// a date ("Monday, January 7, 1979" is one date already) and not in a name.
  static func recognize(_ scan: inout SentenceScan, published: PublicationDate?) {
    guard let published, let day = published.day,
      let page = calendar.date(
        from: DateComponents(year: published.year, month: published.month, day: day))
    else { return }
    // Foundation numbers the days Sunday = 1; `names` counts from 0.
    let pageWeekday = calendar.component(.weekday, from: page) - 1
    // (Both readings below need a word: other tokens are passed over before they are copied.)
    for i in scan.tokens.indices where !scan.claimed[i] && scan.tokens[i].kind == .word {
      let token = scan[i]
      // "The Cabinet yesterday approved …": the day before the page's.
      if token.kind == .word, token.lower == "yesterday", !token.isCapitalized || i == 0 {
        if let date = calendar.date(byAdding: .day, value: -1, to: page) {
          scan.add(.date, i..<(i + 1), value: iso(date), granularity: .day)
        }
        continue
      }
      guard token.kind == .word, token.isCapitalized, token.is(.weekday),
        let target = names.firstIndex(of: token.lower)
      else { continue }
      // "every Friday until March": a weekly day, no one date.
      if i > 0, ["every", "each"].contains(scan[i - 1].lower) { continue }
      // "Friday, August 28": the date after it says which one.
      if let next = scan.at(i + 1), next.isMark(","), let after = scan.at(i + 2),
        after.kind == .number || after.is(.month)
      {
        continue
      }
      let offset =
        isAhead(scan, before: i)
        ? (target - pageWeekday + 7) % 7 : -((pageWeekday - target + 7) % 7)
      guard let date = calendar.date(byAdding: .day, value: offset, to: page) else { continue }
      // "last Friday", "next Monday": the word that says which is part of the day, so a gap
      // takes both ("The government _____ approved", not "last _____ approved").
      let start = i > 0 && Self.whichWords.contains(scan[i - 1].lower) ? i - 1 : i
      scan.add(.date, start..<(i + 1), value: iso(date), granularity: .day)
    }
  }

  /// Words before a weekday that say which one it is.
  static let whichWords: Set<String> = ["last", "next", "this", "coming"]

  /// "On Thursday, April 19, …" in a piece on 1906: a day and month without a year, written
  /// after their weekday, take the one year the article names in which that day fell on that
  /// weekday (in the Julian calendar before October 1582, as the sources counted). Of more
  /// than one, the `recent` year the story last told of; else no year, or more than one,
  /// leaves the date without one.
  static func pinYears(_ scan: inout SentenceScan, years: Set<Int>, recent: Int? = nil) {
    guard !years.isEmpty else { return }
    for index in scan.facts.indices where scan.facts[index].kind == .date {
      let value = scan.facts[index].value
      guard value.hasPrefix("--"), value.utf8.count == 7,
        let month = Int(value.dropFirst(2).prefix(2)), let day = Int(value.suffix(2)),
        let weekday = weekdayBefore(scan, offset: scan.facts[index].source.span.lowerBound)
      else { continue }
      let fitting = years.filter { dayOfWeek(year: $0, month: month, day: day) == weekday }
      var chosen = fitting.count == 1 ? fitting.first : nil
      if chosen == nil, let recent, fitting.contains(recent) { chosen = recent }
      guard let year = chosen else { continue }
      scan.facts[index].value = String(year) + value.dropFirst()
    }
  }

  /// The weekday (Sunday = 0) whose name stands right before scalar `offset`, with or without
  /// a comma: "Thursday, April 19", "Tuesday 29 May".
  static func weekdayBefore(_ scan: SentenceScan, offset: Int) -> Int? {
    guard let start = scan.tokens.firstIndex(where: { $0.range.lowerBound == offset }), start > 0
    else { return nil }
    var k = start - 1
    if scan[k].isMark(","), k > 0 { k -= 1 }
    guard scan[k].kind == .word, scan[k].is(.weekday) else { return nil }
    return names.firstIndex(of: scan[k].lower)
  }

  /// The weekday (Sunday = 0) of a day: Julian calendar before 15 October 1582, Gregorian
  /// after, counted as a Julian day number.
  static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    let gregorian = (year, month, day) >= (1582, 10, 15)
    let julianDay =
      gregorian
      ? day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
      : day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083
    return (julianDay + 1) % 7
  }

  /// "2026-11-25" for a day of the calendar.
  static func iso(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    let year = parts.year ?? 0
    let month = parts.month ?? 0
    let day = parts.day ?? 0
    return String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-"
      + (day < 10 ? "0" : "") + String(day)
  }

  /// The Gregorian calendar in UTC: a page's date has no time of day to shift it.
  static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

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
}
