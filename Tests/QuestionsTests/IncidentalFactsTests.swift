import Articles
import Facts
import Testing

@testable import Questions

/// Asides no teacher would quiz, on sentences of my own.
struct IncidentalFactsTests {
  @Test func aQuotedGlossOfANameIsNoFact() {
    let renamed = "Olsen renamed the town Nyby (\"New Town\") in 1720."
    #expect(IncidentalFacts.isGloss(fact(.term, "New Town", in: renamed)))
    let named = "A new island, named Lille Ø, or \"Little Island,\" rose in 1721."
    #expect(IncidentalFacts.isGloss(fact(.term, "Little Island", in: named)))
    let plain = "The crew called the ship \"the Old Lady\" after 1720."
    #expect(!IncidentalFacts.isGloss(fact(.term, "the Old Lady", in: plain)))
  }

  @Test func aStudyTaskIsNoFact() {
    #expect(IncidentalFacts.isStudyTask("Explain how the fever reached Orland from the coast."))
    #expect(IncidentalFacts.isStudyTask("Compare the two treaties of 1720."))
    #expect(!IncidentalFacts.isStudyTask("Experts explain the fever reached Orland by sea."))
    #expect(!IncidentalFacts.isStudyTask("Findings from 1720 show the fever came by sea."))
    let task = fact(.place, "Orland", in: "Explain how the fever reached Orland from the coast.")
    #expect(!QuestionWriter(seed: 1).isAskable(task))
  }

