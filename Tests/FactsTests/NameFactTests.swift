import Testing

@testable import Facts

@Test func personWithTitleKeepsTheTitleAsRole() throws {
  let f = try extract("Prime Minister Pham Van Dong visited the port in 1975.")
  let person = try #require(f.first(.person, "Pham Van Dong"))
  #expect(person.role == "Prime Minister")
  #expect(person.text == "Pham Van Dong")
}

@Test func honorificsAreTitlesNotName() throws {
  let f = try extract("The speech was given by Samdech Techo Hun Sen in 1998.")
  let person = try #require(f.first(.person, "Hun Sen"))
  #expect(person.title == "Samdech Techo")
}

@Test func sameValueWithAndWithoutTitles() throws {
  let f = try extract("Samdech Techo Hun Sen spoke first. Later, Hun Sen left the hall.")
  #expect(f.of(.person).map(\.value) == ["Hun Sen", "Hun Sen"])
}

@Test func academicTitlesWithPeriods() throws {
  let f = try extract("The book was written by Associate Professor Dr. Le Thi Hoa in 2005.")
  let person = try #require(f.first(.person, "Le Thi Hoa"))
  #expect(person.title == "Associate Professor Dr.")
}

@Test func roleInApposition() throws {
  let f = try extract(
    "\"We rebuilt the schools first,\" said Tran Van Binh, former Director of the Institute of History of the National Academy."
  )
  let person = try #require(f.first(.person, "Tran Van Binh"))
  #expect(person.role == "former Director of the Institute of History of the National Academy")
}

@Test func roleBeforeCoordinatedNames() throws {
  let f = try extract(
    "The court convicted former regime leaders Nuon Chea and Khieu Samphan in 2018.")
  #expect(f.first(.person, "Nuon Chea")?.role == "former regime leaders")
  #expect(f.first(.person, "Khieu Samphan")?.role == "former regime leaders")
}

@Test func shortVietnameseAndKhmerNamesArePeople() throws {
  let f = try extract("General Secretary To Lam met Hun Sen. Ta Mok fled to the hills in 1997.")
  #expect(f.values(.person) == ["To Lam", "Hun Sen", "Ta Mok"])
}

@Test func laterSurnameRefersToTheFullName() throws {
  let f = try extract("Nuon Chea was arrested in 2007. Chea denied the charges.")
  #expect(f.values(.person) == ["Nuon Chea", "Nuon Chea"])
}

@Test func sentenceInitialCapitalIsNotAName() throws {
  let f = try extract(
    "Recently, the court met. Despite the rain, crowds came. Bilateral talks resumed.")
  #expect(f.filter { [.person, .place, .organization, .term].contains($0.kind) }.isEmpty)
}

@Test func gazetteerPlaces() throws {
  let f = try extract("Aid reached Phnom Penh, Turkey and Syria within a week.")
  #expect(f.values(.place) == ["Phnom Penh", "Turkey", "Syria"])
}

@Test func unknownPlaceAfterAPreposition() throws {
  let f = try extract("Peacekeepers were sent to Abyei and later to Kandahar.")
  #expect(f.values(.place).contains("Kandahar"))
}

@Test func nationalitiesAndMovementsAreNotPlaces() throws {
  let f = try extract("Vietnamese and Cambodian soldiers fought the Khmer Rouge under Pol Pot.")
  #expect(f.of(.place).isEmpty)
  #expect(f.first(.organization, "Khmer Rouge") != nil)
  #expect(f.first(.person, "Pol Pot") != nil)
}

@Test func organizationWithAcronymAndLaterBareAcronym() throws {
  let f = try extract(
    "A tribunal called the Extraordinary Chambers of the Courts of Cambodia (ECCC) was set up. The ECCC closed in 2022."
  )
  let orgs = f.of(.organization)
  #expect(orgs.count == 2)
  #expect(orgs.allSatisfy { $0.value == "Extraordinary Chambers of the Courts of Cambodia" })
  #expect(orgs.allSatisfy { $0.role == "ECCC" })
  #expect(orgs[1].text == "ECCC")
}

