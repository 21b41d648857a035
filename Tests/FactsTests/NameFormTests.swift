import Testing

@testable import Facts

@Test func arabicArticleInsideAPersonsName() throws {
  let f = try extract("The talks were led by Ahmed al-Sharaa in 2025.")
  #expect(f.values(.person) == ["Ahmed al-Sharaa"])
}

@Test func arabicArticleWithoutAGivenNameIsAPlace() throws {
  let f = try extract("By June the convoys had reached Marsa el-Brega and the coast road.")
  #expect(f.of(.person).isEmpty)
  #expect(f.values(.place) == ["Marsa el-Brega"])
}

@Test func truceIsAnEventHead() throws {
  let f = try extract("The fighting ended with the Truce of Lindau on 3 May 1620.")
  #expect(f.values(.event) == ["Truce of Lindau"])
}

@Test func lowerCaseDepartmentOfNamesAPlace() throws {
  let f = try extract("The republic took the coastal department of Arauco after the war.")
  #expect(f.values(.place) == ["Arauco"])
}

@Test func personsNameOwnsATreaty() throws {
  let f = try extract("Trade grew after Jay's Treaty was signed in 1794.")
  #expect(f.values(.event) == ["Jay's Treaty"])
  #expect(f.of(.person).isEmpty)
}

@Test func placeOwningATreatyStaysAPlace() throws {
  let f = try extract("The court weighed Portugal's Treaty duties in 1810.")
  #expect(f.values(.place) == ["Portugal"])
}

@Test func portfolioInPlainWordsThenAGivenName() throws {
  let f = try extract(
    "Punjab Minister for Parks and Wildlife Syed Tariq Mehmood opened the reserve in 2024.")
  let person = try #require(f.first(.person, "Syed Tariq Mehmood"))
  #expect(person.title == "Punjab Minister for Parks and Wildlife")
}

@Test func portfolioWithoutAGivenNameIsNoPerson() throws {
  let f = try extract("Punjab Minister for Parks and Wildlife Services opened the reserve in 2024.")
  #expect(!f.of(.person).contains { $0.title?.hasPrefix("Punjab Minister") == true })
}

@Test func nameGlossedInAnotherLanguageKeepsTheKind() throws {
  let f = try extract(
    """
    The treaty was read aloud. The Treaty of Kanata (Cree: Kiskinowatchi o Kanata) was signed \
    in 1870. Elders still cite Kanata.
    """)
  #expect(f.of(.person).isEmpty)
  #expect(f.values(.event).contains("Kiskinowatchi o Kanata"))
}

@Test func compassWordBeforeATermHeadNamesATerm() throws {
  let f = try extract("In 1853 the rebels sent a Southern Expedition against the capital.")
  #expect(f.values(.term) == ["Southern Expedition"])
}

@Test func compassWordAloneNamesNothing() throws {
  let f = try extract("In 1853 the rebels sent a Southern army against the capital.")
  #expect(f.of(.term).isEmpty)
}

@Test func relativeWhoMakesAPersonDespiteAPlaceHead() throws {
  let f = try extract(
    "The force was founded by the adventurer Henry Lyman Ward, who died in battle in 1862.")
  #expect(f.values(.person) == ["Henry Lyman Ward"])
  #expect(f.of(.place).isEmpty)
}

@Test func placeHeadWithoutWhoStaysAPlace() throws {
  let f = try extract("The clinic opened in Kampung Baru Ward in 1990.")
  #expect(f.values(.place) == ["Kampung Baru Ward"])
}

@Test func titleBeforeACommonNounOfTheSentenceNamesAPlace() throws {
  let f = try extract(
    "The coast runs from the port to Sir Inlet on the border, and it holds some 20 inlets.")
  #expect(f.values(.place) == ["Sir Inlet"])
  #expect(f.of(.person).isEmpty)
}

@Test func titleBeforeASurnameStaysAPerson() throws {
  let f = try extract("The coast was charted in 1790 by Sir Inglis, who mapped 20 inlets.")
  #expect(f.first(.person, "Inglis")?.title == "Sir")
}

@Test func sentenceOpenedByAPersonsTreatyNamesIt() throws {
  let f = try extract("Jay's Treaty with Britain, signed in 1794, calmed the frontier.")
  #expect(f.values(.event) == ["Jay's Treaty"])
}

