/// Splits a paragraph into sentences at ".", "!" and "?", except after abbreviations, titles
/// and initials ("Dr.", "U.S.", "Jan. 7", "J. F. Kennedy"), inside decimals, and inside a
/// quotation that goes on ("…, we do it for them. Once friends…,” said X." stays whole, so a
/// quotation keeps its speaker).
public struct SentenceSplitter: Sendable {
  public init() {}

  /// Abbreviations that never end a sentence: a name or a number follows them.
  static let titles: Set<String> = [
    "dr", "mr", "mrs", "ms", "mx", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj",
    "adm", "gov", "rep", "rev", "hon", "st", "mt", "ft", "no", "nos", "vol", "art",
    "fig", "figs", "pp", "p", "ph", "assoc", "asst", "dept", "univ", "supt", "cmdr", "brig",
    "pres", "messrs", "mme", "mlle", "sr", "jr", "op", "cf", "approx", "est", "ca", "vs", "v",
    "engr", "cdr", "fr", "pvt", "cpl", "lieut", "insp", "amb", "cllr", "msgr", "revd",
    // "Ing. Ama Mensah", "Eng. Joseph Kamau" (engineers' titles), "Atty. Ana Cruz" (a
    // lawyer's), "Rs. 6.4 billion" (rupees), "Drs. H. Bambang", "Ir. Siti" (Indonesian
    // degrees before a name), "Gs. 2.798.309" (guaraníes).
    "ing", "rs", "eng", "atty", "drs", "dra", "ir", "hj", "gs",
  ]
  /// Currency signs written with a point: not an end when a figure follows ("Bs. 1.200
  /// millones"); "got Bs. Three …" ends there.
  static let signsBeforeFigures: Set<String> = ["bs"]
  /// Month abbreviations: not an end when a day or year follows ("Jan. 7, 1979").
  static let months: Set<String> = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  /// Abbreviations that can end a sentence ("… in the U.S. The …"); they do when a word that
  /// usually starts a sentence follows. "Sen." is a senator's title, but "Hun Sen." ends one.
  static let ambiguous: Set<String> = [
    "etc", "inc", "ltd", "co", "corp", "plc", "bros", "al", "e.g", "i.e", "a.m", "p.m", "sen",
  ]
  /// Capitalised words that start sentences far more often than names do.
  static let sentenceStarters: Set<String> = [
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "in", "on", "at", "but", "and", "or", "so", "however", "after", "before",
    "when", "while", "his", "her", "their", "its", "our", "as", "for", "from", "since", "by",
    "with", "during", "meanwhile", "also", "then", "today", "now", "yet", "although", "if",
    "many", "some", "most", "all", "each", "every", "one", "two", "three", "according",
  ]

