import Facts
import Testing

@testable import Questions

struct PhraserTests {
  let phraser = QuestionPhraser()

  @Test func passiveAuxiliaryIsInverted() {
    let f = fact(
      .date, "March 3, 1921", in: "The rebels in Kronstadt were defeated on March 3, 1921.",
      value: "1921-03-03", granularity: .day)
    #expect(phraser.shortQuestion(for: f) == "When were the rebels in Kronstadt defeated?")
  }

  @Test func pastTenseGetsDoSupportWithBaseForm() {
    let f = fact(
      .year, "1955", in: "Austria joined the United Nations in 1955.", value: "1955")
    #expect(phraser.shortQuestion(for: f) == "In what year did Austria join the United Nations?")
  }

  @Test func frontedTimePhraseIsMovedOut() {
    let f = fact(
      .date, "May 1949", in: "In May 1949, the Allies lifted the blockade of Berlin.",
      value: "1949-05", granularity: .month)
    #expect(
      phraser.shortQuestion(for: f)
        == "In what month and year did the Allies lift the blockade of Berlin?")
  }

  @Test func attributionIsDropped() {
    let f = fact(
      .year, "1869",
      in: "According to the port authority, Egypt opened the Suez Canal in 1869.", value: "1869")
    #expect(phraser.shortQuestion(for: f) == "In what year did Egypt open the Suez Canal?")
  }

  @Test func countAsksHowManyWithItsNoun() {
    let f = fact(
      .number, "412", in: "So far, Norway has trained 412 pilots for the rescue service.",
      value: "412", unit: "pilots")
    #expect(
      phraser.shortQuestion(for: f) == "How many pilots has Norway trained for the rescue service?")
  }

  @Test func moneyAsksHowMuch() {
    let f = fact(
      .money, "300,000 EUR", in: "In 2015, Finland donated 300,000 EUR to the flood relief fund.",
      value: "300000 EUR", unit: "EUR")
    #expect(
      phraser.shortQuestion(for: f) == "How much did Finland donate to the flood relief fund?")
  }

  @Test func moneyWorthBecomesInPhrase() {
    let f = fact(
      .money, "50,000 USD",
      in: "Chile sent doctors to Peru and provided medical aid worth 50,000 USD to the region.",
      value: "50000 USD", unit: "USD")
    #expect(
      phraser.shortQuestion(for: f) == "How much did Chile provide in medical aid to the region?")
  }

  @Test func personObjectAsksWhoWithPartner() {
    let f = fact(
      .person, "Marcus Brandt",
      in: "A special court convicted former ministers Marcus Brandt and Olaf Weiss of fraud.")
    #expect(
      phraser.shortQuestion(for: f)
        == "Who did a special court convict of fraud along with Olaf Weiss?")
  }

  @Test func personSubjectAsksWho() {
    let f = fact(.person, "Ada Lovelace", in: "Ada Lovelace wrote the first published algorithm.")
    #expect(phraser.shortQuestion(for: f) == "Who wrote the first published algorithm?")
  }

  @Test func placeAfterPrepositionAsksWhere() {
    let f = fact(.place, "Lisbon", in: "The ambassador moved the archive to Lisbon in 1808.")
    #expect(phraser.shortQuestion(for: f) == "Where did the ambassador move the archive in 1808?")
  }

  @Test func organizationObjectAsksWhich() {
    let f = fact(
      .organization, "the Hanseatic League",
      in: "Lübeck joined the Hanseatic League in 1358.", value: "Hanseatic League")
    #expect(phraser.shortQuestion(for: f) == "Which organization did Lübeck join in 1358?")
  }

  @Test func calledOrganizationInSubject() {
    let f = fact(
      .organization, "Permanent Court of Arbitration",
      in: "Last year, a body called the Permanent Court of Arbitration ruled against the claim.")
    #expect(phraser.shortQuestion(for: f) == "Which body ruled against the claim?")
  }

  @Test func presentTenseUsesDoes() {
    let f = fact(
      .organization, "the Red Cross", in: "Geneva hosts the Red Cross every year.",
      value: "Red Cross")
    #expect(phraser.shortQuestion(for: f) == "What does Geneva host every year?")
  }

  @Test func embeddedSubjectIsNotAnObject() {
    let f = fact(
      .person, "Dubois", in: "The mayor often says Dubois is the heart of the city.")
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func pronounSubjectIsRefused() {
    let f = fact(.year, "1961", in: "It was built in 1961 by the city.", value: "1961")
    #expect(phraser.shortQuestion(for: f) == nil)
    let g = fact(.year, "1961", in: "They opened the bridge in 1961.", value: "1961")
    #expect(phraser.shortQuestion(for: g) == nil)
  }

  @Test func vagueSubjectIsRefused() {
    let f = fact(.year, "1990", in: "The country began anew in 1990.", value: "1990")
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func quotationIsRefused() {
    let f = fact(
      .year, "1944", in: "\u{201C}We crossed the river in 1944,\u{201D} he said.", value: "1944")
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func secondClauseWithOwnSubjectIsCut() {
    let f = fact(
      .date, "June 4, 1942",
      in: "The fleet was attacked on June 4, 1942, and the carrier sank two days later.",
      value: "1942-06-04", granularity: .day)
    #expect(phraser.shortQuestion(for: f) == "When was the fleet attacked?")
  }

  @Test func statementAndEvent() {
    let f = fact(.year, "1955", in: "Austria joined the United Nations in 1955.", value: "1955")
    #expect(phraser.statement(for: f) == "Austria joined the United Nations in 1955.")
    #expect(
      phraser.statement(for: f, replacing: "1956") == "Austria joined the United Nations in 1956.")
    #expect(phraser.event(for: f) == "Austria joined the United Nations")
  }
}
