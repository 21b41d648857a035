import Foundation
import Reviews

/// One test's world: a temp folder with its own database, the fixture deck, a fixed clock.
/// The folder goes when the test is done.
final class StudyRun {
  let folder: URL
  let now = "2026-09-21T10:00:00Z"

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "factdeck-study-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  var database: String { folder.appendingPathComponent("study.sqlite").path }

  static var decks: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/study/Decks").path
  }

  /// The built executable, beside the test bundle.
  static var binary: String {
    var dir = Bundle.main.bundleURL
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      dir = bundle.bundleURL.deletingLastPathComponent()
    }
    let candidate = dir.appendingPathComponent("factdeck")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
    return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("factdeck").path
  }

  /// The deck folder: the fixture, unless the test copied it to edit it.
  var decks = StudyRun.decks

  /// Copies the fixture decks into the temp folder so the test can change them.
  func copyDecks() throws -> URL {
    let copy = folder.appendingPathComponent("Decks")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.decks), to: copy)
    decks = copy.path
    return copy.appendingPathComponent("towers.yaml")
  }

  func arguments(_ extra: [String] = []) -> [String] {
    ["study", "--db", database, "--decks", decks, "--learner", "ana"] + extra
  }

  /// Runs the binary with piped stdin and stdout (so it takes the plain mode).
  func pipe(_ extra: [String], input text: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    // "--bare" stands for no subcommand at all: plain `factdeck`.
    let bare = extra.contains("--bare")
    let all = arguments(extra.filter { $0 != "--bare" })
    process.arguments = bare ? Array(all.dropFirst()) : all
    var env = ProcessInfo.processInfo.environment
    env["FACTDECK_NOW"] = now
    process.environment = env
    let out = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = out
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The learner's reviews as the store has them.
  func reviews(includingUndone: Bool = false) throws -> [ReviewLogEntry] {
    let store = try ReviewStore(path: database)
    defer { try? store.close() }
    let learner = try store.learner(named: "ana")
    return try store.reviews(for: learner, includingUndone: includingUndone)
  }

  func cardStates() throws -> [CardState] {
    let store = try ReviewStore(path: database)
    defer { try? store.close() }
    return try store.cardStates(for: try store.learner(named: "ana"))
  }
}
