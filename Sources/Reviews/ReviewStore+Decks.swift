import Foundation
import GRDB

/// A card as a deck file describes it, reduced to what the progress store needs.
public struct DeckCardIdentity: Sendable, Hashable {
  /// The card's stable id within its deck.
  public var cardID: String
  /// Shared by sibling cards about the same fact.
  public var factID: String
  public var kind: String

  public init(cardID: String, factID: String, kind: String) {
    self.cardID = cardID
    self.factID = factID
    self.kind = kind
  }
}

/// What syncing a deck changed.
public struct DeckSyncSummary: Sendable, Hashable {
  /// Cards the database had not seen (or had seen leave the deck and now come back).
  public var added: Int
  /// Cards no longer in the deck file; their states and reviews are kept.
  public var removed: Int
  /// Cards whose fact id or kind changed.
  public var changed: Int
}

extension ReviewStore {
  /// Makes the database's idea of deck `id` match the deck file: new cards become new for every
  /// learner (due from `now`), cards that remain keep every learner's state, and cards that left
  /// are kept but no longer studied. Duplicate card ids keep their first occurrence.
  @discardableResult
  public func syncDeck(
    id deckID: String, title: String, cards: [DeckCardIdentity], at now: Date
  ) throws(ReviewStoreError) -> DeckSyncSummary {
    try write { db in
      try DeckRecord(id: deckID, title: title).upsert(db)
      // Decks are synced at the start of every session, so this reads rows by position and
      // writes only what changed, through cached statements.
      var known: [String: (id: Int64, factID: String, kind: String, inDeck: Bool)] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT stableID, id, factID, kind, inDeck FROM card WHERE deckID = ?",
        arguments: [deckID])
      while let row = try rows.next() { known[row[0]] = (row[1], row[2], row[3], row[4]) }

      let update = try db.cachedStatement(
        sql: "UPDATE card SET factID = ?, kind = ?, inDeck = ? WHERE id = ?")
      let insertCard = try db.cachedStatement(
        sql: """
          INSERT INTO card (deckID, stableID, factID, kind, addedAt, inDeck)
          VALUES (?, ?, ?, ?, ?, 1)
          """)
      let insertState = try db.cachedStatement(
        sql: "INSERT INTO card_state (learnerID, cardID, state, due) VALUES (?, ?, 'new', ?)")
      let learnerIDs = try Int64.fetchAll(db, sql: "SELECT id FROM learner")
      let addedAt = now.milliseconds
      var summary = DeckSyncSummary(added: 0, removed: 0, changed: 0)
      var seen = Set<String>()
      for card in cards where seen.insert(card.cardID).inserted {
        if let existing = known[card.cardID] {
          let changed = existing.factID != card.factID || existing.kind != card.kind
          if changed { summary.changed += 1 }
          if !existing.inDeck { summary.added += 1 }
          if changed || !existing.inDeck {
            try update.execute(arguments: [card.factID, card.kind, true, existing.id])
          }
        } else {
          try insertCard.execute(arguments: [deckID, card.cardID, card.factID, card.kind, addedAt])
          let cardRowID = db.lastInsertedRowID
          for learnerID in learnerIDs {
            try insertState.execute(arguments: [learnerID, cardRowID, addedAt])
          }
          summary.added += 1
        }
      }
      for (stableID, card) in known where card.inDeck && !seen.contains(stableID) {
        try update.execute(arguments: [card.factID, card.kind, false, card.id])
        summary.removed += 1
      }
      return summary
    }
  }

  /// Deck ids and titles the database knows, by id.
  public func decks() throws(ReviewStoreError) -> [(id: String, title: String)] {
    try read { db in
      try DeckRecord.order(Column("id")).fetchAll(db).map { ($0.id, $0.title) }
    }
  }

  /// The row id of a known card, or `unknownCard`.
  static func cardRecord(_ key: CardKey, _ db: Database) throws -> CardRecord {
    guard
      let card = try CardRecord.filter(
        Column("deckID") == key.deck && Column("stableID") == key.card
      )
      .fetchOne(db)
    else { throw ReviewStoreError.unknownCard(key) }
    return card
  }
}
