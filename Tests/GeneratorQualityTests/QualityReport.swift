import Foundation
import Questions

/// Prints what the harness measured: a table a person reads at a glance, and a dump of every
/// card for reading them as a student would.
enum QualityReport {
  static func coverage(_ results: [ArticleResult]) -> Double {
    let keys = results.reduce(0) { $0 + $1.keys.count }
    let covered = results.reduce(0) { $0 + $1.covered.count }
    return keys == 0 ? 1 : Double(covered) / Double(keys)
  }

  /// Measures `articles`, prints their table and, with FACTDECK_QUALITY_DUMP=PATH, writes their
  /// decks to PATH + `suffix`.
  static func run(_ articles: [DevelopmentArticle], dumpSuffix suffix: String = "") throws
    -> [ArticleResult]
  {
    let results = try articles.map(QualityRun.measure)
    print(table(results))
    if let path = ProcessInfo.processInfo.environment["FACTDECK_QUALITY_DUMP"] {
      try dump(results).write(toFile: path + suffix, atomically: true, encoding: .utf8)
      let rows = results.flatMap { QualityRun.rankingRows($0, set: suffix.ifEmpty(".articles")) }
      try ([QualityRun.rankingHeader] + rows).joined(separator: "\n")
        .write(toFile: path + suffix + ".ranking.csv", atomically: true, encoding: .utf8)
    }
    return results
  }

  static func table(_ results: [ArticleResult]) -> String {
    var lines: [String] = []
    let header = [
      pad("article", 28), pad("words", 6), pad("budget", 6), pad("facts", 6), pad("cards", 6),
      pad("keys", 5), pad("hit", 5), pad("cover", 7), pad("by ans", 7), pad("bad q", 6), "deck",
    ].joined(separator: " ")
    lines.append(header)
    lines.append(String(repeating: "-", count: header.count))
    for result in results {
      lines.append(
        [
          pad(result.name, 28), pad("\(result.words)", 6), pad("\(result.budget)", 6),
          pad("\(result.facts)", 6), pad("\(result.deck.cards.count)", 6),
          pad("\(result.keys.count)", 5), pad("\(result.covered.count)", 5),
          pad(percent(result.coverage), 7),
          pad(percent(ratio(result.coveredByAnswers.count, result.keys.count)), 7),
          pad("\(result.cardProblems.count)", 6),
          (result.deckProblems + (result.deterministic ? [] : ["not deterministic"]))
            .joined(separator: "; ").ifEmpty("ok"),
        ].joined(separator: " "))
    }
    let keys = results.reduce(0) { $0 + $1.keys.count }
    let hit = results.reduce(0) { $0 + $1.covered.count }
    let byAnswers = results.reduce(0) { $0 + $1.coveredByAnswers.count }
    let cards = results.reduce(0) { $0 + $1.deck.cards.count }
    let bad = results.reduce(0) { $0 + $1.cardProblems.count }
    lines.append(String(repeating: "-", count: header.count))
    lines.append(
      "key-fact coverage \(percent(ratio(hit, keys))) (\(hit)/\(keys)), target 85%;"
        + " by answers alone \(percent(ratio(byAnswers, keys)));"
        + " cards failing automatic checks \(bad)/\(cards)")
    for result in results where !result.missed.isEmpty {
      lines.append("missed in \(result.name):")
      for key in result.missed {
        lines.append("    \(key) — \(result.missReasons[key.text] ?? "?")")
      }
    }
    for result in results {
      for (card, problems) in result.cardProblems {
        lines.append(
          "bad card in \(result.name): \(problems.joined(separator: ", ")) — \(card.kind.rawValue) “\(card.prompt)” → \(card.answer)"
            + (card.choices.isEmpty ? "" : " [\(card.choices.joined(separator: " | "))]"))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func dump(_ results: [ArticleResult]) -> String {
    var lines: [String] = []
    for result in results {
      lines.append("# \(result.name) — \(result.deck.cards.count) cards, \(result.facts) facts")
      for card in result.deck.cards {
        lines.append("[\(card.kind.rawValue)] \(card.prompt)")
        if !card.choices.isEmpty {
          lines.append("    choices: \(card.choices.joined(separator: " | "))")
        }
        lines.append(
          "    answer: \(card.answer)"
            + (card.accept.isEmpty ? "" : "  (also \(card.accept.joined(separator: ", ")))"))
        lines.append(
          "    fact: \(card.fact.kind.rawValue) “\(card.fact.text)” = \(card.fact.value)")
        lines.append("    from: \(card.source.text)")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private static func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 1 : Double(part) / Double(whole)
  }

  private static func percent(_ value: Double) -> String {
    String(format: "%.1f%%", value * 100)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}

extension String {
  fileprivate func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
