import Articles

/// Finds dates at every granularity: "January 7, 1979", "7 January 1979", "Jan. 7, 1979",
/// "09/01/2019", "1979-01-07", "December 1978", "June, 1982", "in 1999", "From 1979 to 1989",
/// "1979-89", "the 1990s".
///
/// Rules worth knowing:
/// - A day and month without a year ("June 29") is kept at day granularity with the value
///   "--06-29" (ISO-8601's form for a date without its year) unless its sentence or paragraph
///   names exactly one year (`supplyYears`); guessing further afield would put a wrong date
///   into a question as if it were true. A day kept every year ("marks March 23 as the Day
///   of the Sea", "is a public holiday") keeps no year at all. (Carrying the year of the last dated month into
///   later paragraphs was tried and taught false dates: stories go back and forth in time.)
/// - Numeric dates "a/b/yyyy": when `a` > 12 the day comes first, when `b` > 12 the month
///   does; otherwise the article's other numeric dates decide, and with no evidence the day
///   comes first (the international order used by most news sites outside the US).
/// - A bare four-digit number is a year when a time word governs it ("in", "since", "by"…),
///   when it stands alone in a range or before a singular noun ("a 1990 article"); a number
///   followed by a plural noun ("1500 soldiers") is a count.
/// - A year alone is kind `year`; anything finer, and ranges and decades, are kind `date`.
/// - Years with an era take any number of digits: "938 AD" is "0938", "221 BC" is "-0221"
///   (a minus sign for BC, counted without a year zero, as historians write them).
struct DateRecognizer {
  var dayFirst = true
  /// The article tells of the first millennium (an eighth century, the 790s, a year with
  /// its era): a number of three digits after a month or a time word is a year there ("in
  /// July 751", "in 105"), where elsewhere it would be a count.
  var earlyYears = false

  static let yearContext: WordSet = [
    "in", "since", "by", "of", "until", "till", "from", "before", "after", "during", "to",
    "between", "around", "circa", "c", "early", "late", "mid", "year", "and", "or", "summer",
    "winter", "spring", "autumn", "fall", "end", "beginning", "through", "as", "throughout",
    "on", "than", "at", "for", "within", "year's", "born", "died",
  ]
  static let rangeOpeners: WordSet = ["from", "between"]
  static let rangeJoins: WordSet = ["to", "until", "till", "and", "-", "through"]
  static let dateQualifiers: WordSet = [
    "early", "late", "mid", "around", "circa", "about", "before", "after", "approximately",
  ]

  /// Decides the numeric date order from the article's unambiguous numeric dates.
  static func prefersDayFirst(_ scans: [SentenceScan]) -> Bool {
    var dayFirst = 0
    var monthFirst = 0
    for scan in scans {
      let t = scan.tokens
      var i = 0
      while i + 4 < t.count {
        if t[i].kind == .number, t[i + 1].isMark("/"), t[i + 2].kind == .number,
          t[i + 3].isMark("/"), t[i + 4].kind == .number,
          let a = Int(t[i].text), let b = Int(t[i + 2].text)
        {
          if a > 12 && b <= 12 { dayFirst += 1 }
          if b > 12 && a <= 12 { monthFirst += 1 }
        }
        i += 1
      }
    }
    return !(monthFirst > 0 && dayFirst == 0)
  }

  /// Whether token `i` is a number or a capitalised month, the tokens `century`,
  /// `decadeBeforeTheEra`, `dayRange` and `parse` start from; its fields are read in place.
  private static func mayOpen(_ tokens: [Token], at i: Int) -> Bool {
    switch tokens[i].kind {
    case .number: true
    case .word: tokens[i].isCapitalized && tokens[i].is(.month)
    case .symbol, .punctuation: false
    }
  }

  /// A parsed date and the tokens it covers.
  struct Parsed: Equatable {
    var range: Range<Int>
    var year: Int?
    var month: Int?
    var day: Int?
    var granularity: DateGranularity

    var iso: String {
      let y = year.map(yearString)
      switch (y, month, day) {
      case (let y?, let m?, let d?): return "\(y)-\(pad(m))-\(pad(d))"
      case (let y?, let m?, nil): return "\(y)-\(pad(m))"
      case (nil, let m?, let d?): return "--\(pad(m))-\(pad(d))"
      case (nil, let m?, nil): return "--\(pad(m))"
      case (let y?, _, _): return y
      default: return ""
      }
    }
  }

