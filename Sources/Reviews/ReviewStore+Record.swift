import Foundation
import GRDB
import Scheduling

extension ReviewStore {
  /// Records the learner's answer to a card in one transaction, committed before returning: the
  /// log gets the review with the schedule before and after, and the card's state becomes the
  /// scheduler's result (a cram answer is logged but leaves the schedule as it was).
  ///
  /// `shown` is the schedule the card had when it was put on screen. If the stored schedule is
  /// different by now (another process answered or undid it meanwhile) nothing is written and
  /// `cardChanged` is thrown, so one card is never scheduled from a stale state.
  @discardableResult
  public func record(
    _ rating: Rating, for card: CardKey, learner: Learner, shown: CardSchedule, at time: Date,
    durationMs: Int, kind: ReviewKind = .normal, scheduler: Scheduler, id: UUID = UUID()
  ) throws(ReviewStoreError) -> ReviewLogEntry {
    let time = time.roundedToMilliseconds
    let shown = shown.roundedToMilliseconds
    return try write { db in
      let statement = try db.cachedStatement(
        sql: """
          SELECT \(Self.cardStateColumns)
          FROM card c JOIN card_state s ON s.cardID = c.id AND s.learnerID = ?
          WHERE c.deckID = ? AND c.stableID = ?
          """)
      guard
        let row = try Row.fetchOne(statement, arguments: [learner.id, card.deck, card.card])
      else { throw ReviewStoreError.unknownCard(card) }
      let cardRowID: Int64 = row[0]
      let before = Self.cardState(row).schedule
      guard before == shown else { throw ReviewStoreError.cardChanged(card) }
      let entry = Self.answer(
        before, rating, card: card, learnerID: learner.id, time: time, durationMs: durationMs,
        kind: kind, scheduler: scheduler, id: id)
      try ReviewRecord.append(entry, cardRowID: cardRowID, db)
      if entry.after != before {
        try CardStateRecord.updateSchedule(
          entry.after, learnerID: learner.id, cardID: cardRowID, db)
      }
      return entry
    }
  }

  /// The log entry for one answer; the single place the scheduler is applied, shared by
  /// recording, history import and rebuilding, so all three compute the same states.
  static func answer(
    _ before: CardSchedule, _ rating: Rating, card: CardKey, learnerID: Int64, time: Date,
    durationMs: Int, kind: ReviewKind, scheduler: Scheduler, id: UUID
  ) -> ReviewLogEntry {
    var after = before
    var elapsedDays: Int?
    var retrievability: Double?
    if kind == .cram {
      retrievability =
        before.lastReview == nil ? nil : scheduler.retrievability(of: before, at: time)
    } else {
      let outcome = scheduler.review(before, rating: rating, at: time, cardKey: card.description)
      after = outcome.card.roundedToMilliseconds
      elapsedDays = outcome.elapsedDays
      retrievability = outcome.retrievability
    }
    return ReviewLogEntry(
      id: id, learnerID: learnerID, card: card, time: time, rating: rating,
      durationMs: max(0, durationMs), kind: kind, elapsedDays: elapsedDays,
      retrievability: retrievability, before: before, after: after)
  }
}
