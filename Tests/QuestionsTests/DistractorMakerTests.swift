import Articles
import Facts
import Testing

@testable import Questions

/// The faults the evaluator found in distractors and true/false values, one test each.
struct DistractorMakerTests {
  let maker = DistractorMaker()

  func options(_ f: Fact, pool: [Fact] = [], prompt: String = "Question?", seed: UInt64 = 1)
    -> [String]?
  {
    var generator = SeededGenerator(seed: seed)
    return maker.distractors(
      for: f, answer: AnswerFormat.answer(for: f), pool: pool, prompt: prompt, generator: &generator
    )
  }

  @Test func articleFiguresKeepTheirOwnPrecision() {
    let sentence = "Trade reached US$13.8 billion in 2025."
    let trade = fact(
      .money, "US$13.8 billion", in: sentence, value: "13800000000 USD", unit: "USD")
    let target = fact(
      .money, "$28 billion", in: "They hope to reach $28 billion by 2030.",
      value: "28000000000 USD", unit: "USD", index: 2)
    for seed in UInt64(0)..<10 {
      let result = options(trade, pool: [target], seed: seed) ?? []
      #expect(result.count == 3)
      for option in result {
        #expect(!option.contains(".0 "), "\(option)")
        #expect(option.hasPrefix("US$") && option.hasSuffix(" billion"), "\(option)")
      }
      #expect(result.contains("US$28 billion"))
    }
  }

  @Test func falseValueIsClearlyFalseAndKeepsDownFrom() {
    let sentence =
      "Members approved a budget of US$5.38 billion for the year, down from about US$6.1 billion two years earlier."
    let budget = fact(
      .money, "US$5.38 billion", in: sentence, value: "5380000000 USD", unit: "USD", index: 4)
    let earlier = fact(
      .money, "US$6.1 billion", in: sentence, value: "6100000000 USD", unit: "USD", index: 4)
    let prompt = sentence.replacingOccurrences(of: "US$6.1 billion", with: "_____")
    for seed in UInt64(0)..<20 {
      let result = options(earlier, pool: [budget], prompt: prompt, seed: seed) ?? []
      #expect(result.count == 3)
      guard let swapped = result.first, let value = NumberReading.value(of: swapped) else {
        continue
      }
      // Clearly away from the truth and from the article's other figure…
      #expect(abs(value - 6.1e9) / 6.1e9 >= 0.2, "\(swapped)")
      #expect(abs(value - 5.38e9) / 5.38e9 >= 0.1, "\(swapped)")
      // …and still a fall to 5.38.
      for option in result {
        #expect((NumberReading.value(of: option) ?? 0) > 5.38e9, "\(option)")
      }
    }
  }

  @Test func aRangeKeepsItsBoundsInOrder() {
    let sentence = "The deal would raise GDP by between 0.3% and 0.5% by 2035."
    let low = fact(.number, "0.3%", in: sentence, value: "0.3", unit: "%", index: 3)
    let high = fact(.number, "0.5%", in: sentence, value: "0.5", unit: "%", index: 3)
    for seed in UInt64(0)..<20 {
      for option in options(low, pool: [high], seed: seed) ?? [] {
        #expect((NumberReading.value(of: option) ?? 1) < 0.5, "\(option)")
      }
      for option in options(high, pool: [low], seed: seed) ?? [] {
        #expect((NumberReading.value(of: option) ?? 0) > 0.3, "\(option)")
      }
    }
    let days = "Voters went to the polls from 23 to 28 May 1993."
    let first = fact(.number, "23", in: days, value: "23", unit: "days", index: 5)
    let last = fact(.number, "28", in: days, value: "28", unit: "days", index: 5)
    #expect(SentenceFigures.ties(of: first, among: [last]) == [last])
  }

  @Test func aCountInWordsKeepsItsSize() {
    let sentence = "The aid went to sixteen European countries."
    let count = fact(.number, "sixteen", in: sentence, value: "16", unit: "countries")
    for seed in UInt64(0)..<20 {
      let result = options(count, seed: seed) ?? []
      #expect(result.count == 3)
      for option in result {
        let value = NumberReading.value(of: option) ?? 0
        #expect(value >= 8 && value <= 32, "\(option)")
        #expect(NumberWords.words(for: value) != nil)
      }
      if let first = result.first {
        let swapped = AnswerFormat.restyle(first, like: count)
        #expect(NumberWords.value(of: swapped) != nil, "\(swapped)")
      }
    }
  }

