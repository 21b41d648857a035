import Articles
import Facts
import Testing

@testable import Questions

/// Wh-questions of my own, shaped like the clause rules' known misfires.
struct QuestionCheckTests {
  @Test func soundQuestionsPass() {
    for question in [
      "When did the harbour board open the new pier?",
      "Who founded the Velmar Harbour Board?",
      "In what year did Norland join the United Nations?",
      "How many ships did the board buy in its first year?",
      "Which organization ran the port until the war?",
      "When did German troops march into the northern provinces?",
    ] {
      #expect(QuestionCheck.accepts(question), "\(question)")
    }
  }

  @Test func brokenQuestionsFail() {
    for question in [
      // A clause cut off, or a second one carried along.
      "When did the mayor appeal to the king for help and?",
      "Who told the council that the town must not be allowed to?",
      "When did Norland become independent and Velmar at midnight on 5 May 1907?",
      "When did the envoy arrive in Oslo and be given five weeks to finish?",
      "Who ordered the letters burned, and for years the board denied it?",
      "Who did the clerks doubt that the plan help that the town needed?",
      "Who came to argue that sailors?",
      // A role with its verb, a number after "the".
      "Who was the sent letters to the king?",
      "Who was the 1905 the mayor of Velmar?",
      // Context only the article gives.
      "Who rose to speak?",
      "When did war break out?",
      "Who had set out his aims a year earlier?",
      "Which organization did the same day the town ask for ships?",
      // A figure or a place already inside.
      "How much did Norland pledge and Velmar $250 million?",
      "Where will the finds go to the Harbour Museum?",
      "In what year did the pier open in May?",
    ] {
      #expect(!QuestionCheck.accepts(question), "\(question)")
    }
  }

  @Test func gapEdges() {
    #expect(QuestionWriter.gapEdges("The general, _____-Marr, led the army.") == nil)
    // A glued participle makes the name an attribute: the name stays whole.
    #expect(
      QuestionWriter.gapEdges("Donors gave to a _____-backed fund.")
        == "Donors gave to a _____-backed fund.")
    #expect(
      QuestionWriter.unicodeGapEdges("Donors gave to a _____-led fund in Orlé.")
        == "Donors gave to a _____-led fund in Orlé.")
    #expect(QuestionWriter.gapEdges("The _____-Velda line opened.") == nil)
    #expect(
      QuestionWriter.gapEdges("Built by the engineer _____., the pier opened.")
        == "Built by the engineer _____, the pier opened.")
    #expect(QuestionWriter.gapEdges("The pier opened on _____") == "The pier opened on _____.")
    #expect(QuestionWriter.gapEdges("The Velmar Harbour Board (_____) ran the port.") == nil)
    #expect(
      QuestionWriter.gapEdges("Loans came from the _____ (VHB) in 1907.")
        == "Loans came from the _____ in 1907.")
    #expect(
      QuestionWriter.gapEdges("The pier opened in _____ (after the war).")
        == "The pier opened in _____ (after the war).")
  }
}

@Suite struct AnchorTests {
  @Test func aCardMustNameSomethingOfItsStory() {
    #expect(!QuestionCheck.hasAnchor("When did the worst moment come?"))
    #expect(!QuestionCheck.hasAnchor("A ceasefire came into force on 1 January 1949."))
    #expect(!QuestionCheck.hasAnchor("What met late in the evening of 14 August?"))
    #expect(QuestionCheck.hasAnchor("When did the harbour board of Velda meet?"))
    // A name at the head of a sentence counts when the sentence's facts name it.
    #expect(!QuestionCheck.hasAnchor("Velda joined on 4 May 1911."))
    #expect(QuestionCheck.hasAnchor("Velda joined on 4 May 1911.", names: ["Velda"]))
    // An initial is not the end of a sentence.
    #expect(QuestionCheck.hasAnchor("P. W. Berg was sworn in on _____."))
  }

  @Test func theWriterDropsAQuestionWithNoAnchorButKeepsTheCloze() {
    let sentence = "The worst moment came on 10 April 1911, when the harbour wall gave way."
    let article = Article(
      name: "w.txt", title: nil, sentences: [Sentence(index: 0, paragraph: 0, text: sentence)])
    let date = fact(
      .date, "10 April 1911", in: sentence, value: "1911-04-10", granularity: .day,
      article: "w.txt")
    let set = QuestionWriter(seed: 1, maxFacts: 5).write(facts: [date], articles: [article])
    #expect(set.questions.contains { $0.kind == .cloze })
    #expect(!set.questions.contains { $0.kind == .short || $0.kind == .truefalse })
  }

