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

  @Test func aRelativeClauseAfterTheSubjectIsLeftOut() {
    // The father in the "who" clause did not sign: the queen did, and the clause, with its own
    // commas, is left out of the question like an appositive.
    let sentence =
      "On 3 May 1901, Queen Ida, who ruled while her father, King Oskar, was abroad, signed the"
      + " Harbour Charter at the palace in Orland."
    let place = fact(.place, "Orland", in: sentence)
    #expect(!(phraser.statement(for: place, replacing: "_____") ?? "").contains("Oskar signed"))
    let date = fact(
      .date, "3 May 1901", in: sentence, value: "1901-05-03", granularity: .day)
    #expect(
      phraser.shortQuestion(for: date)
        == "When did Queen Ida sign the Harbour Charter at the palace in Orland?")
    #expect(ClauseParser.parse(sentence)?.subjectTokens.count == 2)
  }

  @Test func aPartOfTheDayBeforeTheDateIsStillTheTimePhrase() {
    let sentence = "On the evening of 4 June 1911, Queen Ida opened the new dock at Orland."
    let date = fact(.date, "4 June 1911", in: sentence, value: "1911-06-04", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == "When did Queen Ida open the new dock at Orland?")
    let season = "In the spring of 1452 the sultan began a fortress on the strait."
    let year = fact(.year, "1452", in: season, value: "1452")
    #expect(
      phraser.shortQuestion(for: year)
        == "In what year did the sultan begin a fortress on the strait?")
    // A verb right after "who" is the relative clause's: no question is built on it.
    let relative =
      "On the morning of 15 March 1848 a group of students who met at the Pilvax cafe set out."
    let march = fact(.date, "15 March 1848", in: relative, value: "1848-03-15", granularity: .day)
    #expect(phraser.shortQuestion(for: march) == nil)
    // Without "of" the word is no part of a date: "On the night shift" is not a time phrase.
    #expect(ClauseParser.frontedDateEnd(TokenText("In the spring 1452 rains fell.").tokens) == nil)
  }

  @Test func aRelativeClauseWithNoMainVerbAfterItGivesNoFrame() {
    // "which" runs to the end: no verb of the subject's own follows, so no frame is guessed.
    let sentence = "The Harbour Charter, which Queen Ida signed in 1901, and the dock rules."
    #expect(ClauseParser.parse(sentence) == nil)
    // A second relative clause inside the reach stops the reading.
    let nested =
      "Queen Ida, who ruled the port, which King Oskar built, signed the Harbour Charter."
    #expect(ClauseParser.parse(nested) == nil)
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
      phraser.shortQuestion(for: f)
        == "How much did Finland donate to the flood relief fund in 2015?")
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
        == "Whom did a special court convict of fraud along with Olaf Weiss?")
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

  @Test func aQuestionDoesNotDropWhatTheAnswerWasChosenAs() {
    let sentence =
      "In 1858 the guilds chose Ida Brun, who had opposed the charter, as their first warden."
    let person = fact(.person, "Ida Brun", in: sentence)
    #expect(phraser.shortQuestion(for: person) == nil)
    let plain = "In 1858 the guilds chose Ida Brun as their first warden."
    let chosen = fact(.person, "Ida Brun", in: plain)
    #expect(phraser.shortQuestion(for: chosen) != nil)
  }

  @Test func aClauseCutAfterAReportingVerbIsNotAsked() {
    let sentence =
      "In 2014 the harbour court found, in its report on the northern piers, that the guild had no claim."
    let year = fact(.year, "2014", in: sentence, value: "2014")
    #expect(phraser.shortQuestion(for: year) == nil)
    #expect(phraser.statement(for: year) == nil)
    #expect(phraser.event(for: year) == nil)
    #expect(QuestionShape.endsOnReportingVerb("In 2014, the court found."))
    #expect(!QuestionShape.endsOnReportingVerb("In 2014, the court found the guild guilty."))
    #expect(!QuestionShape.endsOnReportingVerb("The guild will pay $5 million, the court said."))
  }

  @Test func aGapKeepsTheSpacingOfItsWords() {
    let sentence = "The venture will pay royalties to the state agency (OHA), on a sliding scale."
    let body = fact(.organization, "OHA", in: sentence)
    #expect(
      phraser.statement(for: body, replacing: "_____")
        == "The venture will pay royalties to the state agency (_____), on a sliding scale.")
  }

  @Test func aClauseCutBeforeItsQuotationIsNotAsked() {
    let sentence = "In 1956 Olsen placed an advertisement offering \"Four Old Maps\" for sale."
    let year = fact(.year, "1956", in: sentence, value: "1956")
    #expect(phraser.shortQuestion(for: year) == nil)
    #expect(phraser.statement(for: year) == nil)
    #expect(
      !QuestionShape.stopsBeforeQuotation(
        "In 1956, Olsen sold four maps.", of: "In 1956 Olsen sold four maps, \"old\" ones."))
  }

  @Test func aStatementKeepsItsFrontedTime() {
    let sentence =
      "By the 1830s, several hundred weavers lived in Orland, most of them by the river."
    let place = fact(.place, "Orland", in: sentence)
    #expect(
      phraser.statement(for: place, replacing: "_____")
        == "By the 1830s, several hundred weavers lived in _____.")
  }

  @Test func frontedTimeWithoutCommaAndAppositiveInSubject() {
    let sentence = "In May 1921 Tomas Berg, the old mayor's deputy, left the city council."
    let person = fact(.person, "Tomas Berg", in: sentence)
    #expect(phraser.shortQuestion(for: person) == "Who left the city council in May 1921?")
    let date = fact(.date, "May 1921", in: sentence, value: "1921-05", granularity: .month)
    #expect(
      phraser.shortQuestion(for: date)
        == "In what month and year did Tomas Berg leave the city council?")
    #expect(phraser.appositiveQuestion(for: person) == "Who was the old mayor's deputy?")
  }

  @Test func coordinatedSubjectsAskForOne() {
    let sentence = "Anna Holm and Piet Kramer resigned in December 1931."
    let anna = fact(.person, "Anna Holm", in: sentence)
    #expect(
      phraser.shortQuestion(for: anna) == "Who resigned in December 1931 along with Piet Kramer?")
    // "both" goes with the pair, not with the one asked.
    let both = "Anna Holm and Piet Kramer were both killed in 1852."
    #expect(
      phraser.shortQuestion(for: fact(.person, "Anna Holm", in: both))
        == "Who was killed in 1852 along with Piet Kramer?")
  }

  @Test func coordinatedClauseWithItsOwnSubject() {
    let sentence = "A new charter was adopted, and on 2 June 1950 Lise Moen became governor."
    let date = fact(.date, "2 June 1950", in: sentence, value: "1950-06-02", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == "When did Lise Moen become governor?")
  }

  @Test func answerInsideARelativeClauseIsNotAsked() {
    let sentence = "The alliance broke apart in 1931, when fighting in Oslo ended the talks."
    let place = fact(.place, "Oslo", in: sentence)
    #expect(phraser.shortQuestion(for: place) == nil)
  }

  @Test func appositiveInThePredicateBlocksACut() {
    let sentence = "In 1930 Karl Ek had his old rival, Jon Vik, arrested by the police."
    let year = fact(.year, "1930", in: sentence, value: "1930")
    #expect(phraser.shortQuestion(for: year) == nil)
  }

  @Test func passiveAgentBecomesTheSubject() {
    let sentence =
      "The treaty was signed in Bergen by the Foreign Minister of Norway, Ola Lunde, and two envoys."
    let person = fact(.person, "Ola Lunde", in: sentence)
    #expect(phraser.shortQuestion(for: person) == nil)
    let simple = "The treaty was signed in Bergen by Ola Lunde."
    #expect(
      phraser.shortQuestion(for: fact(.person, "Ola Lunde", in: simple))
        == "Who signed the treaty in Bergen?")
    #expect(phraser.roleQuestion(for: person) == "Who was the Foreign Minister of Norway?")
  }

  @Test func firstPersonIsCaseSensitive() {
    #expect(QuestionPhraser.isQuotation("Trade reached US$13.8 billion in 2025.") == false)
    #expect(QuestionPhraser.isQuotation("We crossed the river in 1944."))
    #expect(QuestionPhraser.isQuotation("The minister said our plan worked."))
  }

  @Test func aShortQuotedPhraseLeavesTheNarrativeAskable() {
    // A nickname, a gloss or a short saying inside the story's own sentence.
    #expect(
      !QuestionPhraser.isQuotation("The rebel chief, known as \"the Fox\", was caught in 1901."))
    #expect(
      !QuestionPhraser.isQuotation(
        "On May 3, 1921, the governor spoke in the square and declared, \"The harbour is open.\""))
    #expect(!QuestionPhraser.isQuotation("The reform, called “new order”, began in 1966."))
  }

  @Test func speechIsAQuotation() {
    // Opening with the quotation, a quotation running on, or mostly quoted words.
    #expect(QuestionPhraser.isQuotation("\"The harbour is open,\" the governor said in 1921."))
    #expect(QuestionPhraser.isQuotation("“Ships may dock again,” he said."))
    #expect(QuestionPhraser.isQuotation("The governor said: \"Ships may dock again from today"))
    #expect(
      QuestionPhraser.isQuotation("He said \"ships may dock again from today at the old harbour\".")
    )
    // First person inside the quotation is the speaker's, not the narrative's.
    #expect(
      !QuestionPhraser.isQuotation(
        "The governor opened the harbour in 1921 with the words \"we are free\"."))
  }

  @Test func leadingSubordinateClauseIsItsOwnFrame() {
    let sentence =
      "When rebels drove the governor out of Lyon on March 2, 1834, the old order collapsed."
    let date = fact(.date, "March 2, 1834", in: sentence, value: "1834-03-02", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == "When did rebels drive the governor out of Lyon?")
  }

  @Test func adverbBeforeTheDateGoesWithIt() {
    let sentence = "The ferry reached Visby early on 4 July 1911, with forty passengers."
    let date = fact(.date, "4 July 1911", in: sentence, value: "1911-07-04", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == "When did the ferry reach Visby?")
  }

  @Test func gappingIsCut() {
    let sentence = "Norway pledged 300,000 USD and Denmark 200,000 USD."
    let money = fact(.money, "300,000 USD", in: sentence, value: "300000 USD", unit: "USD")
    #expect(phraser.shortQuestion(for: money) == "How much did Norway pledge?")
  }

  @Test func answerAfterUntilIsNotAsked() {
    let sentence = "The siege went on until the garrison surrendered at Kolberg in June 1807."
    let place = fact(.place, "Kolberg", in: sentence)
    #expect(phraser.shortQuestion(for: place) == nil)
  }

  @Test func listsAndVagueRolesAreNotAppositives() {
    let list =
      "Three groups fought on: the rebels under Olaf Berg, the royal guard loyal to the king, and the militia."
    #expect(phraser.appositiveQuestion(for: fact(.person, "Olaf Berg", in: list)) == nil)
    let vague = "Colonel Ivar Dahl, the unit's commander, said the team was ready."
    #expect(phraser.appositiveQuestion(for: fact(.person, "Ivar Dahl", in: vague)) == nil)
  }

  @Test func pronounInsideTheSubjectIsVague() {
    let sentence = "The last of them withdrew in September 1989."
    let date = fact(.date, "September 1989", in: sentence, value: "1989-09", granularity: .month)
    #expect(phraser.shortQuestion(for: date) == nil)
  }

  @Test func coordinatedVerbTakesTheBaseForm() {
    let sentence =
      "On 4 May 1921 the party removed its leader Jon Ask and replaced him with Per Lie."
    let date = fact(.date, "4 May 1921", in: sentence, value: "1921-05-04", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == nil)
    let plain = "On 4 May 1921 the council removed its leader and replaced the board."
    let other = fact(.date, "4 May 1921", in: plain, value: "1921-05-04", granularity: .day)
    #expect(
      phraser.shortQuestion(for: other)
        == "When did the council remove its leader and replace the board?")
  }

  @Test func sentenceInitialCapitalIsLowered() {
    let sentence = "Formal talks began in Geneva on 3 May 1955."
    let date = fact(.date, "3 May 1955", in: sentence, value: "1955-05-03", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == "When did formal talks begin in Geneva?")
  }

  @Test func titlesBeforeTheNameBelongToWho() {
    let sentence = "The young Emperor Sado came to the throne in 1221."
    let person = fact(.person, "Sado", in: sentence)
    #expect(phraser.shortQuestion(for: person) == "Who came to the throne in 1221?")
  }

  @Test func countedNounGoesWithHowMany() {
    let sentence = "Norway exported 3,000 tonnes of dried fish to Spain in 1890."
    let count = fact(.number, "3,000", in: sentence, value: "3000", unit: "tonnes")
    #expect(
      phraser.shortQuestion(for: count)
        == "How many tonnes of dried fish did Norway export to Spain in 1890?")
  }

  @Test func participlePhraseAfterAnAppositiveIsItsOwn() {
    let sentence = "Norway answered with its own body, the Nordic Council (NC), set up in May 1952."
    let date = fact(.date, "May 1952", in: sentence, value: "1952-05", granularity: .month)
    #expect(phraser.shortQuestion(for: date) == nil)
  }

  @Test func datedParticipleAppositiveAsksWhenWas() {
    let sentence = "The Oslo Charter, signed on 4 May 1950, created the Nordic Council."
    let date = fact(.date, "4 May 1950", in: sentence, value: "1950-05-04", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == "When was the Oslo Charter signed?")
  }
}

