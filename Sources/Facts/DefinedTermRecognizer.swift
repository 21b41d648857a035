/// Terms an article teaches by naming them: "swellings called buboes", "a form known as
/// bubonic plague", "what became known as the Concert of Europe". A teacher quizzes the word
/// an article defines; the name rules miss it when it is written in lower case, and split it
/// when "of" joins two capitalised words that are not a known kind of name.
///
/// Runs before the name rules and claims its tokens, so "Europe" inside "Concert of Europe"
/// is not also a place.
public struct DefinedTermRecognizer: Sendable {
  /// Verbs that name a term after a noun ("swellings called buboes"); "known as" does too.
  public static let namingVerbs: Set<String> = ["called", "termed", "dubbed", "nicknamed"]
  /// Verbs that name a term after their object ("named it polonium"): "named" joins them only
  /// there, since "a man named Ivo" names a person.
  public static let objectNamingVerbs = namingVerbs.union(["named"])

  /// Longest lower-case term: longer runs are descriptions, not names.
  static let maxLowerWords = 3
  /// Longest capitalised term, connectors included.
  static let maxNameTokens = 7

  func recognize(_ scan: inout SentenceScan) {
    var i = 0
    while i < scan.count {
      guard let start = termStart(scan, cueAt: i) else {
        i += 1
        continue
      }
      let knownAs = scan[i].lower == "known"
      var first = start
      // "known as the Concert of Europe": the article is not part of the name.
      if knownAs, let the = scan.at(first), the.lower == "the", let next = scan.at(first + 1),
        next.isCapitalized
      {
        first += 1
      }
      // "now called the veto", "known as the veto": the article opens the span (so the gap
      // reads "now called _____") but is no part of the term.
      var spanStart = first
      if let the = scan.at(first), the.lower == "the", let next = scan.at(first + 1),
        next.kind == .word, !next.isCapitalized
      {
        first += 1
      }
      guard let word = scan.at(first), word.kind == .word, !scan.claimed[first] else {
        i += 1
        continue
      }
      let withArticle = scan.at(first - 1)?.lower == "the" && !word.isCapitalized
      if !withArticle { spanStart = first }
      let end =
        word.isCapitalized
        ? (knownAs ? nameEnd(scan, from: first) : nil)
        : lowerEnd(scan, from: first, minimumLetters: withArticle ? 4 : 5)
      if let end, end > first, scan.isFree(spanStart..<end) {
        let kind = word.isCapitalized ? Self.kind(ofName: scan, first..<end) : .term
        scan.add(kind, spanStart..<end, value: scan.text(first..<end))
        i = end
      } else {
        i += 1
      }
    }
  }

  /// Where a term starts after a cue at `i` ("known as", "called", "termed", "dubbed",
  /// "nicknamed"), or nil when there is no cue.
  func termStart(_ scan: SentenceScan, cueAt i: Int) -> Int? {
    // Read in place: copying the token would retain its strings.
    guard scan.tokens[i].kind == .word, scan.tokens[i].is(.termCue) else { return nil }
    let token = scan[i]
    // "named it polonium", "called the property radioactivity": a naming with its object
    // before the name. (Only a pronoun or "the" and one noun; the name must end the clause, and
    // a word in "-ly" after "called the police" is how, not a name.)
    if Self.objectNamingVerbs.contains(token.lower),
      let object = scan.at(i + 1), object.kind == .word
    {
      if Self.namedObjects.contains(object.lower) { return i + 2 }
      // ("is called the blocking vote" is a passive naming, read below.)
      if object.lower == "the",
        !(scan.at(i - 1).map { Self.passiveNamers.contains($0.lower) } ?? false),
        let noun = scan.at(i + 2), noun.kind == .word,
        !noun.isCapitalized, !noun.is(.closedClass), let name = scan.at(i + 3),
        name.kind == .word, !name.isCapitalized, !name.lower.hasSuffix("ly"),
        scan.at(i + 4).map({ $0.isMark(".") || $0.isMark(",") || $0.isMark(";") }) ?? true
      {
        return i + 3
      }
    }
    switch token.lower {
    case "known":
      guard let next = scan.at(i + 1) else { return nil }
      if next.lower == "as" { return i + 2 }
      // "known locally as emboch", "known popularly as …".
      guard next.lower.hasSuffix("ly"), let after = scan.at(i + 2), after.lower == "as" else {
        return nil
      }
      return i + 3
    case "called" where scan.at(i + 1)?.lower == "the":
      // "what is now called the veto": a passive naming may keep its article; "she called the
      // police" is a telephone call.
      guard let before = scan.at(i - 1), Self.passiveNamers.contains(before.lower),
        let next = scan.at(i + 2), next.kind == .word, !next.isCapitalized
      else { return nil }
      return i + 1
    case _ where Self.namingVerbs.contains(token.lower):
      // "Kennedy called Khrushchev": a verb of speech, not a naming, when its subject is a
      // name; a naming follows a noun ("swellings called buboes", "what they called miasma").
      guard let before = scan.at(i - 1), before.kind == .word, !before.isCapitalized else {
        return nil
      }
      return i + 1
    default:
      return nil
    }
  }