@Test func organizationsWithConnectorsInside() throws {
  let f = try extract(
    "Cambodia joined the Association of Southeast Asian Nations in 1999, backed by the Development and Peace Institute."
  )
  #expect(
    f.values(.organization) == [
      "Association of Southeast Asian Nations", "Development and Peace Institute",
    ])
  #expect(f.first(.organization, "Association of Southeast Asian Nations")?.role == "ASEAN")
}

@Test func organizationDoesNotSwallowTheNextName() throws {
  let f = try extract(
    "It answered the call of the United Front for National Salvation and the Cambodian people.")
  #expect(f.values(.organization) == ["United Front for National Salvation"])
}

@Test func namedEvents() throws {
  let f = try extract(
    "The Paris Peace Accords were signed in 1973. Aid went to victims of the Gaza conflict.")
  #expect(f.values(.event) == ["Paris Peace Accords", "Gaza conflict"])
  #expect(f.first(.event, "Paris Peace Accords")?.date == "1973")
}

@Test func eventNounsWithADate() throws {
  let f = try extract("In February 2023, an earthquake caused devastation in Turkey.")
  let event = try #require(f.first(.event, "earthquake"))
  #expect(event.date == "2023-02")
}

@Test func quotedShortPhraseIsATerm() throws {
  let f = try extract(
    "People called the volunteers the \"Buddhist soldiers\" and the army of justice.")
  #expect(f.values(.term) == ["Buddhist soldiers"])
}

@Test func middleInitialsStayInTheName() throws {
  let f = try extract(
    "The plan was proposed by George C. Marshall in 1947. S. Rajaratnam signed later.")
  #expect(f.values(.person) == ["George C. Marshall", "S. Rajaratnam"])
}

@Test func nameParticlesStayInTheName() throws {
  let f = try extract(
    "The treaty was signed by Khalid bin Saeed Al-Mansouri, the council's secretary general.")
  #expect(f.values(.person) == ["Khalid bin Saeed Al-Mansouri"])
}

@Test func unknownTwoWordNamesArePeopleButTermHeadsAreTerms() throws {
  let f = try extract(
    "The oath was drafted by Okubo Toshimichi. The Charter Oath was read in 1868.")
  #expect(f.values(.person) == ["Okubo Toshimichi"])
  #expect(f.values(.term) == ["Charter Oath"])
}

@Test func numberedDocumentsAreTermsNotCounts() throws {
  let f = try extract(
    "In April 1988 the Politburo issued Resolution 10. Directive 100 allowed farm households to sell rice."
  )
  #expect(f.values(.term) == ["Resolution 10", "Directive 100"])
  #expect(f.of(.number).isEmpty)
}

@Test func aNumberThatCountsTheWordAfterItIsNoDocumentsNumber() throws {
  let f = try extract("The treaty gave Orland control of a Harbour Zone 10 miles wide in 1903.")
  #expect(!f.values(.term).contains { $0.hasSuffix("10") })
}

@Test func documentHeadJoinsItsOfPhrase() throws {
  let f = try extract("The ports opened after the Convention of Kanagawa was signed.")
  #expect(f.values(.term) == ["Convention of Kanagawa"])
}

@Test func lowerCaseOrganizationNounAfterAName() throws {
  let f = try extract("The country was ruled by the Tokugawa shogunate for two centuries.")
  #expect(f.values(.organization) == ["Tokugawa shogunate"])
}

@Test func placeNounsAndPlacePrepositionsMakePlaces() throws {
  let f = try extract(
    "The storm hit Mo Duc district first. Rice fields near Sa Huynh were flooded.")
  #expect(f.values(.place) == ["Mo Duc", "Sa Huynh"])
  #expect(f.of(.person).isEmpty)
}

@Test func organizationKeepsAnAndPartThatClosesItsName() throws {
  let f = try extract(
    "The study came from the Institute for Regional Policy and Security Studies in Singapore.")
  #expect(f.values(.organization) == ["Institute for Regional Policy and Security Studies"])
}

@Test func organizationStopsBeforeItsLeadersName() throws {
  let f = try extract("The rebels joined the National Liberation Front of Son Sann in 1979.")
  #expect(f.values(.organization) == ["National Liberation Front"])
  #expect(f.values(.person) == ["Son Sann"])
}

