import Foundation
import Testing

/// A fact a teacher marked as worth quizzing, read from `NAME.keys.json`.
struct KeyFact: Decodable, Sendable, CustomStringConvertible {
  var kind: String
  /// As written in the article.
  var text: String
  /// Normalised as `Fact.value` documents.
  var value: String
  /// Other ways a correct answer could be written.
  var accept: [String]

  var description: String { "\(kind) “\(text)”" }
}

/// One article of the development set with its key facts.
struct DevelopmentArticle: Sendable, CustomTestStringConvertible {
  var name: String
  var data: Data
  var keys: [KeyFact]

  var testDescription: String { name }

  /// Words of the raw file, furniture included: what a reader of the page would count.
  var rawWordCount: Int {
    String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).count
  }
}

/// The articles in a fixture folder that have a `.keys.json` beside them: the development set
/// in Tests/Fixtures/articles, which the generator is tuned on, and the held-out set in
/// Tests/Fixtures/heldout, which it is not, so its figures tell whether the tuning generalises.
enum DevelopmentSet {
  private static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let folder = fixtures.appendingPathComponent("articles")
  static let heldOutFolder = fixtures.appendingPathComponent("heldout")
  /// The folder of a later set written unseen: "third" … "thirteenth".
  static func laterFolder(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

  static func load(from folder: URL = DevelopmentSet.folder) throws -> [DevelopmentArticle] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    var articles: [DevelopmentArticle] = []
    for keysName in names.sorted() where keysName.hasSuffix(".keys.json") {
      let base = String(keysName.dropLast(".keys.json".count))
      guard
        let textName = names.first(where: {
          $0 == base + ".txt" || $0 == base + ".md"
        })
      else { throw DevelopmentSetError.missingArticle(keysName) }
      let keysData = try Data(contentsOf: folder.appendingPathComponent(keysName))
      let keys: [KeyFact]
      do {
        keys = try JSONDecoder().decode([KeyFact].self, from: keysData)
      } catch {
        throw DevelopmentSetError.badKeys(keysName, "\(error)")
      }
      let data = try Data(contentsOf: folder.appendingPathComponent(textName))
      articles.append(DevelopmentArticle(name: textName, data: data, keys: keys))
    }
    return articles
  }
}

enum DevelopmentSetError: Error, CustomStringConvertible {
  case missingArticle(String)
  case badKeys(String, String)

  var description: String {
    switch self {
    case .missingArticle(let keys): "\(keys): no NAME.txt or NAME.md beside it"
    case .badKeys(let keys, let why): "\(keys): not a list of key facts: \(why)"
    }
  }
}
