import Foundation
import Testing

/// generate → decks: a deck written by the generator is listed with its counts, and the new
/// count respects the daily limit of 20.
@Test func generatedDecksAreListedWithWhatIsDue() throws {
  let folder = try TemporaryFolder()
  let decks = folder.url.appendingPathComponent("Decks")
  try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
  let article = fixturesFolder.appendingPathComponent("articles/doi-moi.txt").path
  let generated = try FactdeckBinary.run([
    "generate", article, "--out", decks.appendingPathComponent("doi-moi.yaml").path,
  ])
  #expect(generated.status == 0, "\(generated.stderr)")

  let environment = ["FACTDECK_NOW": "2026-03-02T10:00:00Z"]
  let listed = try FactdeckBinary.run(
    ["decks", "--decks", decks.path, "--db", folder.path("p.sqlite"), "--format", "json"],
    environment: environment)
  #expect(listed.status == 0, "\(listed.stderr)")
  let rows = try #require(
    JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
  #expect(rows.count == 1)
  let row = try #require(rows.first)
  #expect(row["id"] as? String == "doi-moi")
  let cards = try #require(row["cards"] as? Int)
  #expect(cards > 20)
  #expect(row["new"] as? Int == 20)
  #expect(row["due"] as? Int == 0)
  #expect(row["learning"] as? Int == 0)

  let table = try FactdeckBinary.run(
    ["decks", "--decks", decks.path, "--db", folder.path("p.sqlite"), "--learner", "an"],
    environment: environment)
  #expect(table.stdout.hasPrefix("Decks for an:\n"))
  #expect(table.stdout.contains("doi-moi"))
}

@Test func aMissingDecksFolderIsOneClearLine() throws {
  let folder = try TemporaryFolder()
  let result = try FactdeckBinary.run([
    "decks", "--decks", folder.path("nowhere"), "--db", folder.path("p.sqlite"),
  ])
  #expect(result.status == 1)
  #expect(result.stderr.contains("nowhere"))
  #expect(result.stderr.split(separator: "\n").count == 1)
}
