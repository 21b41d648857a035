import Articles
import Testing

@testable import Facts

// Dates that take their year from the sentence or paragraph, day ranges within one month, and
// centuries; fixture sentences of our own.

@Test func aDayWithoutYearTakesTheParagraphsOnlyYear() throws {
  let f = try extract("In 1962, the dam was begun. On 9 March, the first turbine turned.")
  let date = try #require(f.of(.date).first)
  #expect(date.value == "1962-03-09")
  #expect(date.text == "9 March")
  #expect(date.granularity == .day)
}

@Test func aDayWithoutYearTakesTheSentencesOnlyYear() throws {
  let f = try extract("The treaty of 1954 was signed on July 21 after long talks.")
  #expect(f.first(.date, "1954-07-21") != nil)
}

@Test func aDayWithoutYearStaysYearlessWhenYearsDisagree() throws {
  let f = try extract(
    "Work ran from 1950 to 1954. On 9 March, the first turbine turned.\n\nOn Oct. 9 it rained.")
  #expect(f.values(.date).contains("--03-09"))
  #expect(f.values(.date).contains("--10-09"))
}

@Test func aDayWithoutYearDoesNotBorrowFromAnotherParagraph() throws {
  let f = try extract("In 1962, the dam was begun.\n\nOn 9 March, the first turbine turned.")
  #expect(f.first(.date, "--03-09") != nil)
}

@Test func daysOfOneMonthFormARange() throws {
  let f = try extract("The summit ran on October 14–16, 1990, in the capital.")
  let range = try #require(f.first(.date, "1990-10-14/1990-10-16"))
  #expect(range.granularity == .range)
  #expect(f.of(.year).isEmpty)
}

@Test func daysOfOneMonthWithoutYearFormARange() throws {
  let f = try extract("Storms may return on October 14-16 along the coast.")
  #expect(f.first(.date, "--10-14/--10-16")?.granularity == .range)
}

@Test func centuriesAreRangesOfYears() throws {
  let f = try extract(
    "Trade grew in the 20th century. Temples rose in the 3rd century BC. The 1st century was calm.")
  #expect(f.values(.date) == ["1901/2000", "-0300/-0201", "0001/0100"])
  #expect(f.first(.date, "1901/2000")?.text == "the 20th century")
  #expect(f.of(.number).isEmpty)
}

@Test func aDayWithoutYearDoesNotTakeTheYearOfAnEarlierParagraphsMonth() throws {
  // A story may go back in time: "15 August" here is not the year of the month before.
  let f = try extract(
    "In January 1948 the leader was shot dead.\n\nThe plan had called for a handover before 15"
      + " August.")
  #expect(f.first(.date, "--08-15") != nil)
}

@Test func aDecadeBeforeThe1500sIsADecade() throws {
  let f = try extract("The outbreak probably began in the steppe in the 1330s and moved west.")
  #expect(f.first(.date, "1330/1339") != nil)
}

@Test func aNewsPagesDateGivesItsYearlessDaysTheirYear() throws {
  let page = """
    Harbour News
    By Ana Berg | Published 20.11.2026

    The council voted on Thursday to close the old pier after a report presented on Nov. 16 \
    found cracks in every pile.

    Repairs were last made in 2025.
    """
  let article = try Articles.ArticleReader().read(text: page, name: "n.txt")
  let facts = FactExtractor().facts(in: article)
  #expect(facts.contains { $0.kind == .date && $0.value == "2026-11-16" })
  // A month after the page's own stays without a year: it may be last year's.
  let later = page.replacingOccurrences(of: "Nov. 16", with: "Dec. 16")
  let laterFacts = FactExtractor().facts(
    in: try Articles.ArticleReader().read(text: later, name: "n.txt"))
  #expect(laterFacts.contains { $0.kind == .date && $0.value == "--12-16" })
}

@Test func aNewsPagesDaysStillToComeAreThisYearsOrNextYears() throws {
  let page = """
    Harbour News
    By Ana Berg | Published 20.11.2026

    The council voted on Thursday to close the old pier. Work will start on 1 December, and \
    the pier may not reopen until 15 February.

    Repairs were last made in 2025.
    """
  let facts = FactExtractor().facts(
    in: try Articles.ArticleReader().read(text: page, name: "n.txt"))
  #expect(facts.contains { $0.kind == .date && $0.value == "2026-12-01" })
  #expect(facts.contains { $0.kind == .date && $0.value == "2027-02-15" })
}

@Test func anArrangementStillToComeIsNextYearsWhenItsDayHasPassed() throws {
  let page = """
    Harbour News
    By Ana Berg | Published 09.12.2026

    The council voted on Monday to rebuild the old pier. Bids open on January 15, and the \
    first contracts are to be signed by March 31.

    Repairs were last made in 2025.
    """
  let facts = FactExtractor().facts(
    in: try Articles.ArticleReader().read(text: page, name: "n.txt"))
  #expect(facts.contains { $0.kind == .date && $0.value == "2027-01-15" })
  #expect(facts.contains { $0.kind == .date && $0.value == "2027-03-31" })
}

@Test func aDatedPageAboutTheDistantPastLendsNoYear() throws {
  let page = """
    Harbour History
    By Ana Berg | Published 20.11.2026

    The council voted in the spring of 1911 to close the old pier.

    A report presented on Nov. 16 found cracks in every pile.
    """
  let facts = FactExtractor().facts(
    in: try Articles.ArticleReader().read(text: page, name: "h.txt"))
  #expect(facts.contains { $0.kind == .date && $0.value == "--11-16" })
}