  func recognize(_ scan: inout SentenceScan) {
    var i = 0
    while i < scan.count {
      // Centuries, decades, day ranges and dates all open on a number or a capitalised month:
      // every other token is passed over here, before four readings each look at it.
      guard Self.mayOpen(scan.tokens, at: i) else {
        i += 1
        continue
      }
      if !scan.claimed[i], let end = century(&scan, at: i) ?? decadeBeforeTheEra(&scan, at: i) {
        i = end
        continue
      }
      if !scan.claimed[i], let end = dayRange(&scan, at: i) {
        i = end
        continue
      }
      guard !scan.claimed[i], let first = parse(scan, at: i) else {
        i += 1
        continue
      }
      var start = first.range.lowerBound
      var end = first.range.upperBound
      var kind: FactKind = first.granularity == .year ? .year : .date
      var value = first.iso
      var granularity = first.granularity
      // Ranges: "From 1979 to 1989", "between 1979 and 1989", "1979-89", "1979-1989".
      if let join = scan.at(end), Self.rangeJoins.contains(join.lower) {
        let opener = scan.at(start - 1)
        let hasOpener = opener.map { Self.rangeOpeners.contains($0.lower) } ?? false
        let glued = join.isMark("-") && !join.spaceBefore
        if hasOpener || glued || join.lower == "to" || join.lower == "until" {
          if let second = parseRangeEnd(scan, at: end + 1, after: first, glued: glued),
            hasOpener || glued || first.granularity != .year || second.granularity != .year
              || join.lower == "to"
          {
            if hasOpener && join.lower != "-" { start -= 1 }
            end = second.range.upperBound
            var first = first
            if first.year == nil { first.year = second.year }
            kind = .date
            value = "\(first.iso)/\(second.iso)"
            granularity = .range
          }
        }
      }
      if first.granularity == .year, granularity == .year,
        let next = scan.at(end), next.lower == "s", !next.spaceBefore, let year = first.year
      {
        // "the 1990s": a decade.
        end += 1
        kind = .date
        granularity = .range
        value = "\(yearString(year))/\(yearString(year + 9))"
        if let the = scan.at(start - 1), the.lower == "the" { start -= 1 }
      }
      var qualifier: String?
      if let q = scan.at(start - 1), Self.dateQualifiers.contains(q.lower), !scan.claimed[start - 1]
      {
        qualifier = q.lower
      } else if let dash = scan.at(start - 1), dash.isMark("-"), !dash.spaceBefore,
        let q = scan.at(start - 2), q.lower == "mid"
      {
        qualifier = "mid"
      }
      scan.add(kind, start..<end, value: value, granularity: granularity, qualifier: qualifier)
      i = end
    }
  }

  /// "the 540s BC" → "-0549/-0540": a decade before the era runs down from its tenth year,
  /// as the years do. Returns the index after it when recorded.
  private func decadeBeforeTheEra(_ scan: inout SentenceScan, at i: Int) -> Int? {
    guard scan.tokens[i].kind == .number, let n = Int(scan[i].text), n >= 10, n < 10000,
      n % 10 == 0, let s = scan.at(i + 1), s.lower == "s", !s.spaceBefore,
      let era = scan.at(i + 2), era.isAllCaps, era.lower == "bc" || era.lower == "bce",
      !scan.claimed[i + 1], !scan.claimed[i + 2]
    else { return nil }
    let start = scan.at(i - 1)?.lower == "the" && !scan.claimed[i - 1] ? i - 1 : i
    scan.add(
      .date, start..<(i + 3), value: "\(yearString(-(n + 9)))/\(yearString(-n))",
      granularity: .range)
    return i + 3
  }

