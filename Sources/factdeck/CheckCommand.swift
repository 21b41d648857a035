import ArgumentParser
import Decks
import Foundation

/// `factdeck check FILE…`: every problem as `FILE:LINE: message`, exit 1 if any.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate deck files and report every problem as FILE:LINE: message.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Deck files to check.", valueName: "file"))
  var files: [String]

  func run() throws {
    var failed = false
    for file in files {
      let report = DeckCheck.check(path: file)
      for line in report.lines { print(line) }
      if !report.ok { failed = true }
    }
    if failed { throw ExitCode(1) }
  }
}

/// The check of one file, separate from printing so it can be tested.
enum DeckCheck {
  static func check(path: String) -> (ok: Bool, lines: [String]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      return (false, ["\(path):1: " + (exists ? "cannot read the file" : "no such file")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (false, ["\(path):1: not UTF-8 text"])
    }
    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let (deck, problems) = DeckReader().parse(text, defaultID: id)
    if !problems.isEmpty || deck == nil {
      return (false, problems.map { $0.formatted(file: path) })
    }
    let deckValue = deck!
    var counts: [String: Int] = [:]
    for card in deckValue.cards { counts[card.kind.rawValue, default: 0] += 1 }
    let detail = counts.keys.sorted().map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
    let summary =
      "\(path): ok, \(deckValue.cards.count) cards"
      + (detail.isEmpty ? "" : " (\(detail))") + ", \(deckValue.sources.count) sources"
    return (true, [summary])
  }
}
