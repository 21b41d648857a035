import Foundation
import GRDB

extension ReviewStore {
  /// The learner's queue at `now` over `decks` (all decks when nil): learning cards due, then
  /// review cards due today, then new cards, within the daily limits. Suspended, buried and
  /// removed cards are left out, and so are siblings: at most one card per fact, and none of a
  /// fact already reviewed today (learning cards are always kept, being mid-learning). A fact
  /// id names the fact itself, not its deck, so two decks that ask about the same fact (two
  /// articles telling the same event) share it too.
  ///
  /// Overdue reviews come lowest retrievability first. Retrievability falls with elapsed time
  /// over stability whatever the FSRS weights, so SQLite can order by that ratio without the
  /// scheduler.
  public func dueQueue(
    for learner: Learner, decks: Set<String>? = nil, at now: Date, timeZone: TimeZone,
    limits: DailyLimits = DailyLimits()
  ) throws(ReviewStoreError) -> DueQueue {
    let day = StudyDay(containing: now, timeZone: timeZone)
    return try read { db in
      try DueQueueBuilder(
        db: db, learnerID: learner.id, decks: decks, now: now.milliseconds, day: day,
        limits: limits
      ).build()
    }
  }
}

/// One due-queue query, step by step, on one read snapshot.
private struct DueQueueBuilder {
  let db: Database
  let learnerID: Int64
  let decks: Set<String>?
  let now: Int64
  let day: StudyDay
  let limits: DailyLimits

  func build() throws -> DueQueue {
    let dayStart = day.start.milliseconds
    let dayEnd = day.end.milliseconds
    let today = try todaysReviews(from: dayStart, to: dayEnd)
    var queued = Set<String>()

    let learning = try fetch(
      where: "s.state IN ('learning', 'relearning') AND s.due <= ?", [now],
      order: "s.due, s.cardID", limit: nil
    ) { _ in true }
    for card in learning { queued.insert(card.factID) }

    func admit(_ card: CardState) -> Bool {
      let fact = card.factID
      guard !today.facts.contains(fact), !queued.contains(fact) else { return false }
      queued.insert(fact)
      return true
    }

    var reviewBudget = max(0, limits.reviews - today.reviews)
    var reviews: [CardState] = []
    if reviewBudget > 0 {
      let overdue = try fetchOverdue(before: dayStart, limit: reviewBudget, admit: admit)
      reviews += overdue
      reviewBudget -= overdue.count
    }
    if reviewBudget > 0 {
      reviews += try fetch(
        where: "s.state = 'review' AND s.due >= ? AND s.due < ?", [dayStart, dayEnd],
        order: "s.due, s.cardID", limit: reviewBudget, admit: admit)
    }

    let newBudget = max(0, limits.newCards - today.newCards)
    let new =
      newBudget > 0
      ? try fetch(
        where: "s.state = 'new'", [], order: "s.due, s.cardID", limit: newBudget, admit: admit)
      : []

    let nextLearningDue = try Int64.fetchOne(
      db,
      sql: """
        SELECT min(s.due)
        FROM card_state s INDEXED BY card_state_by_due JOIN card c ON c.id = s.cardID
        WHERE s.learnerID = ? AND s.state IN ('learning', 'relearning') AND s.due > ?
          AND s.due < ? AND \(visibleSQL)
        """, arguments: [learnerID, now, dayEnd, now] + deckArguments)

    return DueQueue(
      day: day, learning: learning, reviews: reviews, new: new, newIntroducedToday: today.newCards,
      reviewsDoneToday: today.reviews,
      nextLearningDue: nextLearningDue.map(Date.init(milliseconds:)))
  }

  /// Not suspended, not buried, still in its deck, in one of the decks asked for.
  private var visibleSQL: String {
    var sql = "NOT s.suspended AND (s.buriedUntil IS NULL OR s.buriedUntil <= ?) AND c.inDeck"
    if let decks {
      sql +=
        " AND c.deckID IN (\(Array(repeating: "?", count: decks.count).joined(separator: ", ")))"
    }
    return sql
  }

  private var deckArguments: StatementArguments {
    StatementArguments(decks.map { $0.sorted() } ?? [])
  }