  /// "the 20th century" → "1901/2000", "the 3rd century BC" → "-0300/-0201": a century is
  /// the range of its years, counted from year 1. Returns the index after it when recorded.
  private func century(_ scan: inout SentenceScan, at i: Int) -> Int? {
    /// The ordinal at `k` ("11th"), as its number.
    func ordinal(at k: Int) -> Int? {
      guard k >= 0, k < scan.count, scan.tokens[k].kind == .number, let t = scan.at(k),
        t.text.utf8.count <= 2, let n = Int(t.text), n >= 1, n <= 21,
        let suffix = scan.at(k + 1), !suffix.spaceBefore,
        ["st", "nd", "rd", "th"].contains(suffix.lower), !scan.claimed[k + 1]
      else { return nil }
      return n
    }
    guard let n = ordinal(at: i) else { return nil }
    // "between the 11th and 15th centuries", "the 11th to 15th centuries": one range.
    var later: Int?
    var nounAt = i + 2
    if let join = scan.at(i + 2), ["and", "to"].contains(join.lower),
      let m = ordinal(at: i + 3), m > n, scan.at(i + 5)?.lower == "centuries"
    {
      later = m
      nounAt = i + 5
    }
    guard let noun = scan.at(nounAt), noun.lower == (later == nil ? "century" : "centuries"),
      !scan.claimed[nounAt]
    else { return nil }
    var start = i
    var end = nounAt + 1
    var first = (n - 1) * 100 + 1
    var last = (later ?? n) * 100
    if later == nil, let era = scan.at(end), era.isAllCaps, era.lower == "bc" || era.lower == "bce"
    {
      (first, last) = (-n * 100, -((n - 1) * 100 + 1))
      end += 1
    } else if let era = scan.at(end), era.isAllCaps, era.lower == "ad" || era.lower == "ce" {
      end += 1
    }
    var qualifier: String?
    if let q = scan.at(start - 1), Self.dateQualifiers.contains(q.lower), !scan.claimed[start - 1] {
      qualifier = q.lower
    } else if let the = scan.at(start - 1), the.lower == "the" {
      start -= 1
    }
    scan.add(
      .date, start..<end, value: "\(yearString(first))/\(yearString(last))", granularity: .range,
      qualifier: qualifier)
    return end
  }

  /// "from 26 to 29 April 1994", "26-29 April 1994": two days of one month written with the
  /// month once, as one range. Returns the index after it when recorded.
  private func dayRange(_ scan: inout SentenceScan, at i: Int) -> Int? {
    guard i >= 0, i < scan.count, scan.tokens[i].kind == .number, let t = scan.at(i),
      t.text.utf8.count <= 2, let day = Int(t.text),
      day >= 1, let join = scan.at(i + 1)
    else { return nil }
    let opener = scan.at(i - 1).map { Self.rangeOpeners.contains($0.lower) } ?? false
    let glued = join.text == "-" && !join.spaceBefore
    guard opener ? ["to", "until", "till", "and", "-"].contains(join.lower) : glued,
      let second = parse(scan, at: i + 2, inRange: true), second.granularity == .day,
      let lastDay = second.day, lastDay > day, let month = second.month,
      scan.isFree(i..<second.range.upperBound)
    else { return nil }
    let first = Parsed(
      range: i..<(i + 1), year: second.year, month: month, day: day, granularity: .day)
    let start = opener && !glued ? i - 1 : i
    scan.add(
      .date, start..<second.range.upperBound, value: "\(first.iso)/\(second.iso)",
      granularity: .range)
    return second.range.upperBound
  }

  /// The end of a range: a full date, or a year written with two digits after a glued hyphen.
  private func parseRangeEnd(
    _ scan: SentenceScan, at i: Int, after first: Parsed, glued: Bool
  ) -> Parsed? {
    if glued, let t = scan.at(i), t.kind == .number, !t.spaceBefore, t.text.count == 2,
      let two = Int(t.text), let y = first.year, first.granularity == .year
    {
      let century = y / 100 * 100
      var year = century + two
      if year <= y { year += 100 }
      return Parsed(range: i..<(i + 1), year: year, granularity: .year)
    }
    if first.granularity == .day, let month = first.month, let firstDay = first.day,
      let t = scan.at(i), t.kind == .number, t.text.utf8.count <= 2, let day = Int(t.text),
      day > firstDay, day <= 31, parse(scan, at: i, inRange: true) == nil
    {
      // "October 14-16, 1990": the second day of the same month.
      var k = i + 1
      if let c = scan.at(k), c.isMark(",") { k += 1 }
      if let year = year(scan, at: k) {
        return Parsed(range: i..<(k + 1), year: year, month: month, day: day, granularity: .day)
      }
      return Parsed(range: i..<(i + 1), year: first.year, month: month, day: day, granularity: .day)
    }
    guard var second = parse(scan, at: i, inRange: true) else { return nil }
    // "June 5 to 7, 1979" would need the year carried back; a later year is carried forward.
    if second.year == nil, let y = first.year { second.year = y }
    return second
  }

