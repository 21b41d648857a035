import Facts
import Testing

@testable import Questions

/// Choice options must be of the sort the prompt asks: a country beside countries, a lake
/// beside lakes, a nationality word beside nationality words, no person where a ship or a
/// farmer is asked (audit 8, sixth set: "type").
struct AnswerTypeTests {
  func options(_ f: Fact, pool: [Fact], seed: UInt64 = 1) -> [String]? {
    distractorOptions(f, pool: pool, seed: seed)
  }

  func frame(_ words: String, in sentence: String, _ kind: FactKind = .person) -> NameFrame {
    nameFrame(words, in: sentence, kind)
  }

  /// Facts of one made-up article, numbered by sentence.
  func story(_ items: [(FactKind, String, String)]) -> [Fact] {
    items.enumerated().map { fact($0.element.0, $0.element.1, in: $0.element.2, index: $0.offset) }
  }

  // MARK: Places

  @Test func aCountryTheRegionListsLackTakesTheRegionOfTheArticlesCountries() {
    let pool = story([
      (.place, "Paraguay", "After the vote Paraguay closed its border."),
      (.place, "Chile", "Chile protested."),
      (.place, "Varnel", "The convoy waited at Varnel for a week."),
      (.place, "Ostrak", "Grain left from Ostrak by rail."),
    ])
    let chosen = options(pool[0], pool: pool) ?? []
    #expect(chosen.contains("Chile"))
    #expect(chosen.count == 3)
    #expect(chosen.allSatisfy { DistractorMaker.countries[5].contains($0) })
  }

  @Test func aCountryTheRegionListsLackTakesNoTowns() {
    let pool = story([
      (.place, "Paraguay", "After the vote Paraguay closed its border."),
      (.place, "Varnel", "The convoy waited at Varnel for a week."),
      (.place, "Ostrak", "Grain left from Ostrak by rail."),
      (.place, "Pelmin", "The mayor of Pelmin resigned."),
      (.place, "Uruguay", "Traders came from Uruguay as well."),
    ])
    // Only one other country: no card rather than towns beside a country.
    #expect(options(pool[0], pool: pool) == nil)
    let more =
      pool
      + story([
        (.place, "Ecuador", "Ecuador sent observers."), (.place, "Colombia", "Colombia did too."),
      ])
    let chosen = options(more[0], pool: more) ?? []
    #expect(Set(chosen) == ["Uruguay", "Ecuador", "Colombia"])
  }

  @Test func aPlaceThatHoldsTheAnswerIsNoWrongOption() {
    let pool = story([
      (.place, "England", "The weavers sailed from England in 1620."),
      (.place, "Britain", "Britain sent a fleet."), (.place, "France", "France protested."),
      (.place, "Spain", "Spain stayed out."), (.place, "Portugal", "Portugal did too."),
      (.place, "Italy", "Italy sent envoys."),
    ])
    let chosen = options(pool[0], pool: pool) ?? []
    #expect(chosen.count == 3)
    #expect(!chosen.contains("Britain"))
    #expect(OverlappingPlaces.overlap("the Netherlands", "Holland"))
    #expect(!OverlappingPlaces.overlap("England", "France"))
    #expect(!OverlappingPlaces.overlap("England", "england"))
    // Two parts of one whole are different places.
    #expect(!OverlappingPlaces.overlap("England", "Scotland"))
    #expect(!OverlappingPlaces.overlap("Uzbekistan", "Tajikistan"))
    #expect(OverlappingPlaces.overlap("Uzbekistan", "Soviet Union"))
    // A city under its old name is the same city.
    #expect(OverlappingPlaces.overlap("Batavia", "Jakarta"))
  }

  @Test func theStoryStateOfATownIsNoWrongOption() {
    let pool = story([
      (.place, "Boston", "The tank burst in Boston in 1919."),
      (.place, "Massachusetts", "Later the state of Massachusetts changed its law."),
      (.place, "Chicago", "Chicago had seen a fire."), (.place, "Denver", "Denver was spared."),
      (.place, "Atlanta", "Atlanta sent aid."), (.place, "Seattle", "Seattle sent more."),
    ])
    #expect(AnswerCategory.of(pool[1]) == .division)
    let chosen = options(pool[0], pool: pool) ?? []
    #expect(chosen.count == 3)
    #expect(!chosen.contains("Massachusetts"))
  }

