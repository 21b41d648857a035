import Articles
import Facts
import Testing

@testable import Questions

/// Long sentences of my own, cut down to the clause that holds a fact.
struct SentenceWindowTests {
  func window(_ sentence: String, _ words: String, maxWords: Int = 12) -> String? {
    let made = fact(.date, words, in: sentence)
    guard let window = SentenceWindow.around(made.source.span, in: sentence, maxWords: maxWords)
    else { return nil }
    let scalars = Array(window.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[window.span])) == words)
    return window.text
  }

  @Test func aDatelineIsDropped() {
    #expect(
      window(
        "OSLO, May 4 (North Wire) - The harbour board approved a new pier on Tuesday at last.",
        "Tuesday") == "The harbour board approved a new pier on Tuesday at last.")
  }

  @Test func aColonInsideBracketsBreaksNoClause() {
    #expect(
      window(
        "The army was beaten at Orlé (Norman: Orlée) on 31 July 1849 after a long day of fighting.",
        "31 July 1849", maxWords: 20)
        == "The army was beaten at Orlé (Norman: Orlée) on 31 July 1849 after a long day of fighting."
    )
  }

  @Test func theClauseAfterASemicolonStandsAlone() {
    #expect(
      window(
        "The old pier was closed in the spring for repairs to its timber; work on the new one began in June 1907 with forty men.",
        "June 1907") == "Work on the new one began in June 1907 with forty men.")
  }

  @Test func aTrailingClauseIsCutAfterTheFact() {
    #expect(
      window(
        "The board opened the new pier in June 1907 after two years of work, which the town had paid for with a loan from the bank.",
        "June 1907", maxWords: 16)
        == "The board opened the new pier in June 1907 after two years of work.")
  }

  @Test func aSecondVerbPhraseOrParticipleIsCut() {
    #expect(
      window(
        "The board met on 4 June 1907 and asked the town to lend it money for the new pier.",
        "4 June 1907", maxWords: 10) == "The board met on 4 June 1907.")
    #expect(
      window(
        "Donors gave $6 million in June 1907, falling short of the target the board had set.",
        "June 1907", maxWords: 10) == "Donors gave $6 million in June 1907.")
  }

  @Test func aParticiplePhraseAfterTheSubjectKeepsTheMainVerb() {
    #expect(
      window(
        "The Peace of Orland, signed on 4 June 1907, moved the border to the river, closed the toll and sent the garrison home.",
        "4 June 1907", maxWords: 16)
        == "The Peace of Orland, signed on 4 June 1907, moved the border to the river.")
  }

  @Test func aCutThatDropsTheFactsPartnerIsNotAsked() {
    let canals =
      "From the 1960s, the board dredged the Orland Canal and Vesle Canal rivers to move grain to the coast, and by the 2000s the port had lost roughly 90 per cent of its trade."
    let canal = fact(.place, "Orland Canal", in: canals)
    #expect(QuestionPhraser().statement(for: canal, replacing: "_____") == nil)
    let agents =
      "The piers will be built by the state-run Harbour Works Company (HWC), which has built forty piers since 1990, and by the town council."
    let company = fact(.organization, "Harbour Works Company", in: agents)
    #expect(QuestionPhraser().statement(for: company, replacing: "_____") == nil)
    // Nor is the window that ends before ", which …, and by the town council".
    #expect(SentenceWindow.around(company.source.span, in: agents, maxWords: 14) == nil)
    // A figure's or a date's "and" starts a clause whose verb is left out, not a partner.
    let pledges = "Norway pledged US$500,000 and Sweden A$3 million."
    let norway = fact(.money, "US$500,000", in: pledges, value: "500000 USD", unit: "USD")
    #expect(QuestionPhraser().statement(for: norway) == "Norway pledged US$500,000.")
    let closures = "Pier 2 was closed after a storm in 1988 and Pier 1 in 1996."
    let year = fact(.year, "1988", in: closures, value: "1988")
    #expect(QuestionPhraser().statement(for: year) == "Pier 2 was closed after a storm in 1988.")
    // With no partner, the same cut is a statement.
    let alone = "The piers will be built by the state-run Harbour Works Company (HWC) from 1990."
    let sole = fact(.organization, "Harbour Works Company", in: alone)
    #expect(QuestionPhraser().statement(for: sole, replacing: "_____") != nil)
    // A clause after ", and" is no partner, nor is a verb phrase after "and".
    #expect(
      window(
        "In the spring of 1907 the board dredged the river on 4 June 1907, and the port grew quickly after that year.",
        "4 June 1907", maxWords: 14)
        == "In the spring of 1907 the board dredged the river on 4 June 1907.")
    #expect(
      window(
        "The board met on 4 June 1907 and asked the town to lend it money for the new pier.",
        "4 June 1907", maxWords: 10) == "The board met on 4 June 1907.")
  }

  @Test func aClauseWithItsOwnSubjectAfterWhileStartsAWindow() {
    #expect(
      window(
        "Under the pact, signed at the old customs house in Orland, the guild will lend 40 boats to the port, while the town council will give 3,000 crowns towards the new quay.",
        "3,000 crowns", maxWords: 16)
        == "The town council will give 3,000 crowns towards the new quay.")
    // "the rest" is the rest of what the head said: no window starts after it.
    #expect(
      window(
        "Under the pact, signed at the old customs house in Orland, the guild will pay 40 crowns for the new quay, while the town council will give the rest, about 3,000 crowns.",
        "3,000 crowns", maxWords: 16) == nil)
    // ", which" has no subject of its own: no window starts there.
    #expect(
      window(
        "Under the pact, signed at the old customs house in Orland, the guild will lend 40 boats to the port, which will give 3,000 crowns towards the new quay.",
        "3,000 crowns", maxWords: 16) == nil)
  }

  @Test func aSumOpeningOneOfParallelClausesIsAskedFromItsClause() {
    let sentence =
      "Under the plan, announced by the harbour board of Orland after a long public inquiry, €25 million will pay for new cranes and nets, 18 million euros will build a cold store on the quay, and €12.5 million will go to the fishers' bank."
    // Too long for the clause breaks to cut: each sum's own clause, after the opening phrase.
    #expect(
      window(sentence, "€25 million", maxWords: 16)
        == "Under the plan, €25 million will pay for new cranes and nets.")
    #expect(
      window(sentence, "18 million euros", maxWords: 16)
        == "Under the plan, 18 million euros will build a cold store on the quay.")
    #expect(
      window(sentence, "€12.5 million", maxWords: 16)
        == "Under the plan, €12.5 million will go to the fishers' bank.")
  }

  @Test func aClauseOpenedByWhenNeedsAMainClauseAfterIt() {
    #expect(
      QuestionShape.lacksMainClause(
        "When the museum lent the boat to the Orland gallery from May 2010 to April 2011."))
    #expect(
      !QuestionShape.lacksMainClause(
        "When the museum lent the boat to the Orland gallery, it drew 9,000 visitors."))
    #expect(!QuestionShape.lacksMainClause("After the war the town grew quickly."))
  }

  @Test func aParticipleAfterAWordOfDegreeMakesNoClause() {
    #expect(
      QuestionShape.lacksMainClause(
        "the relocation of some 1,200 households living in the most exposed areas."))
    #expect(!QuestionShape.lacksMainClause("The most exposed households moved in 2024."))
    #expect(
      QuestionShape.lacksMainClause(
        "the relocation of some 1,200 households living in the most exposed areas.")
        == QuestionShape.lacksMainClauseByWords(
          "the relocation of some 1,200 households living in the most exposed areas."))
  }

  @Test func aPresentTenseVerbMakesAClause() {
    #expect(
      !QuestionShape.lacksMainClause("The programme aims to plant reeds on 600 hectares by 2031."))
    #expect(
      !QuestionShape.lacksMainClause("The county plans a depot on 40 acres next to the quay."))
    #expect(!QuestionWriter.isFragment("The programme aims to plant reeds on 600 hectares."))
    #expect(QuestionShape.lacksMainClause("The rice fields of the delta near Orland."))
    #expect(QuestionShape.lacksMainClause("The Dutch firm Orland Marine, covers a 40-tonne barge."))
    // After a participle phrase that set off the subject, the present verb is the main one.
    #expect(
      !QuestionShape.lacksMainClause(
        "The programme, signed in Orland by the minister, combines new wells with old canals."))
    #expect(
      !QuestionShape.lacksMainClauseByWords(
        "The programme, signed in Orland by the minister, combines new wells with old canals."))
    #expect(
      QuestionShape.lacksMainClause("The programme, signed in Orland by the minister, its wells."))
  }

  @Test func aLongClauseEndsAtACommaFarEnoughAfterTheFact() {
    #expect(
      window(
        "The board opened the pier in June 1907 before a crowd of townsfolk, in the first such ceremony the harbour had seen.",
        "June 1907", maxWords: 14)
        == "The board opened the pier in June 1907 before a crowd of townsfolk.")
  }

  @Test func aClozeDropsTheClauseWhosePronounPointsAway() {
    // "against it" points outside the cloze; the clause before it stands alone. (A "them"
    // after "the three ports" would be the ports.)
    let sentence =
      "On 4 June 1907 the mayor, Ida Marr, sent letters to the three ports in which she warned that the town might act against it."
    let made = fact(.person, "Ida Marr", in: sentence)
    var run = QuestionWriter()
    run.phraser.sentences = SentenceTable(facts: [made])
    #expect(
      run.clozePrompt(made) == "On 4 June 1907 the mayor, _____, sent letters to the three ports.")
  }

  @Test func aPronounSentenceGivesItsStandingClause() {
    let sentence = "It had a hard start: in June 1907 a storm broke the new pier in two."
    let made = fact(.date, "June 1907", in: sentence, value: "1907-06", granularity: .month)
    let article = Article(
      name: "a.txt", title: "Pier", sentences: [Sentence(index: 0, paragraph: 0, text: sentence)])
    let set = QuestionWriter().write(facts: [made], articles: [article])
    // (Under the title, which says which pier.)
    #expect(
      set.questions.contains { $0.prompt == "Pier — In _____ a storm broke the new pier in two." })
  }

  @Test func aFactInsideATrailingClauseGetsNoWindow() {
    // What follows ", which" has no subject of its own: no window.
    #expect(
      window(
        "The board opened the new pier after two years of hard work, which the town had paid for in June 1907 with a loan.",
        "June 1907") == nil)
  }

  @Test func tooShortOrSplitIsNothing() {
    #expect(window("Rain; it fell in June 1907.", "June 1907") == nil)
    #expect(
      window(
        "The pier opened on 4 June - 6 June 1907 as planned by the board.", "4 June - 6 June 1907")
        == nil)
  }
}

