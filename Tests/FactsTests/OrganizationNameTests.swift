import Testing

@testable import Facts

@Test func portfolioClosesAMinistryBeforeAnotherBody() throws {
  let f = try extract(
    "The loan was signed by the Ministry of Fisheries and Aquaculture and the Asian Development Bank in 2021."
  )
  #expect(
    f.values(.organization) == ["Ministry of Fisheries and Aquaculture", "Asian Development Bank"])
}

@Test func placeAfterAndIsNoPortfolio() throws {
  let f = try extract(
    "Loans came from the Bank of Portugal and Spain and the Asian Development Bank in 2021.")
  #expect(!f.values(.organization).contains("Bank of Portugal and Spain"))
  #expect(f.values(.organization).contains("Asian Development Bank"))
}

@Test func ampersandJoinsPartnersIntoOneFirm() throws {
  let f = try extract(
    "The bonds were sold by two banks, Vries of Utrecht and Lamb & Sons of Leiden, in 1803.")
  #expect(f.values(.organization) == ["Lamb & Sons"])
}

@Test func ownersOfABodyStayInItsName() throws {
  let f = try extract(
    """
    "The lake came back," said Aidos Nurlanov, who heads the Tana Fishermen's Cooperative. \
    The Coastal Ice Patrol warned the boats.
    """)
  #expect(f.values(.organization) == ["Tana Fishermen's Cooperative", "Coastal Ice Patrol"])
  #expect(f.values(.person) == ["Aidos Nurlanov"])
}

@Test func aBracketedPartOfALawsNameStaysInIt() throws {
  let f = try extract(
    "Under the Harbour Works and Coastal Defence (Amendment) Act 2019, councils must consult the port."
  )
  #expect(
    f.contains {
      $0.text.hasPrefix("Harbour Works and Coastal Defence (Amendment) Act")
    })
  #expect(!f.contains { $0.text == "Coastal Defence" })
}

@Test func aNameWithAnAcronymIsABody() throws {
  let f = try extract(
    "The chair of Te Runanga o Ngati Awa (TRONAnui), Ana Rua, said the iwi wanted a say.")
  #expect(f.values(.organization).contains("Te Runanga o Ngati Awa"))
  #expect(!f.values(.person).contains("Te Runanga o Ngati Awa"))
}

@Test func oneWordAfterANounOfThePressIsItsTitle() throws {
  let f = try extract(
    "In 1898 the newspaper Aurora printed the letter, and the weekly L’Ami replied in 1899.")
  #expect(f.values(.organization) == ["Aurora", "L'Ami"])
  // Other nouns still need more than one word.
  let g = try extract("In 1898 the company Orland sold its mills.")
  #expect(g.values(.organization).isEmpty)
}
