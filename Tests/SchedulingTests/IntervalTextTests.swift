import Foundation
import Testing

@testable import Scheduling

@Suite struct IntervalTextTests {
  static let day = 86_400.0
  static let cases: [(seconds: Double, label: String)] = [
    (0, "0s"), (-5, "0s"), (30, "30s"), (59.4, "59s"), (59.7, "1m"), (60, "1m"), (330, "6m"),
    (600, "10m"), (3_600, "1h"), (5_400, "1.5h"), (86_399, "1d"), (day, "1d"), (2 * day, "2d"),
    (29 * day, "29d"), (30 * day, "1mo"), (96 * day, "3.2mo"), (364 * day, "12.1mo"),
    (365 * day, "1y"), (547.5 * day, "1.5y"), (36_500 * day, "100y"), (.infinity, "0s"),
  ]

  @Test func shortLabels() {
    for (seconds, label) in Self.cases {
      #expect(IntervalText.short(seconds) == label, "\(seconds)")
    }
  }

  @Test func defaultButtonLabelsOfANewCard() throws {
    let scheduler = try Scheduler()
    let now = Date(timeIntervalSince1970: 1_704_099_600)
    let preview = scheduler.preview(.new(due: now), at: now, cardKey: "deck/1")
    let labels = Rating.allCases.map { IntervalText.short(preview[$0]?.interval ?? -1) }
    #expect(labels[0] == "1m" && labels[1] == "6m" && labels[2] == "10m")
    #expect(["7d", "8d", "9d", "10d", "6d"].contains(labels[3]))
  }
}
