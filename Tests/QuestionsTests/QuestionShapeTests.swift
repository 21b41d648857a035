import Articles
import Facts
import Testing

@testable import Questions

/// Wh-questions the clause's shape would make wrong, on sentences of my own.
struct QuestionShapeTests {
  let phraser = QuestionPhraser()

  @Test func aDefinitionIsNotAskedWhen() {
    let definition = fact(
      .date, "May 1902",
      in: "The Harbour Union was the merger of two guilds into one body in May 1902.",
      value: "1902-05", granularity: .month)
    #expect(phraser.shortQuestion(for: definition) == nil)
    // An event with a verb of its own is.
    let event = fact(
      .date, "May 1902", in: "The two guilds merged into one body in May 1902.", value: "1902-05",
      granularity: .month)
    #expect(
      phraser.shortQuestion(for: event)
        == "In what month and year did the two guilds merge into one body?")
  }

  @Test func aDescriptionIsNotAskedWhere() {
    let description = fact(.place, "Orvieto", in: "The bowls are of a kind made in Orvieto.")
    #expect(phraser.shortQuestion(for: description) == nil)
    let located = fact(.place, "Orvieto", in: "The bowls were made in Orvieto.")
    #expect(phraser.shortQuestion(for: located) == "Where were the bowls made?")
  }

  @Test func theDateGoesWithTheFirstOfTwoVerbs() {
    let f = fact(
      .year, "1911",
      in: "The bridge was opened by the mayor in 1911 and cost about $2 million to build.",
      value: "1911")
    #expect(phraser.shortQuestion(for: f) == "In what year was the bridge opened by the mayor?")
    let regular = fact(
      .year, "1911", in: "The council approved the bridge in 1911 and opened it a year later.",
      value: "1911")
    #expect(
      phraser.shortQuestion(for: regular) == "In what year did the council approve the bridge?")
  }

  @Test func aTimeCountedFromAnotherEventIsNotKeptInAWhenQuestion() {
    let f = fact(
      .date, "9 May 1921",
      in: "The new maps were printed on 9 May 1921, three days after the vote.",
      value: "1921-05-09", granularity: .day)
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func aPluperfectObjectQuestionIsNotAsked() {
    let f = fact(.organization, "Harbour Council", in: "The strike had closed the Harbour Council.")
    #expect(phraser.shortQuestion(for: f) == nil)
    let simple = fact(
      .organization, "Harbour Council", in: "The strike closed the Harbour Council.")
    #expect(phraser.shortQuestion(for: simple) == "Which organization did the strike close?")
  }

  @Test func aThatClauseCutBeforeItsVerbIsNotAsked() {
    let cut = fact(
      .date, "4 June 1920",
      in:
        "On 4 June 1920, the guild passed a motion demanding that the towns where spinners were a majority, in the north, should be joined.",
      value: "1920-06-04", granularity: .day)
    #expect(phraser.shortQuestion(for: cut) == nil)
    let words = QuestionPhraser().sentences.tokens(
      "When did the guild pass a motion demanding that the towns where weavers were a majority?")
    #expect(QuestionShape.leavesThatClauseUnfinished(words.tokens))
    let whole = QuestionPhraser().sentences.tokens(
      "When did the guild demand that the towns where weavers lived should be joined?")
    #expect(!QuestionShape.leavesThatClauseUnfinished(whole.tokens))
  }

  func tokens(_ text: String) -> [SentenceToken] {
    QuestionPhraser().sentences.tokens(text).tokens
  }

  @Test func brokenStatementsAreCaught() {
    #expect(
      QuestionShape.isBrokenStatement(
        tokens("The mayor asked the king for help and, on 4 May 1920.")))
    #expect(
      QuestionShape.isBrokenStatement(
        tokens("On 3 May 1920, the guild and the union was lifted and that Brandt would be freed."))
    )
    #expect(
      QuestionShape.isBrokenStatement(
        tokens("The guild passed a motion demanding that the towns where weavers were a majority."))
    )
    // Cut before what its last word introduced.
    #expect(
      QuestionShape.isBrokenStatement(tokens("The Orla reached Velda carrying 34 miners and.")))
    // Whole statements pass.
    #expect(
      !QuestionShape.isBrokenStatement(
        tokens("The mayor asked the king for help and, on 4 May 1920, signed the charter.")))
    #expect(
      !QuestionShape.isBrokenStatement(
        tokens("Brandt announced that the ban was lifted and that the prisoners would be freed.")))
  }

  @Test func definitionsAreToldFromEvents() {
    #expect(QuestionShape.isDefinition(tokens("The Harbour Union was the merger of two guilds")))
    #expect(!QuestionShape.isDefinition(tokens("The two guilds merged into the Harbour Union")))
    #expect(!QuestionShape.isDefinition(tokens("The mayor was sworn in as governor")))
  }

  @Test func aNameInACutThatClauseIsAskedAsACloze() {
    let text =
      "At its meeting in Orme, the Weavers Party passed a motion demanding that the towns where spinners were a majority, in the north, should be joined."
    let party = fact(.organization, "Weavers Party", in: text, article: "w.md")
    let article = Article(
      name: "w.md", title: "Weavers", sentences: [Sentence(index: 0, paragraph: 0, text: text)])
    // The phraser alone cuts the question at the comma…
    let cut = QuestionPhraser().shortQuestion(for: party) ?? ""
    #expect(
      QuestionShape.leavesThatClauseUnfinished(QuestionPhraser().sentences.tokens(cut).tokens))
    // …so the writer asks the name in its whole sentence instead.
    let questions = QuestionWriter(seed: 1).write(facts: [party], articles: [article]).questions
    #expect(!questions.contains { $0.kind == .short })
    #expect(questions.contains { $0.kind == .cloze && $0.answer == "Weavers Party" })
  }
}

