import Testing

@testable import Facts

@Test func monthDayYear() throws {
  let f = try extract("The city was freed on January 7, 1979, after a long siege.")
  let date = try #require(f.first(.date, "1979-01-07"))
  #expect(date.text == "January 7, 1979")
  #expect(date.granularity == .day)
  #expect(f.of(.year).isEmpty)
}

@Test func dayMonthYear() throws {
  let f = try extract("The treaty was signed on 7 January 1979 in the capital.")
  #expect(f.first(.date, "1979-01-07")?.text == "7 January 1979")
}

@Test func abbreviatedMonth() throws {
  let f = try extract("Talks opened on Jan. 7, 1979. They failed.")
  #expect(f.first(.date, "1979-01-07")?.text == "Jan. 7, 1979")
}

@Test func numericDateWithDayAboveTwelveIsDayFirst() throws {
  let f = try extract("The decree of 25/03/2019 took effect on 09/01/2019 in every province.")
  #expect(f.values(.date) == ["2019-03-25", "2019-01-09"])
}

@Test func numericDatesFollowTheArticlesUnambiguousOrder() throws {
  let f = try extract("The law passed on 03/25/2019. It took effect on 09/01/2019.")
  #expect(f.values(.date) == ["2019-03-25", "2019-09-01"])
}

@Test func isoDate() throws {
  let f = try extract("The archive was opened on 1999-04-30 to the public.")
  #expect(f.values(.date) == ["1999-04-30"])
}

@Test func monthAndYear() throws {
  let f = try extract(
    "Troops crossed the border in December 1978. Soldiers guarded the temple in June, 1982.")
  let december = try #require(f.first(.date, "1978-12"))
  #expect(december.granularity == .month)
  #expect(f.first(.date, "1982-06")?.text == "June, 1982")
}

@Test func yearAloneIsKindYear() throws {
  let f = try extract("Cambodia joined the regional bloc in 1999.")
  let year = try #require(f.first(.year, "1999"))
  #expect(year.granularity == .year)
  #expect(year.text == "1999")
}

@Test func yearRanges() throws {
  let f = try extract(
    "From 1979 to 1989, experts worked in the country. The war of 1979\u{2013}89 ended.")
  let from = try #require(f.first(.date, "1979/1989"))
  #expect(from.text == "From 1979 to 1989")
  #expect(from.granularity == .range)
  #expect(f.of(.date).filter { $0.value == "1979/1989" }.count == 2)
  #expect(f.of(.year).isEmpty)
}

@Test func decades() throws {
  let f = try extract("Trade grew quickly in the 1990s across the region.")
  let decade = try #require(f.first(.date, "1990/1999"))
  #expect(decade.text == "the 1990s")
  #expect(decade.granularity == .range)
}

@Test func dayAndMonthWithoutYearKeepTheirOwnValue() throws {
  let f = try extract("The ceremony took place on June 29 in the capital.")
  let date = try #require(f.first(.date, "--06-29"))
  #expect(date.granularity == .day)
}

@Test func aFourDigitCountIsNotAYear() throws {
  let f = try extract("The army sent 1500 soldiers north.")
  #expect(f.of(.year).isEmpty)
  #expect(f.first(.number, "1500")?.unit == "soldiers")
}

@Test func aYearAfterTheBeforeAPluralNounIsAYear() throws {
  let f = try extract("The ravines carried the 2024 flames into the city.")
  #expect(f.values(.year) == ["2024"])
  #expect(f.of(.number).isEmpty)
}

@Test func yearBeforeASingularNounIsAYear() throws {
  let f = try extract("A 1990 article in a newspaper praised the rebuilding.")
  #expect(f.values(.year) == ["1990"])
}

@Test func mayTheVerbIsNotAMonth() throws {
  let f = try extract("The talks may resume soon. Elections were held in May 1993.")
  #expect(f.values(.date) == ["1993-05"])
}

@Test func rangeCarriesTheYearBackToItsStart() throws {
  let f = try extract("From December 18 to December 29, 1972, bombers struck the city.")
  #expect(f.first(.date, "1972-12-18/1972-12-29")?.granularity == .range)
}

@Test func yearsWithAnEra() throws {
  let f = try extract("Ngo Quyen won at Bach Dang in 938 AD. Qin unified China in 221 BC.")
  #expect(f.values(.year) == ["0938", "-0221"])
  #expect(f.first(.year, "0938")?.text == "938 AD")
}

@Test func yearsOfThreeDigitsInAStoryOfTheFirstMillennium() throws {
  // The eighth century (or a decade or era of the time) tells that "751" is a year.
  let f = try extract(
    """
    In the early eighth century the oasis towns paid tribute. The armies met in July 751 near \
    the river. In December 755 the general rose in revolt. The envoy came home in 762, and \
    by the 790s a mill was working. The garrison held 300 men in 751 and sent 500 more.
    """)
  #expect(f.first(.date, "0751-07") != nil)
  #expect(f.first(.date, "0755-12") != nil)
  #expect(f.first(.year, "0762") != nil)
  #expect(f.first(.date, "0790/0799") != nil)
  // Counts stay counts: "held 300 men"; "sent 500 more" is no year.
  #expect(f.first(.number, "300") != nil)
  #expect(f.first(.year, "0300") == nil && f.first(.year, "0500") == nil)
  // With its era, a month's year keeps the era: "October 539 BC".
  let g = try extract("In the sixth century BC the Persians entered Babylon in October 539 BC.")
  #expect(g.first(.date, "-0539-10") != nil)
  // A modern story's "in 751" is no year.
  let h = try extract("The council invested in 751 new buses in 2021. It spent more in 300.")
  #expect(h.of(.year).map(\.value) == ["2021"])
}

@Test func lifeSpansInParentheses() throws {
  let f = try extract("Phan Boi Chau (1867-1940) wrote the book in exile.")
  let span = try #require(f.first(.date, "1867/1940"))
  #expect(span.granularity == .range)
  #expect(span.text == "1867-1940")
}

@Test func aVerbBeforeACountDoesNotMakeItAYear() throws {
  let f = try extract("The army built 1500 houses after the flood.")
  #expect(f.of(.year).isEmpty)
  #expect(f.first(.number, "1500")?.unit == "houses")
}

@Test func aDayRangeWithTheMonthWrittenOnceIsOneRange() throws {
  let f = try extract(
    "The congress met from 3 to 9 March 1921 and again 14-16 June 1922 in Tiflis.")
  #expect(f.values(.date) == ["1921-03-03/1921-03-09", "1922-06-14/1922-06-16"])
  #expect(f.of(.date).allSatisfy { $0.granularity == .range })
  #expect(f.of(.date).first?.text == "from 3 to 9 March 1921")
}

@Test func betweenOpensADayRangeButCountsStayCounts() throws {
  let f = try extract("Between 10 and 20 March 1950 more than 3 to 5 ships sank.")
  #expect(f.values(.date) == ["1950-03-10/1950-03-20"])
}
