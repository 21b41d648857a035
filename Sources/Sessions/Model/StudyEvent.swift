import Foundation

/// What reaches the screen model: keys, and the answers to its effects.
public enum StudyEvent: Sendable {
  case key(StudyKey)
  /// A second passed (the elapsed time is redrawn).
  case tick
  /// The queue for a `load` effect; `laterDue` is the next due card outside it.
  case loaded([StudyCard], laterDue: Date?)
  /// The deck list for the home screen and what all decks together hold, after `refreshDecks`.
  case decks([DeckSummary], all: QueueCounts?)
  /// The answer to `findNextDue`.
  case nextDue(Date?)
  /// A `record` effect was committed.
  case recorded(ReviewReceipt?)
  /// A `record` effect was refused, with why.
  case refused(String)
  /// Any other effect failed.
  case failed(String)
}
