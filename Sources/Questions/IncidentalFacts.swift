import Articles
import Facts

/// Facts a teacher would not quiz however well they can be phrased: a sum converted into other
/// money ("then about £6.6 billion", "in today's money"), a date's margin of error ("give or
/// take twenty years") and how far one place lies from another ("45 miles east of the
/// canal").
enum IncidentalFacts {
  /// Verbs that set a reader a task: "Explain how the plague travelled from the Black Sea …"
  /// is a study question the page asks, not a fact it tells.
  static let taskVerbs: Set<String> = [
    "explain", "describe", "discuss", "compare", "contrast", "consider", "imagine", "list",
    "identify", "outline", "evaluate", "assess", "analyse", "analyze", "summarise", "summarize",
    "suggest", "research", "find", "write", "think",
  ]

  /// True when the fact is a quoted gloss of the name before it: 'Tianjing ("Heavenly
  /// Capital")', 'Anak Krakatau, or "Child of Krakatoa,"'. Asked, it tests a translation the
  /// card's own name holds.
  static func isGloss(_ fact: Fact) -> Bool {
    // Most sentences quote nothing: a byte scan tells before any array is made.
    let text = fact.source.text
    guard containsByte(text, 0x22) || containsByte(text, 0x27) || containsByte(text, 0xE2)
    else { return false }
    let scalars = Array(text.unicodeScalars)
    var start = fact.source.span.lowerBound
    guard start > 0, start <= scalars.count else { return false }
    guard ["\"", "“", "'", "‘"].contains(scalars[start - 1]) else { return false }
    start -= 1
    let before = String(String.UnicodeScalarView(scalars[..<start]))
    return before.hasSuffix("(") || before.hasSuffix(", or ") || before.hasSuffix(" or ")
      || before.hasSuffix("meaning ") || before.hasSuffix("means ")
  }

  /// True when the sentence sets the reader a task: it opens on a task verb.
  static func isStudyTask(_ sentence: String) -> Bool {
    // An opening run of ASCII letters that ends on an ASCII byte (or the text's end) is the
    // first word, as the character walk below would read it: the words are looked up from
    // the bytes, and only other openings walk their characters.
    let bytes = sentence.utf8
    if let initial = bytes.first, initial < 0x80 {
      guard (0x41...0x5A).contains(initial) else { return false }
      let end = bytes.firstIndex { !TextFolding.isASCIILetter($0) } ?? bytes.endIndex
      if end == bytes.endIndex || bytes[end] < 0x80 {
        return taskVerbs.contains(String(sentence[..<end]).lowercased())
      }
    }
    let first = sentence.prefix { $0.isLetter }
    guard let initial = first.first, initial.isUppercase else { return false }
    return taskVerbs.contains(first.lowercased())
  }

  /// True when the fact is an aside of its sentence rather than something it tells.
  /// True when the sentence asks rather than tells: it ends on a question mark (past closing
  /// quotation marks and brackets).
  static func isQuestion(_ sentence: String) -> Bool {
    let end = sentence.unicodeScalars.reversed().first {
      !["”", "\"", "’", "'", ")", " "].contains($0)
    }
    return end == "?"
  }

  static func isAside(_ fact: Fact) -> Bool {
    switch fact.kind {
    case .money:
      return isConversion(fact)
    case .number:
      return isMargin(fact) || isDistanceBetweenPlaces(fact) || isUnitConversion(fact)
    default:
      return isGloss(fact)
    }
  }

  /// "… 132 billion gold marks, then about £6.6 billion", "$25.4 billion, well over $250
  /// billion in today's money": the same sum told again in other money.
  static func isConversion(_ fact: Fact) -> Bool {
    let before = words(of: fact, before: true, count: 3)
    if let last = before.last, last == "then" { return true }
    if before.count >= 2, before[before.count - 2] == "then",
      ["about", "some", "roughly", "around", "nearly", "almost"].contains(before.last ?? "")
    {
      return true
    }
    let after = words(of: fact, before: false, count: 4)
    guard after.count >= 3, ["in", "at"].contains(after[0]) else { return false }
    return ["todays", "current", "present"].contains(after[1])
      && ["money", "terms", "prices", "dollars", "values", "value", "day"].contains(after[2])
  }

  /// "give or take twenty years", "plus or minus 5": the margin of an estimate.
  static func isMargin(_ fact: Fact) -> Bool {
    let before = words(of: fact, before: true, count: 3)
    guard before.count == 3, before[1] == "or" else { return false }
    return (before[0] == "give" && before[2] == "take")
      || (before[0] == "plus" && before[2] == "minus")
  }

