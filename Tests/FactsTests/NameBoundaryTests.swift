import Testing

@testable import Facts

// Names that the first rules cut short or read as the wrong kind, each from a sentence of
// our own.

@Test func aHyphenInsideANamedBattleKeepsTheWholeName() throws {
  let f = try extract("The Battle of Kamo-Hirose ended the siege in March 1601.")
  #expect(f.values(.event) == ["Battle of Kamo-Hirose"])
}

@Test func twoPeopleJoinedByAHyphenStayTwoPeople() throws {
  let f = try extract("Rebels loyal to Pol Pot-Ieng Sary held the hills near the border.")
  #expect(!f.values(.person).contains { $0.contains("-") })
}

@Test func aDocumentNamedByParallelClausesIsOneName() throws {
  let f = try extract(
    "Envoys signed the Accord on Ending the Blockade and Restoring Trade in Laos in Geneva.")
  let names = f.filter { [.event, .term, .organization].contains($0.kind) }.map(\.value)
  #expect(names == ["Accord on Ending the Blockade and Restoring Trade in Laos"])
  #expect(f.values(.place) == ["Geneva"])
}

@Test func anAcronymJoinsANameWrittenWithACommaInside() throws {
  let f = try extract(
    "Engineers of the National Office for Border Roads, Bridges and Ferry Crossings (NOBBFC)"
      + " reached the river. The NOBBFC finished the bridge in May 2020.")
  let name = "National Office for Border Roads, Bridges and Ferry Crossings"
  #expect(f.values(.organization) == [name, name])
  #expect(f.first(.organization, name)?.role == "NOBBFC")
  #expect(f.of(.term).isEmpty && f.of(.event).isEmpty)
}

@Test func aPolicyNameBeforeReformsIsATermNotAPerson() throws {
  let f = try extract(
    "The Bao Khoan reforms opened the markets in 1990. Farmers welcomed Bao Khoan at once.")
  #expect(f.values(.term) == ["Bao Khoan", "Bao Khoan"])
  #expect(f.of(.person).isEmpty)
}

@Test func aGlossedWordOpeningTheArticleIsATerm() throws {
  let f = try extract("Kai Mon, Thai for \"new path\", is the name of the plan adopted in 1995.")
  #expect(f.first(.term, "Kai Mon") != nil)
  #expect(f.of(.person).isEmpty)
}

@Test func aQuotedNameIsATermNotAPerson() throws {
  let f = try extract("Officials called the new policy \"Kho Moi\" when it began in 2001.")
  #expect(f.values(.term) == ["Kho Moi"])
  #expect(f.of(.person).isEmpty)
}

@Test func aPresidentsNameIsAPerson() throws {
  let f = try extract(
    "US President Bill Clinton lifted the embargo in 1994. The embargo was lifted by President"
      + " Bill Clinton.")
  #expect(f.values(.person) == ["Bill Clinton", "Bill Clinton"])
  #expect(f.of(.term).isEmpty)
}

@Test func aWeekdayDoesNotBeginAName() throws {
  let f = try extract("Tran Van Loc chaired the meeting. On Monday Loc met the governor.")
  #expect(f.values(.person) == ["Tran Van Loc", "Tran Van Loc"])
}

@Test func aBareSurnameTakesTheFullName() throws {
  let f = try extract(
    "Deputy Minister Pham Quoc Binh opened the office. The team, led by Binh, surveyed the site.")
  #expect(f.values(.person) == ["Pham Quoc Binh", "Pham Quoc Binh"])
}

@Test func aNameWrittenWithoutItsSpaceIsTheSamePerson() throws {
  let f = try extract(
    "Governor Ros Vanna opened the bridge. Later the villagers thanked Governor Rosvanna.")
  #expect(f.values(.person) == ["Ros Vanna", "Ros Vanna"])
}

@Test func aWellKnownNameWrittenWithoutItsSpaceIsCanonical() throws {
  let f = try extract("Prime Minister Hunsen thanked the volunteers in 1989.")
  let person = try #require(f.of(.person).first)
  #expect(person.value == "Hun Sen")
  #expect(person.text == "Hunsen")
}

@Test func aFormerCountryIsAPlaceWhereverItIsNamed() throws {
  // One kind for one name keeps distractors and deduplication consistent: the gazetteer's
  // former states are places, whether they act ("sent") or are where something comes from.
  let f = try extract(
    "The Soviet Union sent advisers in 1978. Aid came from the Soviet Union in 1979.")
  #expect(f.values(.place) == ["Soviet Union", "Soviet Union"])
  #expect(f.of(.organization).isEmpty)
}