  /// A single date starting exactly at token `i`.
  func parse(_ scan: SentenceScan, at i: Int, inRange: Bool = false) -> Parsed? {
    // Only a number or a capitalised month starts a date: any other token is passed over
    // before it is copied (copying one retains its strings).
    guard i >= 0, i < scan.count else { return nil }
    switch scan.tokens[i].kind {
    case .number: break
    case .word: guard scan.tokens[i].isCapitalized, scan.tokens[i].is(.month) else { return nil }
    case .symbol, .punctuation: return nil
    }
    let t = scan.tokens[i]
    if t.kind == .word, t.is(.weekday), t.isCapitalized {
      // "Monday, January 7, 1979": the weekday is left out of the date.
      return nil
    }
    if t.kind == .word, let month = month(scan, at: i) {
      return parseMonthFirst(scan, at: i, month: month)
    }
    guard t.kind == .number, !t.text.utf8.contains(44) else { return nil }
    if let era = eraYear(scan, at: i) { return era }
    if let numeric = parseNumeric(scan, at: i) { return numeric }
    if let day = Int(t.text), day >= 1, day <= 31, t.text.count <= 2 {
      // "7 January 1979", "7th of January".
      var j = i + 1
      if let suffix = scan.at(j), !suffix.spaceBefore,
        ["st", "nd", "rd", "th"].contains(suffix.lower)
      {
        j += 1
      }
      if let of = scan.at(j), of.lower == "of" { j += 1 }
      if let month = month(scan, at: j) {
        var end = j + 1
        // "7 Jan. 1979": an abbreviation's point; "on 18 July." ends the sentence.
        if let dot = scan.at(end), dot.isMark("."), !dot.spaceBefore, scan[j].text.count <= 4,
          !["may", "june", "july"].contains(scan[j].lower)
        {
          end += 1
        }
        var comma = end
        if let c = scan.at(comma), c.isMark(",") { comma += 1 }
        if let year = year(scan, at: comma) {
          return Parsed(
            range: i..<(comma + 1), year: year, month: month, day: day, granularity: .day)
        }
        return Parsed(range: i..<end, month: month, day: day, granularity: .day)
      }
      return nil
    }
    // "in 751", and "the 790s" (the decade is read from its year).
    if let early = earlyYear(scan, at: i), let before = scan.at(i - 1),
      Self.earlyYearContext.contains(before.lower)
        || (before.lower == "the" && scan.at(i + 1)?.lower == "s")
    {
      return Parsed(range: i..<(i + 1), year: early, granularity: .year)
    }
    guard let year = year(scan, at: i), t.spaceBefore || i == 0 || scan[i - 1].kind == .punctuation
    else { return nil }
    if inRange || isYearInContext(scan, at: i, year: year) {
      return Parsed(range: i..<(i + 1), year: year, granularity: .year)
    }
    return nil
  }

  private func parseMonthFirst(_ scan: SentenceScan, at i: Int, month: Int) -> Parsed? {
    var j = i + 1
    if let dot = scan.at(j), dot.isMark("."), !dot.spaceBefore { j += 1 }
    // "January 7, 1979", "Jan. 7 1979", "June 29".
    if let d = scan.at(j), d.kind == .number, d.text.count <= 2, let day = Int(d.text), day >= 1,
      day <= 31
    {
      var end = j + 1
      if let suffix = scan.at(end), !suffix.spaceBefore,
        ["st", "nd", "rd", "th"].contains(suffix.lower)
      {
        end += 1
      }
      var k = end
      if let c = scan.at(k), c.isMark(",") { k += 1 }
      if let year = year(scan, at: k) {
        return Parsed(range: i..<(k + 1), year: year, month: month, day: day, granularity: .day)
      }
      return Parsed(range: i..<end, month: month, day: day, granularity: .day)
    }
    // "December 1978", "June, 1982", "November of 2023".
    var k = j
    if let c = scan.at(k), c.isMark(",") || c.lower == "of" { k += 1 }
    // "October 539 BC": the year with its era.
    if let era = eraYear(scan, at: k), era.range.lowerBound == k {
      return Parsed(
        range: i..<era.range.upperBound, year: era.year, month: month, granularity: .month)
    }
    if let year = year(scan, at: k) ?? earlyYear(scan, at: k) {
      return Parsed(range: i..<(k + 1), year: year, month: month, granularity: .month)
    }
    return nil
  }