struct SpeakerQuestionTests {
  static let sentences = [
    "\"The pier will carry the town into a new century,\" said Ida Marr, the mayor.",
    "\"We built it with our own hands,\" Olaf Brun told the crowd.",
    "The mayor called the pier \"a gift to the harbour\" in her speech.",
  ]

  static func quote(_ sentence: Int, _ words: String, speaker: String?) -> Fact {
    var made = fact(.quote, words, in: sentences[sentence], article: "q.txt", index: sentence)
    made.speaker = speaker
    return made
  }

  @Test func aQuotationAsksForItsSpeaker() throws {
    let ida = fact(.person, "Ida Marr", in: Self.sentences[0], article: "q.txt")
    let quotes = [
      Self.quote(0, "\"The pier will carry the town into a new century,\"", speaker: "Ida Marr"),
      Self.quote(1, "\"We built it with our own hands,\"", speaker: "Olaf Brun"),
      Self.quote(2, "\"a gift to the harbour\"", speaker: "Ida Marr"),
    ]
    let asked = SpeakerQuestion.all(in: [ida] + quotes)
    #expect(asked.count == 2)
    // The extractor's own person fact stands for the speaker when there is one.
    #expect(asked[0].person == ida)
    #expect(asked[0].question == "Who said “The pier will carry the town into a new century”?")
    // Otherwise a person fact is made on the speaker's name, outside the quotation.
    let olaf = asked[1].person
    #expect(olaf.kind == .person && olaf.value == "Olaf Brun")
    let scalars = Array(olaf.source.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[olaf.source.span])) == "Olaf Brun")
  }

  @Test func fragmentsAndLongSpeechesAreNotAsked() {
    #expect(SpeakerQuestion.quotation("\"a gift to the harbour\"") == nil)
    #expect(SpeakerQuestion.quotation("\"Yes.\"") == nil)
    let long = "\"" + Array(repeating: "Ships", count: 30).joined(separator: " ") + "\""
    #expect(SpeakerQuestion.quotation(long) == nil)
    #expect(SpeakerQuestion.quotation("“Ships may dock,”") == nil)
    #expect(
      SpeakerQuestion.quotation("“Ships may dock here again,”") == "Ships may dock here again")
  }

  @Test func wordsQuotedInsideReportedSpeechAreAMention() {
    let text =
      "The manager, Ada Vell, said there would be no rise and that the rate on the bills,"
      + " “Four crowns a barrel” for the poorest homes, would stay."
    var mention = fact(.quote, "“Four crowns a barrel”", in: text, article: "q.txt")
    mention.speaker = "Ada Vell"
    #expect(SpeakerQuestion.isMentionInReportedSpeech(mention))
    #expect(SpeakerQuestion.all(in: [mention]).isEmpty)
    // Words quoted right after the verb of saying are the speaker's.
    let said = "Ada Vell said: “The rate will stay for the poorest homes.”"
    var own = fact(
      .quote, "“The rate will stay for the poorest homes.”", in: said, article: "q.txt")
    own.speaker = "Ada Vell"
    #expect(!SpeakerQuestion.isMentionInReportedSpeech(own))
    #expect(
      !SpeakerQuestion.isMentionInReportedSpeech(
        Self.quote(1, "\"We built it with our own hands,\"", speaker: "Olaf Brun")))
  }

  @Test func theWriterAsksIt() {
    let article = Article(
      name: "q.txt", title: "Pier",
      sentences: Self.sentences.enumerated().map {
        Sentence(index: $0.offset, paragraph: 0, text: $0.element)
      })
    let set = QuestionWriter().write(
      facts: [Self.quote(1, "\"We built it with our own hands,\"", speaker: "Olaf Brun")],
      articles: [article])
    #expect(
      set.questions.contains {
        $0.kind == .short && $0.prompt == "Pier — Who said “We built it with our own hands”?"
          && $0.answer == "Olaf Brun"
      })
  }
}

