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
      let cardRecord = try Self.cardRecord(card, db)
      guard
        var state = try CardStateRecord.fetchOne(
          db, key: ["learnerID": learner.id, "cardID": cardRecord.id])
      else { throw ReviewStoreError.unknownCard(card) }
      guard state.schedule == shown else { throw ReviewStoreError.cardChanged(card) }
      let entry = Self.answer(
        state.schedule, rating, card: card, learnerID: learner.id, time: time,
        durationMs: durationMs, kind: kind, scheduler: scheduler, id: id)
      try ReviewRecord(entry: entry, cardRowID: cardRecord.id!).insert(db)
      if entry.after != entry.before {
        state.schedule = entry.after
        try state.update(db)
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
