import Articles
import Facts

/// Words an article uses only as names: capitalised inside its sentences, not only at their
/// start, and never written in lower case ("Kisumu" in "… the port of Kisumu …"), and the
/// words of the names its facts hold ("Venice"). "Work" in "Work began in 1961" is
/// capitalised only because it opens the sentence; "Trade" in "the Ministry of Trade" is also
/// "trade" elsewhere. A question that moves a sentence's first word after "did" keeps the
/// capital of a name and drops any other.
struct ProperNames: Sendable {
  private(set) var words: Set<String> = []
  /// Every word the articles write in lower case somewhere.
  private var lowerWords: Set<String> = []

  init(articles: [Article] = [], facts: [Fact] = []) {
    var capitalised: Set<String> = []
    var lower: Set<String> = []
    for article in articles {
      for sentence in article.sentences where !sentence.isCaption {
        var first = true
        for raw in sentence.text.split(separator: " ") {
          let word = ProperNames.bare(raw)
          defer { first = false }
          guard let initial = word.first else { continue }
          if initial.isLowercase {
            lower.insert(word)
          } else if initial.isUppercase, !first {
            capitalised.insert(word)
          }
        }
      }
    }
    words = capitalised.filter { !lower.contains($0.lowercased()) }
    lowerWords = lower
    for fact in facts
    where [.person, .place, .organization, .event, .term].contains(fact.kind) {
      for raw in fact.text.split(separator: " ") {
        let word = ProperNames.bare(raw)
        if word.first?.isUppercase ?? false, !lower.contains(word.lowercased()) {
          words.insert(word)
        }
      }
    }
  }

  /// True when `word` is one of the article's names.
  func contains(_ word: String) -> Bool {
    words.contains(ProperNames.bare(Substring(word)))
  }

  /// True when the articles also write `word` in lower case: a common word, whatever its
  /// capital at the start of a sentence.
  func isCommonWord(_ word: String) -> Bool {
    lowerWords.contains(ProperNames.bare(Substring(word)).lowercased())
  }

  /// The word without punctuation around it or a possessive "'s".
  static func bare(_ raw: Substring) -> String {
    var word = raw.drop { !$0.isLetter }
    while let last = word.last, !last.isLetter { word = word.dropLast() }
    if word.hasSuffix("'s") || word.hasSuffix("’s") { word = word.dropLast(2) }
    return String(word)
  }
}
