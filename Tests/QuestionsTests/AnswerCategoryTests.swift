import Facts
import Testing

@testable import Questions

/// The finer sort of a name answer, on names made up for these tests or common knowledge.
struct AnswerCategoryTests {
  @Test(arguments: [
    ("Treaty of Lindholm", AnswerCategory.agreement), ("Harbour Accords", .agreement),
    ("Northern Pact", .agreement), ("Convention of Maravel", .agreement),
    ("Protocol of Ostrava", .agreement), ("Anglo-Veskan Treaty", .agreement),
    ("Land Registration Act", .law), ("Press Freedom Law", .law),
    ("Grain Quota Bill", .law),
    ("Delmore Plan", .programme), ("Twelve Points", .programme), ("Harlan Doctrine", .programme),
    ("Riverside Charter", .programme), ("Lakeside Resolution", .programme),
    ("Operation Kestrel", .operation), ("Operation Blue Lantern", .operation),
    ("Second Harbour War", .conflict), ("Veskan Crisis", .conflict), ("Battle of Orme", .conflict),
    ("Great Mill Killings", .conflict), ("Tripartite Aggression", .conflict),
    ("Salt March Campaign", .conflict), ("World War II", .conflict),
    ("Unity Day", .day), ("Direct Protest Day", .day),
    ("Congress of Lindholm", .conference), ("Ostrava Conference", .conference),
    ("Sixth National Congress", .conference), ("20th Party Congress", .conference),
    ("Charter Oath", .programme), ("Harbour Mission", .mission), ("Orme Street", .site),
    ("Veskan Labour Party", .party), ("People's Liberation Front", .party),
    ("Green Movement", .party), ("Farmers' League", .party), ("Veskan National Congress", .party),
    ("Front for National Renewal", .party),
    ("Harbour Council", .government), ("Ministry of Grain", .government),
    ("Canal Authority", .government), ("Constituent Assembly", .government),
    ("House of Elders", .government), ("Federal Congress", .government),
    ("League of Harbours", .international), ("United Nations", .international),
    ("Association of River Nations", .international), ("Northern Union", .international),
    ("World Trade Organization", .international), ("NATO", .international),
    ("Central Bank of Vesk", .finance), ("Harbour Fund", .finance),
    ("Grain Exchange", .finance), ("International Monetary Fund", .finance),
    ("Veskan Army", .military), ("Royal Air Force", .military),
    ("Harbour Defence Forces", .military),
    ("Coast Guard", .military),
    ("Lindholm Tribune", .press), ("Morning Post", .press), ("Deutsche Zeitung", .press),
    ("Harbour News Agency", .press), ("Associated Press", .press), ("Daily Courier", .press),
    ("Nobel Peace Prize", .prize), ("Golden Pen Award", .prize), ("Medal of Valour", .prize),
    ("Harbour Shipping Company", .company), ("Veskan Oil Corporation", .company),
    ("Supreme Court", .court), ("Extraordinary Chambers of the Courts of Vesk", .court),
    ("Harbour Tribunal", .court),
    ("University of Lindholm", .academic), ("Veskan Institute of Technology", .academic),
    ("Peace Research Institute", .academic),
    ("Hall of Banners", .site), ("Palace of Lindholm", .site), ("White House", .site),
    ("Orme Dam", .site), ("Lindholm Space Center", .site), ("Harbour Museum", .site),
    ("Apollo 11", .mission), ("Vostok 1", .mission), ("Gemini 4", .mission),
    ("USS Valiant", .ship), ("HMS Resolute", .ship),
    ("Kaiser Otto III", .person), ("Khedive Tewfik", .person), ("King Harald IV", .person),
    ("Afrikaans", .language), ("Vietnamese", .language), ("Quechua", .language),
    ("Luganda", .language),
  ])
  func namesOfThingsByTheirHead(name: String, category: AnswerCategory) {
    #expect(AnswerCategory.of(name, kind: .term) == category, "\(name)")
  }

