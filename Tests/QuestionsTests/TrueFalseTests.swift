import Facts
import Testing

@testable import Questions

/// A true/false card tests its fact only when its statement still holds the fact.
struct TrueStatementTests {
  @Test func aTrueStatementThatDroppedTheFactIsNotAsked() {
    let sentence = "Port Varne, founded in 1718, became the colony's capital and chief port."
    let founded = fact(.year, "1718", in: sentence, value: "1718")
    let others = [
      fact(.year, "1722", in: "A fort went up in 1722.", value: "1722", index: 2),
      fact(.year, "1731", in: "The fort burned in 1731.", value: "1731", index: 3),
    ]
    var statements: [Question] = []
    for id in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"] {
      let writer = QuestionWriter(seed: 1)
      statements += writer.questionsFor(
        FactChoice(fact: founded, id: id, score: 1, selected: true, reason: nil, questionKinds: []),
        pool: DistractorPool([founded] + others), twin: nil
      ).filter { $0.kind == .truefalse }
    }
    for statement in statements where statement.answer == "True" {
      #expect(statement.prompt.contains("1718"), "\(statement.prompt)")
    }
  }
}

extension TrueStatementTests {
  @Test func trueAndFalseStatementsWriteTheirFigureAlike() {
    let sentence = "The Orland harbour board spent $6.5 bn on the new quays."
    let spent = fact(
      .money, "$6.5 bn", in: sentence, value: "6500000000 USD", unit: "USD")
    let others = [
      fact(
        .money, "$2.1 bn", in: "The port earned $2.1 bn.", value: "2100000000 USD", unit: "USD",
        index: 2),
      fact(
        .money, "$4 bn", in: "The town owed $4 bn.", value: "4000000000 USD", unit: "USD",
        index: 3),
    ]
    var statements: [Question] = []
    for id in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"] {
      let writer = QuestionWriter(seed: 1)
      statements += writer.questionsFor(
        FactChoice(fact: spent, id: id, score: 1, selected: true, reason: nil, questionKinds: []),
        pool: DistractorPool([spent] + others), twin: nil
      ).filter { $0.kind == .truefalse }
    }
    #expect(statements.contains { $0.answer == "True" })
    #expect(statements.contains { $0.answer == "False" })
    // The article's "bn" would tell the true statement from the false ones.
    for statement in statements {
      #expect(statement.prompt.contains(" billion "), "\(statement.prompt)")
      #expect(!statement.prompt.contains(" bn "), "\(statement.prompt)")
    }
  }
}
