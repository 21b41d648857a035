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
    var counts: [String: Int] = [:]
    for fact in facts { counts[key(fact), default: 0] += 1 }
    let title = article.title?.lowercased() ?? ""
    let total = Double(max(article.sentences.count, 1))
    let captions = Set(article.sentences.filter(\.isCaption).map(\.index))
    return facts.map { fact in
      var f = fact
      var s = Self.kindWeights[f.kind] ?? 0.5
      s += 0.15 * Double(min((counts[key(f)] ?? 1) - 1, 4))
      s += 0.2 * (1 - Double(f.source.sentence) / total)
      if !title.isEmpty, title.contains(f.value.lowercased()) { s += 0.1 }
      if f.kind == .person, f.role != nil { s += 0.1 }
      if f.kind == .year || f.kind == .date, f.qualifier != nil { s -= 0.05 }
      if f.kind == .number, let v = Double(f.value), v < 10, f.unit != "%" { s -= 0.3 }
      if f.kind == .date, f.value.hasPrefix("--") { s -= 0.2 }
      if insideQuotation(f) { s -= 0.3 }
      if captions.contains(f.source.sentence) { s *= 0.6 }
      f.salience = (s * 1000).rounded() / 1000
      return f
    }
  }

  private func key(_ fact: Fact) -> String {
    let kind = fact.kind == .year ? FactKind.date : fact.kind
    return "\(kind.rawValue)|\(fact.value.lowercased())"
  }

  /// Facts inside someone's quoted words are weaker evidence than the narrative's own.
  private func insideQuotation(_ fact: Fact) -> Bool {
    guard fact.kind != .quote, fact.kind != .term else { return false }
    var inQuote = false
    for (offset, c) in fact.source.text.unicodeScalars.enumerated() {
      if offset >= fact.source.span.lowerBound { break }
      if c == "\"" { inQuote.toggle() }
    }
    return inQuote
  }
}
