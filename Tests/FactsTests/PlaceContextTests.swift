import Testing

@testable import Facts

@Test func nameBelowOrAboveIsAPlace() throws {
  let f = try extract("The river runs dry below Sukkur Weir, the oldest weir on the plain.")
  #expect(f.values(.place) == ["Sukkur Weir"])
  #expect(f.of(.person).isEmpty)
}

@Test func saintAfterAPlacePrepositionNamesATown() throws {
  let f = try extract(
    "The traders met in St. Augustine in 1790. St. Augustine was the patron of the order.")
  #expect(f.values(.place) == ["St. Augustine"])
  // Without a preposition of place the saint stays a person.
  #expect(f.first(.person, "Augustine")?.title == "St.")
}

@Test func nationalityOpensAColonyAfterThePreposition() throws {
  let f = try extract(
    "The port was then part of the Danish West Indies. In the Danish West Indies the tax was high.")
  #expect(f.values(.place) == ["Danish West Indies", "Danish West Indies"])
}

@Test func nationalityBeforeAnOrganisationHeadIsNoColony() throws {
  let f = try extract("In the Danish Navy the pay was low.")
  #expect(f.of(.place).isEmpty)
}

@Test func naturalFeatureKeepsItsNoun() throws {
  let f = try extract(
    "Floods covered the Narmada delta in 2019. Relief reached Khargone district a week later.")
  #expect(f.values(.place) == ["Narmada delta", "Khargone"])
}

@Test func beachesAndCovesArePlaces() throws {
  let f = try extract(
    "The plan will protect Velda's Long Sands Beach and dredge Orland Cove by 2030.")
  #expect(f.first(.place, "Long Sands Beach") != nil)
  #expect(f.first(.place, "Orland Cove") != nil)
  #expect(f.of(.person).isEmpty)
}

@Test func placeNounSaidToBeANameMakesItAPlaceEverywhere() throws {
  let f = try extract(
    """
    The volcano was Merapang, known locally as Merapi Tua. When Merapang erupted in 1822, the \
    villages emptied. Merapang had been quiet for a century.
    """)
  #expect(f.values(.place).filter { $0 == "Merapang" }.count == 3)
}

@Test func twoNamesBeforeAPluralPlaceNounArePlaces() throws {
  let f = try extract("The fund will clean up the Voss and Tarna rivers over three years.")
  #expect(f.values(.place) == ["Voss", "Tarna"])
  // Without the plural place noun the pair names nothing known.
  #expect(try extract("The fund will pay Voss and Tarna over three years.").of(.place).isEmpty)
}

@Test func aListAfterPluralPlacesIncludingNamesPlaces() throws {
  let f = try extract(
    "The plan covers villages in five districts, including Ardo, Belna, Corvik and Dunmere"
      + " (Dun Mhor), over three years.")
  #expect(f.values(.place) == ["Ardo", "Belna", "Corvik", "Dunmere"])
  let firms = try extract("The bank lent to firms, including Ardo and Belna, over three years.")
  #expect(firms.of(.place).isEmpty)
}

@Test func whatABattleOrWallsAreOfIsAPlace() throws {
  let f = try extract("The poet was last seen at the battle of Segard in the east.")
  #expect(f.values(.place) == ["Segard"])
  let walls = try extract("A chain was stretched from the harbour to the walls of Galvo.")
  #expect(walls.values(.place) == ["Galvo"])
}

@Test func aNameInAListOfPlacesIsAPlace() throws {
  let f = try extract(
    "Most of them worked on the coffee plantations of São Paulo, Rio de Janeiro and Minas Gerais.")
  #expect(f.values(.place).contains("São Paulo"))
  #expect(f.of(.person).isEmpty)
  // A list of people keeps its people.
  let people = try extract("The treaty was signed by Olaf Dahl, Ivo Brun and Karl Odin in Velda.")
  #expect(people.values(.person) == ["Olaf Dahl", "Ivo Brun", "Karl Odin"])
}

@Test func aPlaceNamedWithAPossessiveIsOnePlace() throws {
  let f = try extract("In 1895 Tomas Vell was shipped to Devil’s Island, off Orland.")
  #expect(f.values(.place).contains("Devil's Island"))
  #expect(!f.contains { $0.text == "Island" || $0.text == "Devil" })
  // A ford's name too: "Orm's Drift".
  let drift = try extract("The mission station at Orm’s Drift was held by 150 men in 1879.")
  #expect(drift.values(.place).contains("Orm's Drift"))
}

@Test func aNameListedBesideALanguageIsNoPlace() throws {
  let f = try extract(
    "Alerts will go out in Lukonzo, English and Swahili. Boats sail in Varne and Orland.")
  #expect(!f.contains { $0.text == "Lukonzo" })
  #expect(f.values(.place).contains("Varne"))
}

@Test func theTreasuryIsABody() throws {
  let f = try extract("The money will come from the Treasury over three years.")
  #expect(f.values(.organization) == ["Treasury"])
}

@Test func aNameBeforeAPluralPlaceNounIsAPlace() throws {
  let f = try extract("In 2016 the Hampa and Orla Khota reservoirs fell to a tenth of their size.")
  #expect(f.values(.place).contains("Orla Khota"))
  #expect(f.values(.person).isEmpty)
}

@Test func aSentenceNamesALanguageByACapitalisedWord() {
  #expect(LanguageList.namesLanguage("Alerts go out in Lukonzo, English and Swahili."))
  #expect(!LanguageList.namesLanguage("He spoke english at home in Orland."))
  #expect(!LanguageList.namesLanguage("The Englishman sailed from Brill."))
}
