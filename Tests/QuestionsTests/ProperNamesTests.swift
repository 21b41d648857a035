import Articles
import Facts
import Foundation
import Testing

@testable import Questions

/// A question that moves a sentence's first word keeps the capital of a name only.
struct ProperNamesTests {
  @Test func namesAreWordsCapitalisedInsideSentencesAndNeverInLowerCase() throws {
    let text = """
      Harbour trade

      Work began in 1961 at the port of Orland. Orland port reopened in 1964. Trade grew, and the \
      Ministry of Trade praised the trade of Orland.
      """
    let article = try ArticleReader().read(Data(text.utf8), name: "p.txt")
    let names = ProperNames(articles: [article])
    #expect(names.contains("Orland"))
    #expect(!names.contains("Work"))
    // Capitalised in a name, but also a common word of the article.
    #expect(!names.contains("Trade"))
    // A fact's name counts even where the article only opens sentences with it.
    let ship = fact(.place, "Velda", in: "Velda sailed in 1348.")
    #expect(ProperNames(articles: [article], facts: [ship]).contains("Velda"))
    // "work" is never written in lower case here: no evidence it is a common word.
    #expect(names.isCommonWord("Trade"))
    #expect(!names.isCommonWord("Work"))
    // "working" is: the word takes a verb's ending, which names do not.
    let working = try ArticleReader().read(
      Data((text + " The dockers were working by 1962.").utf8), name: "p.txt")
    #expect(ProperNames(articles: [working]).isCommonWord("Work"))
    #expect(!ProperNames(articles: [working]).isCommonWord("Orland"))
  }

  @Test func anAdverbIsNoSubjectOfAQuestion() throws {
    let text = "Treaty\n\nFirst signed on 6 May 1840 at Orland, it was later signed elsewhere."
    let article = try ArticleReader().read(Data(text.utf8), name: "t.txt")
    let facts = FactExtractor().facts(in: article)
    let written = QuestionWriter(seed: 1).write(facts: facts, articles: [article]).questions
    #expect(
      !written.contains { $0.prompt.contains("did First") || $0.prompt.contains("did first") })
  }
}
