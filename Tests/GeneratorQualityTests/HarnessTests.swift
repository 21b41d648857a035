import Foundation
import Questions
import Testing

/// The harness judges the generator, so its own judgement is tested first.
@Suite struct HarnessTests {
  @Test(arguments: [
    ("1979-01-07", "January 7, 1979"), ("1979-01-07", "7 January 1979"),
    ("1979-01-07", "Jan. 7, 1979"), ("2019-01-09", "09/01/2019"), ("1978-12", "December 1978"),
    ("1982-06", "June, 1982"), ("1999", "in 1999"), ("1979/1989", "From 1979 to 1989"),
    ("1979/1989", "1979–89"), ("1948/1952", "between 1948 and 1952"),
    ("1986-12-15/1986-12-18", "from 15 to 18 December 1986"),
    ("1972-12-18/1972-12-29", "From December 18 to December 29, 1972"),
    ("1601/1700", "In the 17th century"), ("1801/1900", "the nineteenth century"),
  ])
  func datesCompareByValue(iso: String, written: String) {
    #expect(DateValue.parse(written) == DateValue.parse(iso))
    #expect(DateValue.parse(written) != nil)
  }

  @Test func datesOfOtherPrecisionDiffer() {
    #expect(DateValue.parse("December 1978") != DateValue.parse("1978"))
    #expect(DateValue.parse("7 January 1979") != DateValue.parse("8 January 1979"))
    #expect(DateValue.parse("23 articles") == nil)
    #expect(DateValue.parse("in July 751") == DateValue.parse("0751-07"))
    #expect(DateValue.parse("in 105") == DateValue.parse("0105"))
    #expect(DateValue.parse("$3,200") == nil && DateValue.parse("about 300 miles") == nil)
    #expect(DateValue.parse("1.4 million tonnes") == nil)
    #expect(DateValue.parse("the 17th century") != DateValue.parse("the 18th century"))
    #expect(DateValue.parse("a century of trade") == nil)
  }

  @Test(arguments: [
    ("2700000", "2.7 million people"), ("70000", "about 70,000"), ("18600", "18\u{00A0}600 houses"),
    ("18600", "18 600"), ("16", "sixteen"), ("28", "twenty-eight years"), ("150", "150th"),
    ("58", "58%"), ("11.5", "11.5 percent"),
  ])
  func numbersCompareAsNumbers(value: String, written: String) throws {
    let wanted = try #require(Quantity.first(in: value))
    let given = try #require(Quantity.first(in: written))
    #expect(wanted.sameAmount(as: given))
  }

  @Test(arguments: [
    ("13800000000 USD", "US$13.8 billion"), ("100000 USD", "100,000 USD"),
    ("7800000 USD", "7.8 million USD"), ("6500000000 USD", "$6.5 bn"),
    ("2400000 EUR", "€2.4\u{00A0}million"), ("45000000000 VND", "VND 45 billion"),
    ("3000000 AUD", "A$3 million"), ("550000000 INR", "Rs 55 crore"),
    ("6100000000 USD", "$6.1 bln"), ("7400000000 ZAR", "R7.4-billion"),
    ("950000000 ZAR", "R950 million"), ("135000000 MYR", "RM135mil"),
    ("10000 MYR", "up to RM10,000"),
  ])
  func moneyComparesAmountAndCurrency(value: String, written: String) {
    let key = KeyFact(kind: "money", text: written, value: value, accept: [])
    #expect(KeyFactMatcher.matches(key, written))
    #expect(KeyFactMatcher.matches(key, value))
    #expect(!KeyFactMatcher.matches(key, "€1 million"))
  }

  @Test(arguments: [
    ("Shs87 billion", 87e9, "UGX"), ("Shs35b", 35e9, "UGX"), ("USh 5,000", 5000, "UGX"),
    ("UGX 52 billion", 52e9, "UGX"), ("Bs 620 million", 620e6, "BOB"), ("Bs620M", 620e6, "BOB"),
    ("Bs. 1.200 millones", 1.2e9, "BOB"), ("Bs 2,40", 2.4, "BOB"), ("Bs 2,400", 2400, "BOB"),
    ("BOB 410 million", 410e6, "BOB"), ("210 million bolivianos", 210e6, "BOB"),
    ("FJ$46.5m", 46.5e6, "FJD"), ("F$18.5 million", 18.5e6, "FJD"),
    ("FJD 28 million", 28e6, "FJD"), ("₲ 41.000 millones", 41e9, nil),
  ])
  func shillingsBolivianosAndFijianDollarsAreRead(written: String, amount: Double, code: String?)
    throws
  {
    let quantity = try #require(Quantity.first(in: written))
    #expect(quantity.sameAmount(as: Quantity(amount: amount)), "\(quantity.amount)")
    #expect(quantity.currency == code)
  }

  @Test func centavosAndCentsAreCountedInTheirUnit() throws {
    let centavos = try #require(Quantity.first(in: "80 centavos"))
    #expect(centavos.sameAmount(as: Quantity(amount: 0.8)))
    let cents = try #require(Quantity.first(in: "70 cents"))
    #expect(cents.sameAmount(as: Quantity(amount: 0.7)))
  }

  @Test func moneyInAnotherCurrencyIsAnotherAnswer() {
    let key = KeyFact(kind: "money", text: "€2.4 million", value: "2400000 EUR", accept: [])
    #expect(!KeyFactMatcher.matches(key, "US$2.4 million"))
    #expect(KeyFactMatcher.matches(key, "2.4 million"))
  }

