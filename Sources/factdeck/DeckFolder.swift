import Decks
import Foundation
import Sessions

/// The deck files of a decks folder (`--decks`), read with the deck reader: what `study` and
/// `decks` work on.
enum DeckFolder {
  static func load(from folder: URL) throws -> [Deck] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError.message(
        "no decks folder at \(folder.path); make one with deck files or pass --decks DIR")
    }
    let files = try FileManager.default.contentsOfDirectory(
      at: folder, includingPropertiesForKeys: nil
    ).filter { ["yaml", "yml"].contains($0.pathExtension.lowercased()) }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    var texts: [(file: URL, text: String)] = []
    for file in files {
      do {
        texts.append((file, try String(contentsOf: file, encoding: .utf8)))
      } catch {
        throw CLIError.message("\(file.path): cannot read it as UTF-8 text")
      }
    }
    // Big decks take a while to parse: one file per core.
    let results = ParsedDecks(count: texts.count)
    let inputs = texts
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      let (file, text) = inputs[index]
      results.set(
        index,
        Result {
          try DeckReader().read(
            text, file: file.path, defaultID: file.deletingPathExtension().lastPathComponent)
        })
    }
    var decks: [Deck] = []
    var seen = Set<String>()
    for (index, result) in results.all.enumerated() {
      let deck = try result.get()
      guard seen.insert(deck.id).inserted else {
        throw CLIError.message(
          "\(texts[index].file.path): deck id '\(deck.id)' is already used by another file")
      }
      decks.append(deck)
    }
    return decks
  }

  /// The decks named on the command line (by id or file name), nil for all.
  static func scope(for names: [String], in decks: [Deck], folder: URL) throws -> StudyScope? {
    guard !names.isEmpty else { return nil }
    var ids: [String] = []
    for name in names {
      let base = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
      guard let deck = decks.first(where: { $0.id == name || $0.id == base }) else {
        let known = decks.map(\.id).joined(separator: ", ")
        throw CLIError.message(
          "no deck '\(name)' in \(folder.path)" + (known.isEmpty ? "" : " (decks: \(known))"))
      }
      ids.append(deck.id)
    }
    return StudyScope(deckIDs: ids)
  }
}

/// Parse results gathered from several threads, in file order.
private final class ParsedDecks: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<Deck, any Error>?]

  init(count: Int) { results = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: Result<Deck, any Error>) {
    lock.lock()
    results[index] = result
    lock.unlock()
  }

  var all: [Result<Deck, any Error>] {
    lock.lock()
    defer { lock.unlock() }
    return results.map { $0! }
  }
}