  static let distanceUnits: Set<String> = [
    "mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "km", "metres",
    "meters", "yards",
  ]
  static let compass: Set<String> = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
  ]

  /// "about 45 miles east of the canal", "some 20 kilometres to the south": where a place
  /// lies, told by the way.
  static func isDistanceBetweenPlaces(_ fact: Fact) -> Bool {
    let after = words(of: fact, before: false, count: 5)
    guard let unit = after.first, distanceUnits.contains(unit) else { return false }
    var rest = after.dropFirst()
    let towards = rest.starts(with: ["to", "the"])
    if towards { rest = rest.dropFirst(2) }
    guard let direction = rest.first, compass.contains(direction) else { return false }
    // "north-east" folds to two words.
    rest = rest.dropFirst()
    if let next = rest.first, compass.contains(next) { rest = rest.dropFirst() }
    return towards || rest.first == "of"
  }

  /// Units a measure is converted between in brackets: "160 kilometres (100 miles)".
  static let measureUnits: Set<String> = distanceUnits.union([
    "m", "ft", "feet", "foot", "metre", "meter", "kilometre", "kilometer", "mi", "yard", "inch",
    "inches", "cm", "centimetres", "centimeters", "mm", "acres", "acre", "hectares", "hectare",
    "ha", "sq", "square", "tons", "tonnes", "ton", "tonne", "kg", "kilograms", "kilogram", "lb",
    "lbs", "pounds", "c", "f", "degrees", "gallons", "litres", "liters", "knots", "mph",
    "kmh", "nautical",
  ])

  /// "160 kilometres (_____ miles)", "eleven miles (about _____ km)": the same measure told
  /// again in other units, inside brackets after it.
  static func isUnitConversion(_ fact: Fact) -> Bool {
    guard let unit = words(of: fact, before: false, count: 1).first, measureUnits.contains(unit)
    else { return false }
    let scalars = scalarArray(fact.source.text)
    var index = min(fact.source.span.lowerBound, scalars.count) - 1
    // Back over "about ", "some ", "roughly " to the bracket.
    while index >= 0, scalars[index] != "(", scalars[index] != ")", scalars[index] != "." {
      index -= 1
    }
    guard index > 0, scalars[index] == "(" else { return false }
    let head = String(scalars: scalars[..<index])
    let hedge = TextFolding.words(
      String(scalars: scalars[(index + 1)..<fact.source.span.lowerBound]))
    guard hedge.count <= 1, let last = TextFolding.words(head).last else { return false }
    return measureUnits.contains(last)
  }

  /// The bracket after a measure that tells it again in other units ("160 kilometres (100
  /// miles)" → " (100 miles)"): a card asking the measure leaves it out, since the other
  /// figure gives the answer away.
  static func conversionAfter(_ fact: Fact) -> String? {
    guard fact.kind == .number || fact.kind == .year || fact.kind == .money else { return nil }
    let scalars = scalarArray(fact.source.text)
    var index = fact.source.span.upperBound
    guard index <= scalars.count else { return nil }
    // Over the unit: up to two words ("kilometres", "square miles").
    var wordsSeen = 0
    while index < scalars.count, wordsSeen <= 2 {
      if scalars[index] == "(" { break }
      if scalars[index] == " " { wordsSeen += 1 }
      if !(scalars[index] == " " || scalars[index].properties.isAlphabetic) { return nil }
      index += 1
    }
    guard index < scalars.count, scalars[index] == "(", index > 0, scalars[index - 1] == " ",
      let close = scalars[index...].firstIndex(of: ")"), close - index <= 40
    else { return nil }
    let inside = String(scalars: scalars[(index + 1)..<close])
    guard inside.unicodeScalars.contains(where: { $0.properties.numericType != nil }),
      let unit = TextFolding.words(inside).last, measureUnits.contains(unit)
    else { return nil }
    return String(scalars: scalars[(index - 1)...close])
  }

  /// Up to `count` folded words just before or just after the fact in its sentence.
  static func words(of fact: Fact, before: Bool, count: Int) -> [String] {
    // ASCII text is cut on its bytes (a byte per scalar).
    var sentence = fact.source.text
    let span = fact.source.span
    let ascii = sentence.withUTF8 { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      guard span.lowerBound >= 0, span.upperBound <= bytes.count else { return [] }
      if before {
        let text = String(decoding: bytes[..<span.lowerBound], as: UTF8.self)
        return Array(TextFolding.words(text).suffix(count))
      }
      let rest = bytes[span.upperBound...]
      let end =
        rest.firstIndex { $0 == 0x2E || $0 == 0x3B || $0 == 0x3A || $0 == 0x21 || $0 == 0x3F }
        ?? rest.endIndex
      let clause = String(decoding: bytes[span.upperBound..<end], as: UTF8.self)
      return Array(TextFolding.words(clause).prefix(count))
    }
    return ascii ?? unicodeWords(of: fact, before: before, count: count)
  }

  /// `words(of:before:count:)` for any text.
  static func unicodeWords(of fact: Fact, before: Bool, count: Int) -> [String] {
    let scalars = fact.source.text.unicodeScalars
    let span = fact.source.span
    guard span.lowerBound >= 0, span.upperBound <= scalars.count else { return [] }
    let text: String
    if before {
      text = String(scalars.prefix(span.lowerBound))
      return Array(TextFolding.words(text).suffix(count))
    }
    text = String(scalars.dropFirst(span.upperBound))
    // Only within the clause: "… 45 miles. East of …" is another sentence's business.
    let clause = text.prefix { !".;:!?".contains($0) }
    return Array(TextFolding.words(String(clause)).prefix(count))
  }
}