@Suite struct BracketedColonTests {
  @Test func aColonInsideBracketsEndsNoQuestion() {
    let sentence =
      "Olsen was last seen on 31 July 1849 at the fort of Orlé (Norman: Orlée) in the north;"
      + " his body was never found."
    let f = fact(.date, "31 July 1849", in: sentence, value: "1849-07-31", granularity: .day)
    #expect(
      QuestionPhraser().shortQuestion(for: f)
        == "When was Olsen last seen at the fort of Orlé (Norman: Orlée) in the north?")
  }
}

@Suite struct RangeQuestionTests {
  let phraser = QuestionPhraser()

  @Test func aSpanOfYearsIsAskedWhole() {
    let f = fact(
      .date, "Between 1961 and 1964", in: "Between 1961 and 1964, the town built a new harbour.",
      value: "1961/1964", granularity: .range)
    let question = phraser.shortQuestion(for: f)
    #expect(question == "From what year to what year did the town build a new harbour?")
  }

  @Test func aSpanIsAskableButNotAHalfYear() {
    let writer = QuestionWriter()
    let span = fact(
      .date, "Between 1961 and 1964", in: "Between 1961 and 1964, the town built a new harbour.",
      value: "1961/1964", granularity: .range)
    #expect(writer.isAskable(span))
    let broken = fact(
      .date, "1961", in: "In 1961 the town built a new harbour.", value: "1961/64",
      granularity: .range)
    #expect(!writer.isAskable(broken))
  }
}

