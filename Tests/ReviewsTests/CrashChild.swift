import Foundation

/// Runs the `ReviewsCrashChild` executable (built beside this test bundle) as a separate process
/// and collects the review ids it prints.
final class CrashChild {
  static var url: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directory = bundle.bundleURL.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("ReviewsCrashChild")
  }

  let process = Process()
  private let output = Pipe()
  private let errors = Pipe()

  init(database: String, deck: String, cards: Int, answers: Int) throws {
    process.executableURL = Self.url
    process.arguments = [database, deck, String(cards), String(answers)]
    process.standardOutput = output
    process.standardError = errors
    try process.run()
  }

  /// Output already read by `waitForLines`.
  private var received = Data()

  /// Blocks until the child has printed `count` lines (or closed its output), so that a kill
  /// lands while answers are being recorded, however slow the machine.
  func waitForLines(_ count: Int) {
    let handle = output.fileHandleForReading
    while received.filter({ $0 == 10 }).count < count {
      let chunk = handle.availableData
      if chunk.isEmpty { return }
      received.append(chunk)
    }
  }

  func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
  }

  /// Waits for the end; returns the complete lines it printed (a line cut by a kill is dropped),
  /// what it wrote on stderr, and how it ended.
  func finish() -> (ids: [String], stderr: String, status: Int32, killed: Bool) {
    let stdout = received + output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    var text = String(decoding: stdout, as: UTF8.self)
    if !text.hasSuffix("\n"), let lastBreak = text.lastIndex(of: "\n") {
      text = String(text[...lastBreak])
    } else if !text.hasSuffix("\n") {
      text = ""
    }
    let ids = text.split(separator: "\n").map(String.init)
    return (
      ids, String(decoding: stderr, as: UTF8.self), process.terminationStatus,
      process.terminationReason == .uncaughtSignal
    )
  }
}
