import Testing

@testable import Facts

@Test(arguments: [
  ("The plant ran two VVER-440 units until 1990.", "VVER-440"),
  ("The first MARK-12 engines failed in tests.", "MARK-12"),
  ("Crews flew the C-47 on the northern route.", "C-47"),
  ("The rods absorbed cobalt-60 during the test.", "cobalt-60"),
  ("Pressing the SCRAM-3 button stopped the pumps.", "SCRAM-3"),
])
func aWordAndANumberJoinedByAHyphenIsADesignation(sentence: String, term: String) throws {
  let f = try extract(sentence)
  #expect(f.values(.term) == [term])
  #expect(f.of(.number).isEmpty)
}

@Test func aModelBeforeAPluralIsNotACount() throws {
  let f = try extract("Larger C-54 Skymasters replaced the older aircraft.")
  #expect(f.values(.term) == ["C-54"])
  #expect(f.of(.number).isEmpty)
}

@Test(arguments: [
  "Sales rose in the mid-1990s across the region.",
  "Children under-5 were vaccinated first.",
  "The team finished in the top-10 twice.",
])
func prefixesAndRankingsAreNoDesignations(sentence: String) throws {
  let f = try extract(sentence)
  #expect(f.of(.term).isEmpty)
}

@Test func aLevelInCapitalsWithANumberIsATerm() throws {
  let f = try extract("The army moved to ALERTCON 3 that evening.")
  #expect(f.values(.term) == ["ALERTCON 3"])
  #expect(f.of(.organization).isEmpty)
}

@Test(arguments: [
  ("The firm built a 140-kilometre pipeline to the coast.", "140", "kilometres"),
  ("A 45-megawatt turbine was installed in 2019.", "45", "megawatts"),
])
func aFigureGluedToItsUnitIsACount(sentence: String, value: String, unit: String) throws {
  let f = try extract(sentence)
  let count = try #require(f.first(.number, value))
  #expect(count.unit == unit)
}

@Test func fourDigitsAfterTheHyphenAreLeftAlone() throws {
  let f = try extract("The region adopted its Vision-2030 plan last spring.")
  #expect(!f.values(.term).contains("Vision-2030"))
}

@Test func aGluedFigureSpansTheFigureAndKeepsItsUnit() throws {
  let f = try extract("They laid a 90-kilometre cable under the strait.")
  let count = try #require(f.first(.number, "90"))
  // The unit stays outside the span, so a gap on the figure leaves it in the sentence.
  #expect(count.text == "90")
  #expect(count.unit == "kilometres")
  #expect(f.of(.number).count == 1)
}
