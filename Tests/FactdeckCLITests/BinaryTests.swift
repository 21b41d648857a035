import Foundation
import Testing

@Test func helpListsTheCommandsThatWork() throws {
  let result = try FactdeckBinary.run(["--help"])
  #expect(result.status == 0)
  #expect(result.stdout.contains("cards"))
  #expect(result.stdout.contains("history"))
  for command in ["study", "generate", "check"] {
    #expect(result.stdout.contains(command))
  }
}

@Test func wrongUsageExitsWithStatusTwo() throws {
  let result = try FactdeckBinary.run(["cards", "--format", "xml"])
  #expect(result.status == 2)
  #expect(result.stderr.contains("--format"))
  let unknown = try FactdeckBinary.run(["cards", "--no-such-option"])
  #expect(unknown.status == 2)
  // Bare words go to the default command, study, as deck names: an unknown deck is bad input.
  let folder = try TemporaryFolder()
  let deck = try FactdeckBinary.run(
    ["no-such-deck", "--decks", folder.url.path, "--db", folder.path("p.sqlite")])
  #expect(deck.status == 1)
  #expect(deck.stderr.contains("no-such-deck"))
}

@Test func aDatabaseInAMissingFolderIsOneClearLine() throws {
  let folder = try TemporaryFolder()
  let db = folder.path("missing/progress.sqlite")
  let result = try FactdeckBinary.run(["cards", "--db", db])
  #expect(result.status == 1)
  #expect(
    result.stderr
      == "factdeck: \(db): the folder does not exist; create it or choose another --db path\n")
  #expect(!FileManager.default.fileExists(atPath: db))
}

@Test func aFileThatIsNotADatabaseIsLeftUntouched() throws {
  let folder = try TemporaryFolder()
  let db = folder.path("notes.sqlite")
  try "my notes\n".write(toFile: db, atomically: true, encoding: .utf8)
  let result = try FactdeckBinary.run(["cards", "--db", db])
  #expect(result.status == 1)
  #expect(result.stderr.contains("not a factdeck database"))
  #expect(try String(contentsOfFile: db, encoding: .utf8) == "my notes\n")
}

@Test func theDefaultDatabaseFollowsXDGDataHome() throws {
  let folder = try TemporaryFolder()
  let result = try FactdeckBinary.run(
    ["cards"], environment: ["XDG_DATA_HOME": folder.path("data"), "FACTDECK_DB": ""])
  #expect(result.status == 0, "\(result.stderr)")
  #expect(FileManager.default.fileExists(atPath: folder.path("data/factdeck/factdeck.sqlite")))
}

@Test func theLearnerDefaultsToTheUser() throws {
  let folder = try TemporaryFolder()
  let db = folder.path("p.sqlite")
  let csv = folder.path("h.csv")
  try "card_id,review_rating,review_time,review_duration\n9,3,2024-03-01T10:00:00+00:00,5000\n"
    .write(toFile: csv, atomically: true, encoding: .utf8)
  let imported = try FactdeckBinary.run(
    ["history", "import", csv, "--db", db], environment: ["USER": "minh"])
  #expect(imported.stdout.contains("for minh"))
  let mine = try FactdeckBinary.run(["cards", "--db", db], environment: ["USER": "minh"])
  #expect(mine.stdout.contains("9"))
  #expect(mine.stdout.contains("review") || mine.stdout.contains("learning"))
  // Another learner of the same database knows the card but has not studied it.
  let theirs = try FactdeckBinary.run(["cards", "--db", db, "--learner", "lan"])
  let lines = theirs.stdout.split(separator: "\n")
  #expect(lines.count == 2)
  #expect(lines.last?.contains(" new ") == true)
}