@Test func aDatelineIsNoFactOfTheStory() throws {
  // Where and when the report was filed: the reader drops it, the story's facts stay.
  let f = try extract("QUANG NGAI, Oct. 9 (News Service) - Aid arrived in Binh Dinh province.")
  #expect(f.first(.place, "Quang Ngai") == nil)
  #expect(f.first(.date, "--10-09") == nil)
  #expect(f.first(.place, "Binh Dinh") != nil)
  #expect(f.allSatisfy { $0.source.text == "Aid arrived in Binh Dinh province." })
}

@Test func theDatelinesRegionIsAPlaceWhereverTheStoryNamesIt() throws {
  // Nothing around "Nova Terra" in the later sentence says what it is; the dateline does.
  let f = try extract(
    """
    Rail line to reopen

    ORLAND, Nova Terra — The cabinet approved money for the old cane railway on Thursday.

    At its peak the network on Nova Terra ran for about 600 kilometres.
    """)
  #expect(f.first(.place, "Nova Terra") != nil)
  #expect(f.first(.person, "Nova Terra") == nil)
}

@Test func twoNamesOfAPairThatEndAlikeAreBothPlacesWhenOneIs() throws {
  let g = try extract(
    """
    Rail line to reopen

    ORLAND, Vanua Tevu — The cabinet approved money on Thursday.

    The network on Vanua Tevu and Viti Tevu ran for about 600 kilometres.
    """)
  #expect(g.first(.place, "Viti Tevu") != nil)
  #expect(g.first(.person, "Viti Tevu") == nil)
  // Two people who share a surname stay people.
  let h = try extract("The farm passed to Ana Tevu and Mele Tevu in 1990.")
  #expect(h.first(.person, "Mele Tevu") != nil)
}

@Test func awardsRanksAndBodiesNamedForRulers() throws {
  // A count opening the sentence is no part of a name, and an award is no person.
  let awards = try extract("Eleven Velda Crosses were awarded for the defence in 1880.")
  #expect(awards.first(.term, "Velda Crosses") != nil)
  #expect(awards.of(.person).isEmpty)
  // A number word that opens a place's name stays in it.
  let beach = try extract("Seven Mile Beach has lost ten metres of sand since 1990.")
  #expect(beach.first(.place, "Seven Mile Beach") != nil)
  // A plural rank before two names is their title.
  let ranks = try extract("Lieutenants Ivo Brun and Karl Odin died at the river in 1879.")
  #expect(ranks.values(.person) == ["Ivo Brun", "Karl Odin"])
  // A body named for a ruler keeps the title.
  let body = try extract("Ana Vell of Sultan Orlan University led the survey in 2025.")
  #expect(body.first(.organization, "Sultan Orlan University") != nil)
}

@Test func commonAcronymsAreNotOrganizations() throws {
  let f = try extract("Exports grew faster than GDP while the WTO watched.")
  #expect(f.values(.organization) == ["World Trade Organization"])
}

@Test func titleWordBeforeACommonNounIsNotAPerson() throws {
  let f = try extract("Foreign Investment rose in 1988.")
  #expect(f.of(.person).isEmpty)
}

@Test func hyphenatedWordsInsideNames() throws {
  let f = try extract(
    "In 1948 the Organisation for European Economic Co-operation was set up by UN-backed donors.")
  #expect(f.values(.organization) == ["Organisation for European Economic Co-operation"])
}

@Test func gazetteerNamesBeatTheirHeadWords() throws {
  let f = try extract("The city was split between France and the Soviet Union after 1945.")
  #expect(f.values(.place) == ["France", "Soviet Union"])
  #expect(f.of(.organization).isEmpty)
}

@Test func compassWordsWithPlacesAndPeoples() throws {
  let f = try extract("Thousands of East Germans crossed into West Berlin in 1961.")
  #expect(f.values(.place) == ["West Berlin"])
  #expect(f.of(.person).isEmpty && f.of(.term).isEmpty)
}

@Test func roleTitlesAloneAreNotNames() throws {
  let f = try extract(
    "He met the United States Secretary of State in Paris. Hoang Minh Duc, Deputy Minister of National Defence, spoke next."
  )
  #expect(f.of(.term).isEmpty)
  #expect(f.values(.place) == ["Paris"])
  #expect(f.first(.person, "Hoang Minh Duc")?.role == "Deputy Minister of National Defence")
}