@Test func aWeekdayAbbreviationInsideANameStays() throws {
  let f = try extract("The revolution of 1911 made Sun Yat-sen the first president.")
  #expect(f.values(.person) == ["Sun Yat-sen"])
}

@Test func aHyphenatedSurnameIsOneNameAndLaterMentionsFindIt() throws {
  let f = try extract(
    "The board chose Kwame Osei-Bonsu as its chair in 2019. Osei-Bonsu said the vote was fair.")
  #expect(f.values(.person) == ["Kwame Osei-Bonsu", "Kwame Osei-Bonsu"])
}

@Test func aTitledHyphenatedSurnameIsOneName() throws {
  let f = try extract("The talks were led by Dr. Efua Asante-Boateng, the envoy, in May 2021.")
  #expect(f.values(.person) == ["Efua Asante-Boateng"])
}

@Test func namedThingsKeepTheirHyphenatedWords() throws {
  let f = try extract(
    "After the Three-Day Revolt, the Pan-Arab Congress met to discuss the Anglo-Persian Treaty"
      + " of 1919.")
  let names = f.filter { [.event, .term, .organization].contains($0.kind) }.map(\.value)
  #expect(names.contains("Three-Day Revolt"))
  #expect(names.contains("Pan-Arab Congress"))
  #expect(names.contains("Anglo-Persian Treaty"))
  #expect(!names.contains { $0.hasPrefix("Day ") || $0.hasPrefix("Arab ") })
}

@Test func aHyphenatedNameNoPersonIsKnownByIsAPlace() throws {
  let f = try extract("Schleswig-Holstein, held by Prussia since 1864, was divided in 1920.")
  #expect(f.values(.place).contains("Schleswig-Holstein"))
  #expect(f.of(.person).isEmpty)
}

@Test func hyphenatedAdjectivesOfNationsAreNoNames() throws {
  let f = try extract("The Anglo-French fleet sailed at dawn while the Sino-Soviet talks stalled.")
  #expect(f.filter { [.person, .place, .term, .organization].contains($0.kind) }.isEmpty)
}

@Test func buildingsAndWorksAreNamedPlacesNotPeople() throws {
  let f = try extract(
    "The prisoners left Harlan Creek Prison in 1961 and worked on the Mbeya Falls Dam until"
      + " the ministers met at the Senate Buildings in 1965.")
  #expect(f.of(.person).isEmpty)
  #expect(
    Set(f.values(.place)).isSuperset(of: [
      "Harlan Creek Prison", "Mbeya Falls Dam", "Senate Buildings",
    ]))
}

@Test func aFrontOfTheWarIsAPlaceAndANumberedNicknameATerm() throws {
  let f = try extract(
    "The Eastern Front was quiet in 1917 while the Big Three argued about the Nine Principles.")
  #expect(f.values(.place) == ["Eastern Front"])
  #expect(f.of(.person).isEmpty && f.of(.organization).isEmpty)
  #expect(Set(f.values(.term)) == ["Big Three", "Nine Principles"])
}

@Test func namesEndingInTrialKillingsExchangeOrDifferentialAreNoPeople() throws {
  let f = try extract(
    "After the Lagos Trial of 1949 and the Great Harbour Killings of 1950, traders opened the Cotton"
      + " Exchange and agreed a Fair Wage Differential.")
  #expect(f.of(.person).isEmpty)
  #expect(Set(f.values(.event)).isSuperset(of: ["Lagos Trial", "Great Harbour Killings"]))
  #expect(f.values(.organization) == ["Cotton Exchange"])
  #expect(f.values(.term) == ["Fair Wage Differential"])
}

@Test func aMovementNamedAfterAPlaceIsATerm() throws {
  let f = try extract("In 1930 students began the Free Burma movement across the country.")
  #expect(f.values(.term) == ["Free Burma"])
  #expect(f.of(.person).isEmpty)
}

@Test func aMinistersDepartmentStaysInTheTitle() throws {
  let f = try extract(
    "In 1962 Joseph Tembo served as Deputy Premier and Minister for Internal Affairs. The Secretary of"
      + " State for Foreign Affairs, Harold Wexley, flew to Rome in 1963.")
  #expect(f.values(.person) == ["Joseph Tembo", "Harold Wexley"])
}

@Test func aDepartmentBeforeATitleIsPartOfTheTitle() throws {
  let f = try extract("Trade Minister Lena Okoro said exports rose by 4 per cent in 2022.")
  #expect(f.values(.person) == ["Lena Okoro"])
  #expect(f.first(.person, "Lena Okoro")?.title == "Trade Minister")
}

@Test func timeZonesAndVirusCodesAreNoOrganisations() throws {
  let f = try extract("The ship docked at 14:20 GMT on 3 May 2019 after cases of H7N9 rose.")
  #expect(f.of(.organization).isEmpty)
  #expect(f.values(.term) == ["H7N9"])
}

