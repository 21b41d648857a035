import Foundation

/// Anki-style short labels for the time until a card is due ("1m", "10m", "1d", "3.2mo",
/// "1.5y"), for the rating buttons. Months are 30 days and years 365 days, as in Anki.
public enum IntervalText {
  private static let units: [(limit: Double, seconds: Double, suffix: String)] = [
    (60, 1, "s"),
    (3_600, 60, "m"),
    (86_400, 3_600, "h"),
    (30 * 86_400, 86_400, "d"),
    (365 * 86_400, 30 * 86_400, "mo"),
    (.infinity, 365 * 86_400, "y"),
  ]

  /// `seconds` in the largest unit it reaches, to one decimal place without a trailing ".0";
  /// seconds, minutes and days are whole numbers. Negative spans are shown as 0s.
  public static func short(_ seconds: TimeInterval) -> String {
    let span = seconds.isFinite ? max(0, seconds) : 0
    for (index, unit) in units.enumerated() {
      guard span < unit.limit else { continue }
      let value = span / unit.seconds
      let wholeOnly = unit.suffix == "s" || unit.suffix == "m" || unit.suffix == "d"
      let rounded =
        wholeOnly
        ? value.rounded(.toNearestOrAwayFromZero)
        : (value * 10).rounded(.toNearestOrAwayFromZero) / 10
      // Rounding up may reach the next unit (59.6s → 60s): show it there instead.
      if index + 1 < units.count, rounded * unit.seconds >= unit.limit {
        return short(unit.limit)
      }
      return format(rounded) + unit.suffix
    }
    return "0s"
  }

  private static func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }
}
