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

  @Flag(
    name: .long,
    help: "List every fact considered, its score and why it was or was not asked (on stderr).")
  var explain = false

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
    let report: GenerationReport
    do {
      report = try generator.generateWithReport(inputs)
    } catch {
      // The reader names the file by its base name; say it as the user typed it.
      var message = error.description
      for (input, file) in zip(inputs, files) where message.hasPrefix(input.name + ":") {
        message = file + message.dropFirst(input.name.count)
        break
      }
      throw CLIError.message(message)
    }
    let deck = report.deck
    if explain {
      var lines: [String] = [
        "facts considered: \(report.questions.facts.count), asked: \(report.questions.selected.count), budget: \(report.questions.budget)"
      ]
      for choice in report.questions.facts {
        let mark = choice.selected ? "+" : "-"
        let score = (choice.score * 10).rounded() / 10
        let kinds = choice.questionKinds.map(\.rawValue).joined(separator: ",")
        lines.append(
          "\(mark) \(score) \(choice.fact.kind.rawValue) “\(choice.fact.text)” = \(choice.fact.value)"
            + " [\(choice.fact.source.article):\(choice.fact.source.sentence)] "
            + (choice.selected ? kinds : (choice.reason ?? "")))
      }
      FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
    let text = format == .json ? DeckJSON.encode(deck) : DeckWriter().yaml(deck)
    guard let out else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try DeckFile.writeAtomically(text, to: out)
    } catch {
      throw CLIError.message(error.description)
    }
  }
}
