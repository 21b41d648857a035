import Testing

@testable import Facts

@Test func rankBeforeAnOfficeIsPartOfTheTitle() throws {
  let f = try extract("The convoy sailed under Rear Admiral Tomas Ferreira in 1881.")
  let person = try #require(f.first(.person, "Tomas Ferreira"))
  #expect(person.title == "Rear Admiral")
}

@Test func ordinalOfficeIsPartOfTheTitle() throws {
  let f = try extract("When the alarm rang, Third Officer Henry Castell lowered the first boat.")
  let person = try #require(f.first(.person, "Henry Castell"))
  #expect(person.title == "Third Officer")
}

@Test func placeOrPortfolioBeforeAnOfficeIsPartOfTheTitle() throws {
  let f = try extract(
    """
    Nakuru Governor Amina Wekesa Otieno opened the market. "We need roads," Water Supply \
    Minister Daniyar Serikbayev said on the same day. The Rift Valley Regional Commissioner \
    Leah Chebet was absent.
    """)
  #expect(f.first(.person, "Amina Wekesa Otieno")?.title == "Nakuru Governor")
  #expect(f.first(.person, "Daniyar Serikbayev")?.title == "Water Supply Minister")
  #expect(f.first(.person, "Leah Chebet")?.title == "Rift Valley Regional Commissioner")
}

@Test func officeBeforeOneWordIsNoPerson() throws {
  // One word after a qualified office names a house, not its holder.
  let f = try extract("The talks were held at the Nakuru Governor Lodge in July 2019.")
  #expect(f.of(.person).isEmpty)
}

@Test func theEndOfAPortfolioIsNoPartOfTheNameAfterIt() throws {
  let f = try extract(
    "Minister for Housing, Heritage and the Environment Maria Walsh said the plan would go ahead.")
  #expect(f.first(.person, "Maria Walsh") != nil)
  #expect(!f.of(.person).contains { $0.text.hasPrefix("Environment") })
}

@Test func aPortfolioOfPlainWordsIsNoPartOfTheNameAfterIt() throws {
  let f = try extract(
    """
    Minister of Environment and Water Tomas Vell Orland opened the dam in 2027. Minister \
    for Sugar Industry Petero Vale said the line would reopen. Hydrologist Marta Sule said \
    the glacier had shrunk.
    """)
  #expect(f.first(.person, "Tomas Vell Orland")?.title == "Minister of Environment and Water")
  #expect(f.first(.person, "Petero Vale")?.title == "Minister for Sugar Industry")
  #expect(f.first(.person, "Marta Sule")?.role == "hydrologist")
  let g = try extract("Hydrologist Marta Sule of the Orland Institute warned of drought.")
  #expect(g.values(.person) == ["Marta Sule"])
}
