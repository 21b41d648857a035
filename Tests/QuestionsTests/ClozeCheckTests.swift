import Testing

@testable import Questions

/// Cloze prompts cut after a word that needs more, opening on a count from the sentence
/// before, or spelling their answer in brackets: sentences of my own.
struct ClozeCheckTests {
  @Test func aPromptCutAfterAWordThatNeedsItsObjectDangles() {
    #expect(QuestionCheck.endsOnDanglingWord("Judge _____ described the charter as."))
    #expect(QuestionCheck.endsOnDanglingWord("The guild was led by _____ and."))
    #expect(!QuestionCheck.endsOnDanglingWord("Judge _____ described the charter as void."))
    #expect(!QuestionCheck.endsOnDanglingWord("The charter was signed by _____."))
  }

  @Test func aSubjectThatCountsOnFromTheSentenceBeforeLeansOnIt() {
    #expect(QuestionCheck.opensOnCountingSubject("Others, notably _____, argued for the toll."))
    #expect(QuestionCheck.opensOnCountingSubject("Another, _____, went on to study in Orland."))
    #expect(QuestionCheck.opensOnCountingSubject("The first was _____ of Orland, a weaver."))
    #expect(QuestionCheck.opensOnCountingSubject("The latter, _____, sailed home."))
    #expect(QuestionCheck.opensOnCountingSubject("The second signed on _____."))
    #expect(QuestionCheck.opensOnCountingSubject("The other three were bought by _____."))
    // A count with its noun says what it counts.
    #expect(!QuestionCheck.opensOnCountingSubject("The first ship reached _____ in 1602."))
    #expect(!QuestionCheck.opensOnCountingSubject("Otherwise _____ would have won."))
  }