@Test func theLatestYearIgnoresLongerFigures() {
  let article = Article(
    name: "y.txt", title: nil,
    sentences: [
      Sentence(index: 0, paragraph: 0, text: "In 1911 the pier opened; code 99999999999999999999."),
      Sentence(index: 1, paragraph: 0, text: "It closed in 1950, after 12345 ships."),
    ])
  #expect(FactExtractor.years(in: article).max() == 1950)
}

@Test func aDayKeptEveryYearTakesNoYearFromItsContext() throws {
  let marked = try extract(
    "The port fell in 1880. Today the republic marks April 12 as the Day of the Port.")
  #expect(marked.values(.date) == ["--04-12"])
  let holiday = try extract(
    "June 3 is a public holiday in the republic, and in 2021 a museum opened in the capital.")
  #expect(holiday.values(.date) == ["--06-03"])
  let everyYear = try extract("In 1921 the town was founded. Every year on 9 May, it holds a fair.")
  #expect(everyYear.values(.date) == ["--05-09"])
}

@Test func aDayProclaimedANamedDayTakesNoYear() throws {
  let marked = try extract("The union marked 12 April as Ferry Day from 1962, and still does.")
  #expect(marked.values(.date) == ["--04-12"])
  let proclaimed = try extract(
    "In 2011 the assembly proclaimed 12 April the International Day of the Ferry.")
  #expect(proclaimed.values(.date) == ["--04-12"])
  // A day that is no named day keeps the year beside it.
  let named = try extract("The council named 14 April 1961 in its report as the day of the wreck.")
  #expect(named.values(.date) == ["1961-04-14"])
}

@Test func aDayOfAOneOffEventStillTakesItsYear() throws {
  let f = try extract("In 1921 the town was founded. On 9 May, it marked out its first street.")
  #expect(f.values(.date) == ["1921-05-09"])
}

@Test func aDayThatBecameAHolidayKeepsTheYearOfItsEvent() throws {
  let f = try extract(
    "The republic voted in 1958. The day of the vote, 4 October, is now a public holiday.")
  #expect(f.values(.date) == ["1958-10-04"])
}

@Test func aDecadeThatOnlySetsTheSceneIsMarked() throws {
  let f = try extract(
    "In the 1880s the valley was poor. The mill was idle until the 1920s. By the early 1950s "
      + "it had closed. The first weavers arrived in the valley in the 1840s.")
  let decades = f.filter { $0.granularity == .range }
  #expect(decades.map(\.value) == ["1880/1889", "1920/1929", "1950/1959", "1840/1849"])
  #expect(decades.map(\.isSceneSettingDecade) == [true, true, true, false])
}

@Test func aDayStillAheadOnANewsPageIsNotDatedByAPlansLaterYear() throws {
  let page = """
    Harbour News
    By Ana Berg | Published 16.09.2026

    The council approved the new pier on Tuesday, and more than 1,000 people came to the \
    hearing in 2026.

    Work could start in the spring of 2028. The county board must approve the loan by Oct. 13.
    """
  let article = try Articles.ArticleReader().read(text: page, name: "n.txt")
  let facts = FactExtractor().facts(in: article)
  #expect(facts.contains { $0.kind == .date && $0.value == "2026-10-13" })
  #expect(!facts.contains { $0.kind == .date && $0.value == "2028-10-13" })
}

@Test func aYearAComparisonNamesDoesNotDateTheDayBeforeIt() throws {
  let page = """
    Harbour News
    By Ana Berg | Published 20.11.2026

    As of Nov. 14, the port had handled 9,120 ships this year, compared with about 8,000 in \
    the same period of 2025.

    The council voted on Thursday to dredge the channel.
    """
  let facts = FactExtractor().facts(
    in: try Articles.ArticleReader().read(text: page, name: "c.txt"))
  #expect(facts.contains { $0.kind == .date && $0.value == "2026-11-14" })
  // Without the comparison, the sentence's own year is the day's.
  let plain = page.replacingOccurrences(
    of: "compared with about 8,000 in the same period of 2025",
    with: "the most since the record of 2025")
  let plainFacts = FactExtractor().facts(
    in: try Articles.ArticleReader().read(text: plain, name: "c.txt"))
  #expect(plainFacts.contains { $0.kind == .date && $0.value == "2025-11-14" })
}

@Test func twoCenturiesJoinedAreOneRange() throws {
  let f = try extract("The town grew between the 11th and 15th centuries on the granite hills.")
  #expect(f.values(.date) == ["1001/1500"])
  let g = try extract("Traders came in the 9th to 12th centuries and in the 14th century.")
  #expect(g.values(.date) == ["0801/1200", "1301/1400"])
}

@Test func aHedgedYearAfterItsPrepositionIsAYear() throws {
  let f = try extract("By about 1450 most people had moved away from the hill towns.")
  #expect(f.values(.year) == ["1450"])
  let count = try extract("The fort held about 1450 soldiers in the winter.")
  #expect(count.values(.year).isEmpty)
}

@Test func aDecadeBeforeTheEraRunsDownFromItsTenthYear() throws {
  let f = try extract("He took the coast and its wealthy king in the 540s BC, then turned south.")
  #expect(f.values(.date) == ["-0549/-0540"])
}
