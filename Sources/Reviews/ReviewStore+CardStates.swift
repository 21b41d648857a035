import Foundation
import GRDB
import Scheduling

extension ReviewStore {
  /// The learner's state of every card still in its deck (of one deck if `deck` is given),
  /// ordered by deck and card id.
  public func cardStates(
    for learner: Learner, deck: String? = nil, includingRemoved: Bool = false
  ) throws(ReviewStoreError) -> [CardState] {
    try read { db in
      var sql = Self.cardStateSelect + " WHERE s.learnerID = ?"
      var arguments: StatementArguments = [learner.id]
      if let deck {
        sql += " AND c.deckID = ?"
        arguments += [deck]
      }
      if !includingRemoved { sql += " AND c.inDeck" }
      sql += " ORDER BY c.deckID, c.stableID"
      return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.cardState)
    }
  }

  /// The learner's state of one card.
  public func cardState(for learner: Learner, card key: CardKey) throws(ReviewStoreError)
    -> CardState
  {
    try read { db in try Self.cardState(learnerID: learner.id, key: key, db) }
  }

  static func cardState(learnerID: Int64, key: CardKey, _ db: Database) throws -> CardState {
    let sql = cardStateSelect + " WHERE s.learnerID = ? AND c.deckID = ? AND c.stableID = ?"
    guard let row = try Row.fetchOne(db, sql: sql, arguments: [learnerID, key.deck, key.card])
    else { throw ReviewStoreError.unknownCard(key) }
    return cardState(row)
  }

  static let cardStateSelect = """
    SELECT s.*, c.deckID, c.stableID, c.factID, c.kind, c.inDeck
    FROM card_state s JOIN card c ON c.id = s.cardID
    """

  static func cardState(_ row: Row) -> CardState {
    let buriedUntil: Int64? = row["buriedUntil"]
    return CardState(
      key: CardKey(deck: row["deckID"], card: row["stableID"]), factID: row["factID"],
      kind: row["kind"], schedule: ScheduleColumns.read(row), suspended: row["suspended"],
      buriedUntil: buriedUntil.map(Date.init(milliseconds:)), inDeck: row["inDeck"])
  }
}
