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