@Test func republicOfAPlaceIsAPlace() throws {
  let f = try extract("Talks with the Democratic Republic of Vietnam began in May 1968.")
  #expect(f.values(.place) == ["Democratic Republic of Vietnam"])
}

@Test func monthNamesAloneAreNotPlaces() throws {
  let f = try extract("The harvest failed in May and the rains came in June.")
  #expect(f.of(.place).isEmpty)
}

@Test func officeOfADepartmentBeforeTheName() throws {
  let f = try extract(
    "Aid reached 40,000 households, according to Deputy Minister of Agriculture Tran Thanh Nam.")
  let person = try #require(f.first(.person, "Tran Thanh Nam"))
  #expect(person.title == "Deputy Minister of Agriculture")
}

@Test func particlesContinueANameAfterTitles() throws {
  let f = try extract("Brigadier General Christian de Castries commanded the garrison in 1954.")
  #expect(f.first(.person, "Christian de Castries")?.role == "Brigadier General")
}

@Test func aNamePartAloneIsNotAPerson() throws {
  let f = try extract("Long before the war, the river was quiet. Mai trees bloom in spring.")
  #expect(f.of(.person).isEmpty)
}

@Test func aSingleNameWithASpeechVerbIsAPerson() throws {
  let f = try extract(
    "The prison was run by a man known as Duch. Duch said he obeyed orders from 1975.")
  #expect(f.values(.person) == ["Duch"])
}

@Test func countryBeforeATitle() throws {
  let f = try extract(
    "U.S. President Joe Biden arrived in Hanoi in 2023. Mr. Biden left a day later.")
  #expect(f.values(.person) == ["Joe Biden", "Joe Biden"])
  #expect(f.first(.person, "Joe Biden")?.title == "U.S. President")
}

@Test func organizationThenOfficeThenName() throws {
  let f = try extract(
    "He met Communist Party General Secretary Nguyen Phu Trong. Vietnam Airlines CEO Dang Ngoc Hoa signed in 2023."
  )
  #expect(f.values(.organization) == ["Communist Party", "Vietnam Airlines"])
  #expect(f.first(.person, "Nguyen Phu Trong")?.title == "Communist Party General Secretary")
  #expect(f.first(.person, "Dang Ngoc Hoa")?.title == "Vietnam Airlines CEO")
}

@Test func givenNamesThatAreAlsoWordsStayNames() throws {
  let f = try extract("President Bill Clinton lifted the embargo on February 3, 1994.")
  #expect(f.first(.person, "Bill Clinton")?.role == "President")
}

@Test func aWordTheArticleUsesAsAPlaceIsAPlaceEverywhere() throws {
  let f = try extract(
    "The famine hit two regions, Deccan in the south and Orissa in the east. Relief arrived in"
      + " the Deccan in 1877, and rain fell in Orissa a year later.")
  #expect(f.values(.place) == ["Deccan", "Orissa", "Deccan", "Orissa"])
}

@Test func aPlaceNamedAfterVillageOfOrInAnAppositionIsAPlace() throws {
  let f = try extract(
    "The fort stood in the village of Kalvan until 1801. Memel, a small port on the river, was"
      + " given away in 1923.")
  #expect(f.values(.place) == ["Kalvan", "Memel"])
}

@Test func straitsOfANameIsOnePlace() throws {
  let f = try extract("Ships were barred from the Straits of Koral in 1950.")
  #expect(f.values(.place) == ["Straits of Koral"])
}

@Test func aCraftCalledByANameIsNoPlace() throws {
  let f = try extract(
    "The lander was called Falcon. In 1971 the crew climbed into Falcon and closed the hatch.")
  #expect(f.values(.term) == ["Falcon", "Falcon"])
  #expect(f.of(.place).isEmpty)
}

@Test func aNameAfterCharityIsAnOrganisationEvenInsideARole() throws {
  let f = try extract(
    "\"Wells save lives,\" said Ana Ruiz, director at the Lima-based charity Water Without"
      + " Walls, in 2020.")
  #expect(f.values(.organization) == ["Water Without Walls"])
  #expect(f.values(.person) == ["Ana Ruiz"])
}

