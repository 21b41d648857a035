import Foundation
import Sessions

/// The database side of a study session, as the terminal shells need it. The command line
/// supplies one backed by the review store; effects are performed through it one at a time.
public protocol StudyBackend {
  /// The cards to study now in these decks, in the order to show them, and the next time a card
  /// outside them comes due.
  func load(_ scope: StudyScope, cram: Bool, at now: Date) throws -> (
    cards: [StudyCard], laterDue: Date?
  )
  func decks(at now: Date) throws -> [DeckSummary]
  /// What a session over all decks would hold now, within the daily limits.
  func allDecks(at now: Date) throws -> QueueCounts
  /// When the next card in these decks comes due after `now`, for the end of a session.
  func nextDue(_ scope: StudyScope, after now: Date) throws -> Date?
  /// Commits a grade in one transaction; throws `StudyBackendError.cardChanged` when the card
  /// is no longer as it was shown. Returns nil when nothing was written (cram without a log).
  func record(_ record: GradeRecord) throws -> ReviewReceipt?
  func undo(_ record: GradeRecord, receipt: ReviewReceipt, at now: Date) throws
  func bury(_ card: StudyCard, at now: Date) throws
  func suspend(_ card: StudyCard, at now: Date) throws
}

public enum StudyBackendError: Error, Equatable, CustomStringConvertible {
  case cardChanged(String)

  public var description: String {
    switch self {
    case .cardChanged(let card): "Card \(card) changed since it was shown; it was skipped."
    }
  }
}

/// Performs a model's effects against a backend and turns the results into the events the
/// model expects back.
public struct EffectRunner {
  public let backend: any StudyBackend
  public let clock: () throws -> Date

  public init(backend: any StudyBackend, clock: @escaping () throws -> Date) {
    self.backend = backend
    self.clock = clock
  }

  /// The event answering `effect`, if it has one. Quit is the caller's.
  public func perform(_ effect: StudyEffect, cram: Bool) -> StudyEvent? {
    do {
      switch effect {
      case .load(let scope):
        let loaded = try backend.load(scope, cram: cram, at: try clock())
        return .loaded(loaded.cards, laterDue: loaded.laterDue)
      case .findNextDue(let scope):
        return .nextDue(try backend.nextDue(scope, after: try clock()))
      case .refreshDecks:
        let now = try clock()
        return .decks(try backend.decks(at: now), all: try backend.allDecks(at: now))
      case .record(let record):
        do {
          return .recorded(try backend.record(record))
        } catch let error as StudyBackendError {
          return .refused(error.description)
        }
      case .undo(let record, let receipt):
        try backend.undo(record, receipt: receipt, at: try clock())
      case .bury(let card):
        try backend.bury(card, at: try clock())
      case .suspend(let card):
        try backend.suspend(card, at: try clock())
      case .quit:
        return nil
      }
    } catch {
      if case .record = effect { return .refused("Not saved: \(error)") }
      return .failed("\(error)")
    }
    return nil
  }
}
