import Articles
import BenchmarkSupport
import Facts
import Foundation

/// A complete, line-per-field listing of what the reader and the extractor make of many inputs,
/// so a speed change can be checked for unchanged output by diffing two dumps: every `Article`
/// field, every `Fact` field in order, and the error for inputs that fail.
struct ExtractionDump {
  let reader = ArticleReader()
  let extractor = FactExtractor()

  /// The listing for one input.
  func dump(_ data: Data, name: String) -> String {
    var out = "=== \(name) (\(data.count) bytes)\n"
    let article: Article
    do {
      article = try reader.read(data, name: name)
    } catch {
      out += "error: \(error)\n"
      return out
    }
    out += "title: \(article.title.map(quoted) ?? "nil")\n"
    out += "headings: \(article.headings.map(quoted).joined(separator: " | "))\n"
    for s in article.sentences {
      out += "S\(s.index) p\(s.paragraph)\(s.isCaption ? " caption" : "") \(quoted(s.text))\n"
    }
    for fact in extractor.facts(in: article) {
      out += "F \(fact.kind.rawValue) \(quoted(fact.text)) = \(quoted(fact.value))"
      out += " @\(fact.source.article)#\(fact.source.sentence)"
      out += "[\(fact.source.span.lowerBound)..<\(fact.source.span.upperBound)]"
      out += " g=\(fact.granularity?.rawValue ?? "-") q=\(optional(fact.qualifier))"
      out += " u=\(optional(fact.unit)) r=\(optional(fact.role)) sp=\(optional(fact.speaker))"
      out += " t=\(optional(fact.title)) d=\(optional(fact.date)) sal=\(fact.salience)"
      let own = article.sentences.first { $0.index == fact.source.sentence }?.text
      out += " src=\(fact.source.text == own ? "same" : quoted(fact.source.text))\n"
    }
    return out
  }

  private func quoted(_ s: String) -> String { "\u{201C}\(s)\u{201D}" }
  private func optional(_ s: String?) -> String { s.map(quoted) ?? "-" }

  /// Inputs made from `articles` by cutting, shuffling and retyping them, seeded so every run
  /// makes the same ones: they reach the rules' edges (half sentences, odd capitals, typography,
  /// broken bytes) that whole articles rarely do.
  static func mutations(of articles: [(name: String, text: String)], perArticle: Int)
    -> [(name: String, data: Data)]
  {
    var random = SplitMix(seed: 0x5EED)
    var out: [(String, Data)] = []
    let inserts = [
      "“", "”", "‘", "’", "—", "–", "…", "\u{00A0}", "Đ", "ố", "ệ", " ", "\n", "\n\n", ".", ",",
      "\"", "'", "(", ")", "$", "%", "€", "1979", "12", "-", "**", "# ", "> ", "* ", "Dr.", "U.S.",
      "Mr", "said", "In ", "the ", "  ", "\t", "\r\n", "e\u{0301}", "🙂", "\u{200B}", "&amp;",
    ]
    for article in articles {
      let lines = article.text.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init)
      let scalars = Array(article.text.unicodeScalars)
      for m in 0..<perArticle {
        var text: String
        switch m % 8 {
        case 0:  // a slice of lines
          let a = random.next(lines.count)
          let b = min(lines.count, a + 1 + random.next(30))
          text = lines[a..<b].joined(separator: "\n")
        case 1:  // lines shuffled
          var copy = lines
          for i in copy.indices.reversed() where i > 0 { copy.swapAt(i, random.next(i + 1)) }
          text = copy.joined(separator: "\n")
        case 2:  // a slice cut at arbitrary scalars
          let a = random.next(scalars.count)
          let b = min(scalars.count, a + 1 + random.next(2000))
          var s = String.UnicodeScalarView()
          s.append(contentsOf: scalars[a..<b])
          text = String(s)
        case 3:
          text = article.text.uppercased()
        case 4:
          text = article.text.lowercased()
        case 5:  // typography and noise inserted at random places
          var s = scalars.map { String($0) }
          for _ in 0..<(1 + s.count / 40) {
            s.insert(inserts[random.next(inserts.count)], at: random.next(s.count + 1))
          }
          text = s.joined()
        case 6:  // scalars deleted at random
          var s = scalars
          for _ in 0..<(1 + s.count / 30) where !s.isEmpty { s.remove(at: random.next(s.count)) }
          var v = String.UnicodeScalarView()
          v.append(contentsOf: s)
          text = String(v)
        default:  // words swapped with their neighbours
          var words = article.text.split(separator: " ", omittingEmptySubsequences: false).map(
            String.init)
          for _ in 0..<(1 + words.count / 10) where words.count > 1 {
            let i = random.next(words.count - 1)
            words.swapAt(i, i + 1)
          }
          text = words.joined(separator: " ")
        }
        out.append(("mut\(m)-\(article.name)", Data(text.utf8)))
      }
      // Raw byte damage: some inputs fail to decode, and must fail the same way.
      var bytes = Array(article.text.utf8)
      for _ in 0..<3 where !bytes.isEmpty {
        bytes[random.next(bytes.count)] = UInt8(random.next(256))
      }
      out.append(("bytes-\(article.name)", Data(bytes)))
    }
    return out
  }
}