  @Test func noGenericOrganisationsOutOfPeriodOrKind() {
    let sentence = "Since the 1630s the Tokugawa shogunate had kept foreign trade to a trickle."
    let shogunate = fact(.organization, "Tokugawa shogunate", in: sentence)
    let navy = fact(
      .organization, "United States Navy", in: "The United States Navy arrived in 1853.",
      index: 2)
    let year = fact(.year, "1853", in: "The United States Navy arrived in 1853.", index: 2)
    #expect(options(shogunate, pool: [navy, year]) == nil)
    var generator = SeededGenerator(seed: 3)
    let few = maker.candidates(
      for: shogunate, answer: "Tokugawa shogunate", pool: [navy, year], prompt: "What?",
      generator: &generator)
    // A navy is no shogunate: its name says it is another sort of body.
    #expect(few.isEmpty)
    // A bank beside a bank, and only banks that existed then.
    let bank = fact(
      .organization, "Asian Development Bank", in: "In 2026 the Asian Development Bank lent money.",
      index: 1)
    let then = fact(
      .year, "2026", in: "In 2026 the Asian Development Bank lent money.", value: "2026", index: 1)
    let result = options(bank, pool: [then]) ?? []
    #expect(result.count == 3)
    #expect(result.allSatisfy { DistractorMaker.sort(of: $0) == "bank" }, "\(result)")
    let old = fact(
      .organization, "Bank of Tokyo", in: "In 1890 the Bank of Tokyo lent money.", index: 1)
    let early = fact(.year, "1890", in: "In 1890 the Bank of Tokyo lent money.", index: 1)
    #expect(options(old, pool: [early]) == nil)
  }

  @Test func madeDaysMoveDayMonthAndYear() {
    let sentence = "The city fell on 7 January 1979."
    let day = fact(
      .date, "7 January 1979", in: sentence, value: "1979-01-07", granularity: .day)
    let later = fact(
      .date, "23 October 1991", in: "Peace was signed on 23 October 1991.",
      value: "1991-10-23", granularity: .day, index: 3)
    var sameDayAndMonth = 0
    var sameDay = 0
    var total = 0
    for seed in UInt64(0)..<10 {
      for option in options(day, pool: [later], seed: seed) ?? [] {
        guard let reading = DateReading.read(option) else {
          Issue.record("\(option) is no date")
          continue
        }
        total += 1
        if reading.month == 1 && reading.day == 7 { sameDayAndMonth += 1 }
        if reading.day == 7 { sameDay += 1 }
        #expect(reading.year <= 1992, "\(option)")
      }
    }
    #expect(total == 30)
    #expect(sameDayAndMonth <= total / 3, "\(sameDayAndMonth) of \(total) keep 7 January")
    #expect(sameDay <= total / 2, "\(sameDay) of \(total) keep the 7th")
  }

  @Test func madeYearsStayInTheStorysSpan() {
    let sentence = "In 1872 the first railway opened."
    let year = fact(.year, "1872", in: sentence, value: "1872")
    // The story runs from 1854 to 1912; a deck year and made ones from inside that span.
    let pool = ["1854", "1912"].enumerated().map {
      fact(.year, $1, in: "x \($1)", value: $1, index: $0 + 2)
    }
    let onlyMade = options(year, pool: pool, seed: 4) ?? []
    #expect(onlyMade.count == 3)
    #expect(Set(onlyMade).count == onlyMade.count)
    for option in onlyMade {
      let value = Int(option) ?? 0
      #expect(value >= 1854 && value <= 1913, "\(option)")
    }
  }

  @Test func moneyKeepsCurrencyScaleAndSize() {
    let grant = fact(
      .money, "7.8 million USD", in: "The bank approved a grant of 7.8 million USD.",
      value: "7800000 USD", unit: "USD")
    let loss = fact(
      .money, "$650 million", in: "The loss was roughly $650 million.", value: "650000000 USD",
      unit: "USD", index: 2)
    for seed in UInt64(0)..<10 {
      let result = options(grant, pool: [loss], seed: seed) ?? []
      #expect(result.count == 3)
      for option in result {
        #expect(option.hasSuffix(" million USD"), "\(option)")
        let value = NumberReading.value(of: option) ?? 0
        #expect(value >= 1e6 && value <= 78e6, "\(option)")
      }
    }
  }

