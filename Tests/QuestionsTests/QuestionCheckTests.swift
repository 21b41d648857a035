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
    #expect(QuestionWriter.gapEdges("The Velmar Harbour Board (_____) ran the port.") == nil)
    #expect(
      QuestionWriter.gapEdges("Loans came from the _____ (VHB) in 1907.")
        == "Loans came from the _____ in 1907.")
    #expect(
      QuestionWriter.gapEdges("The pier opened in _____ (after the war).")
        == "The pier opened in _____ (after the war).")
  }
}
