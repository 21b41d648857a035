/// Names of models, isotopes and codes written as a word and a number joined by a hyphen:
/// "RBMK-1000", "AZ-5", "C-47", "xenon-135", "Soyuz-11". A teacher quizzes them as terms; left
/// alone, the number would be read as a count ("C-54 Skymasters": 54 Skymasters).
///
/// Runs after dates (so "mid-1990s" stays a date) and before quantities, and claims its tokens.
struct DesignationRecognizer {
  func recognize(_ scan: inout SentenceScan) {
    guard scan.count >= 3 else { return }
    var i = 0
    while i + 2 < scan.count {
      if Self.mayOpen(scan.tokens, at: i),
        let end = designation(scan, at: i) ?? ordinalTerm(scan, at: i), scan.isFree(i..<end)
      {
        scan.add(.term, i..<end, value: scan.text(i..<end))
        i = end
      } else {
        i += 1
      }
    }
  }

  /// Whether token `i` may open a designation (a word before a hyphen) or an ordinal term (a
  /// number): read in place, where `designation` and `ordinalTerm` copy three tokens and one
  /// at every position.
  private static func mayOpen(_ tokens: [Token], at i: Int) -> Bool {
    switch tokens[i].kind {
    case .number: true
    case .word: tokens[i + 1].isMark("-")
    case .symbol, .punctuation: false
    }
  }

  /// Heads of terms numbered by an ordinal in digits: "the 18th Amendment", "the 3rd Plenum".
  static let ordinalHeads: WordSet = [
    "amendment", "amendments", "dynasty", "plenum", "congress", "olympiad",
  ]

  /// "the 18th Amendment": an ordinal in digits and a capitalised head name one term (the
  /// number alone is no count, and the head alone no name). The index after it, or nil.
  func ordinalTerm(_ scan: SentenceScan, at i: Int) -> Int? {
    let number = scan[i]
    guard number.kind == .number, number.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
      let suffix = scan.at(i + 1), !suffix.spaceBefore, suffix.kind == .word,
      ["st", "nd", "rd", "th"].contains(suffix.lower), let head = scan.at(i + 2),
      head.kind == .word, head.isCapitalized, Self.ordinalHeads.contains(head.lower)
    else { return nil }
    return i + 3
  }

  /// The index after a designation starting at `i`, or nil.
  func designation(_ scan: SentenceScan, at i: Int) -> Int? {
    let word = scan[i]
    let hyphen = scan[i + 1]
    let number = scan[i + 2]
    guard word.kind == .word, hyphen.isMark("-"), !hyphen.spaceBefore, number.kind == .number,
      !number.spaceBefore, number.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
    else { return nil }
    // "Vision-2030", "RBMK-1000": four digits read as a year wherever the answer is shown, so
    // such a name would pass for a date among dates.
    if number.text.utf8.count == 4 { return nil }
    // "20th", "1990s", "5m": a glued suffix makes the number something else.
    if let next = scan.at(i + 3), !next.spaceBefore, next.kind == .word { return nil }
    // "-5": a range or a subtraction, not a name.
    if let previous = scan.at(i - 1), previous.isMark("-"), !word.spaceBefore { return nil }
    // "C-47", "F-16": one capital letter, whatever the lexicon says of "c" or "f".
    if word.text.utf8.count == 1, word.isCapitalized { return i + 3 }
    if word.is([.closedClass, .month, .weekday, .qualifier, .numberWord, .scale])
      || NameRecognizer.hyphenPrefixes.contains(word.lower)
    {
      return nil
    }
    if word.isAllCaps || word.isCapitalized {
      return i + 3
    }
    // Lower-case: "xenon-135", "iodine-131", "carbon-14", not "top-10" or "phase-2".
    guard word.lower.utf8.count >= 4, number.text.utf8.count >= 2, !word.hasHyphen,
      word.lower.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 })
    else { return nil }
    return i + 3
  }
}
