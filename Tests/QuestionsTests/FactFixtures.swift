import Articles
import Facts
import Foundation

@testable import Questions

/// Builds a fact from a sentence and the words it is about, as the extractor would.
func fact(
  _ kind: FactKind, _ words: String, in sentence: String, value: String? = nil,
  granularity: DateGranularity? = nil, unit: String? = nil, article: String = "a.txt",
  index: Int = 0, salience: Double = 1, occurrence: Int = 0
) -> Fact {
  let scalars = Array(sentence.unicodeScalars)
  let needle = Array(words.unicodeScalars)
  var found = 0
  var hits = 0
  var start = 0
  while start + needle.count <= scalars.count {
    if Array(scalars[start..<start + needle.count]) == needle {
      if hits == occurrence {
        found = start
        break
      }
      hits += 1
    }
    start += 1
  }
  return Fact(
    kind: kind, text: words, value: value ?? words,
    source: FactSource(
      article: article, sentence: index, span: found..<(found + needle.count), text: sentence),
    granularity: granularity, unit: unit, salience: salience)
}

/// An article of one paragraph made of `sentences`, numbered in order.
func oneParagraph(_ sentences: [String], name: String, title: String? = nil) -> Article {
  Article(
    name: name, title: title,
    sentences: sentences.enumerated().map {
      Sentence(index: $0.offset, paragraph: 0, text: $0.element)
    })
}

/// Facts of `sentences` of article `article`, each given as (kind, words, sentence index).
func facts(
  _ specs: [(FactKind, String, Int)], in sentences: [String], article: String
) -> [Fact] {
  specs.map { fact($0.0, $0.1, in: sentences[$0.2], article: article, index: $0.2) }
}

/// A day-granularity date fact: `words` as written, `iso` its value.
func day(_ words: String, _ iso: String, in sentence: String, index: Int = 0) -> Fact {
  fact(.date, words, in: sentence, value: iso, granularity: .day, index: index)
}

/// The distractors the maker offers for `f` among `pool`, under `prompt` (by default the fact's
/// sentence with its words blanked as a "Fill the gap" stem).
func distractorOptions(
  _ f: Fact, pool: [Fact], prompt: String? = nil, seed: UInt64 = 1
) -> [String]? {
  var generator = SeededGenerator(seed: seed)
  let stem =
    prompt ?? "Fill the gap: " + f.source.text.replacingOccurrences(of: f.text, with: "_____")
  return DistractorMaker().distractors(
    for: f, answer: AnswerFormat.answer(for: f), pool: pool, prompt: stem, generator: &generator)
}

/// The frame of `words` in `sentence`, as the pool reads it.
func nameFrame(_ words: String, in sentence: String, _ kind: FactKind = .person) -> NameFrame {
  let f = fact(kind, words, in: sentence)
  return NameFrame(f.source.text, span: f.source.span, kind: kind)
}

/// The questions the writer makes from an article of `text`, as the generator would.
func questionsWritten(from text: String, maxFacts: Int = 10) throws -> [Question] {
  let article = try ArticleReader().read(Data(text.utf8), name: "w.txt")
  let facts = FactExtractor().facts(in: article)
  return QuestionWriter(seed: 1, maxFacts: maxFacts).write(facts: facts, articles: [article])
    .questions
}
