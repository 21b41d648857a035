/// A decade that only sets the scene: "In the 1620s Sweden was at war …", "forgotten until the
/// 1950s", "by the 1970s they were everywhere". Asked as a card's answer it is vague (which
/// year of ten?) and the card tests no event; a decade an event happened in ("began in
/// Central Asia in the 1330s") is asked as usual. The fact stays for other uses (timelines,
/// distractors).
extension Fact {
  /// Words a fronted time frame is made of: "In the early", "By the end of the".
  static let frameWords: Set<String> = [
    "in", "by", "from", "since", "until", "till", "during", "through", "throughout", "the",
    "end", "of", "early", "late", "mid", "beginning", "start", "middle", "first", "second",
    "half", "and", "at",
  ]
  /// Words that make a decade one end of a span of time: "until the 1950s", "since the 1990s".
  static let spanBounds: Set<String> = ["until", "till", "since", "by", "from", "through"]

  public var isSceneSettingDecade: Bool {
    guard kind == .date, granularity == .range, text.hasSuffix("0s") else { return false }
    let lead = source.text.unicodeScalars.prefix(max(0, source.span.lowerBound))
    let words = String(String.UnicodeScalarView(lead)).lowercased()
      .split(whereSeparator: { !$0.isLetter })
    // Fronted: nothing but a time frame's words before it ("In the 1620s", "By the end of").
    if words.count <= 6, words.allSatisfy({ Self.frameWords.contains(String($0)) }) {
      return true
    }
    // One end of a span: the word before it (past "the", "early", "late", "mid").
    let bound = words.last(where: { !["the", "early", "late", "mid"].contains($0) })
    return bound.map { Self.spanBounds.contains(String($0)) } ?? false
  }
}