@Test func twoNamesJoinedByAndTheStayTwo() throws {
  let f = try extract("Pressure from the Soviet Union and the Arab League ended the siege in 1958.")
  #expect(f.values(.place) == ["Soviet Union"])
  #expect(f.values(.organization) == ["Arab League"])
}

@Test func aNameBeforeAHyphenatedParticipleEndsAtTheHyphen() throws {
  let f = try extract(
    "A new Red Cross Society-funded clinic opened in Juba in 2021. Society leaders said it"
      + " was overdue.")
  #expect(f.values(.organization) == ["Red Cross Society"])
  #expect(f.of(.person).isEmpty)
}

@Test func theAcronymOfAPlaceOrTermStandsForItLater() throws {
  let f = try extract(
    "Voters in the Coastal Hills Province (CHP) backed the Rural Wage Differential (RWD) in"
      + " 1950. Troops left the CHP when the RWD ended in 1952.")
  #expect(f.values(.place) == ["Coastal Hills Province", "Coastal Hills Province"])
  #expect(f.values(.term) == ["Rural Wage Differential", "Rural Wage Differential"])
  #expect(f.of(.organization).isEmpty)
}

@Test func aNamedRocketIsNoPersonAndANationalAttackNoEvent() throws {
  let f = try extract(
    "The Titan II lifted off in 1965, and ministers denied knowing of the Turkish attack.")
  #expect(f.of(.person).isEmpty && f.of(.event).isEmpty)
}

@Test func aNameJoinedByAnEnDashIsOneName() throws {
  let f = try extract(
    "In March 1961 the two leaders signed the Kessler\u{2013}Varga Pact\u{2014}a short text.")
  #expect(f.values(.term) == ["Kessler-Varga Pact"])
  #expect(f.values(.date) == ["1961-03"])
}

@Test func namesWithNewHeadsAndAPluralOwnerAreWhole() throws {
  let f = try extract(
    "In 1450 a new tax sparked the Weavers' Revolt in the north of Velda, near the Isthmus of"
      + " Darien.")
  #expect(f.first(.event, "Weavers' Revolt") != nil)
  #expect(f.first(.place, "Isthmus of Darien") != nil)
  let g = try extract("A loose German Confederation of 39 states met at the congress.")
  #expect(g.first(.organization, "German Confederation") != nil)
  let h = try extract("The First Peace of Velda, signed on 3 May 1814, restored the king.")
  #expect(h.first(.event, "First Peace of Velda") != nil)
}

@Test func aMaoriOJoinsOneName() throws {
  let f = try extract(
    "The accord (Māori: Te Kawenata o Ruapehu) was signed in 1851. Later the chiefs of "
      + "Te Tai o Marokura met at the river.")
  let names = f.filter { $0.kind != .year }.map(\.value)
  #expect(names.contains("Te Kawenata o Ruapehu"))
  #expect(names.contains("Te Tai o Marokura"))
  #expect(!names.contains("Te Kawenata") && !names.contains("Marokura"))
}

@Test func aLowerCaseOOutsideANameJoinsNothing() throws {
  let f = try extract("Lina met Tomas at five o'clock in Porto, and Marta came later.")
  #expect(!f.values(.person).contains { $0.contains(" o") })
}

@Test func twoSurnamesOfABusinessAreOneOrganisation() throws {
  let f = try extract(
    "The order went to the Clyde shipbuilders Dunmore and Reid in 1902. The hull left the "
      + "Dunmore and Reid yard in May.")
  #expect(f.values(.organization) == ["Dunmore and Reid", "Dunmore and Reid"])
  let countries = try extract("In 1904 France and Britain signed an entente.")
  #expect(!countries.values(.organization).contains("France and Britain"))
  #expect(!countries.values(.place).contains("France and Britain"))
}

@Test func aCompassWordAndADistrictAfterAPrepositionIsAPlace() throws {
  let f = try extract("The flood ran through the North End. Families in the West Side fled.")
  #expect(f.values(.place) == ["North End", "West Side"])
}

@Test func anOrdinalInDigitsAndAHeadNameOneTerm() throws {
  let f = try extract("In 1919 the state ratified the 18th Amendment by a wide margin.")
  #expect(f.values(.term) == ["18th Amendment"])
  #expect(f.of(.number).isEmpty)
}

@Test func aBareTheJoinsNoSecondName() throws {
  let f = try extract(
    "In the People's Republic the Second Varne War is taught as a turning point.")
  #expect(!f.contains { $0.text.contains("Republic the") })
  #expect(f.contains { $0.text == "Second Varne War" })
}
