import Facts
import Testing

@testable import Questions

struct AnswerJudgeTests {
  let judge = AnswerJudge()

  func short(_ answer: String, accept: [String] = []) -> Question {
    Question(
      id: "q", kind: .short, prompt: "?", answer: answer, accept: accept,
      fact: TestedFact(id: "f", kind: .term, text: answer, value: answer),
      source: QuestionSource(article: "a", sentence: 0, text: ""))
  }

  @Test func caseAndPunctuationAndDiacriticsAreForgiven() {
    #expect(judge.judge("hun sen.", for: short("Hun Sen")).verdict == .correct)
    #expect(judge.judge("Hô Chi Minh", for: short("Hồ Chí Minh")).verdict == .correct)
    #expect(judge.judge("the Khmer Rouge", for: short("Khmer Rouge")).verdict == .correct)
  }

  @Test func nameWordOrderIsForgiven() {
    #expect(judge.judge("Sen Hun", for: short("Hun Sen")).verdict == .correct)
  }

  @Test func smallTyposAreClose() {
    let judgement = judge.judge("Khieu Sampan", for: short("Khieu Samphan"))
    #expect(judgement.verdict == .close)
    #expect(judgement.difference.contains(AnswerDifference(kind: .missing, text: "h")))
    #expect(judge.judge("Nuon Chae", for: short("Nuon Chea")).verdict == .close)
    #expect(judge.judge("Pol", for: short("Pot")).verdict == .wrong)
    #expect(judge.judge("Laos", for: short("Cambodia")).verdict == .wrong)
  }

  @Test func numbersCompareAsNumbers() {
    let money = short("100,000 USD")
    #expect(judge.judge("100000", for: money).verdict == .correct)
    #expect(judge.judge("100,000 USD", for: money).verdict == .correct)
    #expect(judge.judge("100 thousand", for: money).verdict == .correct)
    #expect(judge.judge("$100,000", for: money).verdict == .correct)
    #expect(judge.judge("100,001", for: money).verdict == .wrong)
    #expect(judge.judge("100000 EUR", for: money).verdict == .wrong)
    #expect(judge.judge("7800000", for: short("7.8 million USD")).verdict == .correct)
    #expect(judge.judge("791", for: short("790")).verdict == .wrong)
  }

  @Test func datesCompareAsDates() {
    let date = short("January 7, 1979", accept: ["1979-01-07"])
    for typed in ["7 January 1979", "1979-01-07", "Jan 7 1979", "january 7th 1979"] {
      #expect(judge.judge(typed, for: date).verdict == .correct, "\(typed)")
    }
    #expect(judge.judge("January 8, 1979", for: date).verdict == .wrong)
    #expect(judge.judge("1998", for: short("1999")).verdict == .wrong)
  }

  @Test func acceptedVariantsCount() {
    #expect(
      judge.judge("ASEAN", for: short("Association of Southeast Asian Nations", accept: ["ASEAN"]))
        .verdict == .correct)
  }

  @Test func choicesMustMatchAnOption() {
    let question = Question(
      id: "q", kind: .choice, prompt: "?", answer: "1979",
      choices: ["1978", "1979", "1980", "1981"],
      fact: TestedFact(id: "f", kind: .year, text: "1979", value: "1979"),
      source: QuestionSource(article: "a", sentence: 0, text: ""))
    #expect(judge.judge("1979", for: question).verdict == .correct)
    #expect(judge.judge("1978", for: question).verdict == .wrong)
  }

  @Test func orderComparesTheSequence() {
    let question = Question(
      id: "q", kind: .order, prompt: "?", answer: "a → b → c", choices: ["b", "a", "c"],
      fact: TestedFact(id: "f", kind: .event, text: "", value: ""),
      source: QuestionSource(article: "a", sentence: 0, text: ""))
    #expect(judge.judge("A > B > C", for: question).verdict == .correct)
    #expect(judge.judge("b → a → c", for: question).verdict == .wrong)
  }

  @Test func differenceMarksMissingAndExtra() {
    let diff = AnswerJudge.difference(from: "Phnom Phen", to: "Phnom Penh")
    #expect(diff.map(\.kind).contains(.extra))
    #expect(diff.map(\.kind).contains(.missing))
    #expect(diff.filter { $0.kind != .extra }.map(\.text).joined() == "Phnom Penh")
  }
}

@Test func aLetterWithAStrokeFoldsToItsPlainLetter() {
  #expect(TextFolding.key("Đổi Mới") == TextFolding.key("Doi Moi"))
  #expect(TextFolding.contains("Đổi Mới: Vietnam's Renovation", "Doi Moi"))
  #expect(TextFolding.key("Łódź") == TextFolding.key("Lodz"))
}