  @Test func aBracketThatSpellsTheAnswerGivesItAway() {
    // An acronym holding the answer's initials, in any case.
    #expect(
      QuestionCheck.bracketSpellsAnswer(
        "The Board of the _____ (Bnhc) met on Monday.", answer: "National Harbour Council"))
    #expect(
      QuestionCheck.bracketSpellsAnswer(
        "The _____ (NHC) met on Monday.", answer: "National Harbour Council"))
    // Another spelling of the answer's own word.
    #expect(
      QuestionCheck.bracketSpellsAnswer(
        "Olsen signed the _____ (Vestrup in Danish) in 1720.", answer: "Treaty of Vastrup"))
    // Brackets about something else give nothing away.
    #expect(
      !QuestionCheck.bracketSpellsAnswer(
        "The _____ (founded in 1822) met on Monday.", answer: "National Harbour Council"))
    #expect(
      !QuestionCheck.bracketSpellsAnswer(
        "Olsen signed the _____ (WTO) in 1720.", answer: "Treaty of Vastrup"))
    #expect(
      !QuestionCheck.bracketSpellsAnswer(
        "The _____ met on Monday.", answer: "National Harbour Council"))
  }

  @Test func aPersonalPronounBeforeAnyNamePointsOutside() {
    #expect(QuestionCheck.hasPronounBeforeAnyName("Over the next four years he drove out _____."))
    #expect(!QuestionCheck.hasPronounBeforeAnyName("Before his arrest Olsen had left _____."))
    #expect(!QuestionCheck.hasPronounBeforeAnyName("Who said he had left _____ in 1804?"))
    #expect(QuestionCheck.hasPronounBeforeAnyName("Fill the gap: In May she sailed for _____."))
    #expect(!QuestionCheck.hasPronounBeforeAnyName("Olsen said he had raised _____ crowns."))
    #expect(!QuestionCheck.hasPronounBeforeAnyName("In 1804 _____ had his guards arrested."))
    #expect(
      !QuestionCheck.hasPronounBeforeAnyName("In 1804 the governor, Ida Brun, lost her seat."))
    #expect(
      !QuestionCheck.hasPronounBeforeAnyName("Ida Brun left Orland. In 1804 she sailed for _____."))
  }

  @Test func aGapEndingThePromptAfterThatIsASubjectWithoutItsVerb() {
    #expect(QuestionCheck.endsOnGapAfterComplementizer("The judge found that _____."))
    #expect(QuestionCheck.endsOnGapAfterComplementizer("Olsen asked whether _____"))
    #expect(
      !QuestionCheck.endsOnGapAfterComplementizer("The judge found that Olsen lied in _____."))
    #expect(!QuestionCheck.endsOnGapAfterComplementizer("The pier was built by _____."))
  }

  @Test func moreThanTheSentenceBeforeCountedIsACountingSubject() {
    #expect(QuestionCheck.opensOnCountingSubject("More followed, and in _____ 40 ships sailed."))
    #expect(QuestionCheck.opensOnCountingSubject("Hundreds more were jailed, and _____ fell."))
    #expect(!QuestionCheck.opensOnCountingSubject("More than 40 ships sailed in _____."))
    #expect(!QuestionCheck.opensOnCountingSubject("Hundreds of ships sailed in _____."))
  }

  @Test func aPronounThatPointsBackLeansOnTheSentenceBefore() {
    #expect(QuestionCheck.leansOnEarlierSentence("In 1804, on his orders, _____ was burnt."))
    #expect(QuestionCheck.leansOnEarlierSentence("In May he sailed for _____."))
    #expect(QuestionCheck.leansOnEarlierSentence("Olsen crossed the bay to inspect them on _____."))
    #expect(!QuestionCheck.leansOnEarlierSentence("Olsen said his crew left on _____."))
    #expect(!QuestionCheck.leansOnEarlierSentence("The crews, among them _____, left."))
    #expect(!QuestionCheck.leansOnEarlierSentence("Olsen and Berg met them on _____."))
    #expect(
      !QuestionCheck.leansOnEarlierSentence("About _____ people, a third of them women, came."))
    #expect(!QuestionCheck.leansOnEarlierSentence("The crew said most of them left on _____."))
    // Only "he", "she" and a "them" with nothing plural make a card unaskable alone.
    #expect(QuestionCheck.pointsOutside("Olsen crossed the bay to inspect them on _____."))
    #expect(QuestionCheck.pointsOutside("In May he sailed for _____."))
    #expect(!QuestionCheck.pointsOutside("Before his arrest Olsen had left _____."))
    #expect(!QuestionCheck.pointsOutside("For their part, Olsen and Berg won the _____."))
    #expect(!QuestionCheck.leansOnEarlierSentence("The pier was finished on _____."))
  }

  @Test func anItsWithNothingBeforeItToOwnItPointsBack() {
    #expect(QuestionCheck.pointsOutside("Almost all of its roughly _____ defenders were killed."))
    #expect(QuestionCheck.leansOnEarlierSentence("Fill the gap: Most of its _____ guns were lost."))
    // After a noun, "its" is that noun's.
    #expect(!QuestionCheck.pointsOutside("The ship set four of its _____ sails."))
    #expect(!QuestionCheck.pointsOutside("In _____ the town lost its harbour."))
    #expect(!QuestionCheck.pointsOutside("Each zone will have its own plant of _____ megawatts."))
    #expect(!QuestionCheck.pointsOutside("Since its launch the fund has awarded _____."))
  }

  @Test func aWordIsFoundOnItsBytesOnlyAsAWholeWord() {
    #expect(QuestionCheck.holdsWordBytes("In May he sailed.", "he"))
    #expect(QuestionCheck.holdsWordBytes("he sailed", "he"))
    #expect(!QuestionCheck.holdsWordBytes("The shed held them.", "he"))
    #expect(!QuestionCheck.holdsWordBytes("Shea sailed.", "she"))
  }

  @Test func theAnswersPossessiveGivesItAway() {
    #expect(
      QuestionCheck.holdsPossessive("Men killed _____, and Olsen's guards fled.", of: "Olsen"))
    #expect(
      QuestionCheck.holdsPossessive("The _____ sank; the Vasa’s guns were saved.", of: "Vasa"))
    #expect(
      !QuestionCheck.holdsPossessive("Men killed _____, and Karlsen's guards fled.", of: "Olsen"))
    #expect(!QuestionCheck.holdsPossessive("Men killed _____ at dawn.", of: "Olsen"))
  }

  @Test func theChecksKeepTheirCardsOut() throws {
    let f = fact(
      .organization, "National Harbour Council",
      in: "The Board of the National Harbour Council (Bnhc) approved the new quay on Monday.")
    let writer = QuestionWriter(seed: 1)
    #expect(writer.clozePrompt(f) == nil)
    let plain = fact(
      .organization, "National Harbour Council",
      in: "The Board of the National Harbour Council approved the new quay on Monday.")
    #expect(writer.clozePrompt(plain) != nil)
  }
}

extension ClozeCheckTests {
  @Test func aFactInsideARelativeClauseIsAskedOfTheSubjectItFollows() {
    let sentence =
      "On the morning of 3 May 1901, in the great hall of the old palace, Queen Ida, who ruled"
      + " the port while her father, King Oskar, was at sea with the northern fleet, signed the"
      + " Harbour Charter that gave the town its first elected council."
    let writer = QuestionWriter(seed: 1)
    #expect(
      writer.clozePrompt(fact(.person, "King Oskar", in: sentence))
        == "Queen Ida ruled the port while her father, _____, was at sea with the northern fleet.")
    let text = TokenText(sentence)
    // The answer outside the clause is not asked from it.
    let charter = sentence.unicodeScalars.count - 60
    #expect(QuestionWriter.relativeClauseStatement(text, charter..<(charter + 4)) == nil)
  }
}

