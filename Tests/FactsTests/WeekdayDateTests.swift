import Articles
import Foundation
import Testing

@testable import Facts

/// A news story's weekdays dated from the page's own date.
struct WeekdayDateTests {
  @Test func dayCountsRoundTripAndKnowTheirWeekdays() {
    // 24 November 2026 is a Tuesday; 29 February 2024 a Thursday; 1 January 1970 a Thursday.
    #expect(WeekdayDate.weekday(ofDays: WeekdayDate.days(year: 2026, month: 11, day: 24)) == 2)
    #expect(WeekdayDate.weekday(ofDays: WeekdayDate.days(year: 2024, month: 2, day: 29)) == 4)
    #expect(WeekdayDate.weekday(ofDays: WeekdayDate.days(year: 1970, month: 1, day: 1)) == 4)
    for (y, m, d) in [(2026, 3, 1), (2024, 2, 29), (1900, 2, 28), (2000, 12, 31), (1812, 6, 18)] {
      let back = WeekdayDate.civil(fromDays: WeekdayDate.days(year: y, month: m, day: d))
      #expect(back.year == y && back.month == m && back.day == d)
    }
    let start = WeekdayDate.days(year: 2026, month: 2, day: 28)
    #expect(WeekdayDate.civil(fromDays: start + 1) == (2026, 3, 1))
  }

  @Test func aWeekdayInANewsStoryIsTheDayOfThatWeek() throws {
    let page = """
      HARBOUR NEWS

      Ferry fares to rise

      By Ana Costa | Updated: October 8, 2026 09:10

      The port board on Wednesday approved new ferry fares for 2026. The council will vote on \
      the plan on Friday. The mayor said Tuesday she will back it. On Monday, October 5, the \
      board had met the unions.
      """
    let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
    #expect(article.published?.day == 8)
    let dates = FactExtractor().facts(in: article).of(.date)
    // 8 October 2026 is a Thursday: the Wednesday before it, the Friday after.
    #expect(dates.contains { $0.text == "Wednesday" && $0.value == "2026-10-07" })
    #expect(dates.contains { $0.text == "Friday" && $0.value == "2026-10-09" })
    // "said Tuesday she will …": the saying was on the Tuesday before.
    #expect(dates.contains { $0.text == "Tuesday" && $0.value == "2026-10-06" })
    // A weekday in front of a date is part of that date.
    #expect(!dates.contains { $0.text == "Monday" })
  }

  @Test func aStoryWithNoDatedPageLeavesItsWeekdaysAlone() throws {
    let text =
      "Ferry fares to rise\n\nThe port board on Wednesday approved new ferry fares in 1911."
    let article = try ArticleReader().read(Data(text.utf8), name: "old.txt")
    #expect(!FactExtractor().facts(in: article).contains { $0.text == "Wednesday" })
  }
}
