import Articles

/// Splits a sentence into words, numbers, currency signs and punctuation, tagging each word
/// from the lexicon. One pass over the scalars; one dictionary look-up per word.
///
/// Choices that later rules rely on: a possessive "'s" is its own token; a number's glued
/// suffix ("5m", "1990s", "20th") is a separate word token with `spaceBefore == false`; a
/// hyphen between two capitalised parts ("Pot-Ieng") or between digits ("1979-89") is a
/// punctuation token; other hyphenated words stay whole ("UN-backed", "twenty-five").
public struct Tokenizer: Sendable {
  public init() {}

  public func tokens(in text: String) -> [Token] {
    tokens(in: scalarArray(text))
  }

  public func tokens(in s: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 5)
    var scratch = Scratch()
    var i = 0
    var space = true
    let n = s.count
    while i < n {
      let c = s[i]
      if c == " " || c == "\t" || c == "\n" {
        space = true
        i += 1
        continue
      }
      let start = i
      if isDigit(c) {
        i += 1
        while i < n {
          if isDigit(s[i]) {
            i += 1
          } else if (s[i] == "," || s[i] == ".") && i + 1 < n && isDigit(s[i + 1]) {
            // "100,000" and "7.8", but not "1979, and".
            if s[i] == "," {
              var k = i + 1
              while k < n, isDigit(s[k]) { k += 1 }
              if k - i - 1 != 3 { break }
            }
            i += 1
          } else {
            break
          }
        }
        tokens.append(make(s, start, i, .number, space, &scratch))
      } else if isLetter(c) {
        i = wordEnd(s, from: i)
        var word = make(s, start, i, .word, space, &scratch)
        // "Kim Dong-hyun", "Yoon Sang-cheol": after a capitalised name, a given name of two
        // syllables joined by a hyphen goes on with the name, though its second part is
        // written in lower case.
        if !word.isCapitalized, word.hasHyphen, space, let last = tokens.last,
          last.kind == .word, last.isCapitalized, !last.isAllCaps,
          Self.isHyphenedGivenName(s[start..<i])
        {
          word.isCapitalized = true
        }
        // Moved in: a copy would retain the token's strings and release them again.
        tokens.append(consume word)
      } else if c == "'" && i + 1 < n && (s[i + 1] == "s" || s[i + 1] == "S")
        && (i + 2 >= n || !isLetter(s[i + 2])) && !space && i > 0 && isLetter(s[i - 1])
      {
        i += 2
        tokens.append(make(s, start, i, .word, false, &scratch))
      } else if Self.symbols.contains(c) {
        i += 1
        tokens.append(make(s, start, i, .symbol, space, &scratch))
      } else {
        i += 1
        tokens.append(make(s, start, i, .punctuation, space, &scratch))
      }
      space = false
    }
    return tokens
  }

  /// A syllabic given name (`NameRecognizer.isSyllabicName`) capitalised only at its start:
  /// "Dong-hyun", "Sang-cheol".
  static func isHyphenedGivenName(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, first.properties.isUppercase,
      word.dropFirst().allSatisfy({ $0 == "-" || $0.properties.isLowercase })
    else { return false }
    return NameRecognizer.isSyllabicName(String(String.UnicodeScalarView(word)).lowercased())
  }

  /// The one-scalar strings of ASCII, by value.
  static let singleByteStrings: [String] = (0..<128).map {
    String(Character(Unicode.Scalar(UInt8($0))))
  }
  /// The lexicon's classes of each one-letter ASCII word, by the letter's value.
  static let singleByteClasses: [WordClass] = (0..<128).map {
    Lexicon.wordTable.classes([UInt8($0)])
  }

  /// A byte buffer reused for every non-ASCII token, so making one allocates only its strings.
  struct Scratch {
    var bytes: [UInt8] = []
    init() {
      bytes.reserveCapacity(64)
    }
  }

  /// The end of a word starting at `i`: letters and digits, inner apostrophes ("don't",
  /// not the possessive), inner hyphens, and dotted acronyms ("U.S.").
  private func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
    let n = s.count
    var i = start + 1
    // "U.S.", "U.N.", "e.g.": single letters each followed by a period.
    if i + 1 < n, s[i] == ".", isLetter(s[i + 1]), i + 2 >= n || s[i + 2] == "." {
      var j = start
      while j + 1 < n, isLetter(s[j]), s[j + 1] == "." {
        j += 2
        if j < n, isLetter(s[j]), j + 1 < n, s[j + 1] == "." { continue }
        break
      }
      if j - start >= 4 { return j }
    }
    while i < n {
      let c = s[i]
      if isDigit(c), i - start <= 3, Self.isGluedCurrency(s[start..<i], figure: s[i...]) {
        // "Sh6.2 billion", "KSh850", "Rs18.6 billion", "N837.1 billion": a currency's sign
        // written against the figure.
        break
      } else if isLetter(c) || isDigit(c) {
        i += 1
      } else if c == "'" && i + 1 < n && isLetter(s[i + 1]) {
        // The possessive "'s" is split off; "don't", "O'Brien" stay whole.
        if (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= n || !isLetter(s[i + 2])) { break }
        i += 1
      } else if c == "-" && i + 1 < n && isLetter(s[i + 1]) {
        // "Pot-Ieng" splits (two names); "UN-backed", "twenty-five" stay.
        if isUpper(s[i + 1]) && isUpper(s[start]) && !isUpper(s[i - 1]) && i - start > 2 { break }
        // "World Health Organization-backed": the name ends at the hyphen.
        if isUpper(s[start]) && !isUpper(s[i - 1]) && i - start > 3
          && Self.participleAfterName(s, from: i + 1)
        {
          break
        }
        i += 1
      } else {
        break
      }
    }
    return i
  }

  /// The signs a token of their own: "%" and every currency sign `Lexicon.currencyCodes`
  /// reads ("$", "€", "₦", "֏"), so a sign the lexicon learns is a token at once.
  static let symbols: Set<Unicode.Scalar> = {
    var signs: Set<Unicode.Scalar> = ["%"]
    for key in Lexicon.currencyCodes.keys where key.unicodeScalars.count == 1 {
      let scalar = key.unicodeScalars.first!
      if !scalar.properties.isAlphabetic { signs.insert(scalar) }
    }
    return signs
  }()

  /// "Sh", "KSh", "Shs" or "USh" (East African shillings), "Rs" (rupees), "Tk" (taka), "RM"
  /// (ringgit), "Rp" (rupiah), "Bt" (baht), "Br" (birr), "Tg" (tögrög), and "N" (naira), "R"
  /// (rand) or "RO" (Omani rials) before a figure with a decimal point or thousands
  /// ("N837.1", not the road "N1") or a scale ("N40 billion"), and "K" (kina) or "Bs"
  /// (bolivianos) as `isGluedSum` tells, written against their figures.
  static func isGluedCurrency(
    _ letters: ArraySlice<Unicode.Scalar>, figure: ArraySlice<Unicode.Scalar> = []
  ) -> Bool {
    let word = String(String.UnicodeScalarView(letters))
    switch word {
    case "Sh", "KSh", "Shs", "USh", "Rs", "Tk", "RM", "Rp", "Bt", "Br", "Tg": return true
    case "R", "N", "RO":
      // "R7.4-billion", "R950-million", "R1,200": rand, as the South African press writes
      // it; "N837.1 billion", "N40 billion": naira; "RO18.4mn": Omani rials. "R2" or "N1"
      // alone is a road or a model.
      let digits = figure.prefix { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
      let after = figure.dropFirst(digits.count)
      let scaled = [
        "-million", "-billion", "bn", "m ", "m,", "m.", " million", " billion", " trillion",
      ].contains { mark in after.starts(with: mark.unicodeScalars) }
      return scaled
        || (digits.contains(where: { $0 == "." || $0 == "," })
          && !(digits.last.map { $0 == "." || $0 == "," } ?? true))
    case "K": return isGluedSum(figure)
    // "Bs620M": a headline's scale in capitals.
    case "Bs": return isGluedSum(figure, capitalScales: true)
    default: return false
    }
  }

  /// Whether the figure glued after a one- or two-letter currency sign reads as a sum: "K48
  /// million", "K12.5m", "K2,500", "K150" (Papua New Guinea's kina, written as a capital K)
  /// have a point, a comma, a scale after it or at least two digits. "K2" (the
  /// mountain) and "K9" have one digit alone; "K300S" or "K12-B", with letters after the
  /// figure, are models and codes. Bolivia's "Bs620M" is read by the same measure, with
  /// `capitalScales` for a scale glued in capitals.
  static func isGluedSum(_ figure: ArraySlice<Unicode.Scalar>, capitalScales: Bool = false)
    -> Bool
  {
    var digits = figure.prefix { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
    // "K150." ends a sentence; "K2, the peak" is still the mountain.
    while let last = digits.last, last == "." || last == "," { digits = digits.dropLast() }
    var after = figure.dropFirst(digits.count)
    let marks =
      capitalScales
      ? ["m", "mn", "bn", "b", "-million", "-billion", "M", "MN", "BN", "B"]
      : ["m", "mn", "bn", "b", "-million", "-billion"]
    let glued = marks.contains { mark in
      after.starts(with: mark.unicodeScalars)
        && !(after.dropFirst(mark.unicodeScalars.count).first.map(isLetter) ?? false)
    }
    if glued { return true }
    if let next = after.first, isLetter(next) || next == "-" { return false }
    if after.first == " " { after = after.dropFirst() }
    let scaled = ["million", "billion", "thousand", "trillion"].contains { word in
      after.starts(with: word.unicodeScalars)
        && !(after.dropFirst(word.unicodeScalars.count).first.map(isLetter) ?? false)
    }
    return scaled || digits.contains { $0 == "." || $0 == "," }
      || digits.filter { ("0"..."9").contains($0) }.count >= 2
  }

  /// Words that make a name before a hyphen into an adjective: "Organization-backed",
  /// "London-based", "Soviet-led".
  static let nameParticiples: WordSet = [
    "backed", "led", "based", "born", "owned", "run", "funded", "sponsored", "controlled",
    "held", "made", "linked", "affiliated", "allied", "aligned", "brokered", "mediated",
    "supported", "dominated", "occupied", "ruled", "registered", "listed", "headquartered",
    "flagged", "built", "designed", "inspired", "educated", "trained", "operated", "managed",
    "organised", "organized", "hosted", "style", "era", "bound",
  ]

  /// True when the lower-case `word` makes a name before a hyphen into an adjective
  /// ("backed" in "Organization-backed"): a question's gap before it keeps the name whole.
  public static func isNameParticiple(_ word: String) -> Bool {
    nameParticiples.contains(word)
  }

  /// Whether the lower-case letters from `start` to the next non-letter are one of
  /// `nameParticiples`.
  private static func participleAfterName(_ s: [Unicode.Scalar], from start: Int) -> Bool {
    var end = start
    while end < s.count, isLetter(s[end]) {
      guard !isUpper(s[end]), end - start < 16 else { return false }
      end += 1
    }
    guard end > start else { return false }
    return nameParticiples.contains(String(String.UnicodeScalarView(s[start..<end])))
  }

  private func make(
    _ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: TokenKind, _ space: Bool,
    _ scratch: inout Scratch
  ) -> Token {
    // One pass for the token's shape: its case, its parts around hyphens, whether it is ASCII.
    var ascii = true
    var hasHyphen = false
    var upperCount = 0
    var letterCount = 0
    let first = s[start]
    var lastPartUpper = isUpper(first)
    var firstPartLength = 0
    var firstPartUpper = 0
    var inFirstPart = true
    var k = start
    while k < end {
      let c = s[k]
      if c.value >= 128 { ascii = false }
      if isLetter(c) {
        letterCount += 1
        if isUpper(c) { upperCount += 1 }
        if inFirstPart {
          firstPartLength += 1
          if isUpper(c) { firstPartUpper += 1 }
        }
      } else if c == "-" {
        hasHyphen = true
        if k + 1 < end {
          lastPartUpper = isUpper(s[k + 1])
          inFirstPart = false
        }
      }
      k += 1
    }
    var token: Token
    var classes: WordClass = []
    // A one-scalar token's text is that scalar.
    let single = end - start == 1 ? first.value : UInt32.max
    if ascii && end - start == 1 {
      // One ASCII scalar (most punctuation, "a", "I"): its strings come from a table instead
      // of being written out, and so do a word's classes.
      let v = Int(first.value)
      let lowerValue = v >= 65 && v <= 90 ? v + 32 : v
      let isWord = kind == .word
      if isWord { classes = Self.singleByteClasses[lowerValue] }
      token = Token(
        text: Self.singleByteStrings[v],
        lower: isWord ? Self.singleByteStrings[lowerValue] : Self.singleByteStrings[v],
        range: start..<end, kind: kind, spaceBefore: space, hasHyphen: hasHyphen, single: single)
    } else if ascii {
      // ASCII (most tokens): the strings are written straight from the scalars, and the
      // lexicon key is hashed as its lower-case bytes are written.
      let count = end - start
      let isWord = kind == .word
      let text = String(unsafeUninitializedCapacity: count) { buffer in
        var h = WordTable.emptyHash
        for i in 0..<count {
          let b = UInt8(truncatingIfNeeded: s[start + i].value)
          buffer[i] = b
          h = WordTable.hash(h, b)
        }
        if isWord && upperCount == 0 {
          classes = Lexicon.wordTable.classes(
            UnsafeBufferPointer(rebasing: buffer[0..<count]), hash: h)
        }
        return count
      }
      var lower = text
      if isWord && upperCount > 0 {
        lower = String(unsafeUninitializedCapacity: count) { buffer in
          var h = WordTable.emptyHash
          for i in 0..<count {
            let v = s[start + i].value
            let b = UInt8(truncatingIfNeeded: v >= 65 && v <= 90 ? v + 32 : v)
            buffer[i] = b
            h = WordTable.hash(h, b)
          }
          classes = Lexicon.wordTable.classes(
            UnsafeBufferPointer(rebasing: buffer[0..<count]), hash: h)
          return count
        }
      }
      token = Token(
        text: text, lower: lower, range: start..<end, kind: kind, spaceBefore: space,
        hasHyphen: hasHyphen, single: single)
    } else {
      scratch.bytes.removeAll(keepingCapacity: true)
      for k in start..<end { appendUTF8(s[k], to: &scratch.bytes) }
      let text = String(decoding: scratch.bytes, as: UTF8.self)
      // Non-ASCII words need the library's case mapping.
      let lower = kind != .word ? text : text.lowercased()
      token = Token(
        text: text, lower: lower, range: start..<end, kind: kind, spaceBefore: space,
        hasHyphen: hasHyphen, single: single)
      if kind == .word { classes = Lexicon.classes[lower] ?? [] }
    }
    guard kind == .word else {
      if kind == .symbol { token.classes = .currency }
      return token
    }
    token.classes = classes
    // "Co-operation" keeps its capital; "UN-backed" and "Soviet-backed" are adjectives.
    let shortPrefix = firstPartLength <= 3 && firstPartUpper < firstPartLength
    token.isCapitalized = isUpper(first) && (lastPartUpper || shortPrefix)
    token.isAllCaps = letterCount >= 2 && upperCount == letterCount
    return token
  }
}
