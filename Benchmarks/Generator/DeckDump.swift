import Articles
import Decks
import Foundation
import Questions

/// Writes the decks the generator makes for a fixed set of inputs, as YAML, one file per deck,
/// with a listing of every fact the writer looked at beside it: a change meant only to make
/// the generator faster must leave every one of these files byte for byte as it was.
/// Run: generator-bench dump DIRECTORY [SEEDS-FOLDER] [CORPUS-ITEMS]
enum DeckDump {
  static func run(arguments: [String]) throws {
    guard let directory = arguments.first else {
      print("usage: generator-bench dump DIRECTORY [SEEDS-FOLDER] [CORPUS-ITEMS]")
      return
    }
    let output = URL(fileURLWithPath: directory)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let seedsFolder = arguments.count > 1 ? arguments[1] : "/work/shared/seeds"
    let corpusItems = arguments.count > 2 ? Int(arguments[2]) ?? 300 : 300

    let fixtures = try loadArticles().map { ArticleInput(name: $0.name, data: Data($0.text.utf8)) }
    let seeds = try readFolder(seedsFolder)
    var decks = 0
    func dump(_ name: String, _ inputs: [ArticleInput], seed: UInt64) throws {
      let report = try DeckGenerator(seed: seed).generateWithReport(inputs)
      let base = output.appendingPathComponent("\(name)-s\(seed)")
      try DeckWriter().yaml(report.deck).write(
        to: base.appendingPathExtension("yaml"), atomically: true, encoding: .utf8)
      try choices(report.questions).write(
        to: base.appendingPathExtension("choices"), atomically: true, encoding: .utf8)
      decks += 1
    }
    for seed: UInt64 in [1, 7] {
      for input in fixtures { try dump("fixture-\(input.name)", [input], seed: seed) }
      try dump("fixtures-all", fixtures, seed: seed)
      for input in seeds { try dump("seed-\(input.name)", [input], seed: seed) }
      if !seeds.isEmpty { try dump("seeds-all", seeds, seed: seed) }
    }
    let corpus = Corpus(
      articles: try loadArticles(), targetBytes: 1_000_000_000, maxItems: corpusItems)
    for (index, item) in corpus.items.enumerated() {
      try dump(
        "corpus-\(index)", [ArticleInput(name: item.name, data: item.data)],
        seed: index % 2 == 0 ? 1 : 7)
    }
    print("\(decks) decks written to \(output.path)")
  }

  static func readFolder(_ path: String) throws -> [ArticleInput] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      return []
    }
    return try names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map {
      ArticleInput(
        name: $0, data: try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent($0)))
    }
  }

  /// Every fact the writer considered: its place, id, score, and what became of it.
  static func choices(_ set: QuestionSet) -> String {
    var out = "budget \(set.budget)\n"
    for choice in set.facts {
      let fact = choice.fact
      out +=
        "\(fact.source.article)#\(fact.source.sentence) \(fact.source.span) \(fact.kind) "
        + "\(fact.value.debugDescription) id=\(choice.id) score=\(choice.score) "
        + "selected=\(choice.selected) reason=\(choice.reason ?? "-") "
        + "kinds=\(choice.questionKinds.map(\.rawValue))\n"
    }
    return out
  }
}
