import Testing

@testable import Articles

@Test func wordCountAddsUpSentences() {
  let article = Article(
    name: "a.txt", title: nil,
    sentences: [
      Sentence(index: 0, paragraph: 0, text: "Hanoi is a city."),
      Sentence(index: 1, paragraph: 0, text: "It lies on the Red River."),
    ])
  #expect(article.wordCount == 10)
}
