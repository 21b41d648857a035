import Foundation
import Scheduling

/// A review-history CSV as exported from other programs (`card_id,review_rating,review_time,
/// review_duration`), parsed in full before anything is written, so a bad line leaves the
/// database as it was.
public struct ReviewHistoryCSV: Sendable, Hashable {
  public struct Row: Sendable, Hashable {
    /// 1-based line in the file, for error messages.
    public var line: Int
    public var cardID: String
    public var rating: Rating
    public var time: Date
    public var durationMs: Int
  }

  public static let header = ["card_id", "review_rating", "review_time", "review_duration"]

  public var rows: [Row]

  /// Reads and parses the file at `path`.
  public init(contentsOf path: String) throws(ReviewHistoryError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(file: path)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .badLine(file: path, line: 1, message: "the file is not UTF-8 text")
    }
    try self.init(text: text, file: path)
  }

  /// Parses `text`; `file` names it in errors. Columns may come in any order after the header;
  /// blank lines are skipped; times need an explicit offset (`Z` or `+00:00`).
  public init(text: String, file: String) throws(ReviewHistoryError) {
    // "\r\n" is one Character in Swift, and a newline: CRLF files split like LF ones.
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated().map { ($0.offset + 1, $0.element) }
      .filter { !$0.1.allSatisfy(\.isWhitespace) }
    guard !lines.isEmpty else { throw .badLine(file: file, line: 1, message: "the file is empty") }
    let (headerLine, headerText) = lines.removeFirst()
    var headerFields = headerText.split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    if let first = headerFields.first, first.hasPrefix("\u{FEFF}") {
      headerFields[0] = String(first.dropFirst())
    }
    var columns: [String: Int] = [:]
    for name in Self.header {
      guard let index = headerFields.firstIndex(of: name) else {
        throw .badLine(
          file: file, line: headerLine,
          message: "the header needs the columns \(Self.header.joined(separator: ",")); "
            + "\(name) is missing")
      }
      columns[name] = index
    }
    rows = []
    rows.reserveCapacity(lines.count)
    for (number, text) in lines {
      let fields = text.split(separator: ",", omittingEmptySubsequences: false)
      guard fields.count == headerFields.count else {
        throw .badLine(
          file: file, line: number,
          message: "expected \(headerFields.count) fields, found \(fields.count)")
      }
      func field(_ name: String) -> String {
        fields[columns[name]!].trimmingCharacters(in: .whitespaces)
      }
      let cardID = field("card_id")
      guard !cardID.isEmpty else {
        throw .badLine(file: file, line: number, message: "card_id is empty")
      }
      guard let ratingValue = Int(field("review_rating")),
        let rating = Rating(rawValue: ratingValue)
      else {
        throw .badLine(
          file: file, line: number,
          message: "review_rating \"\(field("review_rating"))\" is not 1, 2, 3 or 4")
      }
      guard let milliseconds = UTCTimestamp.milliseconds(from: field("review_time")) else {
        throw .badLine(
          file: file, line: number,
          message: "review_time \"\(field("review_time"))\" is not an ISO-8601 time with offset")
      }
      let durationText = field("review_duration")
      let duration: Int
      if durationText.isEmpty {
        duration = 0
      } else if let value = Int(durationText), value >= 0 {
        duration = value
      } else if let value = Double(durationText), value >= 0, value.isFinite {
        duration = Int(value.rounded())
      } else {
        throw .badLine(
          file: file, line: number,
          message: "review_duration \"\(durationText)\" is not a number of milliseconds")
      }
      rows.append(
        Row(
          line: number, cardID: cardID, rating: rating, time: Date(milliseconds: milliseconds),
          durationMs: duration))
    }
  }
}

/// Why a review history could not be imported; one line naming the file and line.
public enum ReviewHistoryError: Error, Equatable, CustomStringConvertible {
  case unreadable(file: String)
  case badLine(file: String, line: Int, message: String)
  /// The store refused the import (nothing of it was written).
  case store(ReviewStoreError)

  public var description: String {
    switch self {
    case .unreadable(let file): return "\(file): cannot be read"
    case .badLine(let file, let line, let message): return "\(file):\(line): \(message)"
    case .store(let error): return error.description
    }
  }
}