@Test func aSingleNameAfterALowerCaseRoleIsAPerson() throws {
  let f = try extract("The Greek philosopher Zenodotus taught in Alexandria around 280 BC.")
  #expect(f.values(.person) == ["Zenodotus"])
}

@Test func initialsBeforeAParticleStayInTheName() throws {
  let f = try extract(
    "Power passed to J. P. van Reenen, a careful judge, in 1978. In March van Reenen met the"
      + " unions.")
  #expect(f.values(.person) == ["J. P. van Reenen", "J. P. van Reenen"])
  #expect(f.of(.person).last?.text == "van Reenen")
  #expect(f.of(.place).isEmpty)
}

@Test func anOfficeNamedSuperintendencyIsAnOrganisation() throws {
  let f = try extract("The Superintendency of the Coast approved the dig in 2024.")
  #expect(f.values(.organization) == ["Superintendency of the Coast"])
}

@Test func aNicknameInQuotationMarksStaysInsideTheName() throws {
  let f = try extract(
    "The pilot, Thomas \"Skip\" Ferrell, flew in 1961. Later that year Ferrell flew again.")
  #expect(f.values(.person) == ["Skip Ferrell", "Skip Ferrell"])
  #expect(f.of(.person).first?.text == "Thomas \"Skip\" Ferrell")
  #expect(f.of(.term).isEmpty)
}

@Test func aNameWithASmallNumberIsATerm() throws {
  let f = try extract("In 1959 the Soviets launched Luna 2, and Luna 3 followed within weeks.")
  #expect(f.values(.term) == ["Luna 2", "Luna 3"])
}

@Test(arguments: [
  ("Command passed to the Duke of Marlow, who rode north at dawn.", "Duke of Marlow"),
  ("The treaty was signed by the Earl of Ashby in 1820.", "Earl of Ashby"),
  ("She wrote often to the Count of Varenne about the harvest.", "Count of Varenne"),
])
func aPeerIsNamedByRankAndPlace(sentence: String, person: String) throws {
  let f = try extract(sentence)
  #expect(f.values(.person) == [person])
  #expect(f.of(.place).isEmpty)
}

@Test(arguments: [
  (
    "Engineers at the Halden Nuclear Power Plant raised the alarm at noon.",
    "Halden Nuclear Power Plant"
  ),
  ("The convoy reached the Vostok Research Station in March.", "Vostok Research Station"),
])
func plantsAndStationsArePlaces(sentence: String, name: String) throws {
  let f = try extract(sentence)
  #expect(f.values(.place).contains(name))
  #expect(f.of(.person).isEmpty)
}

@Test func aMineIsAPlaceAndARefineryAnOrganization() throws {
  let f = try extract(
    "Miners walked out of the Kestrel Mine and joined men from the Ostend Refinery.")
  #expect(f.values(.place) == ["Kestrel Mine"])
  #expect(f.values(.organization) == ["Ostend Refinery"])
  #expect(f.of(.person).isEmpty)
}

@Test func aNumberedUnitIsNotANameEndingInNo() throws {
  let f = try extract("The fire started at Boiler No. 3 of the Marden works late at night.")
  #expect(f.values(.term).contains("Boiler No. 3"))
  #expect(f.of(.person).isEmpty)
}

@Test(arguments: [
  ("After the Tomari accident, the government closed six reactors.", "Tomari accident"),
  ("Crowds lined the avenue for the Spring Parade that year.", "Spring Parade"),
  ("Two ministers resigned over the Harbour scandal in 1921.", "Harbour scandal"),
])
func namedMishapsAndParadesAreEvents(sentence: String, event: String) throws {
  let f = try extract(sentence)
  #expect(f.values(.event) == [event])
  #expect(f.of(.person).isEmpty)
}

@Test func aNationalityBeforeAMishapNamesNoEvent() throws {
  let f = try extract("The Danish accident was reported within hours.")
  #expect(f.of(.event).isEmpty)
}

@Test func aTownNamedAfterPortOfIsAPlace() throws {
  let f = try extract("The fever landed at the busy port of Ashwick Vale in the spring.")
  #expect(f.values(.place) == ["Ashwick Vale"])
  #expect(f.of(.person).isEmpty)
}