  @Test func theGazetteerTellsTownsFromProvinces() {
    #expect(AnswerCategory.of("Leipzig", kind: .place) == .city)
    #expect(AnswerCategory.of("Saskatchewan", kind: .place) == .division)
    #expect(AnswerCategory.of("Elbe", kind: .place) == .water)
    // Beside a listed city, a listed city comes before a province, and a continent never.
    let pool = story([
      (.place, "Leipzig", "The talks were held in Leipzig in June."),
      (.place, "Bavaria", "Delegates came from Bavaria."),
      (.place, "Silesia", "Coal came from Silesia."),
      (.place, "Bohemia", "Glass came from Bohemia."),
      (.place, "Tuscany", "Wine came from Tuscany."),
      (.place, "Europe", "Trade across Europe slowed."),
      (.place, "Dresden", "Dresden sent two aldermen."),
      (.place, "Nuremberg", "Nuremberg sent one."),
      (.place, "Bonn", "Bonn sent none."),
    ])
    #expect(Set(options(pool[0], pool: pool) ?? []) == ["Dresden", "Nuremberg", "Bonn"])
  }

  @Test func aCountryNamedByANationalityWordDoesNotTakeThatCountry() {
    let pool = story([
      (.place, "Dutch Republic", "The colony was bought from the Dutch Republic in 1790."),
      (.place, "Netherlands", "The Netherlands later ruled it."),
      (.place, "Britain", "Britain blockaded the port."),
      (.place, "Spain", "Spain sent a fleet."),
    ])
    // Britain and Spain, then a country of their region; never the Netherlands.
    let chosen = options(pool[0], pool: pool) ?? []
    #expect(chosen.count == 3)
    #expect(chosen.contains("Britain") && chosen.contains("Spain"))
    #expect(!chosen.contains("Netherlands"))
    #expect(chosen.allSatisfy { AnswerCategory.of($0, kind: .place) == .country })
  }

  @Test func aLakeIsNamedByItsFirstWordAndTakesLakes() {
    #expect(AnswerCategory.of("Lake Orvell", kind: .place) == .water)
    #expect(AnswerCategory.of("Loch Brannon", kind: .place) == .water)
    let pool = story([
      (.place, "Lake Orvell", "Two ferries were bought for Lake Orvell last year."),
      (.place, "Varnel", "The ferries were built at Varnel."),
      (.place, "Ostrak", "Fuel reaches Ostrak by rail."),
      (.place, "Pelmin", "The port of Pelmin reopened."),
      (.place, "Dorn Gulf", "Silt fills the Dorn Gulf each spring."),
    ])
    let chosen = options(pool[0], pool: pool) ?? []
    #expect(chosen.count == 3)
    #expect(chosen.allSatisfy { $0.hasPrefix("Lake ") })
  }

  @Test func aNationalityWordTakesNationalityWords() {
    #expect(Demonym("Peruvian")?.country == "peru")
    #expect(Demonym("Varnel") == nil)
    let pool = story([
      (.place, "Mexican", "Most miners in the Mexican hill country were migrants."),
      (.place, "Varnel", "The mine at Varnel closed."),
      (.place, "Ostrak", "Ore went to Ostrak."),
      (.place, "Pelmin", "Pelmin grew fast."),
    ])
    let chosen = options(pool[0], pool: pool) ?? []
    #expect(chosen.count == 3)
    #expect(chosen.allSatisfy { Demonym($0) != nil })
  }

  @Test func aPlaceBeforeACropsNounIsAskedOnlyBesideTheSameSort() {
    let boro = frame("Kelvar", in: "Farmers will switch from Kelvar rice to wheat.", .place)
    #expect(boro.frameNouns == ["rice"])
    let pool = story([
      (.place, "Kelvar", "Farmers will switch from Kelvar rice to wheat."),
      (.place, "Varnel", "The pumps were installed in Varnel."),
      (.place, "Ostrak", "Ostrak had no rain."),
      (.place, "Pelmin", "Pelmin is dry."),
    ])
    #expect(options(pool[0], pool: pool) == nil)
    // Its cloze stands alone: the place rule (a lone cloze is too thin) is not for crops.
    #expect(QuestionWriter.namesSort(pool[0]))
    #expect(!QuestionWriter.namesSort(pool[1]))
  }