@Suite struct ClauseBoundaryTests {
  @Test func subjectIsNeverTakenAcrossWhile() {
    let sentence =
      "The town council released $500 in aid, while the regional government sent goods worth $9,000."
    let f = fact(.money, "$9,000", in: sentence, value: "9000 USD")
    let text = TokenText(sentence)
    let focus = text.tokenRange(covering: f.source.span)
    let clause = ClauseParser.parse(text, focus: focus)
    #expect(clause.map { text.text($0.subject) } != "The town council")
    let question = QuestionPhraser().shortQuestion(for: f)
    #expect(question.map { !$0.contains("council") } ?? true, "\(question ?? "")")
  }
}

@Suite struct LifeSpanTests {
  @Test func aLifeSpanIsNotAsked() {
    let span = fact(
      .date, "1828–1877", in: "The general Ito Hanzo (1828–1877) led the northern army.",
      value: "1828/1877", granularity: .range)
    #expect(!QuestionWriter().isAskable(span))
  }
}

@Suite struct CapitalisationTests {
  @Test func aSentenceInitialPluralNounIsLowerCasedAfterInversion() {
    let f = fact(
      .year, "1962", in: "Consultations were held in Geneva in 1962.", value: "1962")
    #expect(
      QuestionPhraser().shortQuestion(for: f) == "In what year were consultations held in Geneva?")
  }
}

