import Foundation

/// A learner's day: from 04:00 local time to the next 04:00 (Anki's default), so a late-night
/// session still counts as the evening's, and daily limits and burying reset while they sleep.
public struct StudyDay: Sendable, Hashable {
  public var start: Date
  public var end: Date

  /// Hour of local time at which a new study day begins.
  public static let rolloverHour = 4

  /// The study day containing `instant` in `timeZone`.
  public init(containing instant: Date, timeZone: TimeZone) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let hour = Self.rolloverHour
    var start = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: instant) ?? instant
    if start > instant {
      let yesterday = calendar.date(byAdding: .day, value: -1, to: instant) ?? instant
      start = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: yesterday) ?? start
    }
    let tomorrow = calendar.date(byAdding: .day, value: 1, to: start) ?? start
    self.start = start
    self.end = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: tomorrow) ?? tomorrow
  }
}
