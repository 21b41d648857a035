import Testing

@testable import Facts

@Test func nameAfterAVesselNounIsATermEverywhere() throws {
  let f = try extract(
    """
    In 1866 the squadron met the old Danish corvette Valkyrien off the cape. The Valkyrien was \
    rammed and sank within the hour.
    """)
  #expect(f.values(.term) == ["Valkyrien", "Valkyrien"])
  #expect(f.of(.person).isEmpty)
}

@Test func headlineAppositionNamesAVessel() throws {
  let f = try extract(
    """
    Title: The Sleipner: a warship lost on launch day

    The Sleipner was meant to be the pride of the royal fleet. In 1701 the Sleipner capsized \
    in the harbour.
    """)
  #expect(f.values(.term) == ["Sleipner", "Sleipner"])
}

@Test func severalWordsAfterAVesselNounNameOneVessel() throws {
  let f = try extract(
    "The company ordered the liner Queen Adelaide from a yard on the Clyde in 1905.")
  #expect(f.first(.term, "Queen Adelaide") != nil)
  #expect(f.of(.person).isEmpty)
}

@Test func knownPlaceAfterAVesselNounStaysAPlace() throws {
  let f = try extract("The oil came on the tanker Portugal had chartered in 1974.")
  #expect(f.values(.place) == ["Portugal"])
  #expect(f.of(.term).isEmpty)
}
