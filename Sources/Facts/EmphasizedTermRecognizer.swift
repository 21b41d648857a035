import Articles

/// Terms an article sets in italics where it introduces them ("the reactor's *positive void
/// coefficient*", "a policy of *glasnost*"). Only lower-case phrases of one to four words
/// count: capitalised ones are names the name rules read, and longer runs are emphasis for
/// stress, not a term. Every mention of the phrase in the body becomes a term.
struct EmphasizedTermRecognizer {
  /// The phrases, each as its lower-case words.
  let phrases: [[String]]

  init(article: Article) {
    var phrases: [[String]] = []
    for text in article.emphasized {
      let words = text.split(separator: " ").map(String.init)
      guard (1...4).contains(words.count), words.allSatisfy(Self.isPlainWord),
        !words.allSatisfy({ Self.isClosedClass($0) }),
        words.joined().count >= 4
      else { continue }
      // One word: not stress on a function word or an adverb ("*not*", "*really*").
      if words.count == 1, Self.isClosedClass(words[0]) || words[0].hasSuffix("ly") {
        continue
      }
      phrases.append(words)
    }
    self.phrases = phrases
  }

  static func isClosedClass(_ word: String) -> Bool {
    !(Lexicon.classes[word] ?? []).intersection(.closedClass).isEmpty
  }

  /// Lower-case letters with inner hyphens or apostrophes: "glasnost", "coup", "laissez-faire".
  static func isPlainWord(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.isLowercase else {
      return false
    }
    return word.unicodeScalars.allSatisfy {
      $0.properties.isLowercase || $0 == "-" || $0 == "'"
    }
  }

  func recognize(_ scan: inout SentenceScan) {
    guard !phrases.isEmpty else { return }
    for phrase in phrases {
      var i = 0
      while i + phrase.count <= scan.count {
        if matches(scan, phrase, at: i), scan.isFree(i..<(i + phrase.count)) {
          let range = i..<(i + phrase.count)
          scan.add(.term, range, value: scan.text(range))
          i += phrase.count
        } else {
          i += 1
        }
      }
    }
  }

  private func matches(_ scan: SentenceScan, _ phrase: [String], at i: Int) -> Bool {
    for (k, word) in phrase.enumerated() {
      let token = scan[i + k]
      guard token.kind == .word, token.lower == word, !token.isCapitalized || i + k == 0 else {
        return false
      }
    }
    return true
  }
}