@Suite struct LoosePronounTests {
  @Test func promptsWithAPronounAreDropped() {
    #expect(QuestionWriter.hasLoosePronoun("Peru broke away from it in _____."))
    #expect(QuestionWriter.hasLoosePronoun("When did they sign the treaty?"))
    #expect(!QuestionWriter.hasLoosePronoun("When did Italy sign its treaty with Iceland?"))
    #expect(!QuestionWriter.hasLoosePronoun("Norway grew, and in _____ it joined the league."))
  }
}

@Suite struct NameListTests {
  @Test func aListOfPlacesIsKeptWhole() {
    let f = fact(
      .number, "900", in: "The flood destroyed 900 farms in Aldo, Berra and Cinto.", value: "900",
      unit: "farms")
    let question = QuestionPhraser().shortQuestion(for: f)
    #expect(question.map { $0.contains("Aldo, Berra and Cinto") } ?? true, "\(question ?? "")")
    #expect(question.map { !$0.hasSuffix("in Aldo?") } ?? true, "\(question ?? "")")
  }
}

@Suite struct BrokenSpliceTests {
  @Test func anArticleBeforeAPrepositionIsNotClean() {
    let f = fact(.person, "Ana Lind", in: "The mayor, Ana Lind, opened the bridge.")
    #expect(!QuestionPhraser.isClean("Who was the in the town of Oslo?", answer: f, tokens: []))
    #expect(QuestionPhraser.isClean("Who was the mayor of the town?", answer: f, tokens: []))
    #expect(!QuestionPhraser.isClean("When did the town of Lund join?", answer: f, tokens: []))
  }
}