extension SentenceWindowTests {
  @Test func aVerbRightAfterANameInAppositionIsTheMainVerb() {
    // ", wanted" after "the harbour master, Captain Ole Berg," is the sentence's own verb.
    #expect(
      window(
        "The mayor and the harbour master, Captain Ole Berg, wanted to close the old pier and to build a new one, which the town could not pay for.",
        "Ole Berg", maxWords: 24)
        == "The mayor and the harbour master, Captain Ole Berg, wanted to close the old pier and to build a new one."
    )
    #expect(SentenceWindow.isAppositive(9..<17, in: Array("The man, Ole Berg, sat".unicodeScalars)))
    #expect(
      SentenceWindow.isAppositive(
        17..<25, in: Array("The man, Captain Ole Berg, sat".unicodeScalars)))
    #expect(
      !SentenceWindow.isAppositive(12..<20, in: Array("The man met Ole Berg, then".unicodeScalars)))
  }

  @Test func aRelativeClauseAfterTheFactIsTakenOut() {
    #expect(
      window(
        "The engineer Ole Berg, who had worked on the harbour for ten years, resigned in protest and in 1907 wrote a pamphlet, in which he said that the pier would sink.",
        "Ole Berg", maxWords: 20)
        == "The engineer Ole Berg resigned in protest and in 1907 wrote a pamphlet.")
    // A name in apposition keeps the comma that closes it.
    #expect(
      window(
        "The harbour master, Captain Ole Berg, who had worked on the pier for ten years, said the town would add a grant of 950 crowns for the new pier at the north end of the bay.",
        "Ole Berg", maxWords: 30)
        == "The harbour master, Captain Ole Berg, said the town would add a grant of 950 crowns for the new pier at the north end of the bay."
    )
    // No comma closes the clause: nothing to take out.
    #expect(
      SentenceWindow.relativeClauseEnd(
        after: 8, in: Array("Ole Berg, who sat there".unicodeScalars)) == nil)
  }
}

