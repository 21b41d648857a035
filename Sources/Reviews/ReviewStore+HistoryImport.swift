import Foundation
import GRDB
import Scheduling

/// What a history import did.
public struct HistoryImportSummary: Sendable, Hashable {
  /// Reviews replayed and logged.
  public var imported: Int
  /// Rows already in the log (same card and time), skipped so importing twice changes nothing.
  public var skipped: Int
  /// Cards the history mentions.
  public var cards: Int
}

extension ReviewStore {
  /// Replays a review-history CSV into the learner's cards of deck `deck` (card id = the CSV's
  /// `card_id`; cards not yet known are created): every row is scheduled in time order and logged
  /// as an `imported` review, all in one transaction. Rows whose card and time are already in the
  /// log are skipped. A row older than its card's latest review is an error naming the line.
  @discardableResult
  public func importHistory(
    _ history: ReviewHistoryCSV, file: String, for learner: Learner, deck: String = "history",
    deckTitle: String = "Imported review history", scheduler: Scheduler
  ) throws(ReviewHistoryError) -> HistoryImportSummary {
    let rows = history.rows.enumerated().sorted {
      ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
    }.map(\.element)
    do {
      return try writeTransaction { db in
        if try !DeckRecord.exists(db, key: deck) {
          try DeckRecord(id: deck, title: deckTitle).insert(db)
        }
        var cards: [String: CardRecord] = [:]
        for card in try CardRecord.filter(Column("deckID") == deck).fetchAll(db) {
          cards[card.stableID] = card
        }
        let learnerIDs = try Int64.fetchAll(db, sql: "SELECT id FROM learner")
        var states: [String: CardStateRecord] = [:]
        var mentioned = Set<String>()
        for row in rows where mentioned.insert(row.cardID).inserted {
          if cards[row.cardID] == nil {
            var card = CardRecord(
              id: nil, deckID: deck, stableID: row.cardID, factID: row.cardID, kind: "imported",
              addedAt: row.time.milliseconds, inDeck: true)
            try card.insert(db)
            for learnerID in learnerIDs {
              try CardStateRecord(
                learnerID: learnerID, cardID: card.id!,
                schedule: .new(due: Date(milliseconds: card.addedAt)), suspended: false,
                buriedUntil: nil
              ).insert(db)
            }
            cards[row.cardID] = card
          }
          let cardRowID = cards[row.cardID]!.id!
          guard
            let state = try CardStateRecord.fetchOne(
              db, key: ["learnerID": learner.id, "cardID": cardRowID])
          else { throw ReviewStoreError.unknownCard(CardKey(deck: deck, card: row.cardID)) }
          states[row.cardID] = state
        }
        let logged = try Set(
          Row.fetchAll(
            db,
            sql: """
              SELECT r.cardID, r.time FROM review r JOIN card c ON c.id = r.cardID
              WHERE r.learnerID = ? AND c.deckID = ?
                AND NOT EXISTS (SELECT 1 FROM undo u WHERE u.reviewUUID = r.uuid)
              """, arguments: [learner.id, deck]
          ).map { "\($0["cardID"] as Int64)@\($0["time"] as Int64)" })

        var summary = HistoryImportSummary(imported: 0, skipped: 0, cards: mentioned.count)
        var touched = Set<String>()
        for row in rows {
          let cardRowID = cards[row.cardID]!.id!
          if logged.contains("\(cardRowID)@\(row.time.milliseconds)") {
            summary.skipped += 1
            continue
          }
          var state = states[row.cardID]!
          if let last = state.schedule.lastReview, row.time < last {
            throw ReviewHistoryError.badLine(
              file: file, line: row.line,
              message: "card \(row.cardID) was already reviewed later, at "
                + UTCTimestamp.string(last))
          }
          let key = CardKey(deck: deck, card: row.cardID)
          let entry = Self.answer(
            state.schedule, row.rating, card: key, learnerID: learner.id, time: row.time,
            durationMs: row.durationMs, kind: .imported, scheduler: scheduler, id: UUID())
          try ReviewRecord.append(entry, cardRowID: cardRowID, db)
          state.schedule = entry.after
          states[row.cardID] = state
          touched.insert(row.cardID)
          summary.imported += 1
        }
        for cardID in touched {
          let state = states[cardID]!
          try CardStateRecord.updateSchedule(
            state.schedule, learnerID: state.learnerID, cardID: state.cardID, db)
        }
        return summary
      }
    } catch let error as ReviewHistoryError {
      throw error
    } catch {
      throw .store(Self.storeError(error, path: path))
    }
  }

  /// Reads the CSV at `path` and imports it (see `importHistory(_:file:for:…)`).
  @discardableResult
  public func importHistory(
    csvAt path: String, for learner: Learner, deck: String = "history", scheduler: Scheduler
  ) throws(ReviewHistoryError) -> HistoryImportSummary {
    try importHistory(
      ReviewHistoryCSV(contentsOf: path), file: path, for: learner, deck: deck,
      scheduler: scheduler)
  }
}