extension ClozeCheckTests {
  @Test func aQuotedTranslationAfterTheGapGivesTheNameAway() {
    let writer = QuestionWriter(seed: 1)
    let glossed =
      "Olaf Dahl's first novel, Fra Havet (\"From the Sea\"), was published in Orland in 1887."
    #expect(writer.clozePrompt(fact(.term, "Fra Havet", in: glossed)) == nil)
    // Without the translation the title is asked.
    let plain = "Olaf Dahl's first novel, Fra Havet, was published in Orland in 1887."
    #expect(writer.clozePrompt(fact(.term, "Fra Havet", in: plain)) != nil)
  }
}

extension ClozeCheckTests {
  @Test func aBodysAcronymAfterItsGapIsLeftOut() {
    #expect(
      QuestionWriter.droppingAcronymAfterGap(
        "The chair of _____ (TRONPnui), Ana Rua, said the iwi wanted a say.", kind: .organization)
        == "The chair of _____, Ana Rua, said the iwi wanted a say.")
    // A person's gap, or a bracket that is no acronym, stays.
    #expect(
      QuestionWriter.droppingAcronymAfterGap("_____ (1861-1896) wrote it.", kind: .organization)
        == "_____ (1861-1896) wrote it.")
    #expect(
      QuestionWriter.droppingAcronymAfterGap("_____ (UN) met.", kind: .person) == "_____ (UN) met.")
  }
}

extension ClozeCheckTests {
  @Test func aNameSetOffInQuotationMarksIsAsked() {
    let writer = QuestionWriter(seed: 1)
    let quoted = fact(
      .organization, "Committee of Fifty",
      in: "That afternoon the mayor of Orland set up a \"Committee of Fifty\" to run the relief.")
    #expect(writer.isAskable(quoted))
    // A name inside someone's words is theirs.
    let said = fact(
      .organization, "Committee of Fifty",
      in: "\"We need the Committee of Fifty more than ever,\" the mayor of Orland said.")
    #expect(!writer.isAskable(said))
    // A regnal number is no initial.
    #expect(writer.isAskable(fact(.person, "Charles V", in: "The island was given by Charles V.")))
  }
}

extension ClozeCheckTests {
  @Test func aGlossInAnotherLanguageIsNotAsked() {
    let writer = QuestionWriter(seed: 1)
    let sentence =
      "The Great Siege of Orland (Velish: L-Assedju l-Kbir) lasted from May to September."
    #expect(writer.clozePrompt(fact(.term, "L-Assedju", in: sentence)) == nil)
    #expect(writer.clozePrompt(fact(.event, "Great Siege of Orland", in: sentence)) != nil)
  }
}

@Test func aThereWithNoPlaceBeforeItLeansOnTheSentenceBefore() {
  #expect(QuestionCheck.hasPlacelessThere("Dorn was born there on _____."))
  #expect(QuestionCheck.hasPlacelessThere("True or false: Dorn settled there in 1921."))
  #expect(QuestionCheck.hasPlacelessThere("The fleet sailed on. Dorn was born there in _____."))
  // A place named before it, or the gap, may be the place; "there were" points nowhere.
  #expect(!QuestionCheck.hasPlacelessThere("Dorn moved to Varne and died there in _____."))
  #expect(!QuestionCheck.hasPlacelessThere("Dorn moved to _____ and died there in 1950."))
  #expect(!QuestionCheck.hasPlacelessThere("In 1921 there were _____ boats on the lake."))
  #expect(!QuestionCheck.hasPlacelessThere("Above the quay there stood a fort built in _____."))
  #expect(!QuestionCheck.hasPlacelessThere("Who said “What will we catch there?”?"))
}

@Test func eachBothOrTheFourLeanOnTheCountBefore() {
  #expect(QuestionCheck.opensOnCountingSubject("Each will be offered a loan of _____."))
  #expect(QuestionCheck.opensOnCountingSubject("Both were freed in _____."))
  #expect(QuestionCheck.opensOnCountingSubject("The four were brought to _____ in 2015."))
  #expect(!QuestionCheck.opensOnCountingSubject("Each family will be offered _____."))
  #expect(!QuestionCheck.opensOnCountingSubject("The four ships were brought to _____."))
}

@Test func aGapNamingWhoSuppliedAFigureIsAnAttribution() {
  #expect(
    QuestionCheck.gapIsAttribution("The lake feeds 900 fishers, according to the regional _____."))
  #expect(QuestionCheck.gapIsAttribution("According to _____, 12 boats sank."))
  #expect(!QuestionCheck.gapIsAttribution("According to the survey, _____ boats sank."))
  #expect(!QuestionCheck.gapIsAttribution("The lake feeds _____ fishers, according to the board."))
}

@Test func theseOrThoseBeforeACommonWordPointBack() {
  #expect(QuestionCheck.holdsPluralDemonstrative("Traders disliked these limits in _____."))
  #expect(QuestionCheck.holdsPluralDemonstrative("Those boats sailed in _____."))
  #expect(!QuestionCheck.holdsPluralDemonstrative("Those who stayed left in _____."))
  #expect(!QuestionCheck.holdsPluralDemonstrative("He said “these limits are fair” in _____."))
}