  @Test func aNameWhoseQuestionHasNoAnchorIsAskedByItsCloze() {
    let sentence = "The Velda Harbour Bank has offered a loan of $15 million towards the fund."
    let article = Article(
      name: "b.txt", title: nil, sentences: [Sentence(index: 0, paragraph: 0, text: sentence)])
    let bank = fact(.organization, "Velda Harbour Bank", in: sentence, article: "b.txt")
    let set = QuestionWriter(seed: 1, maxFacts: 5).write(facts: [bank], articles: [article])
    #expect(!set.questions.contains { $0.kind == .short })
    #expect(
      set.questions.contains {
        $0.kind == .cloze && $0.prompt.hasPrefix("The _____ has offered a loan")
      })
  }

  @Test func aPromptHoldingTheNamesOwnWordGivesItAway() {
    #expect(
      QuestionCheck.givesAway(
        "Berg decided that it must come quickly. His plan, known as the _____, passed.",
        answer: "Berg Plan"))
    #expect(
      QuestionCheck.givesAway("What did Berg and Ostrander sign?", answer: "Berg-Ostrander Pact"))
    // Words that only say what sort of name it is give nothing away.
    #expect(
      !QuestionCheck.givesAway("The plan of the council was the _____.", answer: "Velda Plan"))
    #expect(!QuestionCheck.givesAway("The Velda council met.", answer: "Orland"))
    #expect(
      !QuestionCheck.givesAway(
        "The _____ was a naval battle fought on 7 October 1571 off Orland.",
        answer: "Battle of Velda", anyCase: true))
    // A plural of the name's word gives it away as well, wherever the name is a term's.
    #expect(
      QuestionCheck.givesAway(
        "Some 3,000 horses died on it, and the route became known as _____.",
        answer: "Dead Horse Trail", anyCase: true))
    #expect(
      !QuestionCheck.givesAway(
        "Some 3,000 mules died on it, and the route became known as _____.",
        answer: "Dead Horse Trail", anyCase: true))
    #expect(
      !QuestionCheck.givesAway(
        "At the call of the _____, the Cambodian army moved.",
        answer: "Cambodian United Front for National Salvation"))
  }
}

/// Giveaways inside other words of the card, on sentences of my own.
struct PartialGiveawayTests {
  /// Whether the writer asks `prompt` as a cloze of `fact`.
  func asks(_ prompt: String, _ fact: Fact) -> Bool {
    QuestionWriter(seed: 1).checkedCloze(
      prompt, fact, words: spaceSplit(prompt).count, pronounSubject: false) != nil
  }