  /// Years marked with an era, at any number of digits: "938 AD", "AD 938", "221 BC".
  private func eraYear(_ scan: SentenceScan, at i: Int) -> Parsed? {
    guard let t = scan.at(i), t.kind == .number, let n = Int(t.text), n > 0, n < 10000,
      t.text.utf8.count <= 4
    else { return nil }
    if let era = scan.at(i + 1), era.kind == .word, era.isAllCaps,
      ["bc", "bce", "ad", "ce"].contains(era.lower)
    {
      let year = era.lower.hasPrefix("b") ? -n : n
      return Parsed(range: i..<(i + 2), year: year, granularity: .year)
    }
    if let era = scan.at(i - 1), era.text == "AD", !scan.claimed[i - 1] {
      return Parsed(range: (i - 1)..<(i + 1), year: n, granularity: .year)
    }
    return nil
  }

  /// "09/01/2019", "1979-01-07", "7.1.1979".
  private func parseNumeric(_ scan: SentenceScan, at i: Int) -> Parsed? {
    guard let sep = scan.at(i + 1), sep.isMark("/") || sep.isMark("-") || sep.isMark("."),
      !sep.spaceBefore, let b = scan.at(i + 2), b.kind == .number, !b.spaceBefore,
      let sep2 = scan.at(i + 3), sep2.text == sep.text, !sep2.spaceBefore,
      let c = scan.at(i + 4), c.kind == .number, !c.spaceBefore,
      let x = Int(scan[i].text), let y = Int(b.text), let z = Int(c.text)
    else { return nil }
    let range = i..<(i + 5)
    if scan[i].text.count == 4 {
      // ISO order.
      guard (1...12).contains(y), (1...31).contains(z) else { return nil }
      return Parsed(range: range, year: x, month: y, day: z, granularity: .day)
    }
    guard c.text.count == 4 else { return nil }
    var day = x
    var month = y
    if x > 12 {
      (day, month) = (x, y)
    } else if y > 12 {
      (day, month) = (y, x)
    } else if !dayFirst {
      (day, month) = (y, x)
    }
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    return Parsed(range: range, year: z, month: month, day: day, granularity: .day)
  }

  /// A capitalised month name at `i` ("May" only when capitalised and not a verb's helper).
  func month(_ scan: SentenceScan, at i: Int) -> Int? {
    guard let t = scan.at(i), t.kind == .word, t.isCapitalized, t.is(.month),
      let m = Lexicon.monthNumbers[t.lower]
    else { return nil }
    if t.lower == "may" || t.lower == "march" {
      // Only as a month next to a number: "May 2021", "7 May".
      let next = scan.at(i + 1)
      let before = scan.at(i - 1)
      guard next?.kind == .number || before?.kind == .number || next?.isMark(",") == true else {
        return nil
      }
    }
    return m
  }

  /// A four-digit year from 1000 to 2100 at `i`.
  func year(_ scan: SentenceScan, at i: Int) -> Int? {
    guard let t = scan.at(i), t.kind == .number, t.text.count == 4, let y = Int(t.text),
      y >= 1000, y <= 2100
    else { return nil }
    return y
  }

  /// A year of three digits (100 to 999) at `i` in an article of the first millennium, when
  /// what follows ends the phrase (a mark, a capital, a closed-class word: "in 751, …", "in
  /// July 751 near …") rather than naming what it counts ("in 300 villages").
  func earlyYear(_ scan: SentenceScan, at i: Int) -> Int? {
    guard earlyYears, let t = scan.at(i), t.kind == .number, t.text.utf8.count == 3,
      let y = Int(t.text), y >= 100
    else { return nil }
    if let next = scan.at(i + 1), next.kind != .punctuation {
      // ("539 BC" is read with its era.)
      guard !(next.isAllCaps && ["bc", "bce", "ad", "ce"].contains(next.lower)) else {
        return nil
      }
      // "the 790s"; else a word that ends the phrase ("in 751 near …", "in 751 Gao …").
      let decade = next.lower == "s" && !next.spaceBefore
      let endsPhrase =
        (next.isCapitalized || next.is(.closedClass)) && !Self.countingWords.contains(next.lower)
      guard next.kind == .word, decade || endsPhrase else { return nil }
    }
    return y
  }

