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
    // The speaker's own words are not the card's.
    #expect(
      !tag.leansOnTopic(
        "In 2020 Ilse Dorn said “the town will grow” in _____.", article: "varne.txt"))
    // "the city of Ravel" says which city.
    #expect(!tag.leansOnTopic("Ilse Dorn left the city of Ravel in _____.", article: "varne.txt"))
  }

  @Test func aCardThatNamesNothingLeansOnTheStory() {
    let council = card(
      "Government will contribute _____ from next year's budget.", answer: "€7 million",
      fact: "€7 million")
    #expect(tag.tagged(council).prompt.hasPrefix(title + " — "))
    let quote = card(
      "Who said “The fund will save the town”?", answer: "Ilse Dorn", fact: "Ilse Dorn",
      kind: .short)
    #expect(tag.tagged(quote).prompt.hasPrefix(title + " — "))
    // A first word the story knows as a name names something.
    let article = oneParagraph(sentences, name: "varne.txt", title: title)
    let lenders = fact(.place, "Orland", in: "Orland pledged €2 million.", article: "varne.txt")
    let named = TopicTag(articles: [article], facts: [lenders])
    #expect(!named.leansOnTopic("True or false: Orland pledged €3 million.", article: "varne.txt"))
    #expect(tag.leansOnTopic("True or false: Orland pledged €3 million.", article: "varne.txt"))
  }

  @Test func anyDefinitePhraseOfCommonWordsLeansOnTheStory() {
    let convoy = card(
      "The first convoy of _____ trucks reached the quay.", answer: "40", fact: "40")
    #expect(tag.leansOnTopic("Dorn was the first to sail _____.", article: "varne.txt"))
    #expect(tag.tagged(convoy).prompt.hasPrefix(title + " — "))
    let four = card(
      "In May 2026, the four were brought to _____.", answer: "Ravel", fact: "Ravel")
    #expect(tag.tagged(four).prompt.hasPrefix(title + " — "))
    // A gap or a name after "the" leaves nothing to point back at.
    let gap = card(
      "The _____, which Ravel forced on Dorn in 1918, took a third of Dorn's ships.",
      answer: "Treaty of Ravel", fact: "Treaty of Ravel")
    #expect(!tag.leansOnTopic(gap.prompt, article: "varne.txt"))
    #expect(!tag.leansOnTopic(QuestionWriter.fillTheGap + gap.prompt, article: "varne.txt"))
  }

  @Test func aPhraseWhoseNounTheTitleLacksIsNotTheTitlesSubject() {
    let money = card(
      "Varne's boatmen still mend nets. Part of the new money, _____, goes to them.",
      answer: "€2 million", fact: "€2 million")
    #expect(tag.tagged(money).prompt.hasPrefix(title + " — "))
    // "the harbour wall" is the title's own, and "Varne" says which.
    let wall = card("Work on the Varne harbour wall begins in _____.", answer: "2027", fact: "2027")
    #expect(tag.tagged(wall) == wall)
  }

  @Test func aBodysWordAloneLeansOnTheStory() {
    let company = card(
      "Trade grew after the Company lost its monopoly in _____.", answer: "1834", fact: "1834")
    #expect(tag.tagged(company).prompt.hasPrefix(title + " — "))
    let named = card("The Company of Varne Pilots met in _____.", answer: "1834", fact: "1834")
    #expect(tag.tagged(named) == named)
  }

  @Test func aTitlesNameInsideAnotherNameDoesNotNameTheSubject() {
    let plan = card(
      "Under the plan, the Varne Port Authority will pay _____.", answer: "€5 million",
      fact: "€5 million")
    #expect(tag.tagged(plan).prompt.hasPrefix(title + " — "))
  }

  @Test func aTitleThatTellsTheAnswerIsLeftOff() {
    let sum = card(
      "The council on Monday approved a _____ fund to rebuild the Varne harbour wall.",
      answer: "€12 million", fact: "€12 million")
    // "The council" leans on the story, but the title would tell the sum.
    #expect(tag.leansOnTopic(sum.prompt, article: "varne.txt"))
    #expect(tag.tagged(sum) == sum)
    let told = card(
      "Under the plan, a _____ fund will rebuild the wall.", answer: "€12 million",
      fact: "€12 million")
    #expect(tag.leansOnTopic(told.prompt, article: "varne.txt"))
    #expect(tag.tagged(told) == told)
    // A name answer spelled in the title.
    let town = card("The plan was drawn up in _____.", answer: "Varne", fact: "Varne")
    #expect(tag.tagged(town) == town)
  }

  @Test func inAProfileAnyHerIsTheSubjects() {
    let lines = [
      "Ilse Dorn was born in Varne in 1950.",
      "In 1990 the Varne council made her its first mayor.",
    ]
    let article = oneParagraph(lines, name: "dorn.txt", title: "Ilse Dorn: the mayor of Varne")
    let people = [fact(.person, "Ilse Dorn", in: lines[0], article: "dorn.txt")]
    let profile = TopicTag(articles: [article], facts: people)
    let made = Question(
      id: "q", kind: .cloze, prompt: "In _____ Kessel made her its first mayor.",
      answer: "1990", fact: TestedFact(id: "f", kind: .year, text: "1990", value: "1990"),
      source: QuestionSource(article: "dorn.txt", sentence: 1, text: lines[1]))
    #expect(profile.tagged(made).prompt.hasPrefix("Ilse Dorn: the mayor of Varne — "))
    #expect(profile.leansOnTopic(made.prompt, article: "dorn.txt"))
    // Outside a profile, a name before "her" may be whose she is.
    let plain = TopicTag(articles: [article])
    #expect(!plain.leansOnTopic(made.prompt, article: "dorn.txt"))
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