  @Test(arguments: [
    ("Paris", AnswerCategory.city), ("Cape Town", .city), ("Port Harlow", .city),
    ("Lindholm City", .city), ("Orme Township", .city),
    ("Hungary", .country), ("Soviet Union", .country), ("People's Republic of Vesk", .country),
    ("Veskan Empire", .country), ("United States", .country), ("Kingdom of Orme", .country),
    ("Asia", .continent), ("Middle East", .continent), ("Europe", .continent),
    ("Red Sea", .water), ("Straits of Orme", .water), ("Mediterranean", .water),
    ("Lindholm Canal", .water), ("Gulf of Vesk", .water), ("Nile", .water),
    ("Harbour Region", .region), ("Canal Zone", .region), ("Orme Peninsula", .region),
    ("Gaza Strip", .region), ("North-West Frontier Province", .region),
    ("Line of Control", .region),
    ("Mitla Pass", .region), ("Sahara", .region), ("Andes", .region),
    ("Valley Ruins", .site), ("Great Enclosure", .site),
  ])
  func placesByListAndHead(name: String, category: AnswerCategory) {
    #expect(AnswerCategory.of(name, kind: .place) == category, "\(name)")
  }

  @Test func namesThatSayNothingHaveNoCategory() {
    for name in ["Big Seven", "Free Officers", "Khmer Rouge", "Quit Vesk", "Columbia", "Eagle"] {
      #expect(AnswerCategory.of(name, kind: .term) == nil, "\(name)")
      #expect(AnswerCategory.of(name, kind: .organization) == nil, "\(name)")
    }
    #expect(AnswerCategory.of("Marzameli", kind: .place) == nil)
    #expect(AnswerCategory.of("The Economic Consequences", kind: .term) == nil)
  }

  @Test func peopleArePeopleUnlessTheirHeadSaysOtherwise() {
    #expect(AnswerCategory.of("Anna Lindqvist", kind: .person) == .person)
    #expect(AnswerCategory.of("Sir Edwin Marsh", kind: .person) == .person)
    // A hall the extractor took for a person is still a hall.
    #expect(AnswerCategory.of("Hall of Banners", kind: .person) == .site)
    // A person named after a place keeps being a person ("Jordan", "Georgia"), and so does
    // one whose surname is a head noun.
    #expect(AnswerCategory.of("Georgia Banks", kind: .person) == .person)
    for name in ["Edwin Law", "Mara Day", "Ivo Hall", "Lena Temple", "Otto Post", "Ada Court"] {
      #expect(AnswerCategory.of(name, kind: .person) == .person, "\(name)")
    }
  }