@Test func sentenceOpenedByAPossessiveBeforeABodyNamesNoTreaty() throws {
  let f = try extract("Jay's Company traded furs in 1794.")
  #expect(f.of(.event).isEmpty)
}

@Test func exampleOfPeopleInARoleIsAPerson() throws {
  let f = try extract(
    "The colony rose in revolt in 1791 under leaders such as Auguste Ferrure, and held out.")
  #expect(f.values(.person) == ["Auguste Ferrure"])
}

@Test func exampleOfThingsIsNoPerson() throws {
  let f = try extract(
    "The colony exported crops such as Bourbon Mixture, which fetched high prices in 1791.")
  #expect(f.of(.person).isEmpty)
}

@Test func malayHonorificsAreTitlesNotNames() throws {
  let f = try extract(
    "Health Minister Datuk Seri Dr Aminah Yusof said the drive would begin in Selangor.")
  #expect(f.values(.person) == ["Aminah Yusof"])
  #expect(f.first(.person, "Aminah Yusof")?.title?.hasSuffix("Datuk Seri Dr") == true)
}

@Test func aMalaysianDaughterOrSonOfStaysInTheName() throws {
  let f = try extract(
    "Health director Dr Kavitha a/p Ramasamy said 300 localities were hot spots, and Dr Muthu "
      + "a/l Velu agreed.")
  #expect(f.values(.person) == ["Kavitha a/p Ramasamy", "Muthu a/l Velu"])
  // A lone "a" before a slash is no part of a name.
  #expect(try extract("Ida Brun wrote a/b tests in Velda.").values(.person) == ["Ida Brun"])
}

@Test func oneNameAfterARulersOrKinsmansRoleIsAPerson() throws {
  let f = try extract(
    "War broke out in 1262 with his cousin Berke. In 1411 the local ruler Ravakesh attacked the fleet."
  )
  #expect(f.values(.person) == ["Berke", "Ravakesh"])
}

@Test func theHouseAfterARoyalNameIsPartOfIt() throws {
  let f = try extract("In 1864 the Austrian archduke Rudolfo of Halmberg accepted the crown.")
  #expect(f.values(.person) == ["Rudolfo of Halmberg"])
}

@Test func anEraNameBeforeEmperorIsAPerson() throws {
  let f = try extract("When the Taiming Emperor died in 1398, his grandson took the throne.")
  #expect(f.values(.person) == ["Taiming Emperor"])
  // A nationality before the title names no one in particular.
  let roman = try extract("In 800 the Roman Emperor was crowned in the city.")
  #expect(!roman.values(.person).contains("Roman Emperor"))
}

@Test func aNameTheArticleToldOfAsAPersonStaysOne() throws {
  let f = try extract(
    "He served in the household of Lu Di, the Prince of Qin. When the king died, Lu Di rebelled.")
  // ("Di" alone reads as a particle, so the name's second mention needs the first.)
  #expect(f.values(.person).filter { $0 == "Lu Di" }.count == 2)
  #expect(!f.values(.term).contains("Lu Di"))
}

@Test func aBirthNameIsAPersons() throws {
  let f = try extract("The admiral was born Wu He in 1371 in a town on the lake.")
  #expect(f.values(.person).contains("Wu He"))
}

@Test func hyphenedGivenNameInLowerCaseGoesOnWithTheName() throws {
  // Korean given names: two syllables, the second in lower case.
  let f = try extract(
    "Velda Governor Kim Dong-hyun opened the dam, and Water Minister Park Jae-hoon said it"
      + " would hold. Yoon Sang-cheol, a farmer, was not so sure.")
  #expect(f.values(.person) == ["Kim Dong-hyun", "Park Jae-hoon", "Yoon Sang-cheol"])
  #expect(f.first(.person, "Kim Dong-hyun")?.title == "Velda Governor")
  // A lower-case second part after no name is no name: "Post-war" opens the sentence.
  let g = try extract("Post-war Velda rebuilt the dam in 1951.")
  #expect(g.of(.person).isEmpty)
}

@Test func persianArticleInsideANameMakesAPerson() throws {
  let f = try extract("The general Zia ul-Haq took power in Orland in 1977.")
  #expect(f.values(.person) == ["Zia ul-Haq"])
  let g = try extract("The nawab, Siraj ud-Daulah, took the fort in June 1756.")
  #expect(g.of(.place).isEmpty)
  #expect(g.values(.person) == ["Siraj ud-Daulah"])
}
