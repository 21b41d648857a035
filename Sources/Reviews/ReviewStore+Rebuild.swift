import Foundation
import GRDB
import Scheduling

extension ReviewStore {
  /// Recomputes every card state of the learner from the review log alone: each card starts new
  /// (due when the database first saw it) and takes its remaining (not undone, not cram) reviews in
  /// order through `scheduler`. Suspension and burying are not part of the log and stay as they
  /// are. Returns the cards whose stored state was different, i.e. 0 when the cache was right.
  @discardableResult
  public func rebuildCardStates(for learner: Learner, scheduler: Scheduler)
    throws(ReviewStoreError) -> [CardKey]
  {
    try write { db in
      var reviewsByCard: [Int64: [ReviewRecord]] = [:]
      let reviewRows = try Row.fetchCursor(
        db,
        sql: ReviewRecord.selectSQL + """
           WHERE review.learnerID = ? AND review.kind != 'cram'
            AND NOT EXISTS (SELECT 1 FROM undo WHERE undo.reviewUUID = review.uuid)
          ORDER BY review.time, review.id
          """, arguments: [learner.id])
      while let row = try reviewRows.next() {
        let review = ReviewRecord(row: row)
        reviewsByCard[review.cardRowID, default: []].append(review)
      }
      var changed: [CardKey] = []
      let states = try Row.fetchAll(
        db,
        sql: """
          SELECT \(Self.cardStateColumns), c.addedAt
          FROM card_state s JOIN card c ON c.id = s.cardID WHERE s.learnerID = ?
          """, arguments: [learner.id])
      for row in states {
        let cardRowID: Int64 = row[0]
        let addedAt: Int64 = row[16]
        let current = Self.cardState(row)
        var schedule = CardSchedule.new(due: Date(milliseconds: addedAt))
        for review in reviewsByCard[cardRowID] ?? [] {
          schedule =
            Self.answer(
              schedule, review.entry.rating, card: current.key, learnerID: learner.id,
              time: review.entry.time, durationMs: review.entry.durationMs, kind: review.entry.kind,
              scheduler: scheduler, id: review.entry.id
            ).after
        }
        if schedule != current.schedule {
          changed.append(current.key)
          try CardStateRecord.updateSchedule(
            schedule, learnerID: learner.id, cardID: cardRowID, db)
        }
      }
      return changed.sorted()
    }
  }
}
