import Foundation
import Testing

/// The contract's promise: after `history import` of the reference log with fuzz off, every
/// card's state equals the last row for that card in py-fsrs's replay.
@Test func importedHistoryMatchesTheReferenceReplay() throws {
  let folder = try TemporaryFolder()
  let db = folder.path("progress.sqlite")
  let log = fixturesFolder.appendingPathComponent("fsrs/review-log-josh.csv").path
  let imported = try FactdeckBinary.run([
    "history", "import", log, "--db", db, "--learner", "josh", "--no-fuzz",
  ])
  #expect(imported.status == 0, "\(imported.stderr)")
  #expect(imported.stdout.contains("imported 12580 reviews of 1205 cards"))

  let listed = try FactdeckBinary.run([
    "cards", "--db", db, "--learner", "josh", "--format", "json",
  ])
  #expect(listed.status == 0)
  let cards = try #require(
    JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
  #expect(cards.count == 1205)

  var expected: [String: [String]] = [:]
  let replay = try String(
    contentsOf: fixturesFolder.appendingPathComponent("fsrs/review-log-josh.replay.csv"),
    encoding: .utf8)
  for line in replay.split(whereSeparator: \.isNewline).dropFirst() {
    let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    expected[fields[0]] = fields
  }
  for card in cards {
    let id = try #require(card["card"] as? String)
    let row = try #require(expected[id], "card \(id) not in the replay")
    #expect((card["state"] as? String) == row[5].lowercased(), "card \(id)")
    let stability = try #require(card["stability"] as? Double)
    let difficulty = try #require(card["difficulty"] as? Double)
    #expect(abs(stability - Double(row[7])!) <= 1e-9 * Double(row[7])!, "card \(id)")
    #expect(abs(difficulty - Double(row[8])!) <= 1e-9 * Double(row[8])!, "card \(id)")
    let due = try #require(card["due"] as? String)
    #expect(sameInstant(due, row[9]), "card \(id): \(due) vs \(row[9])")
    for key in [
      "card", "deck", "state", "step", "stability", "difficulty", "due", "last_review",
      "reps", "lapses",
    ] {
      #expect(card.keys.contains(key), "missing \(key)")
    }
  }
}

@Test func importingTheSameHistoryTwiceChangesNothing() throws {
  let folder = try TemporaryFolder()
  let db = folder.path("progress.sqlite")
  let csv = folder.path("small.csv")
  try """
  card_id,review_rating,review_time,review_duration
  1,3,2024-03-01T10:00:00+00:00,5000
  2,1,2024-03-01T10:01:00+00:00,7000
  1,3,2024-03-03T10:00:00+00:00,4000

  """.write(toFile: csv, atomically: true, encoding: .utf8)
  let first = try FactdeckBinary.run(["history", "import", csv, "--db", db, "--learner", "a"])
  #expect(first.status == 0)
  #expect(first.stdout.contains("imported 3 reviews of 2 cards"))
  let before = try FactdeckBinary.run(["cards", "--db", db, "--learner", "a", "--format", "json"])
  let second = try FactdeckBinary.run(["history", "import", csv, "--db", db, "--learner", "a"])
  #expect(second.status == 0)
  #expect(second.stdout.contains("imported 0 reviews"))
  let after = try FactdeckBinary.run(["cards", "--db", db, "--learner", "a", "--format", "json"])
  #expect(before.stdout == after.stdout)
}

@Test func aBrokenHistoryRowIsNamedByFileAndLine() throws {
  let folder = try TemporaryFolder()
  let csv = folder.path("broken.csv")
  try """
  card_id,review_rating,review_time,review_duration
  1,3,2024-03-01T10:00:00+00:00,5000
  2,7,2024-03-01T10:01:00+00:00,7000

  """.write(toFile: csv, atomically: true, encoding: .utf8)
  let result = try FactdeckBinary.run([
    "history", "import", csv, "--db", folder.path("p.sqlite"), "--learner", "a",
  ])
  #expect(result.status == 1)
  #expect(result.stderr.hasPrefix("factdeck: \(csv):3:"))
  #expect(result.stderr.split(separator: "\n").count == 1)
}

/// "2024-09-06T17:08:32.399Z" and "2024-09-06T17:08:32.399000+00:00" name the same instant.
private func sameInstant(_ a: String, _ b: String) -> Bool {
  func parse(_ text: String) -> Date? {
    let normalised = text.replacingOccurrences(of: "+00:00", with: "Z")
      .replacingOccurrences(
        of: #"\.(\d{3})\d*Z"#, with: ".$1Z", options: .regularExpression)
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let date = formatter.date(from: normalised) { return date }
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.date(from: normalised)
  }
  guard let x = parse(a), let y = parse(b) else { return false }
  return abs(x.timeIntervalSince(y)) < 0.001
}
