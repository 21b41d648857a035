import ArgumentParser
import Foundation

@main
struct Factdeck: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factdeck",
    abstract: "Turn articles into study decks and keep learners on schedule.",
    version: "0.1.0",
    subcommands: [
      StudyCommand.self, GenerateCommand.self, CheckCommand.self, DecksCommand.self,
      CardsCommand.self,
      HistoryCommand.self,
    ],
    defaultSubcommand: StudyCommand.self
  )

  /// Exit statuses follow the contract: 0 success, 1 a user-facing error with one line on
  /// stderr, 2 wrong usage. Never a crash trace for bad input.
  static func main() async {
    var command: any ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      exitForParser(error)
    }
    do {
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as ExitCode {
      Foundation.exit(error.rawValue)
    } catch is CleanExit {
      Foundation.exit(0)
    } catch let error as ValidationError {
      exitForParser(error)
    } catch {
      // The parser's own errors (help requested, usage) carry their status; ours are status 1.
      if exitCode(for: error) != .failure { exitForParser(error) }
      FileHandle.standardError.write(Data("factdeck: \(error)\n".utf8))
      Foundation.exit(1)
    }
  }

  /// Help and version go to stdout with status 0; usage mistakes to stderr with status 2.
  private static func exitForParser(_ error: any Error) -> Never {
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if code == .success {
      if !message.isEmpty { print(message) }
      Foundation.exit(0)
    }
    if !message.isEmpty {
      FileHandle.standardError.write(Data((message + "\n").utf8))
    }
    Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
  }
}
