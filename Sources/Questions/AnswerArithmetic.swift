import Facts
import Foundation

/// Answers a card lets the learner work out instead of remember: "20 lifeboats: _____
/// standard boats, two cutters and four collapsibles" (20 − 2 − 4), "about $11.25 million …
/// claims of about _____, for a total of roughly $15 million" (15 − 11.25), "On November 30,
/// 1803, … Twenty days later, on _____". Such a card tests subtraction, not the article.
enum AnswerArithmetic {
  /// True when the prompt holds figures that add up to the answer, or one figure less some
  /// others does; or, for a date, another date of the same precision and an offset from it.
  static func computes(_ fact: Fact, prompt: String) -> Bool {
    switch fact.kind {
    case .number, .money:
      guard let answer = SentenceFigures.amount(of: fact), answer > 0, tellsAWhole(prompt)
      else { return false }
      return sums(to: answer, figures: figures(in: prompt, besides: answer))
    case .date, .year:
      return offsetsTo(fact, prompt: prompt)
    default:
      return false
    }
  }

  /// Words that tell a whole and its parts: without one, "38 km … 15 terminals … 23 boats"
  /// adding up is chance.
  static let wholeWords = [
    "total", "in all", "altogether", "combined", "of which", "of whom", "remaining",
    "the rest", "rest of", "the others", ": ",
  ]

  static func tellsAWhole(_ prompt: String) -> Bool {
    if let lower = TextFolding.asciiLowercased(prompt) {
      // The same search on the bytes: Foundation's lower-casing and searching cost more than
      // the rest of a card's checks.
      return wholeWordBytes.contains { TextFolding.firstOffset(of: $0, in: lower[...]) != nil }
    }
    let lower = prompt.lowercased()
    return wholeWords.contains { lower.contains($0) }
  }

  static let wholeWordBytes = wholeWords.map { Array($0.utf8) }

  /// The most figures read off a prompt: a longer list makes chance sums too likely.
  static let maxFigures = 6

  /// The prompt's figures, digits and small numbers in words, without the answer's own value
  /// and without years (unless the answer is about that size, as a count of years would not be).
  static func figures(in prompt: String, besides answer: Double) -> [Double] {
    var values = SentenceFigures.values(in: prompt)
    for word in prompt.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
      let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
      if let value = NumberWords.value(of: trimmed), value >= 2 { values.append(value) }
    }
    let answerLooksLikeYear = (1000...2100).contains(answer)
    return values.filter { value in
      value > 0 && value != answer
        && (answerLooksLikeYear || !(1000...2100).contains(value) || value != value.rounded())
    }
  }

  /// True when two or three of `figures` add up to `answer`, or one of them less one to three
  /// others leaves it (within half a per cent, as the article rounds).
  static func sums(to answer: Double, figures: [Double]) -> Bool {
    guard figures.count >= 2, figures.count <= maxFigures else { return false }
    func near(_ value: Double) -> Bool { abs(value - answer) <= answer * 0.005 }
    let count = figures.count
    // Every subset of the figures, as a bit mask: at most 2⁶ of them.
    for mask in 1..<(1 << count) {
      let members = (0..<count).filter { mask & (1 << $0) != 0 }
      guard members.count <= 4 else { continue }
      let sum = members.reduce(0.0) { $0 + figures[$1] }
      if members.count >= 2, members.count <= 3, near(sum) { return true }
      // One figure of the subset less the others.
      if members.count >= 2 {
        for whole in members where near(figures[whole] * 2 - sum) { return true }
      }
    }
    return false
  }

  /// What every unit word of a granularity holds ("day" of "days"), for the quick test.
  static let unitStems: [DateGranularity: [[UInt8]]] = [
    .day: ["day", "week", "fortnight", "morning", "evening", "night"].map { Array($0.utf8) },
    .month: [Array("month".utf8)],
    .year: ["year", "decade"].map { Array($0.utf8) },
  ]

  /// Offsets that count from a date shown beside the gap: "twenty days later", "a week
  /// after", "the next day", "two years earlier".
  static func offsetsTo(_ fact: Fact, prompt: String) -> Bool {
    // No unit word anywhere in the text (most cards): no offset, nothing more to read.
    if let lower = TextFolding.asciiLowercased(prompt) {
      let stems = unitStems[DistractorMaker.granularity(of: fact)] ?? []
      guard stems.contains(where: { TextFolding.firstOffset(of: $0, in: lower[...]) != nil })
      else { return false }
    }
    let words = prompt.lowercased().split(whereSeparator: {
      !$0.isLetter && !$0.isNumber && $0 != "-"
    })
    .map(String.init)
    let level = DistractorMaker.granularity(of: fact)
    guard let stems = unitStems[level] else { return false }
    // Each unit and its plural: "day", "days".
    let units = Set(
      stems.flatMap { stem in [String(decoding: stem, as: UTF8.self)] }
        .flatMap { [$0, $0 + "s"] })
    var hasOffset = false
    for index in words.indices.dropFirst() where units.contains(words[index]) {
      let before = words[index - 1]
      let after = index + 1 < words.count ? words[index + 1] : ""
      let counted =
        Int(before) != nil || NumberWords.value(of: before) != nil
        || ["a", "one", "several", "few"].contains(before)
      let next = ["next", "following"].contains(before)
      if (counted && ["later", "after", "earlier", "before", "afterwards"].contains(after))
        || next
      {
        hasOffset = true
        break
      }
    }
    guard hasOffset else { return false }
    // Another date of the answer's precision: a year for a year, a month and year for a month.
    let hasYear = words.contains {
      $0.count == 4 && Int($0).map { (1000...2100).contains($0) } ?? false
    }
    switch level {
    case .year: return hasYear
    case .month, .day:
      return hasYear
        && words.contains { word in Lexicon.months.contains { $0.lowercased() == word } }
    case .range: return false
    }
  }
}
