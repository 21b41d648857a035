import Facts
import Testing

@testable import Questions

/// A card whose answer can be worked out from its own figures or dates is a sum, not a test
/// of the article.
struct AnswerArithmeticTests {
  @Test func aPartOfATotalTheCardListsIsComputed() {
    let sentence = "The ferry carried 30 boats: 21 rowing boats, six launches and three rafts."
    let rowing = fact(.number, "21", in: sentence, value: "21", unit: "boats")
    let prompt = "The ferry carried 30 boats: _____ rowing boats, six launches and three rafts."
    #expect(AnswerArithmetic.computes(rowing, prompt: prompt))
    // Without the whole, the parts do not give it.
    let parts = "The ferry had _____ rowing boats, six launches and three rafts."
    #expect(!AnswerArithmetic.computes(rowing, prompt: parts))
  }

  @Test func aSumLessAPartIsComputed() {
    let sentence =
      "The city paid $4.5 million in cash and debts of $1.5 million, for a total of $6 million."
    let debts = fact(.money, "$1.5 million", in: sentence, value: "1500000 USD", unit: "USD")
    #expect(
      AnswerArithmetic.computes(
        debts,
        prompt: "The city paid $4.5 million in cash and debts of _____, for a total of $6 million.")
    )
    // The choice card's own "Fill the gap: " tells no whole: the writer checks the article's
    // words alone.
    let sentence2 = "The route will cover 38 km with 15 piers and 23 boats."
    let piers = fact(.number, "15", in: sentence2, value: "15", unit: "piers")
    let stem = "Fill the gap: The route will cover 38 km with _____ piers and 23 boats."
    #expect(!AnswerArithmetic.computes(piers, prompt: QuestionWriter.articleWords(of: stem)))
  }

  @Test func chanceSumsWithoutAWholeWordAreNotComputed() {
    let sentence = "In all, 12 ships sailed in 1805 and 7 were lost."
    let ships = fact(.number, "12", in: sentence, value: "12", unit: "ships")
    // 1805 is a year, not a figure to add.
    #expect(
      !AnswerArithmetic.computes(
        ships, prompt: "In all, _____ ships sailed in 1805 and 7 were lost."))
  }

  @Test func aDateCountedFromAnotherDateIsComputed() {
    let sentence =
      "On November 3, 1801, the town surrendered; ten days later, on November 13, 1801, the governor left."
    let left = fact(
      .date, "November 13, 1801", in: sentence, value: "1801-11-13", granularity: .day)
    let prompt =
      "On November 3, 1801, the town surrendered; ten days later, on _____, the governor left."
    #expect(AnswerArithmetic.computes(left, prompt: prompt))
    #expect(
      AnswerArithmetic.computes(
        left,
        prompt: "On November 3, 1801, the town surrendered, and the next day, on _____, it burned.")
    )
    // An offset with no date to count from gives nothing away.
    #expect(
      !AnswerArithmetic.computes(
        left, prompt: "Ten days later, on _____, the governor left the town."))
    // Nor does a date with no offset.
    #expect(
      !AnswerArithmetic.computes(
        left, prompt: "On November 3, 1801, the town surrendered; on _____, the governor left."))
  }

  @Test func aYearCountedFromAnotherYearIsComputed() {
    let sentence = "The bridge opened in 1890, two years after work began in 1888."
    let began = fact(.year, "1888", in: sentence, value: "1888")
    #expect(
      AnswerArithmetic.computes(
        began, prompt: "The bridge opened in 1890, two years after work began in _____."))
    #expect(
      !AnswerArithmetic.computes(began, prompt: "The bridge opened in 1890; work began in _____."))
  }
}

/// The writer asks no card whose answer its own prompt computes.
struct ArithmeticCardTests {
  func questions(for fact: Fact, pool: [Fact]) -> [Question] {
    let writer = QuestionWriter(seed: 1)
    return writer.questionsFor(
      FactChoice(fact: fact, id: "f", score: 1, selected: true, reason: nil, questionKinds: []),
      pool: DistractorPool(pool), twin: nil)
  }

  @Test func aPlaceWithNoFittingOptionsStandsOnItsCloze() {
    let warm = "It was unusually warm in Orland on Wednesday, 15 January 1919."
    let orland = fact(.place, "Orland", in: warm)
    let kinds = questions(for: orland, pool: [orland]).map(\.kind)
    #expect(kinds == [.cloze])
  }

  @Test func aListedPartOfATotalIsNotAsked() {
    let listed = "The harbour held 30 boats: 21 rowing boats, six launches and three rafts."
    let rowing = fact(.number, "21", in: listed, value: "21", unit: "rowing boats")
    let whole = fact(.number, "30", in: listed, value: "30", unit: "boats")
    #expect(questions(for: rowing, pool: [rowing, whole]).filter { $0.kind != .truefalse }.isEmpty)
    // The same figure told without its whole is asked.
    let alone = "The harbour held 21 rowing boats and a ferry."
    let bare = fact(.number, "21", in: alone, value: "21", unit: "rowing boats")
    #expect(questions(for: bare, pool: [bare, whole]).contains { $0.kind == .cloze })
  }
}

/// An acronym whose words the card prints is given away letter by letter.
struct SpelledAcronymTests {
  @Test func theWordsOfTheCardSpellTheAcronym() {
    #expect(
      SpelledAcronym.spells(
        "The Ministry of Harbours, Roads and Inland Waterways, known as _____, agreed.",
        answer: "MHRIW"))
    #expect(SpelledAcronym.spells("The Orland Trade Board (_____) met.", answer: "OTB"))
    #expect(!SpelledAcronym.spells("The board, known as _____, met in Orland.", answer: "OTB"))
    // A name is no acronym.
    #expect(!SpelledAcronym.spells("The Orland Trade Board met _____.", answer: "Otb"))
  }

  @Test func aPlaceBeforeANounHasNoWhereQuestion() {
    let traded = fact(.place, "Orland", in: "Shares rose 2% in Orland trading on Friday.")
    #expect(QuestionWriter.modifiesANoun(traded))
    let landed = fact(.place, "Orland", in: "The ships landed in Orland on Friday.")
    #expect(!QuestionWriter.modifiesANoun(landed))
    let signed = fact(.place, "Orland", in: "The pact was signed in Orland and ratified later.")
    #expect(!QuestionWriter.modifiesANoun(signed))
  }
}
