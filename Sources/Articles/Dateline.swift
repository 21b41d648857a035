/// The place (and often date and agency) a news story opens with, in front of its first
/// sentence: "GENEVA, March 12 (Meridian Press) - Governments pledged …", "RUSE, Bulgaria —
/// Shipping stopped …", "KARACHI: The Sindh government …". It tells where the report was
/// filed, not what happened; left on the lead sentence it cuts that sentence's questions
/// apart, and the lead holds a news story's main facts.
enum Dateline {
  static let separators = [" - ", " – ", " — ", ": "]
  static let separatorScalars = separators.map { Array($0.unicodeScalars) }

  /// The number of scalars the dateline takes at the start of `sentence`, separator included;
  /// nil when the sentence opens otherwise.
  static func prefixLength(_ sentence: String) -> Int? {
    // Most sentences open on a word in lower case after its capital ("The", "In"): two
    // scalars tell, before anything is copied.
    var opening = sentence.unicodeScalars.makeIterator()
    guard let first = opening.next(), isUpper(first), let second = opening.next(),
      isUpper(second)
    else { return nil }
    let scalars = Array(sentence.unicodeScalars.prefix(100))
    // The first separator, and what stands before it.
    var cut: (start: Int, end: Int)?
    search: for index in scalars.indices {
      for separator in separatorScalars
      where index + separator.count <= scalars.count
        && scalars[index..<(index + separator.count)].elementsEqual(separator)
      {
        cut = (index, index + separator.count)
        break search
      }
    }
    guard let cut, cut.end < scalars.count else { return nil }
    let head = scalars[..<cut.start]
    // The place in capitals, up to a comma or an agency's bracket: "QUANG NGAI", "ST. LOUIS".
    let placeEnd = head.firstIndex { $0 == "," || $0 == "(" } ?? head.endIndex
    let place = head[..<placeEnd]
    guard place.filter(isUpper).count >= 3, !place.contains(where: isLower),
      place.allSatisfy({ isUpper($0) || [" ", ".", "'", "’", "-"].contains($0) })
    else { return nil }
    // A colon follows the place alone ("KARACHI:"), never "Updated: …" or a date.
    if scalars[cut.start] == ":", placeEnd != head.endIndex { return nil }
    // ", Chile", ", March 12", ", Oct. 9, 2026", " (Andes Wire)": a few words, each a name or
    // a figure, and an agency in brackets.
    var rest = String(String.UnicodeScalarView(head[placeEnd...]))
    if let open = rest.firstIndex(of: "("), let close = rest.lastIndex(of: ")"), open < close {
      rest.removeSubrange(open...close)
    }
    let words = rest.split(whereSeparator: { $0 == " " || $0 == "," })
    guard words.count <= 5,
      words.allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false })
    else { return nil }
    // The story follows as a sentence: a capital or a figure, then lower-case words.
    let story = scalars[cut.end...]
    guard let first = story.first, isUpper(first) || isDigit(first),
      story.contains(where: isLower)
    else { return nil }
    return cut.end
  }

  /// The places a dateline names after its town ("LABASA, Vanua Levu —" → "Vanua Levu",
  /// "RUSE, Bulgaria —" → "Bulgaria"): the story's setting, which it may name again where
  /// nothing around the name says it is a place ("the network on Vanua Levu"). Dates and the
  /// agency's bracket are left out.
  static func places(_ sentence: String, length: Int) -> [String] {
    var head = String(sentence.unicodeScalars.prefix(length))
    for separator in separators where head.hasSuffix(separator) {
      head.removeLast(separator.count)
      break
    }
    if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
      head.removeSubrange(open...close)
    }
    return head.split(separator: ",").dropFirst().compactMap { item in
      let words = item.split(separator: " ")
      guard !words.isEmpty,
        words.allSatisfy({ word in
          (word.first?.isUppercase ?? false) && !word.contains(where: \.isNumber)
        })
      else { return nil }
      return words.joined(separator: " ")
    }
  }
}
