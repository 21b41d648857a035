import Articles
import Foundation
import Testing

@testable import Facts

// A name keeps one sort through its article, and foreign names are typed by their head words.
// Each sentence is our own.

@Test func aTownReadAsAManOnceIsATownWhereTheArticleSaysSoMoreOften() throws {
  let f = try extract(
    "The new line runs from Lodz to Nowa Ruda. Nowa Ruda lost its last mine in 1995."
      + " Buses also stop near Nowa Ruda.")
  #expect(f.values(.place).filter { $0 == "Nowa Ruda" }.count == 3)
  #expect(f.of(.person).isEmpty)
}

@Test func aPersonWithATitleStaysAPersonWhereverElseTheNameStands() throws {
  let f = try extract(
    "Mayor Tomas Ruda opened the bridge in 2019. Critics in Tomas Ruda said little."
      + " Tomas Ruda answered them in May.")
  #expect(f.values(.person).filter { $0 == "Tomas Ruda" }.count >= 2)
}

@Test func aForeignBodyIsNamedByItsHeadWordFirst() throws {
  let f = try extract(
    "Autoridad Nacional del Agua approved the plan in 2024."
      + " The turbines came from Brennstoff Antriebe GmbH, a firm in Kassel."
      + " The Mamluk Sultanate ruled Egypt until 1517.")
  #expect(f.values(.organization).contains("Autoridad Nacional del Agua"))
  #expect(f.values(.organization).contains("Brennstoff Antriebe GmbH"))
  #expect(f.values(.organization).contains("Mamluk Sultanate"))
  #expect(f.of(.person).isEmpty)
}

@Test func aForeignPlaceIsNamedByItsHeadWord() throws {
  let f = try extract(
    "Bab Zuweila still stands over the old street. Salar de Atacama holds much of the lithium."
      + " Farmers along the Syr Darya lost their fields.")
  #expect(f.values(.place).contains("Bab Zuweila"))
  #expect(f.values(.place).contains("Syr Darya"))
  #expect(f.of(.person).isEmpty)
}

@Test func aProfilesSurnameAloneIsThePersonItsTitleNames() throws {
  // The title opens on her name and a life span; her husband is named in full first.
  let text = """
    Ida Brun (1867–1934): a life in light

    In 1894 Ida met the chemist Olaf Brun in Orland. For her thesis Brun chose the new rays.
    """
  let article = try ArticleReader().read(Data(text.utf8), name: "brun.txt")
  let f = FactExtractor().facts(in: article)
  #expect(f.first { $0.kind == .person && $0.text == "Brun" }?.value == "Ida Brun")
}

@Test func aProfilesFullerNameTakesOverTheTitlesShortOne() throws {
  // The title says "Ida Brun"; the text names her "Ida Maria Brun", then "Brun" alone.
  let text = """
    Ida Brun (1867–1934): a life in light

    Ida Maria Brun was born in Orland in 1867. In 1890 Brun chose the new rays.
    """
  let article = try ArticleReader().read(Data(text.utf8), name: "brun.txt")
  let f = FactExtractor().facts(in: article)
  #expect(f.first { $0.kind == .person && $0.text == "Brun" }?.value == "Ida Maria Brun")
}

@Test func aNameAfterTheWithNoTitleIsAThingNotAPerson() throws {
  let f = try extract(
    "The lake is the source of the Grey Nile. In 1961 the Orland Shuttle first flew."
      + " The Varne Emperor ruled from 1402. The fort dates from the Middle Ages.")
  #expect(f.values(.person) == ["Varne Emperor"])
  // (The gazetteer knows the Nile.)
  #expect(f.values(.place).contains("Grey Nile"))
  #expect(f.values(.term).contains("Orland Shuttle"))
  // A period is no fact to ask by name.
  #expect(!f.contains { $0.text == "Middle Ages" })
}

@Test func aThingNamedWithTheIsThePlaceItIsElsewhere() throws {
  let f = try extract(
    "The Keti Sound creek was dredged in 1990. Boats sail from Varne to Keti Sound each week.")
  #expect(f.values(.place).filter { $0 == "Keti Sound" }.count == 2)
  #expect(!f.values(.term).contains("Keti Sound"))
}

@Test func aCurrencyCodeAloneIsNoBody() throws {
  let f = try extract(
    "The bill is in PYG, and the levy in DT. Each family gets UF 950. The AMDA met in Varne.")
  #expect(f.values(.organization) == ["AMDA"])
}

@Test func oneWordIsANameWhenTheSentenceSaysWhatItNames() throws {
  let f = try extract(
    "He spent ten years at the desert oasis of Varnea, leaving his son Orlek to govern."
      + " The throne went to the elder prince and not to Tavic, who held the coast.")
  #expect(f.values(.place).contains("Varnea"))
  #expect(f.values(.person).contains("Orlek"))
  #expect(f.values(.person).contains("Tavic"))
}

@Test func aRoleNounOpeningTheSentenceIsNoPartOfTheName() throws {
  let f = try extract("Economist Ana Maria Duarte of the Orland Institute said the sum was small.")
  #expect(f.values(.person) == ["Ana Maria Duarte"])
  #expect(f.of(.person).first?.role == "economist")
  // Names the lexicon does not know, after the role.
  let g = try extract(
    "Not all agree. Economist Maréa Jusé Orvalle of the Orland Institute doubts it.")
  #expect(g.values(.person) == ["Maréa Jusé Orvalle"])
}

@Test func aNamedListIsATerm() throws {
  let f = try extract("In 1986 the agency added the harbour of Varne to its Coastal Heritage List.")
  #expect(f.values(.term).contains("Coastal Heritage List"))
  #expect(f.of(.person).isEmpty)
}

@Test func aScriptureNamedAfterInIsABookNotAPlace() throws {
  let f = try extract(
    "Others point to the Book of Orla in the Bible, where the king frees the exiles.")
  #expect(f.values(.term).contains("Bible"))
  #expect(!f.values(.place).contains("Bible"))
}

@Test func aNameAfterAOrAnWithNoTitleIsAThingNotAPerson() throws {
  let f = try extract(
    "A Orland Hawk appears on the flag. In 1902 an Ember Lantern was hung at the gate."
      + " In 1904 a Dr. Tomas Vell arrived.")
  #expect(f.values(.term).contains("Orland Hawk"))
  #expect(f.values(.term).contains("Ember Lantern"))
  // A title still makes a person.
  #expect(f.values(.person) == ["Tomas Vell"])
}

@Test func aGeneralStaffIsNoGeneral() throws {
  let f = try extract("In 1894 Tomas Vell served on the General Staff in Orland.")
  #expect(f.values(.person) == ["Tomas Vell"])
}
