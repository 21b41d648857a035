import Articles
import BenchmarkSupport
import Decks
import Facts
import Foundation
import Questions

// Throughput of the generator on one core, in megabytes of article text per second.
// Run: swift run -c release --package-path Benchmarks generator-bench [MEGABYTES] [facts|questions|deck]
// (default 4 MB, both stages).
// `generator-bench dump DIRECTORY` writes the decks of a fixed set of inputs (see DeckDump);
// `generator-bench 2 dump FOLDER [SEEDS]` writes every Article and Fact made from the fixtures,
// the seed articles, the corpus and mutations of them (see ExtractionDump). Both are for
// diffing output before and after a speed change.

let folder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Tests/Fixtures/articles")

func loadArticles() throws -> [(name: String, text: String)] {
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && $0 != "README.md" }
    .sorted()
  return try names.map { name in
    (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
  }
}

func megabytesPerSecond(_ bytes: Int, _ duration: Duration) -> Double {
  let (seconds, attoseconds) = duration.components
  return Double(bytes) / 1_000_000 / (Double(seconds) + Double(attoseconds) / 1e18)
}

/// CPU time this thread has used: on a machine shared with other jobs it measures the work
/// done on one core, where wall-clock time also counts the waiting.
func threadCPUTime() -> Duration {
  .nanoseconds(Int64(threadCPUNanoseconds()))
}

/// Runs `body` on this thread up to `rounds` times (once more only while the rounds so far took
/// under half a minute) and reports the fastest round by CPU time and by wall-clock time.
func measure(_ label: String, bytes: Int, rounds: Int, _ body: () -> (made: Int, failed: Int)) {
  var cpu: [Duration] = []
  var wall: [Duration] = []
  var outcome = (made: 0, failed: 0)
  let clock = ContinuousClock()
  while cpu.count < rounds, cpu.reduce(.zero, +) < .seconds(30) {
    let start = clock.now
    let startCPU = threadCPUTime()
    outcome = body()
    cpu.append(threadCPUTime() - startCPU)
    wall.append(clock.now - start)
  }
  let onCPU = String(format: "%.2f", megabytesPerSecond(bytes, cpu.min()!))
  let onWall = String(format: "%.2f", megabytesPerSecond(bytes, wall.min()!))
  print(
    "\(label): \(onCPU) MB/s of CPU time (\(onWall) MB/s wall clock), best of \(cpu.count) rounds;"
      + " \(outcome.made) made, \(outcome.failed) articles failed")
}

if CommandLine.arguments.dropFirst().first == "dump" {
  try DeckDump.run(arguments: Array(CommandLine.arguments.dropFirst(2)))
  exit(0)
}

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Double.init) ?? 4
let stages =
  CommandLine.arguments.count > 2 ? [CommandLine.arguments[2]] : ["facts", "questions", "deck"]
let articles = try loadArticles()
let corpus = Corpus(articles: articles, targetBytes: Int(megabytes * 1_000_000))
let size = String(format: "%.2f", Double(corpus.bytes) / 1_000_000)
print(
  "corpus: \(corpus.items.count) articles, \(size) MB, varied copies of \(articles.count)"
    + " development articles; one core; goal ≥ 5 MB/s")

if stages == ["dump"] {
  let out = URL(fileURLWithPath: CommandLine.arguments.count > 3 ? CommandLine.arguments[3] : ".")
  let seedFolder = CommandLine.arguments.count > 4 ? CommandLine.arguments[4] : "/work/shared/seeds"
  let seedNames =
    ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder)) ?? []).sorted()
  let seeds = try seedNames.map { name in
    (name: name, text: try String(contentsOfFile: seedFolder + "/" + name, encoding: .utf8))
  }
  let dump = ExtractionDump()
  let groups: [(String, [(name: String, data: Data)])] = [
    ("fixtures", articles.map { ($0.name, Data($0.text.utf8)) }),
    ("seeds", seeds.map { ($0.name, Data($0.text.utf8)) }),
    ("corpus", corpus.items.map { ($0.name, $0.data) }),
    ("mutations", ExtractionDump.mutations(of: articles + seeds, perArticle: 48)),
  ]
  try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
  for (group, inputs) in groups {
    let text = inputs.map { dump.dump($0.data, name: $0.name) }.joined()
    try Data(text.utf8).write(to: out.appendingPathComponent(group + ".txt"))
    print("\(group): \(inputs.count) inputs")
  }
  exit(0)
}

let reader = ArticleReader()
let extractor = FactExtractor()
if stages.contains("facts") {
  measure("ArticleReader + FactExtractor", bytes: corpus.bytes, rounds: 3) {
    var facts = 0
    var failed = 0
    for item in corpus.items {
      do {
        facts += extractor.facts(in: try reader.read(item.data, name: item.name)).count
      } catch {
        failed += 1
      }
    }
    return (facts, failed)
  }
}

if stages.contains("questions") {
  // The question writer alone, on articles read and facts extracted beforehand.
  let inputs = corpus.items.compactMap { item -> (Article, [Fact])? in
    guard let article = try? reader.read(item.data, name: item.name) else { return nil }
    return (article, extractor.facts(in: article))
  }
  measure("QuestionWriter alone", bytes: corpus.bytes, rounds: 3) {
    var questions = 0
    for (article, facts) in inputs {
      questions += QuestionWriter(seed: 1).write(facts: facts, articles: [article]).questions.count
    }
    return (questions, corpus.items.count - inputs.count)
  }
}

if stages.contains("deck") {
  measure("DeckGenerator (read, extract, write questions)", bytes: corpus.bytes, rounds: 3) {
    var cards = 0
    var failed = 0
    for item in corpus.items {
      let generator = DeckGenerator(title: item.name, seed: 1)
      do {
        cards += try generator.generate([ArticleInput(name: item.name, data: item.data)]).cards
          .count
      } catch {
        failed += 1
      }
    }
    return (cards, failed)
  }
}