@Test func threeNamesAfterToAreAPerson() throws {
  let f = try extract("The council gave the post to Ravindra Mohan Talwar after a long debate.")
  #expect(f.values(.person) == ["Ravindra Mohan Talwar"])
  #expect(f.of(.place).isEmpty)
}

@Test func aNameFollowedByWhoIsAPerson() throws {
  let f = try extract("Under Idris Kahraman, who came back from exile, the party grew.")
  #expect(f.values(.person) == ["Idris Kahraman"])
}

@Test func aNameGlossedInPlainWordsIsATerm() throws {
  let f = try extract(
    "The congress called for Gram Swaraj, or village self-rule, at its winter session.")
  #expect(f.values(.term) == ["Gram Swaraj"])
  #expect(f.of(.person).isEmpty)
}

@Test func aSecondNameTakesTheKindOfTheNameItRenames() throws {
  let f = try extract(
    "The north went to the Kingdom of Ardena, usually called Congress Ardena, under a governor.")
  #expect(f.first(.place, "Congress Ardena") != nil)
  #expect(f.of(.organization).isEmpty)
}

@Test func aModelNameBeforeAWeaponIsATerm() throws {
  let f = try extract("In 1961 the army stationed Corvus missiles near the border.")
  #expect(f.values(.term) == ["Corvus missiles"])
  #expect(f.of(.person).isEmpty)
  #expect(f.of(.place).isEmpty)
}

@Test func wordsSpelledByTheAcronymAfterThemAreAName() throws {
  let f = try extract(
    """
    Data gathered by the Polar Data Watch (PDW) were rated on the Coastal Surge \
    Scale (CSS). Later the PDW warned that the CSS needed revision.
    """)
  #expect(f.first(.organization, "Polar Data Watch") != nil)
  #expect(f.first(.term, "Coastal Surge Scale") != nil)
  #expect(f.values(.organization).filter { $0 == "PDW" }.isEmpty)
  #expect(f.values(.term).filter { $0 == "Coastal Surge Scale" }.count == 2)
}

@Test func anOfficeSpelledByItsAcronymIsNoOrganization() throws {
  let f = try extract("He served as Chief Harbour Adviser (CHA) until 1990.")
  #expect(f.first(.organization, "Chief Harbour Adviser") == nil)
}

@Test func aDocumentNamedForWhatItProtectsIsOneName() throws {
  let f = try extract(
    "In 1985 states signed the Geneva Convention for the Protection of the Coral Reefs.")
  #expect(
    f.values(.event) + f.values(.term) == [
      "Geneva Convention for the Protection of the Coral Reefs"
    ])
  #expect(f.of(.person).isEmpty)
}

@Test func aLayerAndABazaarAreNoPeople() throws {
  let f = try extract(
    "Gases that thin the Stratus Layer were banned, and traders met in the Kohat Bazaar.")
  #expect(f.of(.person).isEmpty)
  #expect(f.values(.place).contains("Kohat Bazaar"))
}

@Test(arguments: [
  ("Ships queued at the Dorran Locks for two days.", FactKind.place, "Dorran Locks"),
  ("Engineers widened the Marrow Cut in 1913.", FactKind.place, "Marrow Cut"),
  (
    "The Kell Valley Railway Trust bought the line in 1990.", FactKind.organization,
    "Kell Valley Railway Trust"
  ),
  ("Soldiers of the Ranfurly Rifles refused to fire.", FactKind.organization, "Ranfurly Rifles"),
  ("Thousands died in the Grey Plague of 1665.", FactKind.event, "Grey Plague"),
])
func namesWithTheseHeadsAreNoPeople(sentence: String, kind: FactKind, value: String) throws {
  let f = try extract(sentence)
  #expect(f.values(kind).contains(value))
  #expect(f.of(.person).isEmpty)
}

@Test func statesProvincesAndCitiesOfTheWiderWorldArePlaces() throws {
  let f = try extract(
    "Three ships chartered from Halifax, Nova Scotia, sailed in May 1912. "
      + "The owners later moved the firm to Las Vegas and then to New England.")
  for name in ["Nova Scotia", "Las Vegas", "New England"] {
    #expect(f.first(.place, name) != nil, "\(name)")
    #expect(f.first(.person, name) == nil, "\(name)")
  }
  // A hyphened pair of places that is itself one place stays whole.
  let region = try extract("Germany gave Alsace-Lorraine back to France in 1919.")
  #expect(region.first(.place, "Alsace-Lorraine") != nil)
}

