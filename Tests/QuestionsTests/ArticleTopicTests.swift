import Articles
import Facts
import Testing

@testable import Questions

/// An invented river-lock article of my own: a definite subject the article's title and opening
/// name ("The lock") is its topic; one it never introduces ("The test") needs the sentence
/// before it on the card.
struct ArticleTopicTests {
  let article = Article(
    name: "weir-lock.txt", title: "The new Harnby lock opens",
    sentences: [
      Sentence(index: 0, paragraph: 0, text: "The Harnby lock on the river Osk opened in 1904."),
      Sentence(index: 1, paragraph: 0, text: "Its gates were made of oak."),
      Sentence(index: 2, paragraph: 1, text: "A load test of the gates was set for 3 May 1905."),
      Sentence(index: 3, paragraph: 1, text: "The test was run by the engineer Ada Corran."),
      Sentence(index: 4, paragraph: 2, text: "The inquiry was led by the judge Ewan Tully."),
    ])

  var topic: ArticleTopic { ArticleTopic(articles: [article]) }

  @Test func aDefiniteSubjectOffTheTopicDangles() {
    #expect(
      topic.danglingHead("The test was run by Ada Corran.", article: "weir-lock.txt") == "test")
    #expect(
      topic.danglingHead("The two engineers therefore left.", article: "weir-lock.txt")
        == "engineer")
    #expect(
      topic.danglingHead("The inquiry, held in secret, cleared them.", article: "weir-lock.txt")
        == "inquiry")
  }

  @Test func topicNamesRanksAndNamedSubjectsDoNot() {
    // The topic, from the title, the file name and the opening sentences.
    #expect(topic.danglingHead("The lock was closed in 1990.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("The weir failed.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("The river rose.", article: "weir-lock.txt") == nil)
    // A name or a figure in the subject, or after its preposition, says which one.
    #expect(topic.danglingHead("The British engineers left.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("The 12 engineers left.", article: "weir-lock.txt") == nil)
    #expect(
      topic.danglingHead("The inquiry into the Osk flood ended.", article: "weir-lock.txt") == nil)
    // Picked out by rank; a relative time is checked elsewhere; not a definite subject.
    #expect(
      topic.danglingHead("The largest sum came from a bank.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("The first keeper was Tom Ray.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("The next day it rained.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("Ada Corran ran the test.", article: "weir-lock.txt") == nil)
    #expect(topic.danglingHead("A test was run.", article: "weir-lock.txt") == nil)
  }

  @Test func aLeadInMustNameTheDanglingSubject() {
    var writer = QuestionWriter(seed: 1)
    writer.leadIn = LeadIn(articles: [article])
    // "The test …" after the sentence that sets up the test: both go on the card.
    let engineer = fact(
      .person, "Ada Corran", in: article.sentences[3].text, article: "weir-lock.txt", index: 3)
    #expect(
      writer.clozePrompt(engineer)
        == "A load test of the gates was set for 3 May 1905. The test was run by the engineer"
        + " _____.")
    // "The inquiry …" opens its paragraph: nothing to quote, so the sentence stands alone.
    let judge = fact(
      .person, "Ewan Tully", in: article.sentences[4].text, article: "weir-lock.txt", index: 4)
    #expect(writer.clozePrompt(judge) == "The inquiry was led by the judge _____.")
  }

  @Test func aLeadInThatDanglesItselfIsNoLeadIn() {
    let chain = Article(
      name: "c.txt", title: "Harnby lock",
      sentences: [
        Sentence(index: 0, paragraph: 0, text: "The lock opened in 1904."),
        Sentence(index: 1, paragraph: 0, text: "Its gates were made of oak."),
        Sentence(index: 2, paragraph: 1, text: "Ada Corran built a second gate in 1910."),
        Sentence(index: 3, paragraph: 1, text: "The failure shocked the board."),
        Sentence(index: 4, paragraph: 1, text: "It cost the owners £4,000."),
      ])
    let lead = LeadIn(articles: [chain])
    #expect(
      lead.sentence(before: FactSource(article: "c.txt", sentence: 3, span: 0..<3, text: "")) != nil
    )
    #expect(
      lead.sentence(before: FactSource(article: "c.txt", sentence: 4, span: 0..<2, text: "")) == nil
    )
  }
}