  @Test func aFigureTheQuestionShowsIsNoOption() {
    let sentence = "The budget was US$5.38 billion, down from US$6.1 billion."
    let budget = fact(
      .money, "US$5.38 billion", in: sentence, value: "5380000000 USD", unit: "USD")
    let earlier = fact(
      .money, "US$6.1 billion", in: "Two years ago it was US$6.1 billion.",
      value: "6100000000 USD", unit: "USD", index: 7)
    let prompt = "The budget was _____, down from US$6.1 billion."
    for seed in UInt64(0)..<10 {
      for option in options(budget, pool: [earlier], prompt: prompt, seed: seed) ?? [] {
        #expect(NumberReading.value(of: option) != 6.1e9, "\(option)")
      }
    }
  }
}

struct SentenceFiguresTests {
  @Test func aChangeKeepsTheWayTheFigureMoved() {
    let fall = "The share living in poverty fell from about 58 percent in 1993 to under a third."
    let start = fact(.number, "58 percent", in: fall, value: "58", unit: "%")
    #expect(SentenceFigures.direction(of: start) == 1)
    let rise = "Exports rose to 12 percent of output."
    #expect(SentenceFigures.direction(of: fact(.number, "12 percent", in: rise, value: "12")) == 1)
    let cut = "Inflation was brought down to below 20 percent by 1992."
    #expect(SentenceFigures.direction(of: fact(.number, "20 percent", in: cut, value: "20")) == -1)
    let plain = "The unit of 272 officers left."
    #expect(SentenceFigures.direction(of: fact(.number, "272", in: plain, value: "272")) == 0)
    let maker = DistractorMaker()
    for seed in UInt64(0)..<10 {
      var generator = SeededGenerator(seed: seed)
      let options = maker.distractors(
        for: start, answer: "58%", pool: [], prompt: "?", generator: &generator)
      let first = options?.first.flatMap { NumberReading.value(of: $0) } ?? 0
      #expect(first > 58, "\(options ?? [])")
    }
  }
}

struct FalseValueTests {
  @Test func onlyAClearlyFalseFigureIsOffered() {
    let sentence = "Members approved US$5.38 billion, down from about US$6.1 billion."
    let budget = fact(
      .money, "US$5.38 billion", in: sentence, value: "5380000000 USD", unit: "USD")
    let earlier = fact(
      .money, "US$6.1 billion", in: sentence, value: "6100000000 USD", unit: "USD")
    let maker = DistractorMaker()
    #expect(
      maker.falseValue(for: earlier, options: ["US$5.4 billion", "US$6.5 billion"], pool: [budget])
        == nil)
    #expect(
      maker.falseValue(
        for: earlier, options: ["US$5.4 billion", "US$9.2 billion"], pool: [budget])
        == "US$9.2 billion")
  }

  @Test func optionsAreNotARoundingApart() {
    let cut = fact(
      .number, "20 percent", in: "Inflation was brought down to below 20 percent by 1992.",
      value: "20", unit: "%")
    let other = fact(
      .number, "58 percent", in: "Poverty fell from about 58 percent.", value: "58", unit: "%",
      index: 3)
    for seed in UInt64(0)..<20 {
      var generator = SeededGenerator(seed: seed)
      let options =
        DistractorMaker().distractors(
          for: cut, answer: "20%", pool: [other], prompt: "?", generator: &generator) ?? []
      let values = options.compactMap { NumberReading.value(of: $0) }
      for (index, a) in values.enumerated() {
        for b in values[(index + 1)...] {
          #expect(abs(a - b) / max(a, b) >= 0.05, "\(options)")
        }
      }
    }
  }
}