@Test func officesSuchAsCommissionerAreRolesNotPeople() throws {
  let f = try extract(
    "In Britain the Harbour Commissioner, Lord Fenwick, opened an inquiry on 2 May 1912.")
  #expect(f.first(.person, "Harbour Commissioner") == nil)
  #expect(f.of(.person).contains { $0.value.hasSuffix("Fenwick") })
}

@Test func anAbbreviatedProfessionalTitleIsTheRoleNotTheName() throws {
  let f = try extract(
    "Board chairman Engr. Halim Sarkar said the pumps would run by June. Capt. Otieno Wafula "
      + "steered the ferry, and Cdr. Ana Ruiz met Insp. Ivo Bek.")
  let engineer = try #require(f.first(.person, "Halim Sarkar"))
  #expect(engineer.title == "Engr.")
  #expect(f.first(.person, "Otieno Wafula")?.title == "Capt.")
  #expect(f.first(.person, "Ana Ruiz")?.title == "Cdr.")
  #expect(f.first(.person, "Ivo Bek")?.title == "Insp.")
  #expect(!f.values(.person).contains { $0.hasPrefix("Engr") || $0.hasPrefix("Cdr") })
}

@Test func aBodysAcronymThenAnOfficeAndATitleIntroduceAPerson() throws {
  let f = try extract(
    "The Lake Harbour Board (LHB) signed the deal. LHB Managing Director Capt. Amos Odhiambo "
      + "said the board would pay.")
  let person = try #require(f.first(.person, "Amos Odhiambo"))
  #expect(person.title?.hasSuffix("Managing Director Capt.") == true)
  #expect(f.of(.person).count == 1)
}

@Test func anAcronymAndAHyphenatedOfficeWithoutANameIntroduceNoPerson() throws {
  let f = try extract("Lena Berg, then the UN Secretary-General, praised the pact in 2009.")
  #expect(!f.values(.person).contains { $0.hasPrefix("-") })
  #expect(f.values(.person) == ["Lena Berg"])
}

@Test func nameInAppositionToARoleIsAPerson() throws {
  let f = try extract(
    """
    The captain, Torfing Lindqvist, was arrested the same day. Its king, Erik IV Magnus, \
    ordered an inquiry.
    """)
  #expect(f.values(.person) == ["Torfing Lindqvist", "Erik IV Magnus"])
}

@Test func nameInAppositionToAThingIsNoPerson() throws {
  // The two words end like a common noun, so only a role before them could make a person.
  let f = try extract("The charter, Carta Concordance, was sealed in the cathedral in 1573.")
  #expect(f.of(.person).isEmpty)
  #expect(f.values(.term) == ["Carta Concordance"])
}

@Test func sonOfOpeningANameIsPartOfIt() throws {
  let f = try extract("In 1325 Ibn Rashid left Sabta, and Ibn Rashid never saw it again.")
  #expect(f.first(.person, "Ibn Rashid") != nil)
  #expect(!f.contains { $0.kind == .term && $0.text == "Ibn Rashid" })
}

@Test func portugueseDoJoinsOneName() throws {
  let f = try extract("In 1880 Rui do Carmo and Ana Souza founded a society in Recife.")
  #expect(f.first(.person, "Rui do Carmo") != nil)
}

@Test func anEventNamedByItsYearKeepsTheYear() throws {
  let f = try extract(
    "The farmers were slowly recovering from the Panic of 1893 when gold was found.")
  #expect(f.values(.event) == ["Panic of 1893"])
  #expect(f.values(.year) == ["1893"])
  // A longer name is told apart without the year.
  let treaty = try extract("The Anglo-Norse Treaty of 1936 limited the garrison to 800 men.")
  #expect(!treaty.contains { $0.value.hasSuffix("of 1936") })
  // Nor is an agreement named by a year alone: there were many.
  let border = try extract("The border was settled by the Treaty of 1818 with Britain.")
  #expect(!border.contains { $0.value == "Treaty of 1818" })
}
