import ArgumentParser
import Foundation

/// Options every command takes (the command-line contract).
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The progress database.",
      discussion: """
        Default: $FACTDECK_DB, else $XDG_DATA_HOME/factdeck/factdeck.sqlite, \
        else ~/.local/share/factdeck/factdeck.sqlite.
        """,
      valueName: "path"))
  var db: String?

  @Option(
    name: .long, help: ArgumentHelp("Whose progress to use (default: $USER).", valueName: "name"))
  var learner: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Folder of decks (default: Decks/ in the current directory).", valueName: "dir"))
  var decks: String?

  /// The database path and whether the user chose it; only the default location's folders are
  /// created on demand, so a mistyped `--db` folder is reported rather than silently made.
  var database: (path: String, isDefault: Bool) {
    let env = ProcessInfo.processInfo.environment
    if let db { return (db, false) }
    if let path = env["FACTDECK_DB"], !path.isEmpty { return (path, false) }
    let base: String
    if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty {
      base = xdg
    } else {
      base = (env["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }
    return (base + "/factdeck/factdeck.sqlite", true)
  }

  var learnerName: String {
    if let learner, !learner.isEmpty { return learner }
    let env = ProcessInfo.processInfo.environment
    return env["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LOGNAME"] ?? "learner"
  }

  var decksDirectory: URL {
    URL(fileURLWithPath: decks ?? "Decks", isDirectory: true)
  }
}
