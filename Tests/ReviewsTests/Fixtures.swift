import Foundation
import Scheduling

@testable import Reviews

/// Shared test data: the FSRS fixture files and a scheduler without fuzz.
enum Fixtures {
  static let fsrsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/fsrs")

  static var joshLog: String { fsrsFolder.appendingPathComponent("review-log-josh.csv").path }
  static var joshReplay: String {
    fsrsFolder.appendingPathComponent("review-log-josh.replay.csv").path
  }

  /// The configuration the replay file was made with: default weights, 1m/10m learning steps,
  /// 10m relearning step, no fuzz.
  static func scheduler(fuzz: Bool = false) throws -> Scheduler {
    try Scheduler(
      SchedulerConfiguration(
        learningSteps: [60, 600], relearningSteps: [600], maximumInterval: 36500, fuzz: fuzz))
  }

  static func date(_ text: String) -> Date {
    Date(milliseconds: UTCTimestamp.milliseconds(from: text)!)
  }

  /// A deck of `count` cards; cards `2k` and `2k+1` share a fact when `siblings` is set.
  static func cards(_ count: Int, prefix: String = "c", siblings: Bool = false)
    -> [DeckCardIdentity]
  {
    (0..<count).map { index in
      DeckCardIdentity(
        cardID: "\(prefix)\(index)", factID: siblings ? "f\(index / 2)" : "f-\(prefix)\(index)",
        kind: index % 2 == 0 ? "cloze" : "choice")
    }
  }
}