  @Test func aFamilyNameInsideAnotherNameGivesThePersonAway() {
    #expect(
      QuestionCheck.holdsFamilyName(
        "The Orm-Tallis Pact was signed by the mayor and the envoy _____.", of: "Ada Tallis"))
    #expect(
      QuestionCheck.holdsFamilyName(
        "The engineer _____ died, and the dock was renamed the Corran Dock.", of: "Ewan Corran"))
    #expect(
      QuestionCheck.holdsFamilyName("Corran's grandson _____ led the walk.", of: "Ola Corran"))
    #expect(!QuestionCheck.holdsFamilyName("The envoy _____ signed the pact.", of: "Ada Tallis"))
    #expect(!QuestionCheck.holdsFamilyName("Thomas Reed Jr. met _____.", of: "Thomas Reed Jr."))
  }

  @Test func aFigureInsideADesignationGivesTheCountAway() {
    #expect(
      QuestionCheck.holdsFigure("Four VK-2000 turbines each gave _____ kilowatts.", value: "2000"))
    #expect(
      !QuestionCheck.holdsFigure("Four turbines each gave _____ kilowatts in 2000.", value: "2000"))
    #expect(!QuestionCheck.holdsFigure("The C-47 carried _____ tons.", value: "3"))
  }

  @Test func aNamesOwnWordInAnyCaseGivesItAway() {
    #expect(
      QuestionCheck.givesAway(
        "Under the _____ of 1880 the crown held a monopoly on the sale of salt.",
        answer: "Salt Act", anyCase: true))
    #expect(
      !QuestionCheck.givesAway(
        "Under the _____ of 1880 the crown held a monopoly on the sale of salt.",
        answer: "Salt Act"))
  }

  @Test func aGapOnEitherSideOfANamesParticleIsHalfAName() {
    // Māori "o" ("of") and "de" join the parts of one name.
    #expect(QuestionWriter.continuesName(" o Te Tai, the report said."))
    #expect(QuestionWriter.endsNamePart("the claims known as Te Tai o ", .term))
    #expect(QuestionWriter.endsNamePart("a letter to Charles de ", .person))
    #expect(!QuestionWriter.endsNamePart("the letter was sent to ", .person))
    #expect(QuestionWriter.endsNamePart("by the Minister of Fisheries and ", .organization))
    #expect(!QuestionWriter.endsNamePart("the guild sold Orland and ", .place))
    #expect(!QuestionWriter.endsNamePart("Ida Brun of Orland and ", .person))
    // "the Orla Pass and _____" (Velda Route): a term's name runs on through its "and".
    #expect(QuestionWriter.endsNamePart("a toll road, the Orla Pass and ", .term))
    #expect(!QuestionWriter.endsNamePart("a toll road, the Orla Pass and ", .place))
    #expect(!QuestionWriter.endsNamePart("the guild, Orla Pass, and ", .term))
    #expect(!QuestionWriter.continuesName(" or the town, the report said."))
  }

  @Test func aGapFollowedByTheRestOfANameIsNoGap() {
    #expect(QuestionWriter.continuesName(" of Staff pressed for a raid."))
    #expect(QuestionWriter.continuesName(" de la Producción (CORFO)."))
    #expect(QuestionWriter.continuesName(", Trade and Industry, known as MTI, agreed."))
    #expect(!QuestionWriter.continuesName(", Orm and Velda agreed."))
    #expect(!QuestionWriter.continuesName(" of Europe, the old powers met."))
    #expect(!QuestionWriter.continuesName(" of 1882 held a monopoly."))
    #expect(!QuestionWriter.continuesName(" in Paris."))
    #expect(QuestionWriter.endsNamePart("The traders reached St. ", .place))
    #expect(QuestionWriter.endsNamePart("The ship was chartered from Orm, ", .place))
    #expect(!QuestionWriter.endsNamePart("The ship was chartered from Orm, ", .person))
    #expect(!QuestionWriter.endsNamePart("The ship sailed in ", .place))
    // A name cut at its abbreviation, a road's number, an office held by a name.
    #expect(QuestionWriter.continuesName(". said the line would cost more."))
    #expect(!QuestionWriter.continuesName(". The line would cost more."))
    #expect(QuestionWriter.continuesName(" 66 stretch is often jammed."))
    #expect(QuestionWriter.continuesName(" President Dana Ortiz voted yes."))
    #expect(!QuestionWriter.continuesName(" President, Dana Ortiz, voted yes."))
    // A name the card began before the gap: "Neighbors for a _____".
    #expect(
      QuestionWriter.endsNamePart("opponents from a group called Friends for a ", .organization))
    #expect(!QuestionWriter.endsNamePart("the board voted for a ", .organization))
    #expect(!QuestionWriter.endsNamePart("Ms Hoa, Vice Chair of the ", .organization))
  }

  @Test func aPromptWithABracketCutOpenOrClosedIsNotAsked() {
    let treaty = fact(
      .term, "Orland", in: "The Pact (Te Kawenata o Orland) is an agreement made in 1840.")
    #expect(!asks("Te Kawenata o _____) is an agreement made in 1840.", treaty))
    #expect(!asks("The Pact (Te Kawenata o _____ is an agreement made in 1840.", treaty))
    // A bracket kept whole is fine (a gap on half of "Te Kawenata o Orland" is not: its "o"
    // joins one name).
    #expect(asks("The Pact (signed at _____) is an agreement made in 1840.", treaty))
    #expect(!asks("The Pact (Te Kawenata o _____) is an agreement made in 1840.", treaty))
  }

  @Test func aGapTakingOneDecadeOfAPairIsNoGap() {
    let decade = fact(
      .date, "1990s", in: "Overfishing in the 1990s and 2000s cut the stock.", value: "1990/1999",
      granularity: .range)
    #expect(!asks("Overfishing in _____ and 2000s cut the stock.", decade))
    #expect(!asks("Overfishing in the 2000s and _____ cut the stock.", decade))
    #expect(asks("Overfishing in _____ cut the stock to a tenth.", decade))
  }
}

