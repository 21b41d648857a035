import Articles
import Facts

/// "Who said “The farmer took all the risk”?": a quotation asks for its speaker, so the people
/// an article quotes can be tested even though their sentence is someone's words and yields
/// no other question.
///
/// The speaker becomes a person fact placed on the speaker's name in the sentence (the
/// extractor's own person fact there when it has one), so ranking, siblings and dedupe treat
/// it like any other mention of that person; the writer asks it with `question`.
struct SpeakerQuestion: Sendable {
  /// The person fact that stands for the speaker.
  var person: Fact
  var question: String

  /// Quotations shorter than this say too little to be recognised; longer ones make an
  /// unreadable question.
  static let words = 4...25

  /// The speaker questions of a run's facts; a speaker the extractor already found as a person
  /// in the same sentence is that person fact.
  static func all(in facts: [Fact]) -> [SpeakerQuestion] {
    var people: [String: Fact] = [:]
    for fact in facts where fact.kind == .person {
      people[place(fact.source.article, fact.source.sentence, fact.value)] = fact
    }
    var result: [SpeakerQuestion] = []
    var asked: Set<String> = []
    for quote in facts where quote.kind == .quote {
      guard let words = quotation(quote.value), !isMentionInReportedSpeech(quote) else {
        continue
      }
      var speaker = quote.speaker ?? ""
      // "… said the commission's chair, Dr. Helena Vasconcelos-Prado, …": the speaker was
      // read as the role, or not at all; the one person the sentence names outside the
      // quotation, beside a verb of saying, is who spoke.
      if !(speaker.first?.isUppercase ?? false) {
        guard speaker.isEmpty ? saysSomething(quote) : true else { continue }
        let named = facts.filter {
          $0.kind == .person && $0.source.article == quote.source.article
            && $0.source.sentence == quote.source.sentence
            && !quote.source.span.overlaps($0.source.span)
        }
        guard named.count == 1 else { continue }
        speaker = named[0].value
      }
      guard asked.insert(quote.value).inserted else { continue }
      let question = "Who said “" + words + "”?"
      if let known = people[place(quote.source.article, quote.source.sentence, speaker)] {
        result.append(SpeakerQuestion(person: known, question: question))
        continue
      }
      guard let span = span(of: speaker, in: quote.source.text, outside: quote.source.span)
      else { continue }
      var source = quote.source
      source.span = span
      result.append(
        SpeakerQuestion(
          person: Fact(
            kind: .person, text: speaker, value: speaker, source: source,
            salience: quote.salience),
          question: question))
    }
    return result
  }

  /// "… said there would be no rise and that the rate on the bills, “Bs 2,40 por metro
  /// cúbico”, would stay": words quoted well inside someone's reported speech are a thing
  /// mentioned (a label, a slogan, a bill's line), not what the speaker said. A verb of saying
  /// four words or more before the quotation, and none just after it, tells.
  static func isMentionInReportedSpeech(_ quote: Fact) -> Bool {
    let scalars = Array(quote.source.text.unicodeScalars)
    guard quote.source.span.upperBound <= scalars.count else { return false }
    let before = String(scalars: scalars[..<quote.source.span.lowerBound])
      .split(separator: " ").map { $0.lowercased().filter(\.isLetter) }
    let after = String(scalars: scalars[quote.source.span.upperBound...])
      .split(separator: " ").prefix(4).map { $0.lowercased().filter(\.isLetter) }
    let saying: Set<String> = ["said", "says", "told", "tells", "added", "wrote", "writes"]
    guard !after.contains(where: saying.contains),
      let verb = before.lastIndex(where: saying.contains)
    else { return false }
    return before.count - verb > 4
  }

  /// A verb of saying outside the quotation: "…," said …, … told reporters.
  static func saysSomething(_ quote: Fact) -> Bool {
    let scalars = Array(quote.source.text.unicodeScalars)
    guard quote.source.span.upperBound <= scalars.count else { return false }
    let after = String(scalars: scalars[quote.source.span.upperBound...])
    return [" said ", " told ", " says ", " added ", " tells "].contains {
      after.contains($0)
    }
  }

  private static func place(_ article: String, _ sentence: Int, _ value: String) -> String {
    article + "#" + String(sentence) + "#" + value
  }

  /// The quotation's words as a question can show them: no outer quotation marks, no
  /// trailing comma or full stop, within `words`.
  static func quotation(_ value: String) -> String? {
    var text = Substring(value)
    let marks: Set<Character> = ["\"", "“", "”", "'", "‘", "’"]
    while let first = text.first, marks.contains(first) || first == " " { text.removeFirst() }
    while let last = text.last, marks.contains(last) || ",. ".contains(last) {
      text.removeLast()
    }
    let count = text.split(separator: " ").count
    // A fragment woven into the narrative ("carried “the image of Vietnam”") was not said
    // as it stands.
    guard words.contains(count), !text.contains("\""), !text.contains("“"),
      text.first?.isUppercase ?? false
    else { return nil }
    return String(text)
  }

  /// Where `name` stands in `sentence` outside the quotation's own span.
  static func span(of name: String, in sentence: String, outside quote: Range<Int>)
    -> Range<Int>?
  {
    let scalars = Array(sentence.unicodeScalars)
    let needle = Array(name.unicodeScalars)
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    for start in 0...(scalars.count - needle.count)
    where !quote.contains(start) && scalars[start..<(start + needle.count)].elementsEqual(needle) {
      return start..<(start + needle.count)
    }
    return nil
  }
}
