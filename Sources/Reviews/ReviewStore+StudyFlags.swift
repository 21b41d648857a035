import Foundation
import GRDB

extension ReviewStore {
  /// Hides the card from the due queue until the learner's next study day begins.
  public func bury(_ card: CardKey, for learner: Learner, at now: Date, timeZone: TimeZone)
    throws(ReviewStoreError)
  {
    let until = StudyDay(containing: now, timeZone: timeZone).end.milliseconds
    try updateState(card, learner) { $0.buriedUntil = until }
  }

  /// Takes the card out of study (or puts it back) without touching its schedule.
  public func setSuspended(_ suspended: Bool, _ card: CardKey, for learner: Learner)
    throws(ReviewStoreError)
  {
    try updateState(card, learner) { $0.suspended = suspended }
  }

  private func updateState(
    _ key: CardKey, _ learner: Learner, _ change: @escaping (inout CardStateRecord) -> Void
  ) throws(ReviewStoreError) {
    try write { db in
      let card = try Self.cardRecord(key, db)
      guard
        var state = try CardStateRecord.fetchOne(
          db, key: ["learnerID": learner.id, "cardID": card.id])
      else { throw ReviewStoreError.unknownCard(key) }
      change(&state)
      try state.update(db)
    }
  }
}
