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

  /// The columns `cardState(_:)` reads, by position: reading a row by index is several times
  /// faster than by name, which matters for queues and listings of 100,000 cards.
  static let cardStateColumns = """
    s.cardID, s.state, s.step, s.stability, s.difficulty, s.due, s.lastReview, s.reps, s.lapses,
    s.suspended, s.buriedUntil, c.deckID, c.stableID, c.factID, c.kind, c.inDeck
    """

  static let cardStateSelect = """
    SELECT \(cardStateColumns) FROM card_state s JOIN card c ON c.id = s.cardID
    """

  /// Decodes a row that starts with `cardStateColumns`.
  static func cardState(_ row: Row) -> CardState {
    let stateName: String = row[1]
    let lastReview: Int64? = row[6]
    let buriedUntil: Int64? = row[10]
    let schedule = CardSchedule(
      state: LearningState(rawValue: stateName) ?? .new, step: row[2], stability: row[3],
      difficulty: row[4], due: Date(milliseconds: row[5]),
      lastReview: lastReview.map(Date.init(milliseconds:)), reps: row[7], lapses: row[8])
    return CardState(
      key: CardKey(deck: row[11], card: row[12]), factID: row[13], kind: row[14],
      schedule: schedule, suspended: row[9], buriedUntil: buriedUntil.map(Date.init(milliseconds:)),
      inDeck: row[15])
  }
}
