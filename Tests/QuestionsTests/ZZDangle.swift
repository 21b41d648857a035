import Articles
import Facts
import Foundation
import Testing

@testable import Questions

struct ZZDangle {
  @Test func dangle() throws {
    guard let spec = ProcessInfo.processInfo.environment["ZZ_DANGLE"] else { return }
    let parts = spec.split(separator: "|").map(String.init)
    let dump = try String(contentsOfFile: parts[0], encoding: .utf8)
    let folder = parts[1]
    var out = ""
    var topic = ArticleTopic()
    var deck = ""
    var index = 0
    for line in dump.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("# ") {
        deck = String(line.dropFirst(2).prefix { $0 != " " })
        index = 0
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + deck))
        topic = ArticleTopic(articles: [try ArticleReader().read(data, name: deck)])
      } else if line.hasPrefix("[") {
        index += 1
        var prompt = String(line.drop(while: { $0 != "]" }).dropFirst(2))
        for prefix in ["Fill the gap: ", "True or false: "] where prompt.hasPrefix(prefix) {
          prompt = String(prompt.dropFirst(prefix.count))
        }
        if let head = topic.danglingHead(prompt, article: deck) {
          out += "\(deck)\t\(index)\t\(head)\n"
        }
      }
    }
    try out.write(toFile: parts[0] + ".dangle", atomically: true, encoding: .utf8)
  }
}
