import Foundation
import GRDB
import Scheduling
import Testing

@testable import Reviews

/// The store across real processes: one killed at random moments, two writing at once.
@Suite struct ProcessTests {
  @Test func everyAnswerReportedBeforeAKillIsKept() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("crash.sqlite")
    #expect(FileManager.default.isExecutableFile(atPath: CrashChild.url.path))
    var generator = SplitMix(seed: 2026)
    var printed: [String] = []
    var kills = 0
    for round in 0..<6 {
      let child = try CrashChild(database: path, deck: "crash", cards: 25, answers: 0)
      // The first rounds may die while creating the database; later ones mid-stream, at a
      // random moment after a few answers.
      if round < 2 {
        Thread.sleep(forTimeInterval: Double(10 + generator.next() % 110) / 1000)
      } else {
        child.waitForLines(1 + Int(generator.next() % 20))
        Thread.sleep(forTimeInterval: Double(generator.next() % 300) / 1000)
      }
      child.kill()
      let result = child.finish()
      #expect(result.killed, "the child ended on its own: \(result.stderr)")
      #expect(result.stderr.isEmpty, "\(result.stderr)")
      kills += result.killed ? 1 : 0
      printed += result.ids
    }
    #expect(kills == 6)
    #expect(printed.count >= 5, "the child printed too little to test anything")

    let store = try ReviewStore(path: path)
    let integrity = try store.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    #expect(integrity == ["ok"])
    let logged = try store.read { db in try Set(String.fetchAll(db, sql: "SELECT uuid FROM review"))
    }
    let missing = printed.filter { !logged.contains($0) }
    #expect(missing.isEmpty, "reported but lost: \(missing.prefix(3))")
    // Each answer and its state change went in together: the cache still matches the log.
    let learner = try store.learner(named: "child")
    #expect(
      try store.rebuildCardStates(for: learner, scheduler: Scheduler(SchedulerConfiguration()))
        == [])
  }

  @Test func twoProcessesAnswerAtOnceWithoutLosingAnything() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path("shared.sqlite")
    let answers = 150
    let children = try ["left", "right"].map {
      try CrashChild(database: path, deck: $0, cards: 20, answers: answers)
    }
    let results = children.map { $0.finish() }
    for result in results {
      #expect(result.status == 0)
      #expect(!result.stderr.contains("locked"), "\(result.stderr)")
      #expect(result.stderr.isEmpty, "\(result.stderr)")
      #expect(result.ids.count == answers)
    }
    let store = try ReviewStore(path: path)
    let logged = try store.read { db in try Set(String.fetchAll(db, sql: "SELECT uuid FROM review"))
    }
    #expect(logged.count == 2 * answers)
    #expect(logged == Set(results.flatMap(\.ids)))
    let learners = try store.learners()
    #expect(learners.map(\.name) == ["child"])
    let learner = try #require(learners.first)
    #expect(try store.cardStates(for: learner).count == 40)
    #expect(
      try store.rebuildCardStates(for: learner, scheduler: Scheduler(SchedulerConfiguration()))
        == [])
  }
}
