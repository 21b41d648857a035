import Articles

/// Last checks on a cloze prompt, for faults the window and gap rules let through on real
/// sentences: a window cut after a word that needs its object ("… described the treaty as."),
/// a subject that only counts on from the sentence before ("Others, notably _____, argued …"),
/// and an answer the prompt spells in another form ("the _____ (Ecnec)", "(Wichale in
/// Italian)").
extension QuestionCheck {
  /// Words a statement cannot end on: whatever they introduced was cut away.
  static let clozeDanglingEnds: Set<String> = [
    "and", "or", "but", "that", "to", "the", "a", "an", "of", "which", "whom", "whose", "with",
    "for", "by", "from", "into", "as", "than", "such",
  ]

  /// True when the prompt's last word, before its closing stop, is one that needs more after it.
  /// (An ASCII prompt is read from its bytes: its last word is all that is looked at.)
  static func endsOnDanglingWord(_ prompt: String) -> Bool {
    var text = prompt
    let ascii = text.withUTF8 { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var end = bytes.count
      while end > 0, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x21 {
        end -= 1
      }
      var start = end
      while start > 0 {
        let byte = bytes[start - 1]
        guard (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27
        else { break }
        start -= 1
      }
      let lower = bytes[start..<end].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
      return clozeDanglingEnds.contains(String(decoding: lower, as: UTF8.self))
    }
    return ascii ?? unicodeEndsOnDanglingWord(prompt)
  }

  /// "Ms Justice Ní Mhurchú found that _____.": a gap that ends the prompt straight after
  /// "that", "which", "who" or "whether" is a clause's subject cut off from its verb.
  static func endsOnGapAfterComplementizer(_ prompt: String) -> Bool {
    // An ASCII prompt on its bytes, where each byte is a character: the character walks
    // back from the end (and `dropLast(6)`, which counts every character) cost the most.
    if let ends = prompt.utf8.withContiguousStorageIfAvailable(asciiEndsOnGapAfterComplementizer)
      ?? nil
    {
      return ends
    }
    let trimmed = prompt.hasSuffix(".") ? prompt.dropLast() : prompt[...]
    guard trimmed.hasSuffix(" _____") else { return false }
    let before = trimmed.dropLast(6).lastWords(1).last?.lowercased() ?? ""
    return ["that", "which", "who", "whether", "whom"].contains(before)
  }

  /// `endsOnGapAfterComplementizer` of ASCII bytes; nil when a byte is not ASCII or is a
  /// carriage return (which joins a line feed into one character).
  static func asciiEndsOnGapAfterComplementizer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
    var end = bytes.count
    if end > 0, bytes[end - 1] == 0x2E { end -= 1 }
    guard end >= 6, bytes[(end - 6)..<end].elementsEqual(" _____".utf8) else { return false }
    end -= 6
    while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
    var start = end
    while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
    let before = String(
      decoding: bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    return ["that", "which", "who", "whether", "whom"].contains(before)
  }

  /// `endsOnDanglingWord` for any text, by characters.
  static func unicodeEndsOnDanglingWord(_ prompt: String) -> Bool {
    let trimmed = prompt.reversed().drop { $0 == "." || $0 == " " || $0 == "!" }
    let last = trimmed.prefix { $0.isLetter || $0 == "'" }
    return clozeDanglingEnds.contains(String(last.reversed()).lowercased())
  }

  /// Ordinals and pro-forms that count on from an earlier sentence when they are the subject:
  /// "The first was …", "Others, notably …", "The latter signed …".
  static let countingHeads: Set<String> = [
    "first", "second", "third", "last", "latter", "former", "rest", "remainder", "others",
    // "The four were brought together": the four the sentence before counted.
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  ]

  /// The first words (cleaned, lower-cased) `opensOnCountingSubject` can answer yes to.
  static let countingOpeners: Set<String> = [
    "others", "another", "more", "hundreds", "thousands", "dozens", "many", "several", "two",
    "three", "four", "five", "the", "a", "each", "both", "neither", "all",
  ]

  /// True when the prompt's subject is only a count on from the sentence before: "Others"
  /// opening it, or "The first" (and the like) followed by a verb or a comma, not a noun
  /// ("The first ship …" says what it counts).
  static func opensOnCountingSubject(_ prompt: String) -> Bool {
    // Only the first three words are read (`firstWords` cuts no further, at space bytes where
    // that is safe), and most prompts open on none of `countingOpeners`: the first word
    // alone tells.
    let raw = Substring(prompt).firstWords(3)
    func cleaned(_ word: Substring) -> String {
      word.asciiFiltered { $0 != 0x2C && $0 != 0x3B && $0 != 0x3A }
        ?? String(word.filter { $0 != "," && $0 != ";" && $0 != ":" })
    }
    guard let opening = raw.first, countingOpeners.contains(cleaned(opening).lowercased()) else {
      return false
    }
    let words = raw.map(cleaned)
    guard let first = words.first?.lowercased() else { return false }
    // "Others …", "Another, Yamakawa Sutematsu, went on …": one more of those the sentence
    // before named.
    if first == "others" || first == "another" { return true }
    // "Each will be offered a subsidy", "Both were freed": each of those the sentence before
    // named.
    if ["each", "both", "neither", "all"].contains(first), words.count >= 2 {
      let next = words[1].lowercased()
      return VerbForms.auxiliaries.contains(next) || VerbForms.base(ofPast: next) != nil
    }
    // "More followed", "Hundreds more were imprisoned": more than the sentence before counted.
    if first == "more", words.count >= 2,
      VerbForms.auxiliaries.contains(words[1].lowercased())
        || VerbForms.base(ofPast: words[1].lowercased()) != nil
    {
      return true
    }
    if words.count >= 2, words[1].lowercased() == "more",
      ["hundreds", "thousands", "dozens", "many", "several", "two", "three", "four", "five"]
        .contains(first)
    {
      return true
    }
    // "The other three were bought by …": other than the ones the sentence before named.
    if first == "the", words.count >= 2, words[1].lowercased() == "other" { return true }
    guard ["the", "a"].contains(first), words.count >= 3,
      countingHeads.contains(words[1].lowercased()), words[1].lowercased() != "others"
    else { return false }
    if raw[1].hasSuffix(",") { return true }
    let next = words[2].lowercased()
    return VerbForms.auxiliaries.contains(next) || VerbForms.base(ofPast: next) != nil
      || next == "of"
  }

  /// True when a bracketed word of the prompt spells the answer another way: an acronym
  /// holding the initials of its words ("(Ecnec)" for the Executive Committee of the
  /// National Economic Council), or a variant spelling of one of its words ("Treaty of
  /// Wuchale (Wichale in Italian)").
  static func bracketSpellsAnswer(_ prompt: String, answer: String) -> Bool {
    guard containsByte(prompt, 0x28) else { return false }
    let bracketed = bracketedWords(prompt)
    guard !bracketed.isEmpty else { return false }
    let answerWords = answer.split(whereSeparator: { $0 == " " || $0 == "-" })
    let initials = String(
      answerWords.filter { word in
        !SpelledAcronym.skipped.contains(word.lowercased()) && (word.first?.isUppercase ?? false)
      }.compactMap(\.first)
    ).uppercased()
    let distinctive = answerWords.filter {
      $0.count >= 5 && ($0.first?.isUppercase ?? false) && !sortWords.contains($0.lowercased())
    }
    for word in bracketed {
      let letters = word.uppercased()
      if initials.count >= 2, (2...8).contains(letters.count),
        word.allSatisfy(\.isLetter), letters.contains(initials)
      {
        return true
      }
      if word.count >= 5,
        distinctive.contains(where: {
          $0.lowercased() != word.lowercased() && $0.first == word.first
            && AnswerJudge.editDistance($0.lowercased(), word.lowercased()) <= 2
        })
      {
        return true
      }
    }
    return false
  }

  /// The words inside the prompt's brackets.
  static func bracketedWords(_ prompt: String) -> [Substring] {
    var words: [Substring] = []
    var rest = prompt[...]
    while let open = rest.firstIndex(of: "(") {
      let inside = rest[rest.index(after: open)...]
      guard let close = inside.firstIndex(of: ")") else { break }
      words += inside[..<close].split(whereSeparator: { !$0.isLetter })
      rest = inside[inside.index(after: close)...]
    }
    return words
  }

  /// True when the prompt holds the answer in its possessive ("thousands of Yang's
  /// followers" where "Yang" is asked), which word-folding reads as another word.
  static func holdsPossessive(_ prompt: String, of name: String) -> Bool {
    // ("’" is E2 80 99: a prompt without the byte E2 has none.)
    guard !name.isEmpty,
      containsByte(prompt, 0x27)
        || (containsByte(prompt, 0xE2) && prompt.unicodeScalars.contains("’"))
    else { return false }
    // ("Olsen'" also finds "Olsen's".)
    for mark in ["'", "’"] {
      // (Searched on the bytes first: Foundation's search, in the loop, is slow.)
      guard mark == "'" ? prompt.containsASCII(name + mark) : containsByte(prompt, 0xE2) else {
        continue
      }
      var rest = prompt[...]
      while let range = rest.range(of: name + mark) {
        let before = prompt[..<range.lowerBound].last
        if !(before?.isLetter ?? false) { return true }
        rest = rest[range.upperBound...]
      }
    }
    return false
  }

  /// Subject pronouns that name someone the card must already have named. (Not "his" or
  /// "him": "Before his arrest Gandhi …" names him after.)
  static let personalPronouns: Set<String> = ["he", "she"]

  /// True when "he" or "she" comes before any name in the prompt: "Over the next four years he
  /// drove out the Spanish …" names nobody the card holds. ("Olsen said he …" names him first;
  /// "Who said he …?" asks for him.)
  static func hasPronounBeforeAnyName(
    _ prompt: String, pronouns: Set<String> = personalPronouns, gapIsName: Bool = true
  ) -> Bool {
    // Most prompts hold none of the words: one byte scan tells, before any word is made.
    guard pronouns.contains(where: { holdsWordBytes(prompt, $0) }) else { return false }
    let body =
      prompt.hasPrefix(QuestionWriter.fillTheGap)
      ? prompt.dropFirst(QuestionWriter.fillTheGap.count) : prompt[...]
    var sawName = body.hasPrefix("Who ")
    var sentenceStart = true
    // (Cut at space bytes, and an ASCII word cleaned on its bytes: the prompt's characters
    // are walked only where it is not plain.)
    for raw in spaceSplit(String(body)) {
      // The gap may be the person "his" points at: "_____ had his defence chief killed".
      if gapIsName, raw.utf8.contains(0x5F), raw.contains("_") { sawName = true }
      let word =
        raw.asciiFiltered { TextFolding.isASCIILetter($0) || $0 == 0x27 }
        ?? raw.filter { $0.isLetter || $0 == "'" || $0 == "’" }
      if let first = word.first {
        let lower = word.lowercased()
        if first.isUppercase, !sentenceStart, !DateWords.isMonth(String(word)) { sawName = true }
        if !sawName, pronouns.contains(lower), first.isLowercase {
          return true
        }
        // "Hobson" at a sentence's start is a name too, unless it is a pronoun or an article.
        if first.isUppercase, sentenceStart,
          !pronouns.contains(lower), !personalPronouns.contains(lower),
          !Lexicon.isFunctionWord(lower)
        {
          sawName = true
        }
      }
      sentenceStart = raw.hasSuffix(".") || raw.hasSuffix("?") || raw.hasSuffix("!")
    }
    return false
  }

  /// Pronouns that own or receive something: "on his orders", "to inspect them". Asked
  /// alone, a card holding one before any name cannot say whose or what; the sentence
  /// before, quoted ahead of it, usually can.
  /// ("them" is read on its own below: "the passengers, among them …" points inside.)
  static let ownerPronouns: Set<String> = ["his", "her", "him", "their"]

  /// True when the prompt leans on the sentence before it through a pronoun it never
  /// resolves: "he", "his" or "them" before any name ("In 1804, on his orders, …"), or a
  /// "them" with nothing plural before it ("crossed the city to inspect them").
  static func leansOnEarlierSentence(_ prompt: String) -> Bool {
    hasPronounBeforeAnyName(prompt, pronouns: personalPronouns.union(ownerPronouns))
      || hasThemWithNothingPlural(prompt) || opensOnOwnerlessIts(prompt)
  }

  /// Words that may come before an "its" with nothing in them it could belong to.
  static let quantityWords: Set<String> = [
    "almost", "nearly", "virtually", "roughly", "about", "most", "much", "none", "few", "half",
    "part", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
  ]

  /// "Almost all of its roughly 1,500 defenders were killed": an "its" in a subject with only
  /// function and quantity words before it belongs to something in the sentence before. (After
  /// a noun it is that noun's: "The ship set four of its sails"; in an opening phrase it is
  /// usually the subject's after it: "Since its launch the fund has …".)
  static func opensOnOwnerlessIts(_ prompt: String) -> Bool {
    guard holdsWordBytes(prompt, "its") else { return false }
    let body = prompt.hasPrefix("Fill the gap: ") ? prompt.dropFirst(14) : Substring(prompt)
    let words = body.split(separator: " ")
    guard let first = words.first?.lowercased(), !Lexicon.prepositions.contains(first),
      !Lexicon.subordinators.contains(first)
    else { return false }
    for raw in words {
      let word = raw.filter(\.isLetter).lowercased()
      if word == "its" { return true }
      guard !word.isEmpty, Lexicon.isFunctionWord(word) || quantityWords.contains(word),
        raw.last.map({ $0.isLetter }) ?? false
      else { return false }
    }
    return false
  }

  /// True when a card cannot be asked without the sentence before it: "he" or "she" before
  /// any name, or a "them" with nothing plural before it. ("his" and "their" often point
  /// forward, "Before his arrest Gandhi …": they only make a lead-in welcome.)
  static func pointsOutside(_ prompt: String) -> Bool {
    hasPronounBeforeAnyName(prompt) || hasThemWithNothingPlural(prompt)
      || opensOnOwnerlessIts(prompt)
  }

  /// "Anning was born there on _____": a "there" for a place, with no place named before it
  /// in the prompt, is the place of the sentence before. (Read after any lead-in label.) The
  /// "there" that opens a fact ("there were 40 ships", "there stood a fort") points nowhere.
  static func hasPlacelessThere(_ prompt: String) -> Bool {
    guard holdsWordBytes(prompt, "there") else { return false }
    // (Words in quotation marks are the speaker's.)
    let words = spaceSplit(TopicTag.unquoted(String(bodyOfCard(prompt))))
    var sentenceStart = true
    for (index, raw) in words.enumerated() {
      let word = String(raw.filter { $0.isLetter })
      if word == "there" {
        let next =
          index + 1 < words.count
          ? String(words[index + 1].filter { $0.isLetter }).lowercased() : ""
        return !(VerbForms.auxiliaries.contains(next) || existentialVerbs.contains(next))
      }
      // A name (or the gap) before it may be the place.
      if !sentenceStart, raw.first?.isUppercase ?? false || raw.hasPrefix("_") { return false }
      sentenceStart = raw.last == "." || raw.last == "?" || raw.last == "!"
    }
    return false
  }

  /// Verbs an existential "there" takes besides the auxiliaries ("there stood a fort").
  static let existentialVerbs: Set<String> = [
    "remain", "remains", "remained", "stood", "stands", "came", "arose", "exist", "exists",
    "existed", "followed", "lived", "seem", "seems", "seemed", "appear", "appears", "appeared",
  ]

  /// "…, according to the regional _____.": the gap is who supplied a figure, a source's
  /// name rather than a fact of the story. (The writer asks it of bodies only: a historian
  /// who told of a siege is part of its history.)
  static func gapIsAttribution(_ prompt: String) -> Bool {
    guard let gap = prompt.range(of: "_____") else { return false }
    let before = prompt[..<gap.lowerBound].lowercased()
    guard let according = before.range(of: "according to ", options: .backwards) else {
      return false
    }
    let between = before[according.upperBound...].split(separator: " ")
    return between.count <= 3 && between.allSatisfy { $0.allSatisfy(\.isLetter) }
  }

  /// "British traders disliked these limits": "these" or "those" before a common word points
  /// at what the sentence before listed. (Quoted words are the speaker's.)
  static func holdsPluralDemonstrative(_ prompt: String) -> Bool {
    guard
      ["these", "those", "These", "Those"].contains(where: { holdsWordBytes(prompt, $0) })
    else { return false }
    let words = spaceSplit(TopicTag.unquoted(prompt))
    return words.indices.dropLast().contains { index in
      ["these", "those"].contains(words[index].lowercased())
        && (words[index + 1].first?.isLowercase ?? false)
        && !Lexicon.isFunctionWord(words[index + 1].lowercased())
    }
  }

  /// A prompt without the card's own "Fill the gap: " or "True or false: " label.
  static func bodyOfCard(_ prompt: String) -> Substring {
    for lead in [QuestionWriter.fillTheGap, "True or false: "] where prompt.hasPrefix(lead) {
      return prompt.dropFirst(lead.count)
    }
    return Substring(prompt)
  }

  /// "crossed the city to inspect them": a "them" with no plural noun, count or pair before it.
  static func hasThemWithNothingPlural(_ prompt: String) -> Bool {
    guard holdsWordBytes(prompt, "them") else { return false }
    let words = spaceSplit(prompt)
    for (index, word) in words.enumerated() {
      // "3,000 men": a count names many; a year or a decade ("In the 1660s") does not, nor a
      // count of the very "them" ("more than 50 of them").
      if word.first?.isNumber ?? false, !isYearOrDecade(word),
        index + 1 == words.count || words[index + 1] != "of"
      {
        return false
      }
      let bare = word.asciiFiltered(TextFolding.isASCIILetter) ?? word.filter { $0.isLetter }
      if bare == "them" { return true }
      // "the scrolls", "Sukenik and Yadin", "the people": something plural it may point at.
      if bare == "and" || bare == "both" || irregularPlurals.contains(bare.lowercased()) {
        return false
      }
      if bare.count >= 4, bare.hasSuffix("s"), bare.first?.isLowercase ?? false,
        !bare.hasSuffix("ss"), !bare.hasSuffix("us"), !bare.hasSuffix("is"),
        !Lexicon.isFunctionWord(bare)
      {
        return false
      }
    }
    return false
  }

  /// "1660s", "1979,": a year or a decade, which counts nothing.
  static func isYearOrDecade(_ word: Substring) -> Bool {
    var digits = word.prefix { $0.isNumber }
    let rest = word.dropFirst(digits.count)
    guard digits.count == 4, rest.allSatisfy({ $0 == "s" || $0.isPunctuation }) else {
      return false
    }
    digits = digits.prefix(2)
    return digits >= "10" && digits <= "20"
  }

  /// A person's possessives, which may point forward ("Before his arrest Gandhi …").
  static let possessivePronouns: Set<String> = ["his", "her"]

  /// Plural nouns without an "s".
  static let irregularPlurals: Set<String> = [
    "people", "men", "women", "children", "folk", "staff", "crew", "police", "personnel",
    "cattle", "clergy", "media", "data", "livestock",
  ]

  /// True when the lower-case ASCII `word` stands in `text` as a word of its own (spaces or
  /// punctuation around it), found on the text's bytes.
  /// (Searched in place: the checks ask it of every prompt, several words at a time, and a
  /// copy of the prompt's bytes per word cost more than the search.)
  static func holdsWordBytes(_ text: String, _ word: String) -> Bool {
    var text = text
    var word = word
    return text.withUTF8 { bytes in
      word.withUTF8 { needle in
        func isLetter(_ index: Int) -> Bool {
          guard index >= 0, index < bytes.count else { return false }
          return TextFolding.isASCIILetter(bytes[index]) || bytes[index] >= 0x80
        }
        var from = 0
        while from < bytes.count,
          let offset = TextFolding.search(
            UnsafeRawBufferPointer(needle),
            in: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[from...])))
        {
          let start = from + offset
          if !isLetter(start - 1), !isLetter(start + needle.count) { return true }
          from = start + 1
        }
        return false
      }
    }
  }
}