/// A time that only points at another moment of the story, on sentences of my own.
struct RelativeTimeTests {
  @Test func aCardWhoseOnlyTimePointsElsewhereCannotSayWhen() {
    #expect(
      QuestionCheck.hasOnlyRelativeTime("A truce agreed late that night gave _____ the port."))
    #expect(QuestionCheck.hasOnlyRelativeTime("That evening the mayor met the envoy, _____."))
    #expect(QuestionCheck.hasOnlyRelativeTime("The ferry stopped _____ sailings this month."))
    #expect(QuestionCheck.hasOnlyRelativeTime("Two months earlier the guild had joined the _____."))
    #expect(QuestionCheck.hasOnlyRelativeTime("The lake has grown by _____ per cent since then."))
    // A year on the card anchors it; so does a card with no relative time at all.
    #expect(
      !QuestionCheck.hasOnlyRelativeTime("In 1911 a truce agreed that night gave _____ the port."))
    #expect(!QuestionCheck.hasOnlyRelativeTime("The envoy, _____, reached the port in May."))
  }

  @Test func theWriterDropsSuchACardUnlessTheSentenceBeforeGivesTheYear() {
    let truce = "A truce agreed late that night gave the Orland Guild the port."
    func questions(_ sentences: [String]) -> [Question] {
      let article = oneParagraph(sentences, name: "t.txt")
      let guild = fact(
        .organization, "Orland Guild", in: truce, article: "t.txt", index: sentences.count - 1)
      var writer = QuestionWriter(seed: 1)
      writer.leadIn = LeadIn(articles: [article])
      return writer.questionsFor(
        FactChoice(fact: guild, id: "g", score: 1, selected: true, reason: nil, questionKinds: []),
        pool: DistractorPool([guild]), twin: nil)
    }
    #expect(questions(["The siege of Velda dragged on through the winter.", truce]).isEmpty)
    let anchored = questions(["The siege of Velda ended in March 1911.", truce])
    #expect(
      anchored.map(\.prompt).contains(
        "The siege of Velda ended in March 1911. A truce agreed late that night gave the _____ the port."
      ))
  }

  @Test func aSentenceIsAskedTrueOrFalseOnce() throws {
    let text = """
      Orland harbour loan signed

      The Orland harbour council signed a loan of 48 million crowns on 3 May 1911 with the \
      Velda Savings Bank. Repayment was set at 2.5 million crowns a year over 30 years from \
      the harbour dues, according to the council's treasurer, Ida Brun. The new pier opened \
      on 9 June 1914, and 1,200 people came to watch.
      """
    let questions = try questionsWritten(from: text)
    let statements = questions.filter { $0.kind == .truefalse }
    #expect(!statements.isEmpty)
    let sentences = statements.map { "\($0.source.article)#\($0.source.sentence)" }
    #expect(Set(sentences).count == sentences.count)
  }

  @Test func aPossessiveBeforeAnyNameInACardThatNamesNobodyIsNotAsked() throws {
    let text = """
      The siege of Orland

      Mayor Ida Brun led the defence of Orland through the winter of 1711. \
      She never left the walls, and the town council praised her courage in a long letter. \
      In the spring of 1712, on her orders, the harbour was blocked with 40 sunken barges. \
      The blockade held until the peace of 3 May 1713, when the fleet sailed home.
      """
    let questions = try questionsWritten(from: text, maxFacts: 20)
    #expect(!questions.isEmpty)
    // (A card of the next sentence may quote this one as its lead-in.)
    #expect(
      !questions.contains {
        $0.source.text.contains("on her orders") && !$0.prompt.contains("Brun")
      })
  }

  @Test func thePlacesPeopleGiveThePlaceAway() {
    #expect(
      QuestionCheck.holdsPeopleOf(
        "In the summer of 1858 some 14,000 Velders died in _____.", place: "Velda"))
    #expect(QuestionCheck.holdsPeopleOf("The Orlanders left _____ in May.", place: "Orland"))
    #expect(!QuestionCheck.holdsPeopleOf("Ships left _____ for Orm in May.", place: "Orland"))
    #expect(!QuestionCheck.holdsPeopleOf("The Orlandia sailed from _____.", place: "Orland"))
  }

  @Test func aLawsNameIsNotCutAtItsAndOrItsOf() {
    #expect(QuestionWriter.continuesName(" and Harbour Dues (Amendment) Act 1907, the board said."))
    #expect(!QuestionWriter.continuesName(" and Ole Berg signed the pact."))
    #expect(QuestionWriter.endsNamePart("enforcement of the Destruction of", .term))
    #expect(!QuestionWriter.endsNamePart("the battle of", .term))
    #expect(!QuestionWriter.endsNamePart("the Battle of", .place))
    #expect(QuestionWriter.endsNamePart("Minister for", .term))
    #expect(QuestionWriter.endsNamePart("Minister for", .person))
    #expect(!QuestionWriter.endsNamePart("the Duke of", .place))
    #expect(QuestionWriter.endsNamePart("the Minister of", .organization))
    #expect(!QuestionWriter.endsNamePart("a grant from the", .organization))
  }

  @Test func aDeckAsksAQuestionOnce() throws {
    // "Edward" and "Prince of Wales" are two facts of one person: one "Who opened …?".
    let text = """
      The new sewers

      The engineer Ole Berg built the sewers of Velda between 1901 and 1907. The southern \
      system was opened at the Orm pumping station, on the east marshes, on 4 April 1907 by \
      Edward, Prince of Wales. The works cost 4 million crowns.
      """
    let asked = try questionsWritten(from: text, maxFacts: 20).filter { $0.kind != .truefalse }
      .map { "\($0.kind)|\($0.prompt)" }
    // (Under the title, which says whose sewers.)
    #expect(
      asked.contains { $0.hasPrefix("short|The new sewers — Who opened the southern system") })
    #expect(Set(asked).count == asked.count)
  }
}
