import Foundation

/// Why the progress store refused to do something. Each description is one line that names the
/// database file (or the card or review) and says what to do about it.
public enum ReviewStoreError: Error, Equatable, CustomStringConvertible {
  /// The folder that should hold the database does not exist.
  case missingDirectory(path: String)
  /// The folder exists but the database (and its -wal/-shm files) cannot be written there.
  case readOnlyDirectory(path: String)
  /// The file exists but cannot be written.
  case readOnlyFile(path: String)
  /// The path names a folder, not a file.
  case isAFolder(path: String)
  /// The file is not an SQLite database at all (a text file, a deck, a truncated copy…).
  case notADatabase(path: String)
  /// The file is an SQLite database of some other program.
  case notAFactdeckDatabase(path: String)
  /// The file was written by a newer factdeck whose schema this build does not know.
  case newerSchema(path: String, unknownMigrations: [String])
  /// SQLite failed; `message` is its explanation.
  case database(path: String, message: String)
  /// The card is not in the database: sync its deck first.
  case unknownCard(CardKey)
  /// The card's schedule changed between showing it and answering it, most likely because another
  /// factdeck process answered it meanwhile. Show the card again with its current state.
  case cardChanged(CardKey)
  /// No review with this id for this learner.
  case unknownReview(UUID)
  /// The review has already been undone.
  case alreadyUndone(UUID)
  /// A later review of the same card must be undone first: undo walks back one answer at a time.
  case notLatestReview(UUID)

  public var description: String {
    switch self {
    case .missingDirectory(let path):
      return "\(path): the folder does not exist; create it or choose another --db path"
    case .readOnlyDirectory(let path):
      return "\(path): the folder is read-only; the database needs a writable folder"
    case .readOnlyFile(let path):
      return "\(path): the database file is read-only"
    case .isAFolder(let path):
      return "\(path): is a folder; give the path of a database file"
    case .notADatabase(let path):
      return "\(path): not a factdeck database (not an SQLite file); left untouched"
    case .notAFactdeckDatabase(let path):
      return "\(path): an SQLite database of another program, not factdeck's; left untouched"
    case .newerSchema(let path, let unknown):
      return
        "\(path): written by a newer factdeck (schema \(unknown.sorted().joined(separator: ", "))); "
        + "upgrade factdeck to open it; left untouched"
    case .database(let path, let message):
      return "\(path): \(message)"
    case .unknownCard(let key):
      return "card \(key) is not in the database; sync its deck first"
    case .cardChanged(let key):
      return "card \(key) changed since it was shown (answered elsewhere?); show it again"
    case .unknownReview(let id):
      return "no review \(id.uuidString) for this learner"
    case .alreadyUndone(let id):
      return "review \(id.uuidString) is already undone"
    case .notLatestReview(let id):
      return "review \(id.uuidString) is not the card's latest; undo the later reviews first"
    }
  }
}
