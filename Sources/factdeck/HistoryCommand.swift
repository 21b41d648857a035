import ArgumentParser
import Foundation
import Reviews

/// `factdeck history`: review histories in and out of the progress database.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Import a review history into the learner's cards.",
    subcommands: [HistoryImportCommand.self])
}

/// `factdeck history import FILE`: replay another program's review log (Anki's, py-fsrs's) so
/// the learner's cards carry on from where that history left them.
struct HistoryImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Replay a review-history CSV into the learner's cards.",
    discussion: """
      The CSV has the header card_id,review_rating,review_time,review_duration: an id per card, \
      the rating 1 (Again) to 4 (Easy), an ISO-8601 time with offset and the duration in \
      milliseconds. Every review is scheduled with FSRS-6 in time order and kept in the review \
      log; rows already imported are skipped, so importing a file twice changes nothing. The \
      cards go into the deck given by --deck.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var scheduling: SchedulerOptions

  @Argument(help: ArgumentHelp("The review-history CSV.", valueName: "file"))
  var file: String

  @Option(name: .long, help: ArgumentHelp("Deck id for the imported cards.", valueName: "id"))
  var deck: String = "history"

  func run() throws {
    let store = try global.openStore()
    let learner = try store.learner(named: global.learnerName)
    let summary = try store.importHistory(
      csvAt: file, for: learner, deck: deck, scheduler: try scheduling.scheduler())
    print(
      "\(file): imported \(summary.imported) reviews of \(summary.cards) cards into deck "
        + "'\(deck)' for \(learner.name)"
        + (summary.skipped > 0 ? " (\(summary.skipped) already there, skipped)" : ""))
  }
}
