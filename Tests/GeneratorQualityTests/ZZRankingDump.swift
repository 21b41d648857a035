import Articles
import Decks
import Facts
import Foundation
@testable import Questions
import Testing

// LOCAL ONLY — not committed. Dumps ranking features for offline fitting.
@Suite struct ZZRankingDump {
  @Test func dump() throws {
    guard let path = ProcessInfo.processInfo.environment["FACTDECK_RANKING_DUMP"] else { return }
    let folder = ProcessInfo.processInfo.environment["FACTDECK_RANKING_FOLDER"]
    var arts = try DevelopmentSet.load()
    if let folder {
      arts = try ZZRankingDump.load(URL(fileURLWithPath: folder))
    }
    var lines: [String] = []
    for art in arts {
      let generator = DeckGenerator(title: art.name, seed: 1, maxFacts: 100000)
      let report = try generator.generateWithReport([ArticleInput(name: art.name, data: art.data)])
      let article = report.articles[0]
      let normal = try DeckGenerator(title: art.name, seed: 1).generateWithReport([ArticleInput(name: art.name, data: art.data)])
      let normalSelected = Set(normal.questions.selected.map { "\($0.fact.source.sentence)|\($0.fact.source.span)|\($0.fact.kind)" })
      var writer = QuestionWriter(seed: 1)
      writer.phraser.sentences = SentenceTable(facts: report.facts)
      let keys = art.keys.map(PreparedKey.init)
      let titles = article.title ?? ""
      let budget = QuestionWriter.budget(wordCount: article.wordCount)
      var perSentence: [Int: Int] = [:]
      var perSentenceKind: [String: Int] = [:]
      for f in report.facts { perSentence[f.source.sentence, default: 0] += 1; perSentenceKind["\(f.source.sentence)|\(f.kind)", default: 0] += 1 }
      var firstSentence: [String: Int] = [:]
      for f in report.facts { let k = writer.dedupeKey(f); firstSentence[k] = min(firstSentence[k] ?? 99999, f.source.sentence) }
      let allFacts = report.questions.facts.map(\.fact)
      let dk = allFacts.map { writer.dedupeKey($0) }
      let mc = QuestionWriter.mentionCounts(allFacts, articles: report.articles, keys: dk)
      let feats = FactFeatures.of(allFacts, articles: report.articles, mentions: dk.map { mc[$0] ?? 1 }, dedupeKeys: dk)
      for (ci, choice) in report.questions.facts.enumerated() {
        var named: [String: Double] = [:]
        for feature in FactFeatures.Feature.allCases { named["\(feature)"] = feats[ci][feature] }
        let f = choice.fact
        let info = writer.phraser.sentences.info(f.source.text)
        var hits: [Int] = []
        for (i, k) in keys.enumerated() where KeyFactMatcher.matches(k, ReadAnswer(f.value)) || KeyFactMatcher.matches(k, ReadAnswer(f.text)) { hits.append(i) }
        let s = article.sentences.indices.contains(f.source.sentence) ? article.sentences[f.source.sentence] : nil
        let obj: [String: Any] = [
          "article": art.name, "budget": budget, "nkeys": art.keys.count, "words": article.wordCount,
          "nsent": article.sentences.count,
          "kind": f.kind.rawValue, "value": f.value, "text": f.text,
          "sentence": f.source.sentence, "paragraph": s?.paragraph ?? -1, "caption": s?.isCaption ?? false,
          "gran": f.granularity.map { "\($0)" } ?? "", "unit": f.unit ?? "", "role": f.role ?? "", "qual": f.qualifier ?? "",
          "salience": f.salience, "askable": writer.isAskable(f),
          "short": writer.shortQuestion(f) != nil, "statement": writer.plainStatement(f) != nil,
          "cloze": writer.clozePrompt(f) != nil,
          "selectedAll": choice.selected, "reason": choice.reason ?? "", "kinds": choice.questionKinds.map(\.rawValue),
          "selected": normalSelected.contains("\(f.source.sentence)|\(f.source.span)|\(f.kind)"),
          "score": choice.score,
          "swords": info.wordCount, "squote": info.isQuotation, "spron": info.startsWithPronoun, "spronsubj": info.hasPronounSubject,
          "inquote": QuestionWriter.isInsideQuotation(f),
          "nfacts_sent": perSentence[f.source.sentence] ?? 0, "nkind_sent": perSentenceKind["\(f.source.sentence)|\(f.kind)"] ?? 0,
          "dedupe": writer.dedupeKey(f), "first": firstSentence[writer.dedupeKey(f)] == f.source.sentence,
          "intitle": TextFolding.contains(titles, f.value),
          "spanstart": f.source.span.lowerBound,
          "keys": hits,
          "sourcetext": f.source.text, "features": named, "speaker": f.speaker ?? "",
        ]
        let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
        lines.append(String(decoding: data, as: UTF8.self))
      }
    }
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  static func load(_ folder: URL) throws -> [DevelopmentArticle] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    var out: [DevelopmentArticle] = []
    for k in names.sorted() where k.hasSuffix(".keys.json") {
      let base = String(k.dropLast(10))
      guard let t = names.first(where: { $0 == base + ".txt" || $0 == base + ".md" }) else { continue }
      let keys = try JSONDecoder().decode([KeyFact].self, from: Data(contentsOf: folder.appendingPathComponent(k)))
      out.append(DevelopmentArticle(name: t, data: try Data(contentsOf: folder.appendingPathComponent(t)), keys: keys))
    }
    return out
  }
}