  /// Time words a bare year of three digits may follow ("by", "from" and "to" also take
  /// counts: "rose by 300.").
  static let earlyYearContext: WordSet = [
    "in", "since", "until", "till", "before", "after", "during", "around", "circa", "c",
  ]
  /// Closed-class words that still say a figure counts something: "in 300 more villages".
  static let countingWords: WordSet = ["more", "of", "or", "and", "to", "other", "per"]

  /// Whether the article tells of the first millennium: a century before the eleventh ("the
  /// eighth century", "the 8th century"), a decade of three digits ("the 790s"), or a year
  /// with its era ("AD 751", "221 BC").
  static func tellsOfFirstMillennium(_ scans: [SentenceScan]) -> Bool {
    let early: Set<String> = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
    ]
    for scan in scans {
      let t = scan.tokens
      for i in t.indices {
        switch t[i].lower {
        case "century", "centuries":
          // "eighth century", "8th century" (the ordinal's suffix is a token of its own).
          if i >= 1, early.contains(t[i - 1].lower) { return true }
          if i >= 2, t[i - 2].kind == .number, early.contains(t[i - 2].text + t[i - 1].lower) {
            return true
          }
        case "s":
          if i >= 1, t[i - 1].kind == .number, t[i - 1].text.utf8.count == 3, !t[i].spaceBefore {
            return true
          }
        case "ad", "bc", "bce", "ce":
          if t[i].isAllCaps,
            (i >= 1 && t[i - 1].kind == .number) || (i + 1 < t.count && t[i + 1].kind == .number)
          {
            return true
          }
        default: break
        }
      }
    }
    return false
  }

  private func isYearInContext(_ scan: SentenceScan, at i: Int, year: Int) -> Bool {
    let before = scan.at(i - 1)
    let next = scan.at(i + 1)
    if let next,
      next.kind == .symbol || next.lower == "percent" || Lexicon.scaleValues[next.lower] != nil
    {
      return false
    }
    if let before, before.kind == .symbol || before.is(.currency) { return false }
    if let before, Self.yearContext.contains(before.lower) { return true }
    // "By about 1450", "in roughly 1200": a hedge between the year's preposition and it.
    if let before, ["about", "roughly", "approximately"].contains(before.lower),
      let preposition = scan.at(i - 2), Self.yearContext.contains(preposition.lower)
    {
      return true
    }
    // "(1890-1969)": the start of a range of years.
    if let next, next.isMark("-"), !next.spaceBefore, let end = scan.at(i + 2),
      end.kind == .number, !end.spaceBefore, end.text.utf8.count == 4 || end.text.utf8.count == 2
    {
      return true
    }
    if let before, before.isMark("-"), let mid = scan.at(i - 2), mid.lower == "mid" { return true }
    // "the 1330s": a decade of any century.
    if let next, next.lower == "s", !next.spaceBefore, let before, before.lower == "the" {
      return true
    }
    if let next, next.kind == .word, next.lower != "s" {
      // "1500 soldiers" is a count; "a 1990 article" is a year; so is "the 2024 flames" (a
      // count of thousands after "the" would carry its comma: "the 2,024 soldiers").
      if next.lower.hasSuffix("s") && !next.lower.hasSuffix("ss") || next.lower == "people" {
        return before?.lower == "the" && (1900...2030).contains(year)
      }
      if let before, before.is(.determiner) { return true }
    }
    return year >= 1900 && year <= 2030
  }
}