  @Test func aFederationIsABodyOrAState() {
    #expect(
      AnswerCategory.of("Federation of Harbour Workers", kind: .organization) == .international)
    #expect(AnswerCategory.of("Veskan Federation", kind: .place) == .country)
    #expect(AnswerCategory.of("Lindholm Foundation", kind: .organization) == .international)
    #expect(AnswerCategory.of("Orme Red Cross Society", kind: .organization) == .international)
  }

  @Test func theLeadingArticleAndAcronymsCount() {
    #expect(AnswerCategory.of("The Harbour Accords", kind: .term) == .agreement)
    #expect(AnswerCategory.of("IDF", kind: .organization) == .military)
    var army = fact(.organization, "HDF", in: "The HDF crossed the river.", value: "HDF")
    #expect(AnswerCategory.of(army) == nil)
    army.role = "HDF"
    army.value = "Harbour Defence Forces"
    #expect(AnswerCategory.of(army) == .military)
  }

  @Test func regnalNumbersNeedTwoLetters() {
    #expect(AnswerCategory.isRegnalNumber("II"))
    #expect(AnswerCategory.isRegnalNumber("XIV"))
    #expect(!AnswerCategory.isRegnalNumber("I"))
    #expect(!AnswerCategory.isRegnalNumber("V"))
    #expect(!AnswerCategory.isRegnalNumber("Ivan"))
  }

  @Test func fitOrdersSameRelatedUnknownAndRefusesOtherSorts() {
    // Same category, same group, unknown.
    #expect(AnswerCategory.fit(answer: .agreement, option: .agreement, kind: .term) == .same)
    #expect(AnswerCategory.fit(answer: .agreement, option: .programme, kind: .term) == .related)
    #expect(AnswerCategory.fit(answer: .region, option: .division, kind: .place) == .related)
    // A province the gazetteer lists stands last beside a town, and a town beside it.
    #expect(AnswerCategory.fit(answer: .city, option: .division, kind: .place) == .unknown)
    #expect(AnswerCategory.fit(answer: .division, option: .city, kind: .place) == .unknown)
    #expect(AnswerCategory.fit(answer: nil, option: .division, kind: .place) == .unknown)
    #expect(AnswerCategory.fit(answer: .government, option: nil, kind: .organization) == .unknown)
    #expect(AnswerCategory.fit(answer: .city, option: nil, kind: .place) == .unknown)
    #expect(AnswerCategory.fit(answer: nil, option: nil, kind: .term) == .same)
    // Clearly another sort.
    #expect(AnswerCategory.fit(answer: .agreement, option: .prize, kind: .term) == nil)
    #expect(AnswerCategory.fit(answer: .agreement, option: .operation, kind: .term) == nil)
    #expect(AnswerCategory.fit(answer: .operation, option: .conflict, kind: .term) == nil)
    #expect(AnswerCategory.fit(answer: .party, option: .press, kind: .organization) == nil)
    #expect(AnswerCategory.fit(answer: .party, option: .government, kind: .organization) == nil)
    #expect(AnswerCategory.fit(answer: .city, option: .country, kind: .place) == nil)
    #expect(AnswerCategory.fit(answer: .city, option: .continent, kind: .place) == nil)
    // A continent is no province (audit 8: "Europe" offered for the island of "Sicily").
    #expect(AnswerCategory.fit(answer: .region, option: .continent, kind: .place) == nil)
    #expect(AnswerCategory.fit(answer: .division, option: .continent, kind: .place) == nil)
    // Countries are all listed: an unknown place is never one.
    #expect(AnswerCategory.fit(answer: .country, option: nil, kind: .place) == nil)
    #expect(AnswerCategory.fit(answer: .city, option: .water, kind: .place) == nil)
    #expect(AnswerCategory.fit(answer: .court, option: .international, kind: .organization) == nil)
    // An act passed by a parliament is no treaty: laws stand only beside laws.
    #expect(AnswerCategory.fit(answer: .agreement, option: .law, kind: .term) == nil)
    #expect(AnswerCategory.fit(answer: .law, option: .agreement, kind: .event) == nil)
    #expect(AnswerCategory.fit(answer: .law, option: .law, kind: .term) == .same)
    // A treaty's name says so: an option that says nothing is of another sort.
    #expect(AnswerCategory.fit(answer: .law, option: nil, kind: .term) == nil)
    #expect(AnswerCategory.fit(answer: .mission, option: nil, kind: .term) == nil)
    // An answer that says nothing takes no option that says what it is, but a town may
    // stand beside a known city.
    #expect(AnswerCategory.fit(answer: nil, option: .agreement, kind: .term) == nil)
    #expect(AnswerCategory.fit(answer: nil, option: .city, kind: .place) == .unknown)
    #expect(AnswerCategory.fit(answer: nil, option: .country, kind: .place) == nil)
  }

  @Test func alikeTriesTheBestFitFirstAndDropsOtherSorts() {
    let deck = ["Orme Prize", "Land Act", "Harbour Accords", "Big Seven", "Northern Pact"]
      .map { DistractorOption($0) }
    let made = ["Treaty of Vesk", "Operation Heron"].map { DistractorOption($0) }
    let kept = AnswerCategory.alike(deck: deck, made: made, answer: .agreement, kind: .term) {
      AnswerCategory.of($0.text, kind: .term)
    }
    #expect(kept.map(\.text) == ["Harbour Accords", "Northern Pact", "Treaty of Vesk"])
    // A body's options may include names that say nothing, after every fitting one.
    let bodies = ["Free Officers", "Harbour Council"].map { DistractorOption($0) }
    let league = ["League of Harbours"].map { DistractorOption($0) }
    let forCouncil = AnswerCategory.alike(
      deck: bodies, made: league, answer: .government, kind: .organization
    ) { AnswerCategory.of($0.text, kind: .organization) }
    #expect(forCouncil.map(\.text) == ["Harbour Council", "League of Harbours", "Free Officers"])
  }

}

/// The maker's use of categories: options of the answer's sort, or no choice card at all.
struct CategoryDistractorTests {
  let maker = DistractorMaker()

  func options(_ f: Fact, pool: [Fact], prompt: String = "Question?", seed: UInt64 = 1)
    -> [String]?
  {
    var generator = SeededGenerator(seed: seed)
    return maker.distractors(
      for: f, answer: AnswerFormat.answer(for: f), pool: pool, prompt: prompt, generator: &generator
    )
  }