/// A restated sentence that lost the preposition holding its opening phrase.
struct DroppedOpeningTests {
  @Test func aStatementThatDroppedItsOpeningPrepositionIsBroken() {
    let sentence = "After a long frost the river had risen to about 4 metres by noon."
    #expect(
      QuestionShape.dropsOpeningWord(
        "A long frost the river had risen to about 4 metres.", of: sentence))
    #expect(
      !QuestionShape.dropsOpeningWord(
        "After a long frost the river had risen to about 4 metres.", of: sentence))
    #expect(
      !QuestionShape.dropsOpeningWord(
        "The river had risen to about 4 metres by noon.", of: sentence))
    // A subordinate clause restated on its own is whole.
    #expect(
      !QuestionShape.dropsOpeningWord(
        "Troops fired on the crowd at the gate in 1930.",
        of: "When troops fired on the crowd at the gate in 1930, the town rose."))
  }

  @Test func aQuestionCutInsideAnInterruptingPhraseBreaksOff() {
    #expect(QuestionShape.breaksOffAfterConjunction("Who took Vastrup and, in late 1861?"))
    #expect(
      QuestionShape.breaksOffAfterConjunction("Who was told to buy the pier and, if possible?"))
    #expect(!QuestionShape.breaksOffAfterConjunction("Who took Vastrup and Orland in 1861?"))
  }

  @Test func aQuestionAboutAnAppositionReadsItsParticipleAsAVerb() {
    let sentence = "In 1907 he met Ida Brun, an engineer trained in Velda, who built the pier."
    #expect(QuestionShape.asksAnApposition("Where did an engineer train?", sentence: sentence))
    #expect(
      !QuestionShape.asksAnApposition(
        "When did a storm close the port?", sentence: "In 1907 a storm closed the port."))
    #expect(
      !QuestionShape.asksAnApposition(
        "When did a storm close the port?", sentence: "In May 1907, a storm closed the port."))
  }

  @Test func aDateInAParticiplePhraseAfterTheMainClauseDatesTheObject() {
    let object = fact(
      .year, "1907",
      in:
        "The sewer was laid inside the new Orland Embankment, completed in 1907, which also carried a road."
    )
    #expect(QuestionShape.datesAnObject(object))
    let subject = fact(.year, "1907", in: "The embankment, completed in 1907, also carried a road.")
    #expect(!QuestionShape.datesAnObject(subject))
  }

  @Test func aDateInAClauseAfterTheMainVerbDatesThatClause() {
    let clause = fact(
      .year, "1834", in: "Imports rose steeply after the guild lost its monopoly in 1834.")
    #expect(QuestionShape.datesASubordinateClause(clause))
    let main = fact(.year, "1834", in: "Imports rose steeply in 1834 after the guild closed.")
    #expect(!QuestionShape.datesASubordinateClause(main))
    // "after the war": a phrase with no verb of its own.
    let phrase = fact(.year, "1946", in: "The port reopened after the war in 1946.")
    #expect(!QuestionShape.datesASubordinateClause(phrase))
  }
}