  /// Cards matching `condition`, in `order`, that `admit` accepts, until `limit` are taken,
  /// read in growing batches (siblings may turn rows away). The index is named: without
  /// statistics SQLite's planner may otherwise scan every card state of the learner when a deck
  /// filter joins in.
  private func fetch(
    where condition: String, _ arguments: StatementArguments, order: String, limit: Int?,
    admit: (CardState) -> Bool
  ) throws -> [CardState] {
    var taken: [CardState] = []
    var offset = 0
    var batch = limit.map { $0 * 2 + 16 }
    while true {
      var sql = """
        SELECT \(ReviewStore.cardStateColumns)
        FROM card_state s INDEXED BY card_state_by_due JOIN card c ON c.id = s.cardID
        WHERE s.learnerID = ? AND \(condition) AND \(visibleSQL) ORDER BY \(order)
        """
      if let batch { sql += " LIMIT \(batch) OFFSET \(offset)" }
      let allArguments = [learnerID] + arguments + [now] + deckArguments
      let cursor = try Row.fetchCursor(db, sql: sql, arguments: allArguments)
      var seen = 0
      while let row = try cursor.next() {
        seen += 1
        let card = ReviewStore.cardState(row)
        if admit(card) {
          taken.append(card)
          if let limit, taken.count == limit { return taken }
        }
      }
      guard let current = batch, seen == current else { return taken }
      offset += current
      batch = current * 4
    }
  }

  /// Review cards due before today, lowest retrievability first, i.e. largest elapsed time over
  /// stability. The ordering runs on card_state alone (its covering index) in a subquery with a
  /// LIMIT, so SQLite keeps only the top rows of its sort; the deck filter is applied here to the
  /// few rows that come out, fetching further batches if it rejects too many.
  private func fetchOverdue(before dayStart: Int64, limit: Int, admit: (CardState) -> Bool)
    throws -> [CardState]
  {
    var taken: [CardState] = []
    var offset = 0
    var batch = limit * 2 + 16
    while true {
      let sql = """
        SELECT \(ReviewStore.cardStateColumns) FROM (
          SELECT cardID, (? - lastReview) / stability AS overdueness, due
          FROM card_state INDEXED BY card_state_review_by_due
          WHERE learnerID = ? AND state = 'review' AND due < ? AND NOT suspended
            AND (buriedUntil IS NULL OR buriedUntil <= ?)
          ORDER BY overdueness DESC, due, cardID LIMIT ? OFFSET ?
        ) AS pick
        JOIN card_state s ON s.learnerID = ? AND s.cardID = pick.cardID
        JOIN card c ON c.id = pick.cardID
        ORDER BY pick.overdueness DESC, pick.due, pick.cardID
        """
      let arguments: StatementArguments = [
        now, learnerID, dayStart, now, batch, offset, learnerID,
      ]
      let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
      var seen = 0
      while let row = try cursor.next() {
        seen += 1
        let card = ReviewStore.cardState(row)
        guard card.inDeck, decks?.contains(card.key.deck) ?? true else { continue }
        if admit(card) {
          taken.append(card)
          if taken.count == limit { return taken }
        }
      }
      guard seen == batch else { return taken }
      offset += batch
      batch *= 4
    }
  }

  /// Today's answers, undone ones left out: the counts against the daily limits in the decks
  /// asked for, and the facts answered in any deck (their siblings wait for tomorrow).
  private func todaysReviews(from start: Int64, to end: Int64) throws -> (
    newCards: Int, reviews: Int, facts: Set<String>
  ) {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT r.cardID, r.stateBefore, r.kind, c.deckID, c.factID
        FROM review r JOIN card c ON c.id = r.cardID
        WHERE r.learnerID = ? AND r.time >= ? AND r.time < ?
          AND NOT EXISTS (SELECT 1 FROM undo u WHERE u.reviewUUID = r.uuid)
        """, arguments: [learnerID, start, end])
    var newCards = Set<Int64>()
    var reviews = 0
    var facts = Set<String>()
    for row in rows {
      facts.insert(row["factID"])
      let deck: String = row["deckID"]
      if let decks, !decks.contains(deck) { continue }
      guard row["kind"] == ReviewKind.normal.rawValue else { continue }
      switch row["stateBefore"] as String {
      case "new": newCards.insert(row["cardID"])
      case "review": reviews += 1
      default: break
      }
    }
    return (newCards.count, reviews, facts)
  }
}
