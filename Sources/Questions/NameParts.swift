import Articles
import Facts

/// Names that hold other names: "United Nations Security Council" holds both "Security
/// Council" and "United Nations". Offered beside the one, the other is the body it belongs to,
/// and as good as true.
enum NameParts {
  /// `options` without those that, with `answer`, make up a longer name of `names` ("United
  /// Nations" when the answer is "Security Council" and the article names the "United Nations
  /// Security Council").
  static func withoutWholes(
    _ options: [DistractorOption], answer: String, names: [DistractorOption]
  ) -> [DistractorOption] {
    let shown = FoldedText(answer)
    let longer = names.filter {
      $0.key != shown.key && FoldedText.contains($0.folded, shown)
    }
    guard !longer.isEmpty else { return options }
    return options.filter { option in
      !longer.contains { FoldedText.contains($0.folded, option.folded) }
    }
  }
}

extension NameParts {
  /// A name the extractor cut or ran on, no option however it is typed: a trailing scrap of
  /// one or two letters ("Soviet Il", an aircraft's name cut at its hyphen), or two names
  /// joined by a preposition, the second a country ("Soviet Union on the United States").
  static func isFragment(_ text: String) -> Bool {
    let words = spaceSplit(text).map(String.init)
    guard words.count >= 2, let last = words.last else { return false }
    if last.count == 2, last.first?.isUppercase ?? false, last.last?.isLowercase ?? false,
      !["Jr", "Sr", "St", "Dr", "Mr", "Ms"].contains(last)
    {
      return true
    }
    for (index, word) in words.enumerated().dropFirst()
    where joiningWords.contains(word) && index + 1 < words.count {
      var tail = Array(words[(index + 1)...])
      if tail.first == "the" { tail.removeFirst() }
      let name = tail.joined(separator: " ").lowercased()
      if AnswerCategory.countries.contains(name) || NameFrame.countryAliases[name] != nil {
        return true
      }
    }
    return false
  }

  /// Prepositions and verbs that join two names in a clause, never inside one name.
  static let joiningWords: Set<String> = [
    "on", "to", "at", "from", "by", "with", "into", "over", "was", "were", "is", "are", "had",
    "has", "and",
  ]
}

extension NameParts {
  /// A person's surname: the last capitalised word of three letters or more ("Kennedy" of
  /// "Robert F. Kennedy"), or nil.
  static func surname(_ name: String) -> String? {
    // The last word that qualifies, read from the end without copying the others.
    let word = spaceSplit(name).last {
      ($0.first?.isUppercase ?? false) && $0.count >= 3 && $0 != "Jr" && $0 != "Jr." && $0 != "Sr."
    }
    return word.map(String.init)
  }

  /// True when `fact`'s own sentence names it as another name of `surname`'s bearer: "the
  /// newspapers called Smith the Flying Baker" makes "Flying Baker" Smith's nickname, never
  /// a wrong option beside him.
  static func isAlias(_ fact: Fact, of surname: String) -> Bool {
    let scalars = fact.source.text.unicodeScalars
    guard fact.source.span.lowerBound <= scalars.count else { return false }
    let start = scalars.index(scalars.startIndex, offsetBy: fact.source.span.lowerBound)
    let before = NameFrame.tokens(String(scalars[scalars.startIndex..<start])).suffix(5)
    guard before.contains(surname) || before.contains(surname + "'s") else { return false }
    let lower = before.map { $0.lowercased() }
    return lower.contains(where: NameFrame.namingWords.contains)
      || zip(lower, lower.dropFirst()).contains { $0 == "known" && $1 == "as" }
  }
}