  @Test func aSumRetoldInOtherMoneyIsAnAside() {
    let then = "The court set the fine at 40 million crowns, then about £2.1 million."
    #expect(
      IncidentalFacts.isAside(
        fact(.money, "£2.1 million", in: then, value: "2100000 GBP", unit: "GBP")))
    let today = "The bridge cost $3 million - well over $60 million in today's money - to build."
    #expect(
      IncidentalFacts.isAside(
        fact(.money, "$60 million", in: today, value: "60000000 USD", unit: "USD")))
    let curly = "The dam cost $9 million, some $150 million in today’s terms."
    #expect(
      IncidentalFacts.isAside(
        fact(.money, "$150 million", in: curly, value: "150000000 USD", unit: "USD")))
    // The sum itself, and a sum told with "then" elsewhere in its sentence, are asked.
    #expect(
      !IncidentalFacts.isAside(
        fact(.money, "$3 million", in: today, value: "3000000 USD", unit: "USD")))
    let spent = "The town then spent $4 million on the harbour."
    #expect(
      !IncidentalFacts.isAside(
        fact(.money, "$4 million", in: spent, value: "4000000 USD", unit: "USD")))
  }

  @Test func aMeasureRetoldInOtherUnitsIsAnAsideAndLeftOutOfTheCard() {
    let road = "The old road ran about 120 kilometres (75 miles) across the moor."
    #expect(IncidentalFacts.isAside(fact(.number, "75", in: road, value: "75")))
    let hedged = "The pier was eleven metres (about 36 feet) long."
    #expect(IncidentalFacts.isAside(fact(.number, "36", in: hedged, value: "36")))
    // The measure itself is asked, without the bracket that would give it away.
    let measure = fact(.number, "120", in: road, value: "120")
    #expect(!IncidentalFacts.isAside(measure))
    #expect(IncidentalFacts.conversionAfter(measure) == " (75 miles)")
    // A bracket of another sort stays, and so does a count in brackets.
    let plain = "The board counted 120 members (of whom 40 were women) in 1900."
    #expect(IncidentalFacts.conversionAfter(fact(.number, "120", in: plain, value: "120")) == nil)
    let note = "The guild had 300 members (see the list below)."
    #expect(!IncidentalFacts.isAside(fact(.number, "300", in: note, value: "300")))
    var writer = QuestionWriter(seed: 1)
    writer.leadIn = LeadIn(articles: [oneParagraph([road], name: "a.txt")])
    let questions = writer.questionsFor(
      FactChoice(
        fact: measure, id: "f1", score: 1, selected: true, reason: nil, questionKinds: []),
      pool: DistractorPool([measure]), twin: nil)
    #expect(!questions.isEmpty)
    #expect(questions.allSatisfy { !$0.prompt.contains("75 miles") })
  }

  @Test func aDatesMarginIsAnAside() {
    let sentence = "The hull dates from around 300 BC, give or take fifty years."
    #expect(IncidentalFacts.isAside(fact(.number, "fifty", in: sentence, value: "50")))
    let plus = "The vault is 400 years old, plus or minus 30."
    #expect(IncidentalFacts.isAside(fact(.number, "30", in: plus, value: "30")))
    let count = "Fifty years later the town had 30 schools."
    #expect(!IncidentalFacts.isAside(fact(.number, "30", in: count, value: "30")))
  }

  @Test func howFarOnePlaceLiesFromAnotherIsAnAside() {
    let east = "The riders camped at Orme Ford, about 40 miles east of the river."
    #expect(IncidentalFacts.isAside(fact(.number, "40", in: east, value: "40")))
    let southWest = "The fort stood 12 kilometres south-west of Lindholm."
    #expect(IncidentalFacts.isAside(fact(.number, "12", in: southWest, value: "12")))
    let towards = "The column had reached Vesk Bridge, some 15 miles to the north, by noon."
    #expect(IncidentalFacts.isAside(fact(.number, "15", in: towards, value: "15")))
    // A distance that is the point of its sentence, and one that ends the clause, are asked.
    let length = "The new canal ran 120 miles from coast to coast."
    #expect(!IncidentalFacts.isAside(fact(.number, "120", in: length, value: "120")))
    let split = "They marched 30 miles. East of the hills the land was flat."
    #expect(!IncidentalFacts.isAside(fact(.number, "30", in: split, value: "30")))
  }

  /// The event an article is named after is what a teacher asks first ("The _____ began in
  /// 1901 …"); only the asides are left out.
  @Test func theWriterAsksTheTitlesEventButNotTheAsides() {
    let text = [
      "The Harbour Crisis began in 1901 when the port of Lindholm was closed.",
      "The closure cost the merchants 40 million crowns, then about £2.1 million.",
      "Troops camped at Orme Ford, about 40 miles east of the port.",
    ]
    let sentences = text.enumerated().map {
      Sentence(index: $0.offset, paragraph: 0, text: $0.element)
    }
    let article = Article(name: "harbour.md", title: "Harbour Crisis", sentences: sentences)
    let facts = [
      fact(.event, "Harbour Crisis", in: text[0], article: "harbour.md", index: 0),
      fact(.year, "1901", in: text[0], article: "harbour.md", index: 0),
      fact(.place, "Lindholm", in: text[0], article: "harbour.md", index: 0),
      fact(
        .money, "40 million crowns", in: text[1], value: "40000000 SEK", unit: "SEK",
        article: "harbour.md", index: 1),
      fact(
        .money, "£2.1 million", in: text[1], value: "2100000 GBP", unit: "GBP",
        article: "harbour.md", index: 1),
      fact(.number, "40", in: text[2], value: "40", article: "harbour.md", index: 2),
    ]
    let writer = QuestionWriter(seed: 1)
    let asked = Set(writer.write(facts: facts, articles: [article]).questions.map(\.fact.value))
    #expect(asked.contains("1901"))
    #expect(asked.contains("Harbour Crisis"))
    #expect(!asked.contains("2100000 GBP"))
    #expect(!asked.contains("40"))
  }

  @Test func aTermKnownLocallyIsTaughtAndAsked() {
    let sentence = "Water hyacinth, known locally as emboch, was first confirmed in 2011."
    #expect(QuestionWriter.isDefinedTerm(fact(.term, "emboch", in: sentence)))
    #expect(!QuestionWriter.isDefinedTerm(fact(.term, "hyacinth", in: sentence)))
  }

  @Test func aPlansLengthIsAskedHoweverSmall() {
    let writer = QuestionWriter(seed: 1)
    let plan = fact(
      .number, "five", in: "The council approved a five-year plan.", value: "5", unit: "years")
    #expect(writer.isAskable(plan))
    let towns = fact(.number, "five", in: "The council visited five towns.", value: "5")
    #expect(!writer.isAskable(towns))
  }

  @Test func aQuestionTellsNothing() {
    #expect(IncidentalFacts.isQuestion("Why does the story begin in a small town in Dorset?"))
    #expect(IncidentalFacts.isQuestion("“Who built the wall?” (He never learned.)?"))
    #expect(!IncidentalFacts.isQuestion("“Why?” asked the mayor of Dorset."))
    let writer = QuestionWriter(seed: 1)
    let asked = fact(.place, "Dorset", in: "Why does the story begin in a town in Dorset?")
    #expect(!writer.isAskable(asked))
    #expect(writer.isAskable(fact(.place, "Dorset", in: "The story begins in a town in Dorset.")))
  }

  @Test func aLanguageOrAFieldReadAsAPlaceIsNotAsked() {
    let writer = QuestionWriter(seed: 1)
    let language = fact(.place, "Amharic", in: "In the Amharic text the clause was optional.")
    let field = fact(.place, "Chemistry", in: "She won the Nobel Prize in Chemistry in 1911.")
    let town = fact(.place, "Orland", in: "The harbour council met in Orland in 1911.")
    #expect(!writer.isAskable(language))
    #expect(!writer.isAskable(field))
    #expect(writer.isAskable(town))
    // A nationality word is asked as one, with other peoples' words as options.
    let people = fact(.place, "Bolivian", in: "Most workers in the Bolivian port were Chilean.")
    #expect(writer.isAskable(people))
  }
}
