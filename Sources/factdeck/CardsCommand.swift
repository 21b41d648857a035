import ArgumentParser
import Foundation
import Reviews

/// `factdeck cards`: every card's schedule for the learner, for people (table) and scripts (JSON).
struct CardsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cards",
    abstract: "List the learner's cards with their FSRS state, due time and counts.",
    discussion: """
      JSON output is an array of objects with the keys card, deck, state, step, stability, \
      difficulty, due, last_review, reps and lapses (times ISO-8601 UTC), plus fact, \
      suspended and buried_until.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: ArgumentHelp("Only the cards of this deck id.", valueName: "deck"))
  var deck: String?

  @Option(name: .long, help: "Output format: table or json.")
  var format: Format = .table

  func run() throws {
    let store = try global.openStore()
    let learner = try store.learner(named: global.learnerName)
    let states = try store.cardStates(for: learner, deck: deck)
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let data = try encoder.encode(states.map(CardStateRow.init))
      print(String(decoding: data, as: UTF8.self))
    case .table:
      print(CardTable(states: states).text, terminator: "")
    }
  }
}

/// The human-readable listing: one line per card, aligned columns.
struct CardTable {
  var states: [CardState]

  var text: String {
    if states.isEmpty { return "No cards yet for this learner.\n" }
    let header = ["deck", "card", "state", "due", "stability", "difficulty", "reps", "lapses"]
    let rows = states.map { state -> [String] in
      let s = state.schedule
      return [
        state.key.deck, state.key.card,
        state.suspended ? "suspended" : s.state.rawValue,
        Self.day(s.due),
        s.stability.map { String(format: "%.2f", $0) } ?? "-",
        s.difficulty.map { String(format: "%.2f", $0) } ?? "-",
        String(s.reps), String(s.lapses),
      ]
    }
    return AlignedColumns(rows: [header] + rows).text
  }

  private static func day(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