  public func split(_ paragraph: String) -> [String] {
    // An ASCII paragraph's bytes are its scalars: it is read in place, not decoded into an
    // array, and its sentences are cut from its bytes.
    let inPlace = paragraph.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return split(ASCIIScalars(bytes: bytes), ascii: paragraph)
    }
    if let inPlace, let inPlace { return inPlace }
    let s = scalarArray(paragraph)
    // In an ASCII paragraph a scalar offset is a byte offset: sentences are cut from its bytes.
    return split(s, ascii: paragraph.utf8.count == s.count ? paragraph : nil)
  }

  /// The bytes of an ASCII paragraph read as scalars.
  struct ASCIIScalars: RandomAccessCollection {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(i: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[i]) }
  }

  func split<S: RandomAccessCollection>(_ s: S, ascii: String?) -> [String]
  where S.Element == Unicode.Scalar, S.Index == Int {
    let quoteCount = s.reduce(0) { $0 + ($1 == "\"" ? 1 : 0) }
    let trackQuotes = quoteCount % 2 == 0
    var sentences: [String] = []
    var start = 0
    var inQuote = false
    var i = 0
    while i < s.count {
      let c = s[i]
      if c == "\"" && trackQuotes {
        inQuote.toggle()
        i += 1
        continue
      }
      guard c == "." || c == "!" || c == "?" else {
        i += 1
        continue
      }
      // Take the whole run of closing marks: "?!", ".\"", ".)".
      var end = i + 1
      var closesQuote = false
      while end < s.count {
        let d = s[end]
        if d == "." || d == "!" || d == "?" || d == ")" || d == "]" || d == "'" {
          end += 1
        } else if d == "\"" && trackQuotes && inQuote {
          closesQuote = true
          inQuote = false
          end += 1
        } else {
          break
        }
      }
      defer { i = end }
      guard end < s.count, isSpace(s[end]) else {
        if end >= s.count { break }
        // "… the ministry said.The closures …": a line glued to the next one.
        if !inQuote || closesQuote, isGluedEnd(s, period: i, after: end) {
          append(s[start..<end], to: &sentences, ascii: ascii)
          start = end
        }
        continue
      }
      if inQuote && !closesQuote { continue }
      var next = end
      while next < s.count, isSpace(s[next]) { next += 1 }
      guard next < s.count else { break }
      let n = s[next]
      guard isUpper(n) || isDigit(n) || n == "\"" || n == "(" || n == "'" || n == "[" else {
        continue
      }
      if c == "." && end == i + 1 && !isBoundaryAfterPeriod(s, period: i, next: next) {
        continue
      }
      append(s[start..<end], to: &sentences, ascii: ascii)
      start = next
    }
    if start < s.count { append(s[start..<s.count], to: &sentences, ascii: ascii) }
    return sentences
  }

  private func append<C: Collection>(
    _ scalars: C, to sentences: inout [String], ascii: String?
  ) where C.Element == Unicode.Scalar, C.Index == Int, C.SubSequence: Collection {
    // Trimmed in place: the slice's bounds move, no scalars are copied.
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isSpace(scalars[start]) { start += 1 }
    while end > start, isSpace(scalars[end - 1]) { end -= 1 }
    let trimmed = scalars[start..<end]
    guard trimmed.contains(where: { isLetter($0) || isDigit($0) }) else { return }
    if let ascii, let text = asciiSlice(ascii, start..<end) {
      sentences.append(text)
    } else {
      sentences.append(String(scalars: trimmed))
    }
  }

  /// True when a sentence's end runs into the next sentence with no space: a word of two
  /// lower-case letters or more, or a year, before the mark ("said.The", "in 1961.John"), and
  /// a capitalised word after it, perhaps behind an opening quotation mark ("farmers."Most").
  /// Initials, abbreviations ("e.g.The") and decimals stay whole.
  func isGluedEnd<S: RandomAccessCollection>(_ s: S, period: Int, after end: Int) -> Bool
  where S.Element == Unicode.Scalar, S.Index == Int {
    var k = end
    if s[k] == "\"" { k += 1 }
    guard k + 1 < s.count, isUpper(s[k]), isLower(s[k + 1]) else { return false }
    if period >= 2, isLower(s[period - 1]), isLower(s[period - 2]) {
      return period < 3 || s[period - 3] != "."
    }
    guard period >= 4, (period - 4..<period).allSatisfy({ isDigit(s[$0]) }) else { return false }
    return period == 4 || !(isDigit(s[period - 5]) || s[period - 5] == ".")
  }

  /// Looks at the word before a period and the word after it.
  private func isBoundaryAfterPeriod<S: RandomAccessCollection>(
    _ s: S, period: Int, next: Int
  ) -> Bool where S.Element == Unicode.Scalar, S.Index == Int {
    var w = period
    while w > 0, !isSpace(s[w - 1]), s[w - 1] != "(", s[w - 1] != "\"" { w -= 1 }
    // No abbreviation below is longer than six letters or dotless past that: a longer word
    // (lower case never has fewer scalars) ends the sentence without being spelled out.
    if period - w > 6, !s[w..<period].contains(".") { return true }
    let word = String(scalars: s[w..<period]).lowercased()
    if word.isEmpty { return true }
    let nextWord = wordAt(s, next)
    if Self.titles.contains(word) { return false }
    if Self.signsBeforeFigures.contains(word) { return !isDigit(s[next]) }
    // Initials: "J. F. Kennedy".
    if word.unicodeScalars.count == 1, let only = s[w..<period].first, isUpper(only) {
      return Self.sentenceStarters.contains(nextWord.lowercased()) && nextWord.count > 1
    }
    if Self.months.contains(word) {
      return !(s[next].properties.numericType != nil)
        && Self.sentenceStarters.contains(nextWord.lowercased())
    }
    if Self.ambiguous.contains(word) || word.unicodeScalars.contains(".") {
      return Self.sentenceStarters.contains(nextWord.lowercased())
    }
    return true
  }

  private func wordAt<S: RandomAccessCollection>(_ s: S, _ i: Int) -> String
  where S.Element == Unicode.Scalar, S.Index == Int {
    var j = i
    while j < s.count, isLetter(s[j]) { j += 1 }
    return String(scalars: s[i..<j])
  }
}
