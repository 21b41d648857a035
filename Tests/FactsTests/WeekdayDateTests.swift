import Articles
import Foundation
import Testing

@testable import Facts

/// A news story's weekdays dated from the page's own date.
struct WeekdayDateTests {
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

  @Test func theWordThatSaysWhichWeekdayIsPartOfIt() throws {
    let page = """
      HARBOUR NEWS

      Ferry fares to rise

      By Ana Costa | Updated: October 8, 2026 09:10

      The port board last Wednesday approved new ferry fares for 2026. The council will vote       on the plan next Monday.
      """
    let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
    let dates = FactExtractor().facts(in: article).of(.date)
    #expect(dates.contains { $0.text == "last Wednesday" && $0.value == "2026-10-07" })
    #expect(dates.contains { $0.text == "next Monday" && $0.value == "2026-10-12" })
    #expect(WeekdayDate.isStoryDay("last Wednesday"))
    #expect(!WeekdayDate.isStoryDay("last year"))
  }

  @Test func aWeeklyDayIsNoDateAndAReportedFutureIsAhead() throws {
    let page = """
      Ferry fares to rise

      By Ana Costa | Updated: October 8, 2026 09:10

      The board said it would open a help desk on Monday and would publish the 2027 timetable \
      every Friday until December.
      """
    let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
    let dates = FactExtractor().facts(in: article).of(.date)
    // 8 October 2026 is a Thursday: the Monday after it.
    #expect(dates.contains { $0.text == "Monday" && $0.value == "2026-10-12" })
    #expect(!dates.contains { $0.text == "Friday" })
  }

  @Test func yesterdayIsTheDayBeforeThePages() throws {
    let page = """
      HARBOUR NEWS

      Ferry fares to rise

      By Ana Costa | Published: 1 November 2026

      The port board yesterday approved new ferry fares for 2027.
      """
    let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
    let dates = FactExtractor().facts(in: article).of(.date)
    #expect(dates.contains { $0.text == "yesterday" && $0.value == "2026-10-31" })
  }

  @Test func aWeekdayBeforeTheFirstOfTheMonthFallsInTheMonthBefore() throws {
    // 1 October 2026 is a Thursday: its Tuesday is 29 September.
    let page = """
      Ferry fares to rise

      By Ana Costa | Updated: October 1, 2026 09:10

      The port board on Tuesday approved new ferry fares for 2026.
      """
    let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
    let dates = FactExtractor().facts(in: article).of(.date)
    #expect(dates.contains { $0.text == "Tuesday" && $0.value == "2026-09-29" })
  }

  @Test func aDatelinedStoryIsNewsOfItsPagesDateWhateverYearsItTells() throws {
    // A history piece on a dated page keeps its weekdays undated; a story under a dateline
    // is that week's news even when the only year it names is long past.
    let body = "The port board on Wednesday approved a new ferry pier, the first since 2011."
    let page = """
      Ferry pier approved

      By Ana Costa | Published: 8 October 2026

      STROMNESS, Orkney — \(body)
      """
    let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
    #expect(article.isDatelined)
    let dates = FactExtractor().facts(in: article).of(.date)
    #expect(dates.contains { $0.text == "Wednesday" && $0.value == "2026-10-07" })
    let undated = try ArticleReader().read(
      Data("Ferry pier approved\n\nBy Ana Costa | Published: 8 October 2026\n\n\(body)".utf8),
      name: "feature.txt")
    #expect(!undated.isDatelined)
    #expect(!FactExtractor().facts(in: undated).contains { $0.text == "Wednesday" })
  }

  @Test func aStoryWithNoDatedPageLeavesItsWeekdaysAlone() throws {
    let text =
      "Ferry fares to rise\n\nThe port board on Wednesday approved new ferry fares in 1911."
    let article = try ArticleReader().read(Data(text.utf8), name: "old.txt")
    #expect(!FactExtractor().facts(in: article).contains { $0.text == "Wednesday" })
  }
}

@Test func aWeekdayPinsTheYearOfADayWrittenWithoutOne() throws {
  let f = try extract(
    """
    The great fire of Orland began in April 1906 and burned for days.

    The wind changed at last. On Thursday, April 19, the firemen held the line at the canal.
    """)
  #expect(f.values(.date).contains("1906-04-19"))
  // Before 1582 the day is counted in the Julian calendar: 29 May 1453 was a Tuesday.
  #expect(WeekdayDate.dayOfWeek(year: 1453, month: 5, day: 29) == 2)
  #expect(WeekdayDate.dayOfWeek(year: 1906, month: 4, day: 19) == 4)
  // A weekday that fits no year the article names leaves the day without one.
  let none = try extract(
    """
    The great fire of Orland began in April 1906 and burned for days.

    The wind changed at last. On Monday, April 19, the firemen held the line at the canal.
    """)
  #expect(!none.values(.date).contains { $0.hasSuffix("-04-19") && !$0.hasPrefix("--") })
}

@Test func ofTwoYearsAWeekdayFitsTheOneTheStoryLastToldOfWins() throws {
  // 5 May was a Monday in 1851 and in 1862: the story was telling of 1862.
  let f = try extract(
    """
    The town was founded in 1851 by settlers from the coast.

    By the spring of 1862 the army had reached the river. The attack came on Monday, May 5.
    """)
  #expect(f.values(.date).contains("1862-05-05"))
}

@Test func aDeadlineAheadOfThePageTakesThePagesYear() throws {
  let page = """
    Boats for the river clinics

    By Ann Lee | Posted: 23/04/2026 07:40

    ORLAND, Varne — The first two boats are due to start work by 1 June, with more later. \
    The board wants twelve more points open by 30 June.
    """
  let article = try ArticleReader().read(Data(page.utf8), name: "news.txt")
  let dates = FactExtractor().facts(in: article).of(.date)
  #expect(dates.contains { $0.text == "1 June" && $0.value == "2026-06-01" })
  // (A full month's name keeps no point after it.)
  #expect(dates.contains { $0.text == "30 June" && $0.value == "2026-06-30" })
}

@Test func aYearlessDayInAParagraphOfSeveralYearsIsTheLatestYears() throws {
  let facts = try extract(
    """
    After a debate in 1836 the court chose to act. In 1838 it sent Lin south, and he reached \
    the port on 10 March 1839. From 3 June his men burned the stores.
    """)
  #expect(facts.of(.date).contains { $0.text == "3 June" && $0.value == "1839-06-03" })
}