struct SameSlotTests {
  @Test func aFigureToldAgainElsewhereIsNoWrongOption() {
    let first = fact(
      .money, "US$5.38 billion",
      in: "Member states approved a peacekeeping budget of US$5.38 billion.",
      value: "5380000000 USD", unit: "USD", index: 1)
    let again = fact(
      .money, "US$4.2 billion",
      in: "The peacekeeping budget approved by member states: US$4.2 billion.",
      value: "4200000000 USD", unit: "USD", index: 9)
    let other = fact(
      .money, "US$3.1 billion", in: "Donors gave US$3.1 billion for refugees.",
      value: "3100000000 USD", unit: "USD", index: 5)
    #expect(DistractorMaker.restates(again, first))
    #expect(!DistractorMaker.restates(other, first))
    for seed in UInt64(0)..<10 {
      var generator = SeededGenerator(seed: seed)
      let options =
        DistractorMaker().distractors(
          for: first, answer: "US$5.38 billion", pool: [again, other], prompt: "?",
          generator: &generator) ?? []
      #expect(!options.contains("US$4.2 billion"), "\(options)")
    }
  }
}

struct OrganisationFamilyTests {
  @Test func bodiesBesideBodiesBeforeUniversities() {
    let sentence = "Sixteen states formed the Committee of Economic Planning."
    let committee = fact(.organization, "Committee of Economic Planning", in: sentence)
    let pool = [
      "Harvard University", "Economic Cooperation Administration", "Council of Europe",
      "Organisation for Trade", "Sorbonne College",
    ].enumerated().map { fact(.organization, $1, in: "\($1) met.", index: $0 + 1) }
    for seed in UInt64(0)..<10 {
      var generator = SeededGenerator(seed: seed)
      let options =
        DistractorMaker().distractors(
          for: committee, answer: committee.value, pool: pool, prompt: "?", generator: &generator)
        ?? []
      #expect(
        Set(options) == [
          "Economic Cooperation Administration", "Council of Europe", "Organisation for Trade",
        ])
    }
  }
}

@Suite struct HonorificDistractorTests {
  @Test func aTitledNameTakesOnlyOptionsOfTheSameTitle() {
    let sentences = [
      "In 1939 the Viceroy, Lord Linlithgow, declared war.",
      "In 1943 Lord Wavell replaced him.", "In 1947 Lord Mountbatten arrived.",
      "In 1946 Lord Pethick-Lawrence led the mission.", "In 1947 Maharaja Hari Singh hesitated.",
      "In 1947 the lawyer Vapal Menon drafted the papers.",
    ]
    let article = oneParagraph(sentences, name: "h.txt")
    let names = [
      "Linlithgow", "Wavell", "Mountbatten", "Pethick-Lawrence", "Hari Singh", "Vapal Menon",
    ]
    let people = names.enumerated().map {
      fact(.person, $0.element, in: sentences[$0.offset], article: "h.txt", index: $0.offset)
    }
    #expect(DistractorMaker.honorific(people[0]) == "lord")
    let burns = fact(
      .person, "Ola Burns", in: "The force was led by the Velmar general Ola Burns.")
    #expect(DistractorMaker.honorific(burns) == "general")
    #expect(DistractorMaker.honorific(people[5]) == "lawyer")
    #expect(DistractorMaker.honorific(people[4]) == "maharaja")
    let set = QuestionWriter(seed: 3, maxFacts: 20).write(facts: people, articles: [article])
    #expect(set.questions.contains { $0.kind == .choice && $0.answer == "Linlithgow" })
    for question in set.questions where question.kind == .choice && question.answer == "Linlithgow"
    {
      #expect(Set(question.choices) == ["Linlithgow", "Wavell", "Mountbatten", "Pethick-Lawrence"])
    }
  }
}

/// A date option that differs in a part the card already shows gives the answer away.
struct DatePinTests {
  let maker = DistractorMaker()

  func options(_ answer: Fact, pool: [Fact], prompt: String, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    return maker.distractors(
      for: answer, answer: AnswerFormat.answer(for: answer), pool: pool, prompt: prompt,
      generator: &generator) ?? []
  }

  var pool: [Fact] {
    [
      day("July 4, 1803", "1803-07-04", in: "The news was printed on July 4, 1803.", index: 3),
      day("April 11, 1803", "1803-04-11", in: "Talks began on April 11, 1803.", index: 4),
      day("April 18, 1802", "1802-04-18", in: "A letter left on April 18, 1802.", index: 5),
    ]
  }

