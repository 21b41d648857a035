import Foundation
import Scheduling

/// The database keeps times as whole milliseconds since 1970 UTC. Every time is rounded to that
/// grid before it is scheduled or stored, so what is stored, what is returned and what a rebuild
/// computes are the same `Date`s bit for bit.
extension Date {
  init(milliseconds: Int64) {
    self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
  }

  var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

  /// The same instant on the millisecond grid.
  var roundedToMilliseconds: Date { Date(milliseconds: milliseconds) }
}

extension CardSchedule {
  /// The schedule with its times on the millisecond grid, as the database stores it.
  var roundedToMilliseconds: CardSchedule {
    var copy = self
    copy.due = due.roundedToMilliseconds
    copy.lastReview = lastReview?.roundedToMilliseconds
    return copy
  }
}
