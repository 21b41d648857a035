import Articles

/// Scores how much an article leans on each fact, so the question writer asks about the
/// narrative's key dates, people and sums before passing mentions.
///
/// salience = kind weight + recurrence of the same value (up to four more mentions)
///          + early position + named in the title − caption and quotation penalties.
/// Scores fall roughly between 0 and 2; only their order matters.
struct SalienceScorer {
  let article: Article

  static let kindWeights: [FactKind: Double] = [
    .date: 1.0, .year: 0.9, .money: 0.95, .number: 0.75, .person: 0.9, .organization: 0.8,
    .place: 0.6, .event: 0.8, .term: 0.55, .quote: 0.3,
  ]

  func score(_ facts: [Fact]) -> [Fact] {
    let keys = facts.map(Key.init)
    var counts: [Key: Int] = [:]
    for key in keys { counts[key, default: 0] += 1 }
    let titleWords = Set((article.title ?? "").lowercased().split(separator: " ").map(String.init))
    let total = Double(max(article.sentences.count, 1))
    var quoteRanges: [Int: [Range<Int>]] = [:]
    var scored = facts
    for (index, key) in keys.enumerated() {
      let f = facts[index]
      var s = Self.kindWeights[f.kind] ?? 0.5
      s += 0.15 * Double(min((counts[key] ?? 1) - 1, 4))
      s += 0.2 * (1 - Double(f.source.sentence) / total)
      if !titleWords.isEmpty, Self.nameKinds.contains(f.kind), inTitle(key.value, titleWords) {
        s += 0.1
      }
      if f.kind == .person, f.role != nil { s += 0.1 }
      if f.kind == .year || f.kind == .date, f.qualifier != nil { s -= 0.05 }
      if f.kind == .number, let v = Double(f.value), v < 10, f.unit != "%" { s -= 0.3 }
      if f.kind == .date, f.value.hasPrefix("--") { s -= 0.2 }
      if f.kind != .quote, f.kind != .term {
        let ranges =
          quoteRanges[f.source.sentence]
          ?? {
            let r = Self.quotations(in: f.source.text)
            quoteRanges[f.source.sentence] = r
            return r
          }()
        if ranges.contains(where: { $0.contains(f.source.span.lowerBound) }) { s -= 0.3 }
      }
      if article.sentences.indices.contains(f.source.sentence),
        article.sentences[f.source.sentence].isCaption
      {
        s *= 0.6
      }
      scored[index].salience = (s * 1000).rounded() / 1000
    }
    return scored
  }

  static let nameKinds: Set<FactKind> = [.person, .place, .organization, .event, .term]

  /// Facts of the same kind and value are mentions of one thing; a year and a date share a key.
  private struct Key: Hashable {
    var kind: FactKind
    var value: String
    init(_ fact: Fact) {
      kind = fact.kind == .year ? .date : fact.kind
      value = fact.value.lowercased()
    }
  }

  /// Whether every word of a name appears in the title.
  private func inTitle(_ value: String, _ titleWords: Set<String>) -> Bool {
    let words = value.split(separator: " ")
    return !words.isEmpty && words.allSatisfy { titleWords.contains(String($0)) }
  }

  /// Scalar ranges between double quotation marks: facts inside someone's quoted words are
  /// weaker evidence than the narrative's own.
  static func quotations(in text: String) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var open: Int?
    for (offset, c) in text.unicodeScalars.enumerated() where c == "\"" {
      if let o = open {
        ranges.append(o..<offset)
        open = nil
      } else {
        open = offset
      }
    }
    return ranges
  }
}