  @Test func aNationalityWordOrACropKeepsItsLoneCloze() {
    let sentences = [
      "Most of the traders in the Paraguayan border towns were migrants from the south.",
      "Farmers in Dorpur were told to switch from Kelvar rice to wheat and lentils.",
    ]
    let article = oneParagraph(sentences, name: "a.txt")
    let facts = [
      fact(.place, "Paraguayan", in: sentences[0], index: 0),
      fact(.place, "Kelvar", in: sentences[1], index: 1),
    ]
    let set = QuestionWriter(maxFacts: 10).write(facts: facts, articles: [article])
    let answers = set.questions.filter { $0.kind == .cloze }.map(\.answer)
    #expect(answers.contains("Paraguayan"))
    #expect(answers.contains("Kelvar"))
    #expect(!set.questions.contains { $0.kind == .choice })
  }

  // MARK: Ships and roles

  @Test func aNameAfterAVesselNounIsNoPerson() {
    let first = frame(
      "Arden Vale", in: "The navy bought two ironclads, the Arden Vale and the Marlow Cray.")
    #expect(first.showsThing)
    let second = frame(
      "Marlow Cray", in: "The navy bought two ironclads, the Arden Vale and the Marlow Cray.")
    #expect(second.showsThing)
    let steamer = frame("Hester Bond", in: "They sailed on the steamer Hester Bond in May.")
    #expect(steamer.showsThing)
    let person = frame("Hester Bond", in: "The ship's captain, Hester Bond, went ashore.")
    #expect(!person.showsThing)
    let pool = story([
      (.person, "Arden Vale", "The navy bought two ironclads, the Arden Vale and the Marlow Cray."),
      (.person, "Tomas Reyes", "General Tomas Reyes led the army."),
      (.person, "Luis Pardo", "President Luis Pardo resigned."),
      (.person, "Jaime Sotelo", "Colonel Jaime Sotelo held the fort."),
    ])
    #expect(options(pool[0], pool: pool) == nil)
  }

  @Test func aRoleBeforeSuchAsOrBareAfterACommaIsRead() {
    let capitalists = frame(
      "Ned Harrow", in: "The mines fell into the hands of British capitalists such as Ned Harrow.")
    #expect(capitalists.nouns == ["capitalist"])
    #expect(capitalists.nationalities == ["united kingdom"])
    let listed = frame(
      "Ras Dori",
      in: "The troops were led by commanders such as Ras Temo, the governor of Kela, and Ras Dori.")
    #expect(listed.nouns == ["commander"])
    let scholars = frame(
      "Ana Lowe", in: "Scholars such as Ana Lowe in the 1970s compared the two texts.")
    #expect(scholars.nouns == ["scholar"])
    let intendant = frame(
      "Luis Ortega", in: "Then the Spanish intendant at Port Tamsin, Luis Ortega, closed the river."
    )
    #expect(intendant.nouns == ["intendant"])
    #expect(intendant.nationalities == ["spain"])
    let members = frame(
      "Dan Kopp", in: "The no votes came from council members Dan Kopp and Ivy Lund.")
    #expect(members.nouns == ["member"])
    let filmmaker = frame(
      "Ada Brill", in: "The story was filmed in 1958, and Ada Brill's film of 1997 won.")
    #expect(filmmaker.frameNouns == ["film"])
    let chiefs = frame("Tarua", in: "It was signed by more than 500 Tarua chiefs in 1840.", .place)
    #expect(chiefs.frameNouns == ["chief"])
    let farmer = frame("Abul Kashem", in: "In Dorpur district, farmer Abul Kashem, 52, said so.")
    #expect(farmer.nouns == ["farmer"])
    #expect(farmer.showsPerson)
    let pool = story([
      (.person, "Abul Kashem", "In Dorpur district, farmer Abul Kashem, 52, said so."),
      (.person, "Nasima Begum", "Professor Nasima Begum studied the aquifer."),
      (.person, "Rafiq Hossain", "The chairman, Rafiq Hossain, spoke."),
      (.person, "Selina Akter", "Engineer Selina Akter designed the pumps."),
    ])
    #expect(options(pool[0], pool: pool) == nil)
    let farmers =
      pool
      + story([
        (.person, "Jamal Uddin", "A local farmer, Jamal Uddin, agreed."),
        (.person, "Karim Sheikh", "The farmer Karim Sheikh lost his crop."),
        (.person, "Monir Alam", "A farmer, Monir Alam, sold his pump."),
      ])
    let chosen = options(farmers[0], pool: farmers) ?? []
    #expect(Set(chosen) == ["Jamal Uddin", "Karim Sheikh", "Monir Alam"])
  }
}
