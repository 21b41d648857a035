/// The date a page says it was published ("Published 09.09.2026", "By … | 19/11/2026",
/// "date: 2026-09-03" in front matter), found in the page's opening lines. A news story's
/// "on Nov. 16" or "Friday, August 28" has no year of its own; the page's date gives it one.
public struct PublicationDate: Sendable, Equatable {
  public var year: Int
  public var month: Int
  /// The day of the month, when the line gives it: a news story's "said Thursday" counts back
  /// from it.
  public var day: Int?

  public init(year: Int, month: Int, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day.flatMap { (1...31).contains($0) ? $0 : nil }
  }

  /// Words that mark a line as the page's own dating, not the story's (a caption's "|" does
  /// not: "… Angkor Wat in June, 1982. (Source: VNA) |" dates a photo).
  static let cues = ["published", "updated", "posted", "date:"]
  static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]

  /// The first dated byline, dateline or front-matter line among `lines` (the page's first
  /// lines), or nil. A line must be short and carry a cue, so a sentence of the story that
  /// names a full date is never taken for the page's date.
  public static func find(in lines: [String]) -> PublicationDate? {
    for line in lines where !hasMoreThanTwentyASCIIWords(line) {
      if let candidate = asciiCandidate(line), !candidate { continue }
      let lower = line.lowercased()
      guard spaceSplit(lower).count <= 20,
        lower.hasPrefix("by ") || cues.contains(where: { foundationContains(lower, $0) })
      else { continue }
      if let date = read(lower) { return date }
    }
    // A byline's clock time dates the story; a masthead's weekday line may be the day the
    // page was read ("Monday, October 12, 2026 07:42" above a story of 9 October).
    return lines.lazy.compactMap { readBare($0, weekdayLed: false) }.first
      ?? lines.lazy.compactMap { readBare($0, weekdayLed: true) }.first
  }

  /// The full weekday names, Sunday first (Foundation's order), lower case.
  public static let weekdays = [
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  ]

  /// A short line that is a page's date by its shape alone: a masthead's "Wednesday 25 November
  /// 2026" (a weekday, then the date) or a byline's "5:00am, 25 Nov 2026" (a clock time beside
  /// it). Eight words at most, so no sentence of the story is read as one.
  /// `weekdayLed` asks for a line that opens on a weekday; otherwise for one with a clock
  /// time and no weekday first.
  static func readBare(_ line: String, weekdayLed: Bool) -> PublicationDate? {
    // Eight words of a date line fit in 80 bytes: a paragraph is passed over unread.
    guard line.utf8.count <= 80 else { return nil }
    // The bytes turn down most short lines before they are lower-cased and split by
    // Characters: a clock time needs a colon, and a weekday "day" in any case (lower-casing
    // makes "d", "a" and "y" of nothing else).
    guard weekdayLed ? holdsFolded(line, "day") : containsByte(line, 0x3A) else { return nil }
    let lower = line.lowercased()
    let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
    guard words.count >= 2, words.count <= 8 else { return nil }
    let opensOnWeekday = weekdays.contains(String(words[0]))
    let hasClock = words.contains { word in
      let parts = word.split(whereSeparator: { $0 == ":" })
      return parts.count == 2 && parts[0].count <= 2 && parts[0].allSatisfy(\.isNumber)
        && parts[1].prefix(2).allSatisfy(\.isNumber) && parts[1].count >= 2
    }
    guard weekdayLed ? opensOnWeekday : hasClock && !opensOnWeekday else { return nil }
    return read(lower)
  }

  /// Whether the line opens with more than twenty words split by spaces, all of it ASCII up to
  /// the start of the twenty-first: such a line has more than twenty words in either case,
  /// however the rest is clustered, so a long paragraph among the first lines is passed over
  /// without being lower-cased and split. False whenever the bytes cannot tell.
  static func hasMoreThanTwentyASCIIWords(_ line: String) -> Bool {
    let verdict = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var words = 0
      var inWord = false
      for b in bytes {
        if b >= 0x80 { return false }
        if b == 32 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
          if words > 20 { return true }
        }
      }
      return false
    }
    return verdict ?? false
  }

  /// Whether a line passes `find`'s test (twenty words at most, opening with "by " or holding
  /// a cue, in any case), read from its bytes: lower-casing ASCII changes only A–Z and a search
  /// in ASCII text compares bytes, so an ASCII line is answered without the lower-case copy and
  /// its split. A line of any other text whose bytes, A–Z lower-cased, hold neither is turned
  /// down too: lower-casing makes ASCII of only "K" (U+212A, to "k", in no cue) and "İ" (to "i"
  /// and a combining dot, which no cue has after an "i"). Nil when the bytes cannot tell.
  static func asciiCandidate(_ line: String) -> Bool? {
    let verdict = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      var words = 0
      var inWord = false
      var ascii = true
      for b in bytes {
        if b >= 0x80 { ascii = false }
        if b == 32 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
        }
      }
      if ascii && words > 20 { return false }
      guard hasCue(bytes) else { return false }
      return ascii ? true : nil
    }
    return verdict ?? nil
  }

  /// Whether `bytes`, A–Z lower-cased, open with "by " or hold one of the cues.
  private static func hasCue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if foldedPrefix(bytes, at: 0, "by ".utf8) { return true }
    for cue in cueBytes {
      guard let first = cue.first, bytes.count >= cue.count else { continue }
      for start in 0...(bytes.count - cue.count)
      where AsciiWordSet.lower(bytes[start]) == first && foldedPrefix(bytes, at: start, cue) {
        return true
      }
    }
    return false
  }

  static let cueBytes = cues.map { Array($0.utf8) }

  /// Whether the bytes of `line`, A–Z lower-cased, hold the lower-case ASCII `word`.
  static func holdsFolded(_ line: String, _ word: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    var line = line
    return line.withUTF8 { bytes in
      bytes.count >= pattern.count
        && (0...(bytes.count - pattern.count)).contains { foldedPrefix(bytes, at: $0, pattern) }
    }
  }

  /// Whether `bytes` from `start`, A–Z lower-cased, begin with the lower-case ASCII `word`.
  private static func foldedPrefix(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ word: some Collection<UInt8>
  ) -> Bool {
    guard bytes.count - start >= word.count else { return false }
    var i = start
    for b in word {
      if AsciiWordSet.lower(bytes[i]) != b { return false }
      i += 1
    }
    return true
  }

  /// A full date in `text` (lower case): "2026-09-03", "09.09.2026", "19/11/2026",
  /// "november 19, 2026", "19 nov 2026".
  static func read(_ text: String) -> PublicationDate? {
    let tokens = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    for (index, token) in tokens.enumerated() {
      guard let number = Int(token) else { continue }
      if token.count == 4, (1900...2100).contains(number) {
        // yyyy-mm-dd
        if index + 2 < tokens.count, let month = Int(tokens[index + 1]), (1...12).contains(month),
          Int(tokens[index + 2]) != nil, tokens[index + 1].count <= 2,
          text.contains(token + "-" + tokens[index + 1] + "-")
        {
          return PublicationDate(year: number, month: month, day: Int(tokens[index + 2]))
        }
        // … month name and day before the year: "november 19, 2026", "19 nov 2026".
        let before = tokens[max(0, index - 2)..<index]
        for back in before {
          if let month = months.firstIndex(where: { back.hasPrefix($0) }), back.count >= 3 {
            let day = before.lazy.filter { $0.count <= 2 }.compactMap { Int($0) }.first
            return PublicationDate(year: number, month: month + 1, day: day)
          }
        }
        // dd.mm.yyyy or dd/mm/yyyy (mm/dd/yyyy when the first part cannot be a month).
        if index >= 2, let first = Int(tokens[index - 2]), let second = Int(tokens[index - 1]),
          tokens[index - 1].count <= 2, tokens[index - 2].count <= 2
        {
          if (1...12).contains(second), (1...31).contains(first) {
            return PublicationDate(year: number, month: second, day: first)
          }
          if (1...12).contains(first), (13...31).contains(second) {
            return PublicationDate(year: number, month: first, day: second)
          }
        }
      }
    }
    return nil
  }
}