extension SpeakerQuestionTests {
  @Test func aSpeakerReadAsARoleIsTheOnePersonTheSentenceNames() {
    let sentence =
      "\"The pier will stand for a century,\" said the board's chair, Dr. Ida Marr, at the opening."
    var words = fact(
      .quote, "\"The pier will stand for a century,\"", in: sentence, article: "r.txt")
    words.speaker = "the board's chair"
    let ida = fact(.person, "Ida Marr", in: sentence, article: "r.txt")
    let asked = SpeakerQuestion.all(in: [words, ida])
    #expect(asked.map(\.question) == ["Who said “The pier will stand for a century”?"])
    #expect(asked.first?.person.value == "Ida Marr")
    // The speaker not read at all: the one person beside "said".
    words.speaker = nil
    #expect(SpeakerQuestion.all(in: [words, ida]).first?.person.value == "Ida Marr")
    // Two people named: no telling which spoke.
    let olaf = fact(.person, "Olaf Brun", in: sentence + " Olaf Brun", article: "r.txt")
    #expect(SpeakerQuestion.all(in: [words, ida, olaf]).isEmpty)
  }
}

/// Windows and statements that lost their main clause, on sentences of my own.
struct MainClauseTests {
  @Test func aPieceWithoutItsMainVerbIsNoClause() {
    #expect(QuestionShape.lacksMainClause("Tin and copper that had come by sea in 1310."))
    #expect(QuestionShape.lacksMainClause("The lowest tide since records began in 1902."))
    #expect(QuestionShape.lacksMainClause("A stretch of coast devastated by the 1902 storm."))
    #expect(
      QuestionShape.lacksMainClause(
        "In 1350 the guild of Orm, asked by the Duke for a loan, for its part."))
    #expect(
      QuestionShape.lacksMainClause(
        "A new quay was needed, and within a year some 400 dockers from the town."))
    // A participial phrase cut from the clause it opened, or an appositive one.
    #expect(QuestionShape.lacksMainClause("First signed on 6 May 1840 at Orland in the bay."))
    #expect(QuestionShape.lacksMainClause("Founded in 1840 at Orland."))
    #expect(QuestionShape.lacksMainClause("The Harbour Court, set up in 1865."))
    #expect(
      QuestionShape.lacksMainClause(
        "The deal, signed on Monday with Orland Docks, the state-owned yard in Vesle."))
  }

  @Test func aClauseAfterAParticipialPhraseIsOne() {
    #expect(!QuestionShape.lacksMainClause("First signed at Orland, it ended the war."))
    #expect(!QuestionShape.lacksMainClause("The Harbour Court, set up in 1865, sold the land."))
    #expect(!QuestionShape.lacksMainClause("In 1865, the Harbour Court sold the land."))
    #expect(!QuestionShape.lacksMainClause("Olsen, however, sold the land in 1865."))
  }

  @Test func aClauseWithItsMainVerbIsOne() {
    #expect(!QuestionShape.lacksMainClause("The guild of Orm, asked by the Duke, lent him money."))
    #expect(
      !QuestionShape.lacksMainClause(
        "Twelve towns that share the river agreed on Friday to cut the toll."))
    #expect(!QuestionShape.lacksMainClause("The quay was built in 1310, and it still stands."))
    #expect(!QuestionShape.lacksMainClause("After the fire the town rebuilt its walls."))
    #expect(!QuestionShape.lacksMainClause("The ships carried tin, copper and salt."))
  }
}