  /// Three options for every seed, each passing `check`.
  func expectEveryOption(of answer: Fact, prompt: String, _ check: (String) -> Bool) {
    for seed in UInt64(0)..<8 {
      let result = options(answer, pool: pool, prompt: prompt, seed: seed)
      #expect(result.count == 3)
      for option in result { #expect(check(option), "\(option)") }
    }
  }

  @Test func aYearTheCardShowsIsKeptByEveryOption() {
    let signed = day(
      "October 1, 1800", "1800-10-01",
      in: "In 1800 the two powers made a secret treaty, signed on October 1, 1800.")
    expectEveryOption(
      of: signed, prompt: "In 1800 the two powers made a secret treaty, signed on _____."
    ) { $0.hasSuffix(", 1800") }
    // Without the year in the card, the deck's other dates come first.
    let open = options(
      signed, pool: pool, prompt: "The two powers made a secret treaty, signed on _____.", seed: 1)
    #expect(open.contains { !$0.hasSuffix(", 1800") })
  }

  @Test func aMonthTheCardNamesIsKeptByEveryOption() {
    let printed = day(
      "July 4, 1803", "1803-07-04",
      in: "The news reached the capital in early July and was printed on July 4, 1803.")
    expectEveryOption(
      of: printed, prompt: "The news reached the capital in early July and was printed on _____."
    ) { $0.hasPrefix("July ") }
  }

  @Test func pinsReadWholeNumbersAndMonthNames() {
    let may = DistractorOption("May 2, 1945", reading: .date)
    #expect(DatePins(answer: "1945-05-02", prompt: "In 1945, on _____").admits(may))
    #expect(
      !DatePins(answer: "1945-05-09", prompt: "In May, on _____").admits(
        DistractorOption("June 2, 1945", reading: .date)))
    // "19450" and "Mayor" are other words.
    let loose = DatePins(answer: "1945-05-02", prompt: "Mayor Lee, 19450 votes, on _____")
    #expect(loose.admits(DistractorOption("June 2, 1944", reading: .date)))
    // The verbs "march" and "may" name no month.
    let verbs = DatePins(answer: "1936-03-07", prompt: "When did troops march in? They may _____")
    #expect(verbs.admits(DistractorOption("April 2, 1936", reading: .date)))
    // A year answer has no parts to pin.
    #expect(DatePins(answer: "1945", prompt: "In 1945 _____").admits(DistractorOption("1946")))
  }
}

/// Options that sit together around the answer, from the answer's own time.
struct PlausibleOptionTests {
  @Test func madeFiguresComeFromBothSidesAndAreNotAllMultiples() {
    let made = [3_000.0, 6_000, 9_000, 750, 2_250, 1_050, 4_500].map {
      DistractorOption(String(Int($0)), reading: .value)
    }
    let first = DistractorMaker.balanced(made, around: 1_500).prefix(3)
    #expect(first.contains { ($0.value ?? 0) < 1_500 })
    #expect(first.contains { ($0.value ?? 0) > 1_500 })
    let multiples = first.filter { value in
      let ratio = (value.value ?? 0) / 1_500
      return ratio == ratio.rounded()
    }
    #expect(multiples.count < 3)
  }

  @Test func deckDatesFarFromTheAnswersTimeAreNotOffered() {
    let dive = fact(
      .date, "18 June 2023", in: "On 18 June 2023 a submersible imploded near the wreck.",
      value: "2023-06-18", granularity: .day)
    let pool = [
      day("10 April 1912", "1912-04-10", in: "The liner sailed on 10 April 1912.", index: 2),
      day("15 April 1912", "1912-04-15", in: "The liner sank on 15 April 1912.", index: 3),
      day("1 September 2019", "2019-09-01", in: "A survey dived on 1 September 2019.", index: 4),
    ]
    for seed in UInt64(0)..<6 {
      var generator = SeededGenerator(seed: seed)
      let options =
        DistractorMaker().distractors(
          for: dive, answer: AnswerFormat.answer(for: dive), pool: pool,
          prompt: "On _____ a submersible imploded near the wreck.", generator: &generator) ?? []
      #expect(options.count == 3)
      #expect(!options.contains { $0.hasSuffix("1912") }, "\(options)")
    }
  }
}
