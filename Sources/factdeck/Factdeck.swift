import ArgumentParser

@main
struct Factdeck: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factdeck",
    abstract: "Turn articles into study decks and keep learners on schedule.",
    version: "0.1.0",
    subcommands: []
  )
}
