import Foundation
import Reviews

extension GlobalOptions {
  /// Opens the learner's progress database. Only the default location's folders are created:
  /// a folder the user named must already exist, so a typo is reported, not silently made.
  func openStore() throws -> ReviewStore {
    let (path, isDefault) = database
    if isDefault {
      let folder = (path as NSString).deletingLastPathComponent
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw CLIError.message(
          "\(folder): cannot create the data folder (\(error.localizedDescription))")
      }
    }
    return try ReviewStore(path: path)
  }
}
