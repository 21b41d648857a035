import ArgumentParser
import Articles
import Decks
import Foundation

/// `factdeck generate ARTICLE… [--out PATH] [--title T] [--seed N] [--max-facts N]
/// [--format yaml|json]`: articles → deck, on stdout or written atomically to `--out`.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a deck of questions from one or more articles.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case yaml, json
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Article files (plain text or Markdown).", valueName: "file"))
  var files: [String]

  @Option(
    name: .long, help: ArgumentHelp("Write the deck here instead of stdout.", valueName: "path"))
  var out: String?

  @Option(
    name: .long,
    help: ArgumentHelp("The deck's title (default: the article's headline).", valueName: "title"))
  var title: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Seed for shuffling choices (same seed, same deck).", valueName: "n"))
  var seed: UInt64 = 0

  @Option(
    name: .customLong("max-facts"),
    help: ArgumentHelp("Facts to ask about (default: one per 40 words, plus ten).", valueName: "n"))
  var maxFacts: Int?

  @Option(name: .long, help: ArgumentHelp("Output format.", valueName: "yaml|json"))
  var format: Format = .yaml

  func validate() throws {
    if let maxFacts, maxFacts < 1 { throw ValidationError("--max-facts must be at least 1") }
  }

  func run() throws {
    var inputs: [ArticleInput] = []
    for file in files {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
        throw CLIError.message("\(file): no such file")
      }
      guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: file) else {
        throw CLIError.message("\(file): cannot read the file (is it a folder?)")
      }
      inputs.append(ArticleInput(name: URL(fileURLWithPath: file).lastPathComponent, data: data))
    }
    var generator = DeckGenerator(title: title, seed: seed, maxFacts: maxFacts)
    if let out {
      generator.id = URL(fileURLWithPath: out).deletingPathExtension().lastPathComponent
    }
    let deck: Deck
    do {
      deck = try generator.generate(inputs)
    } catch {
      throw CLIError.message(error.description)
    }
    let text = format == .json ? DeckJSON.encode(deck) : DeckWriter().yaml(deck)
    guard let out else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try DeckFileWriting.writeAtomically(text, to: out)
  }
}

/// Writes through a temporary file in the same folder and a rename, so a failure never
/// leaves a half-written deck behind.
enum DeckFileWriting {
  static func writeAtomically(_ text: String, to path: String) throws(CLIError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .message("\(path): the folder \(folder.path) does not exist")
    }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
      if rename(temporary.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw CLIError.message("\(path): cannot write the deck: \(reason)")
      }
    } catch let error as CLIError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .message("\(path): cannot write the deck: \(error.localizedDescription)")
    }
  }
}