@Suite struct CoordinatedVerbTests {
  @Test func aQuestionAboutTheFirstVerbPhraseStopsBeforeTheSecond() {
    let f = fact(
      .number, "300 tonnes",
      in: "The mill produced 300 tonnes of flour and became the largest in Tarn.",
      value: "300", unit: "tonnes")
    let question = QuestionPhraser().shortQuestion(for: f)
    #expect(question.map { !$0.contains("become") } ?? true, "\(question ?? "")")
  }
}

extension PhraserTests {
  @Test func aPossessiveWhoseOwnerWasCutAwayIsNotAsked() {
    let sentence =
      "When the mill refused to pay, Olsen ordered its looms sold on March 4, 1880."
    let date = fact(.date, "March 4, 1880", in: sentence, value: "1880-03-04", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == nil)
    #expect(phraser.statement(for: date) == nil)
    // Kept whole, the owner stays in the question.
    let whole = "The mill sold its looms on March 4, 1880."
    let kept = fact(.date, "March 4, 1880", in: whole, value: "1880-03-04", granularity: .day)
    #expect(phraser.shortQuestion(for: kept) == "When did the mill sell its looms?")
    // A country can own what "its" names.
    let owner = "After the war, Norway sold its ships to Olsen on March 4, 1880."
    let sold = fact(.date, "March 4, 1880", in: owner, value: "1880-03-04", granularity: .day)
    #expect(phraser.statement(for: sold) != nil)
  }

  @Test func thereAfterACutClauseIsNotAsked() throws {
    let sentence =
      "The boat was moved in 1979 to a shed on Fanø, and the museum opened there on 3 May 1985."
    let date = fact(.date, "3 May 1985", in: sentence, value: "1985-05-03", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == nil)
    #expect(phraser.statement(for: date) == nil)
    // An existential "there" points at nothing.
    let existential = try #require(
      ClauseParser.parse("When the mill closed, the clerks found there were nine boats."))
    #expect(!QuestionShape.losesCutReferent(existential, end: existential.predicate.upperBound))
    let cut = try #require(
      ClauseParser.parse("When the mill closed, the boats stayed there for a year."))
    #expect(QuestionShape.losesCutReferent(cut, end: cut.predicate.upperBound))
  }
}

