import ArgumentParser
import Foundation
import Reviews
import Scheduling
import Sessions
import Terminal

/// `factdeck decks`: what is in the decks folder and what the learner has to do in each today.
struct DecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decks",
    abstract: "List the decks with their card counts and what is due for the learner today.",
    discussion: """
      New counts respect the daily limit of new cards; due counts are the reviews the learner \
      can do today. JSON output is an array of objects with the keys id, title, cards, new, \
      learning, due and reviewed_today.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: "Output format: table or json.")
  var format: Format = .table

  func run() throws {
    let now = try Clock.now()
    let decks = try DeckFolder.load(from: global.decksDirectory)
    let store = try global.openStore()
    let learner = try store.learner(named: global.learnerName)
    let backend = try StoreStudyBackend(
      store: store, learner: learner, decks: decks, scheduler: try Scheduler(), syncAt: now)
    let summaries = try backend.decks(at: now)
    switch format {
    case .json:
      let rows = summaries.map(DeckListingRow.init)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(rows), as: UTF8.self))
    case .table:
      print(DeckListingTable(learner: learner.name, summaries: summaries).text, terminator: "")
    }
  }
}

/// One deck in `factdeck decks --format json`.
struct DeckListingRow: Encodable {
  var id: String
  var title: String
  var cards: Int
  var new: Int
  var learning: Int
  var due: Int
  var reviewedToday: Int

  init(_ summary: DeckSummary) {
    id = summary.id
    title = summary.title
    cards = summary.cards
    new = summary.available.new
    learning = summary.available.learning
    due = summary.available.review
    reviewedToday = summary.reviewedToday
  }

  enum CodingKeys: String, CodingKey {
    case id, title, cards, new, learning, due
    case reviewedToday = "reviewed_today"
  }
}

/// The human-readable listing, aligned like `factdeck cards`.
struct DeckListingTable {
  var learner: String
  var summaries: [DeckSummary]

  var text: String {
    if summaries.isEmpty { return "No decks yet: make one with factdeck generate.\n" }
    let header = ["deck", "cards", "new", "learning", "due", "done today", "title"]
    let rows = summaries.map {
      [
        $0.id, String($0.cards), String($0.available.new), String($0.available.learning),
        String($0.available.review), String($0.reviewedToday), TerminalText.sanitize($0.title),
      ]
    }
    return "Decks for \(learner):\n" + AlignedColumns(rows: [header] + rows).text
  }
}
