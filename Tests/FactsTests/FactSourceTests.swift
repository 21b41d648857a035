import Testing

@testable import Facts

@Test func spansAreUnicodeScalarOffsetsOfTheText() throws {
  let f = try extract("Lễ hội ở Huế began in 1992 near Phnom Penh.")
  #expect(!f.isEmpty)
  for fact in f {
    let scalars = Array(fact.source.text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[fact.source.span])
    #expect(String(view) == fact.text)
  }
  let year = try #require(f.first(.year, "1992"))
  let prefix = "Lễ hội ở Huế began in "
  #expect(year.source.span.lowerBound == prefix.unicodeScalars.count)
  #expect(year.source.span.count == 4)
}

@Test func factsKeepTheirArticleAndSentence() throws {
  let f = try extract("The fort fell. It was rebuilt in 1802.")
  let year = try #require(f.first(.year, "1802"))
  #expect(year.source.article == "fixture.txt")
  #expect(year.source.sentence == 1)
  #expect(year.source.text == "It was rebuilt in 1802.")
}

@Test func recurringFactsRankHigher() throws {
  let f = try extract(
    "Traders reached Hanoi and Hue. Hue grew. Hue was rebuilt. Hue became the capital.")
  let hue = try #require(f.first(.place, "Hue"))
  let hanoi = try #require(f.first(.place, "Hanoi"))
  #expect(hue.salience > hanoi.salience)
}

@Test func captionFactsRankBelowTheSameFactInTheNarrative() throws {
  let f = try extract(
    "Soldiers guard the temple in 1982. (photo: VNA)\nThe temple was repaired in 1982.")
  let years = f.of(.year)
  #expect(years.count == 2)
  #expect(years[0].salience < years[1].salience)
}