extension PhraserTests {
  @Test func anInvertedClauseAfterOnlyGivesNoQuestion() {
    let sentence =
      "Only after the Storting passed the Harbour Act in 1845, letting the navy seize the"
      + " smugglers' boats, did the town act."
    #expect(phraser.shortQuestion(for: fact(.term, "Harbour Act", in: sentence)) == nil)
    // "Only" before a count opens a plain subject.
    #expect(ClauseParser.parse("Only 44 sailors survived the storm in 1845.") != nil)
    #expect(ClauseParser.parse("Only after the storm did the town act.") == nil)
  }

  @Test func aCountInAPairOfObjectsIsNotAskedHowMany() {
    let sentence =
      "The work used some 318 million bricks and large quantities of cement, which the engineer"
      + " tested for strength."
    let bricks = fact(.number, "318 million", in: sentence, value: "318000000", unit: "bricks")
    #expect(phraser.shortQuestion(for: bricks) == nil)
    let alone = fact(
      .number, "318 million", in: "The work used some 318 million bricks.", value: "318000000",
      unit: "bricks")
    #expect(phraser.shortQuestion(for: alone) == "How many bricks did the work use?")
    // A second count beside it is a separate fact.
    let troops = fact(
      .number, "300", in: "The Nepal Army deployed 300 soldiers and three helicopters.",
      value: "300", unit: "soldiers")
    #expect(phraser.shortQuestion(for: troops) == "How many soldiers did the Nepal Army deploy?")
  }
}

extension PhraserTests {
  @Test func aPlaceAfterToIsAskedWhereOnlyAfterAVerbOfGoing() {
    let crossed = fact(.place, "Orland", in: "In 1326 the pilgrim crossed to Orland by boat.")
    #expect(phraser.shortQuestion(for: crossed) == nil)
    let moved = fact(.place, "Orland", in: "In 1326 the pilgrim moved to Orland with his family.")
    #expect(
      phraser.shortQuestion(for: moved) == "Where did the pilgrim move with his family in 1326?")
  }
}

extension PhraserTests {
  @Test func aListOfSubjectsIsNotCutAtItsComma() {
    // "the Soviet Union and the United Kingdom" is the end of a list of three signers.
    for sentence in [
      "On 5 August 1963 the United States, the Soviet Union and the United Kingdom signed the"
        + " Partial Test Ban Treaty in Moscow.",
      "The United States, the Soviet Union and the United Kingdom signed the Partial Test Ban"
        + " Treaty in Moscow.",
    ] {
      let treaty = fact(.term, "Partial Test Ban Treaty", in: sentence)
      #expect(
        !(phraser.statement(for: treaty, replacing: "_____") ?? "").hasPrefix("The Soviet Union"))
    }
  }
}

extension PhraserTests {
  @Test func aCountOpeningTheSubjectIsWrittenInLowerCase() {
    let camp = fact(.place, "Velda Park", in: "Tens of thousands of people camped in Velda Park.")
    #expect(phraser.shortQuestion(for: camp) == "Where did tens of thousands of people camp?")
    let year = fact(
      .year, "1906", in: "Hundreds of families left Orland in 1906.", value: "1906")
    #expect(
      phraser.shortQuestion(for: year) == "In what year did hundreds of families leave Orland?")
  }
}

extension PhraserTests {
  @Test func aSecondVerbPhraseAfterButEndsTheQuestion() {
    let sentence =
      "On 11 September 1565 the general turned back to fight the newcomers near Orland but was"
      + " beaten."
    let date = fact(
      .date, "11 September 1565", in: sentence, value: "1565-09-11", granularity: .day)
    #expect(
      phraser.shortQuestion(for: date)
        == "When did the general turn back to fight the newcomers near Orland?")
  }
}