  @Test func namesFoldCaseDiacriticsAndTitles() {
    let nixon = KeyFact(
      kind: "person", text: "President Richard Nixon", value: "Richard Nixon", accept: ["Nixon"])
    #expect(KeyFactMatcher.matches(nixon, "richard nixon"))
    #expect(KeyFactMatcher.matches(nixon, "Nixon"))
    #expect(KeyFactMatcher.matches(nixon, "President Richard Nixon."))
    #expect(!KeyFactMatcher.matches(nixon, "Richard Nixon's government and the Congress of 1974"))
    let linh = KeyFact(
      kind: "person", text: "Nguyen Van Linh", value: "Nguyen Van Linh", accept: [])
    #expect(KeyFactMatcher.matches(linh, "Nguyễn Văn Linh"))
    let force = KeyFact(
      kind: "organization", text: "United Nations Interim Security Force for Abyei",
      value: "United Nations Interim Security Force for Abyei", accept: ["UNISFA"])
    #expect(!KeyFactMatcher.matches(force, "United Nations"))
    #expect(KeyFactMatcher.matches(force, "UNISFA"))
    let kennedy = KeyFact(
      kind: "person", text: "John F. Kennedy", value: "John F. Kennedy", accept: ["Kennedy"])
    #expect(!KeyFactMatcher.matches(kennedy, "John F"))
    #expect(KeyFactMatcher.matches(kennedy, "President John F. Kennedy"))
    let province = KeyFact(
      kind: "place", text: "Quang Ngai province", value: "Quang Ngai", accept: [])
    #expect(KeyFactMatcher.matches(province, "Quang Ngai Province"))
  }

  @Test func numbersDoNotMatchDays() {
    let key = KeyFact(kind: "number", text: "23 articles", value: "23", accept: [])
    #expect(!KeyFactMatcher.matches(key, "23 January 1973"))
    #expect(KeyFactMatcher.matches(key, "23"))
  }

  @Test func trueFalseCardsCoverOnlyThroughTheirFact() {
    let key = KeyFact(kind: "year", text: "1953", value: "1953", accept: [])
    let card = question(
      .truefalse, prompt: "Marshall won the Nobel Peace Prize in 1953.", answer: "True")
    #expect(KeyFactMatcher.covers(card, key))
    #expect(!KeyFactMatcher.covers(card, key, reading: .answerOnly))
  }

  @Test func auditPassesAWellMadeChoice() {
    let card = question(
      .choice, prompt: "In what year did Marshall receive the Nobel Peace Prize?", answer: "1953",
      choices: ["1949", "1953", "1957", "1961"])
    #expect(QuestionAudit.problems(in: card).isEmpty)
  }

  @Test func auditCatchesAGiveawayAndMixedOptions() {
    let card = question(
      .choice, prompt: "Who proposed the Marshall Plan, George C. Marshall?",
      answer: "George C. Marshall", choices: ["George C. Marshall", "1953", "Harvard", "Harvard"])
    let problems = QuestionAudit.problems(in: card)
    #expect(problems.contains("answer in prompt"))
    #expect(problems.contains("choices not distinct"))
    #expect(problems.contains { $0.hasPrefix("choices of another type") })
  }

  @Test func auditCatchesClozeGapsAndPronouns() {
    let none = question(.cloze, prompt: "It was signed in Paris.", answer: "Paris")
    #expect(!QuestionAudit.isCutOffName("Charles V"))
    #expect(QuestionAudit.isCutOffName("John F"))
    #expect(QuestionAudit.problems(in: none).contains("cloze has 0 gaps"))
    #expect(QuestionAudit.problems(in: none).contains("starts with pronoun “it”"))
    let two = question(.cloze, prompt: "_____ met _____ in Paris.", answer: "Kissinger")
    #expect(QuestionAudit.problems(in: two).contains("cloze has 2 gaps"))
    let good = question(
      .cloze, prompt: "The accords were signed in _____ in 1973.", answer: "Paris")
    #expect(QuestionAudit.problems(in: good).isEmpty)
  }

  @Test func aNameThatStartsWithANumberWordIsAName() {
    #expect(AnswerShape("Fourteen Points") == .name)
    #expect(AnswerShape("Two Plus Four Treaty") == .name)
    #expect(AnswerShape("fourteen points") == .number)
    #expect(AnswerShape("14 Points") == .number)
  }

  @Test func auditChecksTrueFalseAndOrder() {
    let yes = question(.truefalse, prompt: "Saigon fell in 1975.", answer: "Yes")
    #expect(QuestionAudit.problems(in: yes) == ["true/false answer “Yes”"])
    let order = question(
      .order, prompt: "Put in order.",
      answer: ["1968", "1973", "1975"].joined(separator: orderSeparator),
      choices: ["1975", "1968", "1974"])
    #expect(QuestionAudit.problems(in: order) == ["order answer is not the choices rearranged"])
  }

  @Test func developmentKeysAreWrittenInTheirArticles() throws {
    let articles = try DevelopmentSet.load()
    #expect(articles.count >= 8)
    for article in articles {
      let text = String(decoding: article.data, as: UTF8.self)
      let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect((10...30).contains(article.keys.count), "\(article.name)")
      for key in article.keys {
        let written = key.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains(written), "\(article.name): \(key) not in the text")
        #expect(KeyFactMatcher.matches(key, key.value), "\(article.name): \(key) ≠ its value")
      }
    }
  }

  private func question(
    _ kind: QuestionKind, prompt: String, answer: String, choices: [String] = []
  ) -> Question {
    Question(
      id: "q", kind: kind, prompt: prompt, answer: answer, choices: choices,
      fact: TestedFact(id: "f", kind: .year, text: "1953", value: "1953"),
      source: QuestionSource(article: "a.txt", sentence: 0, text: prompt))
  }
}
