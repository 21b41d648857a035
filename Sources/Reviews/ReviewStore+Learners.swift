import GRDB

extension ReviewStore {
  /// The learner called `name`, created on first use with every known card new.
  public func learner(named name: String) throws(ReviewStoreError) -> Learner {
    // Usually the learner exists: a read does not wait for another process's write.
    if let learner = try read({ db in try Learner.filter(Column("name") == name).fetchOne(db) }) {
      return learner
    }
    return try write { db in
      if let learner = try Learner.filter(Column("name") == name).fetchOne(db) {
        return learner
      }
      try db.execute(sql: "INSERT INTO learner (name) VALUES (?)", arguments: [name])
      let learner = Learner(id: db.lastInsertedRowID, name: name)
      try db.execute(
        sql: """
          INSERT INTO card_state (learnerID, cardID, state, due)
          SELECT ?, id, 'new', addedAt FROM card
          """, arguments: [learner.id])
      return learner
    }
  }

  /// Every learner in the database, by name.
  public func learners() throws(ReviewStoreError) -> [Learner] {
    try read { db in try Learner.order(Column("name")).fetchAll(db) }
  }
}
