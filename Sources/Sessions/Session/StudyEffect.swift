import Foundation
import Scheduling

/// A grade to commit: the card as it was shown (the store refuses it if the card has changed
/// since), the grade, and the schedule it leads to.
public struct GradeRecord: Sendable, Hashable {
  public var card: StudyCard
  public var rating: Rating
  public var schedule: CardSchedule
  public var reviewedAt: Date
  /// From the card appearing to the grade.
  public var duration: TimeInterval
  /// Cram reviews leave the card's schedule alone.
  public var isCram: Bool

  public init(
    card: StudyCard, rating: Rating, schedule: CardSchedule, reviewedAt: Date,
    duration: TimeInterval, isCram: Bool
  ) {
    self.card = card
    self.rating = rating
    self.schedule = schedule
    self.reviewedAt = reviewedAt
    self.duration = duration
    self.isCram = isCram
  }
}

/// The store's proof a grade was committed, kept for undo.
public struct ReviewReceipt: Sendable, Hashable {
  public var reviewID: String
  /// The schedule the store saved (it may round times); a card that comes back later in the
  /// session is shown with exactly this, so the store recognises it as unchanged.
  public var schedule: CardSchedule?

  public init(reviewID: String, schedule: CardSchedule? = nil) {
    self.reviewID = reviewID
    self.schedule = schedule
  }
}

/// Which cards to study, as the learner chose them.
public struct StudyScope: Sendable, Hashable {
  /// nil: every deck.
  public var deckIDs: [String]?

  public init(deckIDs: [String]?) { self.deckIDs = deckIDs }
}

/// Work the shell does for the model: the model never touches the database or the terminal.
public enum StudyEffect: Sendable, Hashable {
  /// Read the queue for these decks and answer with `StudyEvent.loaded`.
  case load(StudyScope)
  /// Commit the grade, then answer with `.recorded` or `.refused`; the next card waits for it.
  case record(GradeRecord)
  /// Take back a committed review, restoring the card's previous state.
  case undo(GradeRecord, ReviewReceipt)
  /// Hide the card until tomorrow.
  case bury(StudyCard)
  /// Hide the card until the learner brings it back.
  case suspend(StudyCard)
  /// Find when the next card in these decks comes due after the session, and answer with
  /// `StudyEvent.nextDue`.
  case findNextDue(StudyScope)
  /// Read the deck list again for the home screen and answer with `StudyEvent.decks`.
  case refreshDecks
  case quit
}