extension DateRecognizer {
  /// Gives a day or month written without its year ("4 November", "--11-04") the year its
  /// context states, when that is unambiguous: the only year the same sentence names, or —
  /// when the sentence names none — the only year its paragraph has named so far ("In 1979,
  /// …. On 4 November, …"). `paragraphYears` carries the paragraph's years between sentences.
  /// Last, a news page's own date (`published`, when the story reaches that year) gives a
  /// day of its month or an earlier one its year: "presented on Nov. 16" in a story published
  /// on 20 November 2026. A paragraph that has named several years gives the `recent` one,
  /// the year the story last told of, when it is among them: "… arrived on 10 March 1839.
  /// … From 3 June his men destroyed the chests".
  static func supplyYears(
    _ scan: inout SentenceScan, paragraphYears: inout (Int, Set<Int>),
    published: PublicationDate? = nil, recent: Int? = nil
  ) {
    if paragraphYears.0 != scan.sentence.paragraph {
      paragraphYears = (scan.sentence.paragraph, [])
    }
    var own: Set<Int> = []
    var yearless: [Int] = []
    // Where the first fact that names a year starts.
    var firstYearAt = Int.max
    for index in scan.facts.indices
    where scan.facts[index].kind == .date || scan.facts[index].kind == .year {
      // Parts between "/" read as bytes: "--MM-DD" has no year, "YYYY…" starts with one.
      var value = scan.facts[index].value
      value.withUTF8 { bytes in
        var start = 0
        for k in 0...bytes.count where k == bytes.count || bytes[k] == 47 {
          if k - start >= 2, bytes[start] == 45, bytes[start + 1] == 45 {
            if !yearless.contains(index) { yearless.append(index) }
          } else if k - start >= 4 {
            var y = 0
            var digits = true
            for b in bytes[start..<(start + 4)] {
              guard b >= 48, b <= 57 else {
                digits = false
                break
              }
              y = y * 10 + Int(b - 48)
            }
            if digits, y >= 1000 {
              own.insert(y)
              firstYearAt = min(firstYearAt, scan.facts[index].source.span.lowerBound)
            }
          }
          start = k + 1
        }
      }
    }
    defer { paragraphYears.1.formUnion(own) }
    guard !yearless.isEmpty, !namesYearlyObservance(scan) else { return }
    let year: Int
    // Set when a day already past on the page's date is next year's.
    var nextYearAfter: PublicationDate?
    if own.count == 1, let published, own.first! < published.year,
      yearless.allSatisfy({
        scan.facts[$0].source.span.upperBound <= firstYearAt
          && !isAhead(scan.facts[$0].value, of: published)
      }),
      comparesWithAnotherYear(scan.sentence.text)
    {
      // "As of Nov 14, … compared with … the same period of 2025": on a page of 2026 the
      // year named after the day is the one compared with, not the day's.
      year = published.year
    } else if own.count == 1 {
      year = own.first!
    } else if own.isEmpty, paragraphYears.1.count == 1 {
      // "Construction could start in 2027. … must sign off by Oct. 13": on a page dated
      // September 2026, a later year is a plan's, and a day still ahead is this year's.
      let paragraphYear = paragraphYears.1.first!
      if let published, paragraphYear > published.year,
        yearless.allSatisfy({ isAhead(scan.facts[$0].value, of: published) })
      {
        year = published.year
      } else {
        year = paragraphYear
      }
    } else if own.isEmpty, paragraphYears.1.count > 1, let recent,
      paragraphYears.1.contains(recent), published.map({ recent < $0.year }) ?? true
    {
      year = recent
    } else if own.isEmpty, paragraphYears.1.isEmpty, let published,
      tellsOfWhatIsAhead(scan) || yearless.allSatisfy({ isDeadline(scan, $0, published) }),
      yearless.allSatisfy({
        scan.facts[$0].value.hasPrefix("--") && !scan.facts[$0].value.contains("/")
      })
    {
      // "will open on 1 December", "may not be exported until 15 February" on a page of
      // 24 November 2026: a day still ahead is this year's, one already past is next year's.
      year = published.year
      nextYearAfter = published
    } else if own.isEmpty, paragraphYears.1.isEmpty, let published,
      yearless.allSatisfy({ index in
        let value = scan.facts[index].value
        guard value.hasPrefix("--"), let month = Int(value.dropFirst(2).prefix(2)) else {
          return false
        }
        return month <= published.month
      })
    {
      year = published.year
    } else {
      return
    }
    for index in yearless {
      let parts = scan.facts[index].value.split(separator: "/").map { part in
        guard part.hasPrefix("--") else { return String(part) }
        let past = nextYearAfter.map { !isAhead(String(part), of: $0) } ?? false
        return "\(past ? year + 1 : year)" + part.dropFirst()
      }
      scan.facts[index].value = parts.joined(separator: "/")
    }
  }
}

