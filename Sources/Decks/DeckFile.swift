import Foundation

/// Deck files on disk: checking one for `factdeck check`, writing one so a failure never leaves
/// a half-written deck behind.
public enum DeckFile {
  /// What `factdeck check` prints for one file: every problem as `FILE:LINE: message`, or a
  /// one-line summary when the deck is valid.
  public static func check(text: String, path: String) -> (ok: Bool, lines: [String]) {
    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let (deck, problems) = DeckReader().parse(text, defaultID: id)
    guard problems.isEmpty, let deck else {
      return (false, problems.map { $0.formatted(file: path) })
    }
    var counts: [String: Int] = [:]
    for card in deck.cards { counts[card.kind.rawValue, default: 0] += 1 }
    let detail = counts.keys.sorted().map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
    let sources = deck.sources.count == 1 ? "1 source" : "\(deck.sources.count) sources"
    let summary =
      "\(path): ok, \(deck.cards.count) cards" + (detail.isEmpty ? "" : " (\(detail))")
      + ", \(sources)"
    return (true, [summary])
  }

  /// Reads and checks the file at `path`; unreadable files are one problem on line 1.
  public static func check(path: String) -> (ok: Bool, lines: [String]) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return (false, ["\(path):1: no such file"])
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
      return (false, ["\(path):1: cannot read the file (is it a folder?)"])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (false, ["\(path):1: not UTF-8 text"])
    }
    return check(text: text, path: path)
  }

  public enum WriteError: Error, Equatable, CustomStringConvertible {
    case noFolder(path: String, folder: String)
    case failed(path: String, reason: String)

    public var description: String {
      switch self {
      case .noFolder(let path, let folder): "\(path): the folder \(folder) does not exist"
      case .failed(let path, let reason): "\(path): cannot write the deck: \(reason)"
      }
    }
  }

  /// Writes through a temporary file in the same folder and a rename: readers see the old
  /// deck or the new one, never half of one, and a failure removes the temporary file.
  public static func writeAtomically(_ text: String, to path: String) throws(WriteError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw .noFolder(path: path, folder: folder.path)
    }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw .failed(path: path, reason: error.localizedDescription)
    }
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw .failed(path: path, reason: reason)
    }
  }
}
