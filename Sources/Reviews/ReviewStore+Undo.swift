import Foundation
import GRDB

extension ReviewStore {
  /// Takes back one answer: appends an undo for it (the review row itself stays, counted as
  /// absent from then on) and puts the card back to its schedule before the answer. Only a card's
  /// latest remaining review can be undone, so undo walks back one answer at a time and the state
  /// always equals a replay of the reviews that remain.
  @discardableResult
  public func undo(review id: UUID, for learner: Learner, at now: Date) throws(ReviewStoreError)
    -> CardState
  {
    try write { db in
      let uuid = id.uuidString
      guard
        let row = try Row.fetchOne(
          db, sql: ReviewRecord.selectSQL + " WHERE review.uuid = ? AND review.learnerID = ?",
          arguments: [uuid, learner.id])
      else { throw ReviewStoreError.unknownReview(id) }
      let review = ReviewRecord(row: row)
      if try UndoRecord.exists(db, key: uuid) { throw ReviewStoreError.alreadyUndone(id) }
      let latest = try String.fetchOne(
        db,
        sql: """
          SELECT r.uuid FROM review r
          WHERE r.learnerID = ? AND r.cardID = ?
            AND NOT EXISTS (SELECT 1 FROM undo u WHERE u.reviewUUID = r.uuid)
          ORDER BY r.time DESC, r.id DESC LIMIT 1
          """, arguments: [learner.id, review.cardRowID])
      guard latest == uuid else { throw ReviewStoreError.notLatestReview(id) }
      guard
        var state = try CardStateRecord.fetchOne(
          db, key: ["learnerID": learner.id, "cardID": review.cardRowID])
      else { throw ReviewStoreError.unknownCard(review.entry.card) }
      state.schedule = review.entry.before
      try state.update(db)
      try UndoRecord(reviewUUID: uuid, time: now.milliseconds).insert(db)
      return try Self.cardState(learnerID: learner.id, key: review.entry.card, db)
    }
  }

  /// The learner's review log, oldest first; undone reviews are left out unless asked for.
  public func reviews(
    for learner: Learner, card: CardKey? = nil, includingUndone: Bool = false
  ) throws(ReviewStoreError) -> [ReviewLogEntry] {
    try read { db in
      var sql = ReviewRecord.selectSQL + " WHERE review.learnerID = ?"
      var arguments: StatementArguments = [learner.id]
      if let card {
        sql += " AND card.deckID = ? AND card.stableID = ?"
        arguments += [card.deck, card.card]
      }
      if !includingUndone {
        sql += " AND NOT EXISTS (SELECT 1 FROM undo WHERE undo.reviewUUID = review.uuid)"
      }
      sql += " ORDER BY review.time, review.id"
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
        ReviewRecord(row: $0).entry
      }
    }
  }
}
