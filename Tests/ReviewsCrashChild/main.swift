import Foundation
import Reviews
import Scheduling

// A real process for the store's crash and concurrency tests (ReviewsTests runs it):
//
//   ReviewsCrashChild DB DECK CARDS COUNT
//
// syncs deck DECK with CARDS cards into the database DB, then answers them in turn as learner
// "child", COUNT times (0: until killed), printing each review's UUID on its own line only after
// `record` has returned, i.e. after its transaction committed.

let arguments = CommandLine.arguments
guard arguments.count == 5, let cardCount = Int(arguments[3]), cardCount > 0,
  let answerCount = Int(arguments[4])
else {
  FileHandle.standardError.write(Data("usage: ReviewsCrashChild DB DECK CARDS COUNT\n".utf8))
  exit(2)
}
let deck = arguments[2]

do {
  let store = try ReviewStore(path: arguments[1])
  let scheduler = try Scheduler(SchedulerConfiguration())
  let learner = try store.learner(named: "child")
  let start = Date(timeIntervalSince1970: 1_780_000_000)
  let cards = (0..<cardCount).map {
    DeckCardIdentity(cardID: "\(deck)-\($0)", factID: "\(deck)-f\($0)", kind: "cloze")
  }
  try store.syncDeck(id: deck, title: deck, cards: cards, at: start)
  // Continue where an earlier (killed) run of this deck stopped.
  var answered = try store.reviews(for: learner).filter { $0.card.deck == deck }.count
  let ratings: [Rating] = [.good, .again, .good, .easy, .hard, .good]
  while answerCount == 0 || answered < answerCount {
    let key = CardKey(deck: deck, card: "\(deck)-\(answered % cardCount)")
    let shown = try store.cardState(for: learner, card: key).schedule
    let time = max(start, shown.lastReview ?? start).addingTimeInterval(
      Double(answered % 7 + 1) * 3600)
    let entry = try store.record(
      ratings[answered % ratings.count], for: key, learner: learner, shown: shown, at: time,
      durationMs: 1000 + answered % 5000, scheduler: scheduler)
    // One unbuffered write per line: what was printed has left the process when it is killed.
    FileHandle.standardOutput.write(Data((entry.id.uuidString + "\n").utf8))
    answered += 1
  }
  try store.close()
} catch {
  FileHandle.standardError.write(Data("ReviewsCrashChild: \(error)\n".utf8))
  exit(1)
}
