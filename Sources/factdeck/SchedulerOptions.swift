import ArgumentParser
import Scheduling

/// How the FSRS-6 scheduler is set up for a command that schedules cards.
struct SchedulerOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Probability of recall to aim for when a card comes due (0.7–0.99).", valueName: "r"))
  var desiredRetention: Double = 0.9

  @Flag(
    inversion: .prefixedNo,
    help: "Spread review intervals a little so cards learned together drift apart (as Anki does).")
  var fuzz: Bool = true

  func validate() throws {
    guard (0.7...0.99).contains(desiredRetention) else {
      throw ValidationError("--desired-retention must be between 0.7 and 0.99")
    }
  }

  func scheduler() throws -> Scheduler {
    try Scheduler(SchedulerConfiguration(desiredRetention: desiredRetention, fuzz: fuzz))
  }
}
