import Foundation

/// The program reads the clock once per action; `FACTDECK_NOW` (ISO-8601) pins it for tests,
/// demos and reproducible runs.
enum Clock {
  static func now() throws(CLIError) -> Date {
    guard let text = ProcessInfo.processInfo.environment["FACTDECK_NOW"], !text.isEmpty else {
      return Date()
    }
    guard let date = parseISO8601(text) else {
      throw .message("FACTDECK_NOW: '\(text)' is not an ISO-8601 time such as 2024-05-01T09:00:00Z")
    }
    return date
  }

  static func parseISO8601(_ text: String) -> Date? {
    let withFraction = ISO8601DateFormatter()
    withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let date = withFraction.date(from: text) { return date }
    let plain = ISO8601DateFormatter()
    plain.formatOptions = [.withInternetDateTime]
    if let date = plain.date(from: text) { return date }
    let day = ISO8601DateFormatter()
    day.formatOptions = [.withFullDate]
    return day.date(from: text)
  }
}
