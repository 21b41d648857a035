import Decks
import Foundation
import Questions
import Scheduling

/// One card as a session sees it: the question, where it is from, and its schedule as it was
/// when the session read it (the store refuses a grade if the card changed since).
public struct StudyCard: Sendable, Hashable, Identifiable {
  /// The store's key for this learner's card; unique across decks.
  public var id: String
  public var deckID: String
  public var deckTitle: String
  public var question: Question
  public var schedule: CardSchedule

  public init(
    id: String, deckID: String, deckTitle: String, question: Question, schedule: CardSchedule
  ) {
    self.id = id
    self.deckID = deckID
    self.deckTitle = deckTitle
    self.question = question
    self.schedule = schedule
  }

  /// Cards that test the same fact are siblings, in one deck or across decks (fact ids come
  /// from the fact, not the deck): one of them a day is enough.
  public var siblingKey: String { question.fact.id }

  /// The queue a card is counted in, as Anki's three numbers.
  public var queueKind: QueueKind {
    switch schedule.state {
    case .new: .new
    case .learning, .relearning: .learning
    case .review: .review
    }
  }
}

/// The three counts shown while studying.
public enum QueueKind: Sendable, Hashable, CaseIterable {
  case new, learning, review
}

/// New / learning / review counts.
public struct QueueCounts: Sendable, Hashable {
  public var new: Int
  public var learning: Int
  public var review: Int

  public init(new: Int = 0, learning: Int = 0, review: Int = 0) {
    self.new = new
    self.learning = learning
    self.review = review
  }

  public var total: Int { new + learning + review }

  mutating func add(_ kind: QueueKind) {
    switch kind {
    case .new: new += 1
    case .learning: learning += 1
    case .review: review += 1
    }
  }
}
