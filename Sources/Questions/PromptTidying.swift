import Articles

/// Words a card can lose without changing what it asks, because on a card studied alone they
/// point at text the learner does not see.
enum PromptTidying {
  /// "The province will also spend ₩38 billion" → "The province will spend ₩38 billion": on
  /// a card, "also" leans on whatever the sentence before told, which the card lacks, and
  /// the clause says the same without it. Kept inside quotations (someone's words stay
  /// whole), after "but" ("not only … but also"), at the start of a sentence, and beside
  /// the gap, where it may be what tells the missing word's place.
  static func droppingAlso(_ prompt: String) -> String {
    // (Most prompts hold no " also ": their bytes tell before any character is walked.)
    guard containsBytes(prompt, " also ") else { return prompt }
    var out = ""
    out.reserveCapacity(prompt.utf8.count)
    var quoted = false
    var rest = Substring(prompt)
    while let range = rest.firstRange(of: " also ") {
      let before = rest[..<range.lowerBound]
      for character in before where character == "\"" || character == "“" || character == "”" {
        quoted = character == "\"" ? !quoted : character == "“"
      }
      let previous = before.split(separator: " ").last.map { $0.lowercased() } ?? ""
      let next = rest[range.upperBound...].prefix { $0 != " " }
      let keep =
        quoted || previous == "but" || previous.isEmpty || previous.hasSuffix(".")
        || previous.hasSuffix(":") || previous.hasSuffix("_") || next.hasPrefix("_")
        || !(next.first?.isLetter ?? false)
      out += before
      out += keep ? " also " : " "
      rest = rest[range.upperBound...]
    }
    out += rest
    return out
  }

  /// "The government on Monday approved …" → "The government approved …": on a card studied
  /// weeks later a weekday names no day; the date it stood for has its own card. Kept before
  /// a date that says which ("On Sunday, 10 August 1628, …"). An opening "On Monday, " goes
  /// too, the next word taking its capital.
  static func droppingWeekday(_ prompt: String) -> String {
    // (Most prompts name no weekday: the bytes of "day" tell first.)
    guard containsBytes(prompt, "day") else { return prompt }
    var text = prompt
    for weekday in Lexicon.weekdayNames {
      var from = text.startIndex
      while let found = text.range(of: weekday, range: from..<text.endIndex) {
        from = found.upperBound
        let before = text[..<found.lowerBound]
        guard let lead = weekdayLeads.first(where: { before.hasSuffix($0) }) else { continue }
        let start = text.index(found.lowerBound, offsetBy: -lead.count)
        var end = found.upperBound
        if let part = weekdayParts.first(where: { text[end...].hasPrefix($0) }) {
          end = text.index(end, offsetBy: part.count)
        }
        let after = text[end...]
        guard after.first == " " || after.first == "," || after.first == "." else { continue }
        // "On Sunday, 10 August 1628": the weekday of a date the card gives.
        let following = after.drop { $0 == " " || $0 == "," }
        if following.first?.isNumber ?? false
          || Lexicon.months.contains(where: { following.hasPrefix($0) })
        {
          continue
        }
        let head = text[..<start]
        if lead == "On ", head.isEmpty || head.hasSuffix(": ") || head.hasSuffix(". ") {
          // "On Monday, the board met" → "The board met".
          guard let first = following.first else { continue }
          text = String(head) + first.uppercased() + following.dropFirst()
          from = text.index(text.startIndex, offsetBy: head.count)
        } else if head.hasSuffix(" ") {
          // " on Monday" goes with the space before it.
          text.removeSubrange(text.index(before: start)..<end)
          from = text.index(text.startIndex, offsetBy: head.count - 1)
        }
      }
    }
    return text
  }

  /// The words that make a weekday a time of the story ("on Monday", "last Friday").
  static let weekdayLeads = ["On ", "on ", "last ", "this "]
  /// What a weekday may carry after it: "on Tuesday evening".
  static let weekdayParts = [" morning", " afternoon", " evening", " night"]

  /// "A month later, on _____, the dog was sent up" → "On _____, the dog was sent up": a
  /// time told from another moment of the story is dropped when the card keeps a time of its
  /// own (its gap is a date, or it holds a year), which the card then tells by itself.
  static func droppingRelativeOpener(_ prompt: String, answerIsDate: Bool) -> String {
    var head = ""
    var body = Substring(prompt)
    for lead in [QuestionWriter.fillTheGap, "True or false: "] where startsWith(body, lead) {
      head = lead
      body = body.dropFirst(lead.count)
    }
    guard let opener = relativeOpeners.first(where: { startsWith(body, $0) }) else {
      return prompt
    }
    let rest = body.dropFirst(opener.count)
    guard let first = rest.first, first.isLetter || first == "_",
      answerIsDate || holdsFourDigits(rest)
    else { return prompt }
    return head + first.uppercased() + rest.dropFirst()
  }

  /// `text.hasPrefix(prefix)` for an ASCII prefix ending in a space, as the openers and leads
  /// above do, compared on the bytes: a substring's `hasPrefix` compares Characters, and every
  /// prompt was compared with every opener. The bytes decide unless what follows the prefix's
  /// space might join it (a combining mark); then the Characters do. (No character outside
  /// ASCII equals one of these prefixes' letters, so bytes that differ mean Characters that do.)
  static func startsWith(_ text: Substring, _ prefix: String) -> Bool {
    let byBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      let count = prefix.utf8.count
      guard bytes.count >= count, bytes.prefix(count).elementsEqual(prefix.utf8) else {
        return false
      }
      return bytes.count == count || startsPlainScalar(bytes, at: count) ? true : nil
    }
    return (byBytes ?? nil) ?? text.hasPrefix(prefix)
  }

  /// Openers that tell a time from another moment of the story, with what follows them.
  static let relativeOpeners = [
    "A month later, ", "A week later, ", "A year later, ", "A day later, ", "Days later, ",
    "Weeks later, ", "Months later, ", "Years later, ", "Two days later, ", "By then ",
    "By then, ", "Soon afterwards, ", "Shortly afterwards, ", "Over the following decades ",
    "Over the following decades, ", "The next day, ", "The following year, ",
  ]

  /// "The _____ of 1848 (Hungarian: 1848-49-es forradalom …, "revolution and war …") was
  /// one of the many uprisings …" → without the bracket: a name's spelling in another
  /// language is no part of the story, and its gloss can spell the answer out. Only a
  /// bracket that opens on a language's name and a colon, and does not hold the gap.
  static func droppingForeignGloss(_ prompt: String) -> String {
    guard containsByte(prompt, 0x28) else { return prompt }
    var out = prompt
    var searchFrom = out.startIndex
    while let open = out[searchFrom...].firstRange(of: " (")?.lowerBound {
      let inside = out.index(open, offsetBy: 2)
      guard let close = out[inside...].firstIndex(of: ")") else { break }
      let body = out[inside..<close]
      if opensOnLanguageLabel(body), !body.contains("_____"), !body.contains("(") {
        out.removeSubrange(open...close)
        searchFrom = open
      } else {
        searchFrom = out.index(after: open)
      }
    }
    return out
  }

  /// "Hungarian: …", "Maltese: _____ l-Kbir": a bracket's text that opens on a language's name
  /// (a capitalised word of three letters or more, the rest in lower case) and a colon.
  static func opensOnLanguageLabel(_ inside: Substring) -> Bool {
    let label = inside.prefix { $0.isLetter }
    return label.count >= 3 && (label.first?.isUppercase ?? false)
      && label.dropFirst().allSatisfy(\.isLowercase) && inside.dropFirst(label.count).hasPrefix(":")
  }
}