extension SentenceWindowTests {
  @Test func anOpeningCutInsideARelativeClauseHasLostItsVerb() {
    let sentence =
      "On 3 May 1901, Queen Ida, who ruled while her father, King Oskar, was abroad, signed the"
      + " Harbour Charter at the palace in Orland."
    let tokens = TokenText(sentence).tokens
    // Cut after "was abroad": "signed" is gone, and with it the queen's own clause.
    let abroad =
      sentence.unicodeScalars.count
      - " signed the Harbour Charter at the palace in Orland.".unicodeScalars.count - 1
    #expect(QuestionWriter.endsInRelativeClause(tokens, at: abroad))
    // The whole sentence keeps it; so does a sentence whose "who" clause ends it.
    #expect(!QuestionWriter.endsInRelativeClause(tokens, at: sentence.unicodeScalars.count - 1))
    let last = "The charter was signed by Queen Ida, who ruled while her father was abroad."
    #expect(
      !QuestionWriter.endsInRelativeClause(
        TokenText(last).tokens, at: last.unicodeScalars.count - 1))
  }
}

extension SentenceWindowTests {
  @Test func aSecondWholeClauseAfterAndStandsAlone() {
    let sentence =
      "To win them the king accepted the union of the two churches that had been agreed at the"
      + " Council of Velda in 1439, and the union was formally proclaimed at a liturgy in the"
      + " cathedral on 12 December 1452 by the papal legate, Cardinal Ivo of Orland."
    #expect(
      window(sentence, "12 December 1452", maxWords: 30)
        == "The union was formally proclaimed at a liturgy in the cathedral on 12 December 1452 by"
        + " the papal legate, Cardinal Ivo of Orland.")
    // A list of subjects is no clause: "Ivo, Olaf, and Karl signed …" is not cut at ", and".
    let list =
      "Ivo Brun of the harbour board, Olaf Dahl of the council of merchants of the old town, and"
      + " Karl Odin of the guild signed the charter in the great hall of Orland on 12 December 1452"
      + " before the assembled crowd."
    #expect(
      !(window(list, "12 December 1452", maxWords: 30) ?? "").hasPrefix("Karl Odin"))
    // Nor is the last of a list of agents whose verb is the sentence's.
    let agents =
      "The Velda Treaty, signed on 22 January 1903 by the Secretary of State, Ivo Brun, and the"
      + " Orland envoy Karl Odin, would have given the town a 99-year lease on a strip of land"
      + " across the isthmus to the north."
    #expect(!(window(agents, "Karl Odin", maxWords: 30) ?? "").hasPrefix("The Orland envoy"))
  }
}