  @Test func aTreatyTakesTreatiesNotPrizesOrOperations() {
    let treaty = fact(
      .term, "Treaty of Lindholm", in: "Vesk signed the Treaty of Lindholm in 1901.")
    let pool = [
      fact(.term, "Orme Peace Prize", in: "She won the Orme Peace Prize.", index: 1),
      fact(.term, "Operation Kestrel", in: "Operation Kestrel began at dawn.", index: 2),
      fact(.term, "Northern Pact", in: "The Northern Pact followed.", index: 3),
      fact(.term, "Harbour Accords", in: "The Harbour Accords ended it.", index: 4),
      // Read as an event, a convention is still an agreement.
      fact(.event, "Convention of Maravel", in: "The Convention of Maravel came later.", index: 5),
    ]
    for seed in UInt64(0)..<8 {
      let result = options(treaty, pool: pool, seed: seed)
      #expect(
        result.map(Set.init) == ["Northern Pact", "Harbour Accords", "Convention of Maravel"])
    }
  }

  @Test func withoutThreeOfItsSortAnOperationGetsNoChoiceCard() {
    let operation = fact(.term, "Operation Kestrel", in: "Operation Kestrel began at dawn.")
    let pool = [
      fact(.term, "Operation Heron", in: "Operation Heron followed.", index: 1),
      fact(.term, "Harbour War", in: "The Harbour War ended in 1903.", index: 2),
      fact(.term, "Treaty of Lindholm", in: "The Treaty of Lindholm was signed.", index: 3),
      fact(.term, "Big Seven", in: "The Big Seven met.", index: 4),
    ]
    #expect(options(operation, pool: pool) == nil)
  }

  @Test func aCityTakesCitiesAndTownsNotCountriesSeasOrContinents() {
    let prompt = "Shares closed on the _____ stock exchange."
    let city = fact(.place, "Paris", in: "Shares closed on the Paris stock exchange.")
    let pool = [
      fact(.place, "Asia", in: "Trade with Asia grew.", index: 1),
      fact(.place, "Hungary", in: "Hungary rose in revolt.", index: 2),
      fact(.place, "Red Sea", in: "Ships entered the Red Sea.", index: 3),
      fact(.place, "London", in: "Talks opened in London.", index: 4),
      fact(.place, "Cairo", in: "Crowds filled Cairo.", index: 5),
      fact(.place, "Marzameli", in: "Divers left from Marzameli.", index: 6),
    ]
    for seed in UInt64(0)..<8 {
      let result = options(city, pool: pool, prompt: prompt, seed: seed)
      #expect(result.map(Set.init) == ["London", "Cairo", "Marzameli"])
      // Known cities before a town the lists do not know.
      #expect(result?.last == "Marzameli")
    }
  }

  @Test func onePersonIsNotOfferedTwice() {
    let signer = fact(.person, "Otto Brandt", in: "Otto Brandt signed for Vesk.")
    let pool = [
      fact(.person, "Edwin Marsh Hale", in: "Edwin Marsh Hale spoke first.", index: 1),
      fact(.person, "Marsh Hale", in: "Marsh Hale objected.", index: 2),
      fact(.person, "Karl Weber", in: "Karl Weber resigned.", index: 3),
      fact(.person, "Anna Lind", in: "Anna Lind wrote the draft.", index: 4),
    ]
    for seed in UInt64(0)..<8 {
      let result = options(signer, pool: pool, seed: seed) ?? []
      #expect(result.count == 3)
      #expect(!(result.contains("Edwin Marsh Hale") && result.contains("Marsh Hale")), "\(result)")
    }
  }
}

struct NamePartsTests {
  @Test func theBodyAnAnswerBelongsToIsNotOffered() {
    let names = ["Harbour League Trade Council", "Harbour League", "Grain Board"].map {
      DistractorOption($0)
    }
    let kept = NameParts.withoutWholes(names, answer: "Trade Council", names: names)
    #expect(kept.map(\.text) == ["Grain Board"])
    // Without the longer name in the article, both stay.
    let apart = ["Harbour League", "Grain Board"].map { DistractorOption($0) }
    #expect(NameParts.withoutWholes(apart, answer: "Trade Council", names: apart).count == 2)
  }
}
