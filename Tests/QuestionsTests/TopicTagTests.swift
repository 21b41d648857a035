import Articles
import Facts
import Testing

@testable import Questions

/// An invented news story of my own about a harbour fund: its cards say "the fund", "the
/// town" and "the plan", which only the headline explains.
struct TopicTagTests {
  let sentences = [
    "The council on Monday approved a €12 million fund to rebuild the Varne harbour wall.",
    "Under the five-year plan, €7 million will go to the wall and €5 million to the quay.",
    "The town's mayor, Ilse Dorn, said the money would come from the port tax.",
    "Work on the Varne harbour wall will begin in 2027.",
  ]
  let title = "Varne gets €12 million fund to rebuild its harbour wall"

  var tag: TopicTag {
    let article = oneParagraph(sentences, name: "varne.txt", title: title)
    return TopicTag(articles: [article])
  }

  func card(_ prompt: String, answer: String, fact: String, kind: QuestionKind = .cloze)
    -> Question
  {
    Question(
      id: "q", kind: kind, prompt: prompt, answer: answer,
      fact: TestedFact(id: "f", kind: .money, text: fact, value: fact),
      source: QuestionSource(article: "varne.txt", sentence: 1, text: sentences[1]))
  }

  @Test func aCardLeaningOnTheStorysSubjectCarriesTheTitle() {
    let plan = card(
      "Under the five-year plan, _____ will go to the wall and €5 million to the quay.",
      answer: "€7 million", fact: "€7 million")
    #expect(
      tag.tagged(plan).prompt
        == "Varne gets €12 million fund to rebuild its harbour wall — Under the five-year plan,"
        + " _____ will go to the wall and €5 million to the quay.")
    let town = card(
      "The town's mayor, _____, said the money would come from the port tax.",
      answer: "Ilse Dorn", fact: "Ilse Dorn")
    #expect(tag.tagged(town).prompt.hasPrefix(title + " — "))
    let her = card("In 2019 the council made her _____.", answer: "mayor", fact: "mayor")
    #expect(tag.tagged(her).prompt.hasPrefix(title + " — "))
    // A card that does not name the story's subject carries its title too.
    let named = card("In 2019 Ilse Dorn made her debut in _____.", answer: "Ravel", fact: "Ravel")
    #expect(tag.tagged(named).prompt.hasPrefix(title + " — "))
  }

  @Test func aCardThatNamesItsSubjectIsLeftAsItIs() {
    // "Varne harbour wall" names the wall the title names.
    let named = card(
      "Work on the Varne harbour wall will begin in _____.", answer: "2027", fact: "2027")
    #expect(tag.tagged(named) == named)
    let elected = card("Varne elected Ilse Dorn in _____.", answer: "2019", fact: "2019")
    #expect(tag.tagged(elected) == elected)
  }

  @Test func aCardThatNamesNothingOfTheStoryCarriesTheTitle() {
    let council = card(
      "Government will contribute _____ from next year's budget.", answer: "€7 million",
      fact: "€7 million")
    #expect(tag.tagged(council).prompt.hasPrefix(title + " — "))
    let quote = card(
      "Who said “The fund will save the town”?", answer: "Ilse Dorn", fact: "Ilse Dorn",
      kind: .short)
    #expect(tag.tagged(quote).prompt.hasPrefix(title + " — "))
    let other = card("Orland pledged _____.", answer: "€2 million", fact: "€2 million")
    #expect(tag.tagged(other).prompt.hasPrefix(title + " — "))
  }

  @Test func aDefinitePhraseOfCommonWordsLeansOnTheStory() {
    let wall = TopicTag.Title("The harbour at Varne")
    #expect(tag.leansOnPhraseTheTitleLacks("Dorn was the first to sail _____.", title: wall))
    #expect(
      tag.leansOnPhraseTheTitleLacks("In May 2026, the four were brought to _____.", title: wall))
    // The title's own noun, a name after "of", the speaker's words, a gap or a name after
    // "the" leave nothing it lacks.
    #expect(!tag.leansOnPhraseTheTitleLacks("Varne rebuilt the harbour in _____.", title: wall))
    #expect(!tag.leansOnPhraseTheTitleLacks("Dorn left the city of Ravel in _____.", title: wall))
    #expect(
      !tag.leansOnPhraseTheTitleLacks(
        "In 2020 Dorn said “the town will grow” in _____.", title: wall))
    let gap = "The _____, which Ravel forced on Dorn in 1918, took a third of Dorn's ships."
    #expect(!tag.leansOnPhraseTheTitleLacks(gap, title: wall))
    #expect(!tag.leansOnPhraseTheTitleLacks(QuestionWriter.fillTheGap + gap, title: wall))
  }

  @Test func aPhraseWhoseNounTheTitleLacksIsNotTheTitlesSubject() {
    let money = card(
      "Varne's boatmen still mend nets. Part of the new money, _____, goes to them.",
      answer: "€2 million", fact: "€2 million")
    #expect(tag.tagged(money).prompt.hasPrefix(title + " — "))
  }

  @Test func aBodysWordAloneLeansOnTheStory() {
    // The card names Varne, but "the Company" is no part of the title.
    let company = card(
      "Varne's trade grew after the Company lost its monopoly in _____.", answer: "1834",
      fact: "1834")
    #expect(tag.tagged(company).prompt.hasPrefix(title + " — "))
    let named = card("The Company of Varne Pilots met in _____.", answer: "1834", fact: "1834")
    #expect(tag.tagged(named) == named)
  }

  @Test func aTitlesNameInsideAnotherNameDoesNotNameTheSubject() {
    let authority = card(
      "Varne Port Authority will pay _____.", answer: "€5 million", fact: "€5 million")
    #expect(tag.tagged(authority).prompt.hasPrefix(title + " — "))
    let town = card("Varne will pay _____.", answer: "€5 million", fact: "€5 million")
    #expect(tag.tagged(town) == town)
  }

  @Test func aTitleThatTellsTheAnswerIsLeftOff() {
    let sum = card(
      "The council on Monday approved a _____ fund to rebuild the Varne harbour wall.",
      answer: "€12 million", fact: "€12 million")
    // The card names Varne, and the title would tell the sum anyway.
    #expect(tag.tagged(sum) == sum)
    let told = card(
      "Under the plan, a _____ fund will rebuild the wall.", answer: "€12 million",
      fact: "€12 million")
    // It names nothing of the story, but the title would tell the sum.
    #expect(tag.tagged(told) == told)
    // A name answer spelled in the title.
    let town = card("The plan was drawn up in _____.", answer: "Varne", fact: "Varne")
    #expect(tag.tagged(town) == town)
  }

  @Test func inAProfileACardWithoutItsSubjectsNameCarriesTheTitle() {
    let lines = [
      "Ilse Dorn was born in Varne in 1950.",
      "In 1990 the Varne council made her its first mayor.",
    ]
    let article = oneParagraph(lines, name: "dorn.txt", title: "Ilse Dorn: the mayor of Varne")
    let profile = TopicTag(articles: [article])
    let made = Question(
      id: "q", kind: .cloze, prompt: "In _____ Kessel made her its first mayor.",
      answer: "1990", fact: TestedFact(id: "f", kind: .year, text: "1990", value: "1990"),
      source: QuestionSource(article: "dorn.txt", sentence: 1, text: lines[1]))
    #expect(profile.tagged(made).prompt.hasPrefix("Ilse Dorn: the mayor of Varne — "))
    var named = made
    named.prompt = "In _____ Dorn became the first mayor of Kessel."
    #expect(profile.tagged(named) == named)
  }

  @Test func timelinesAndUntitledArticlesAreNeverTagged() {
    let order = card("Put in order: the plan, the vote", answer: "a → b", fact: "x", kind: .order)
    #expect(tag.tagged(order) == order)
    let article = oneParagraph(sentences, name: "varne.txt")
    let untitled = TopicTag(articles: [article])
    let plan = card("Under the plan, _____ went to the quay.", answer: "€5 million", fact: "x")
    #expect(untitled.tagged(plan) == plan)
  }

  @Test func figuresAreReadWithoutTheirSeparators() {
    #expect(TopicTag.figures("฿4.5bn and 1,000 baht") == ["45", "1000"])
    #expect(TopicTag.figures("no figure") == [])
  }
}
