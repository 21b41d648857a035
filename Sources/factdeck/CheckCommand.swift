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
      let report = DeckFile.check(path: file)
      for line in report.lines { print(line) }
      if !report.ok { failed = true }
    }
    if failed { throw ExitCode(1) }
  }
}