/// Whether a sentence tells of what is still to come: "will", "would", "shall", or "may"
/// written in lower case (the month is "May"), "due", "expected", "plans", "aims" and the
/// like ("are due to start work by 1 June"), or "is to be", "are to be".
private func tellsOfWhatIsAhead(_ scan: SentenceScan) -> Bool {
  let tokens = scan.tokens
  return tokens.indices.contains { i in
    let token = tokens[i]
    guard token.kind == .word else { return false }
    if ["will", "would", "shall", "may", "aims", "aim"].contains(token.text)
      || WeekdayDate.futureWords.contains(token.text)
    {
      return true
    }
    // "the first certificates are to be issued by March 31": an arrangement ahead.
    return (token.text == "is" || token.text == "are") && i + 2 < tokens.count
      && tokens[i + 1].text == "to" && tokens[i + 2].text == "be"
  }
}

/// Whether yearless fact `index` is a deadline still ahead of the page's date: "by 30 June",
/// "before 1 April" on a page of May.
private func isDeadline(_ scan: SentenceScan, _ index: Int, _ published: PublicationDate)
  -> Bool
{
  let fact = scan.facts[index]
  guard fact.value.hasPrefix("--"), !fact.value.contains("/"),
    isAhead(fact.value, of: published)
  else { return false }
  let start = fact.source.span.lowerBound
  guard let at = scan.tokens.firstIndex(where: { $0.range.lowerBound == start }), at > 0
  else { return false }
  return ["by", "before"].contains(scan[at - 1].lower)
}

/// Whether a sentence sets its figures beside another year's: "compared with …", "the same
/// period of 2025".
private func comparesWithAnotherYear(_ text: String) -> Bool {
  let lower = text.lowercased()
  return lower.contains("same period") || lower.contains("compared with")
    || lower.contains("compared to")
}

/// Whether a yearless "--MM-DD" falls after the page's date within its year.
private func isAhead(_ value: String, of published: PublicationDate) -> Bool {
  guard value.hasPrefix("--"), let month = Int(value.dropFirst(2).prefix(2)) else {
    return false
  }
  let day = Int(value.dropFirst(5).prefix(2)) ?? 1
  return month > published.month || (month == published.month && day > (published.day ?? 31))
}

extension DateRecognizer {
  /// Words that make a day and month a yearly observance: "a public holiday", "every year".
  static let yearlyWords: WordSet = [
    "holiday", "holidays", "annually", "yearly", "anniversary", "anniversaries",
  ]
  /// Verbs of keeping a day, in the habitual present: "Bolivia marks March 23 as …".
  static let observanceVerbs: WordSet = [
    "mark", "marks", "celebrate", "celebrates", "commemorate", "commemorates", "observe",
    "observes",
  ]
  static let observedParticiples: WordSet = [
    "marked", "celebrated", "commemorated", "observed",
  ]

  /// Whether the sentence names a day kept every year ("… marks March 23 as the Day of the
  /// Sea", "March 1 is a public holiday", "celebrated each year on 6 February"): its yearless
  /// day is every year's, and a year from its context would date it wrongly.
  /// "The day of the vote, 27 April, is now a public holiday": a day that became a holiday
  /// ("now") is first a dated event, and its context's year is the event's.
  static func namesYearlyObservance(_ scan: SentenceScan) -> Bool {
    let tokens = scan.tokens
    var found = false
    for k in tokens.indices where tokens[k].kind == .word {
      let word = tokens[k].lower
      if word == "now" { return false }
      if found { continue }
      if yearlyWords.contains(word) || observanceVerbs.contains(word) {
        found = true
      } else if word == "year", k > 0,
        tokens[k - 1].lower == "every" || tokens[k - 1].lower == "each"
      {
        found = true
      } else if observedParticiples.contains(word), k > 0,
        ["is", "are"].contains(tokens[k - 1].lower)
      {
        found = true
      } else if proclaimingVerbs.contains(word),
        tokens[(k + 1)...].contains(where: { $0.text == "Day" })
      {
        // "marked 12 April as Cosmonautics Day from 1962", "proclaimed 12 April the
        // International Day of Human Space Flight": a day named for keeping every year.
        found = true
      }
    }
    return found
  }

  /// Verbs that make a date a named day: "proclaimed 12 April the International Day of …".
  static let proclaimingVerbs: WordSet = [
    "marked", "proclaimed", "declared", "designated", "named", "made",
  ]
}

private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

/// Four digits at least, with a minus sign for years before the common era ("-0221").
private func yearString(_ n: Int) -> String {
  let digits = String(n.magnitude)
  let zeros = digits.count < 4 ? String(repeating: "0", count: 4 - digits.count) : ""
  return (n < 0 ? "-" : "") + zeros + digits
}