  /// Objects a naming verb names before the name: "named it polonium".
  public static let namedObjects: Set<String> = ["it", "them", "this"]

  /// Words before "called the" that make it a naming: "is called the …", "now called the …".
  static let passiveNamers: Set<String> = [
    "is", "was", "are", "were", "be", "been", "being", "now", "later", "often", "usually",
    "commonly", "also", "became", "still",
  ]

  /// "the Executive Committee of the National Security Council": a body, by the head word
  /// that closes its first part; other capitalised names given this way are terms ("the
  /// Concert of Europe", "the Big Three").
  static func kind(ofName scan: SentenceScan, _ range: Range<Int>) -> FactKind {
    var last = range.lowerBound
    while last + 1 < range.upperBound, scan[last + 1].isCapitalized { last += 1 }
    let head = scan[last]
    if head.is(.organizationHead), !head.is(.termHead), !head.is(.eventHead) {
      return .organization
    }
    return .term
  }

  /// End of a lower-case term of one to three words: it stops at punctuation, a function
  /// word or a verb ("men called flagellants marched …").
  func lowerEnd(_ scan: SentenceScan, from first: Int, minimumLetters: Int = 5) -> Int? {
    var end = first
    while end < scan.count, end - first < Self.maxLowerWords {
      let token = scan[end]
      guard token.kind == .word, !token.isCapitalized, !token.is(.closedClass),
        token.lower.count >= 3
      else { break }
      // A verb after the term ends it: "-ed", "-ing" (not the term's first word).
      if end > first, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { break }
      end += 1
    }
    // A single short or common word is too thin to be a term.
    guard end > first, scan.text(first..<end).count >= minimumLetters else { return nil }
    // The term must end the clause: a following word that is not a function word or a
    // verb would mean the run was cut inside a longer phrase.
    if let next = scan.at(end), next.kind == .word, !next.is(.closedClass),
      !next.lower.hasSuffix("ed"), !next.lower.hasSuffix("ing")
    {
      return nil
    }
    return end
  }

  /// End of a capitalised name whose parts may be joined by "of", "for", "and" or "the"
  /// ("Concert of Europe", "Executive Committee of the National Security Council").
  func nameEnd(_ scan: SentenceScan, from first: Int) -> Int? {
    var end = first
    var lastName = first
    while end < scan.count, end - first < Self.maxNameTokens {
      let token = scan[end]
      if token.kind == .word, token.isCapitalized {
        lastName = end + 1
      } else if token.kind == .word, ["of", "for", "and", "the"].contains(token.lower) {
        // a joining word, kept only if a capitalised word follows
      } else {
        break
      }
      end += 1
    }
    // One capitalised word is a name the name rules already read well.
    return lastName - first >= 2 ? lastName : nil
  }
}
