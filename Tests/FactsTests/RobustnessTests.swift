import Articles
import Foundation
import Testing

@testable import Facts

/// A small deterministic generator so the robustness inputs are the same on every run.
private struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}

/// Pieces that exercise every rule's edges: quotes, dashes, currency signs, initials,
/// abbreviations, brackets, Markdown and non-ASCII names.
private let pieces = [
  "The", "army", "left", "on", "January", "7,", "1979", ".", "\"", "\u{201C}", "\u{201D}", "'",
  "US$", "$", "\u{20AC}", "5m", "13.8", "billion", "USD", "VND", "over", "about", "790",
  "officers", "Dr.", "Mr.", "U.S.", "J.", "F.", "Kennedy", "Hun", "Sen", "Nguyen", "Van", "De",
  "said", "he", ",", "(", ")", "[", "]", "[12]", "#", "*", "_", "-", "\u{2013}", "\u{2014}",
  "\n", "\n\n", "Extraordinary", "Chambers", "of", "the", "Courts", "(ECCC)", "in", "Phnom",
  "Penh", "Source:", "VOV", "(photo: VNA)", "|", "From", "to", "1989", "the 1990s", "09/01/2019",
  "Đổi", "Mới", "Hà", "Nội", "&amp;", "&#8217;", "&nbsp;", "twenty-five", "%", "percent", "AD",
  "BC", "bin", "Al-", "Co-operation", "Minister", "of", "Agriculture", "P", "\nrime",
]

/// FUZZ_SEED and FUZZ_ROUNDS widen the search by hand; the default run is fixed.
@Test func randomArticlesNeverBreakTheReaderOrTheExtractor() throws {
  var random = SplitMix64(
    state: UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap(UInt64.init) ?? 42))
  for round in 0..<(ProcessInfo.processInfo.environment["FUZZ_ROUNDS"].flatMap(Int.init) ?? 300) {
    var text = ""
    for _ in 0..<(20 + Int(random.next() % 200)) {
      text += random.pick(pieces)
      if random.next() % 3 != 0 { text += " " }
    }
    let article: Article
    do {
      article = try ArticleReader().read(Data(text.utf8), name: "r\(round).txt")
    } catch {
      continue  // only-furniture inputs are refused with an error, which is fine
    }
    for fact in FactExtractor().facts(in: article) {
      let scalars = Array(fact.source.text.unicodeScalars)
      #expect(fact.source.span.lowerBound >= 0 && fact.source.span.upperBound <= scalars.count)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[fact.source.span])
      #expect(String(view) == fact.text)
      #expect(!fact.value.isEmpty)
    }
  }
}

@Test func longUnpunctuatedTextIsReadInOnePass() throws {
  let text = String(repeating: "word ", count: 40_000)
  let article = try ArticleReader().read(Data(text.utf8), name: "long.txt")
  #expect(article.sentences.count == 1)
  #expect(FactExtractor().facts(in: article).isEmpty)
}
