import Facts
import Testing

@testable import Questions

struct AnswerFormatTests {
  @Test func moneyIsShownAsTheArticleWroteIt() {
    let trade = fact(
      .money, "US$13.8 billion", in: "Trade reached US$13.8 billion in 2025.",
      value: "13800000000 USD", unit: "USD")
    #expect(AnswerFormat.answer(for: trade) == "US$13.8 billion")
    let accept = AnswerFormat.variants(for: trade)
    for spelling in ["13.8 billion USD", "13,800,000,000 USD", "$13.8 billion", "13800000000"] {
      #expect(accept.contains(spelling), "\(spelling) not in \(accept)")
    }
    let dong = fact(
      .money, "VND 16 trillion", in: "The loss was about VND 16 trillion.",
      value: "16000000000000 VND", unit: "VND")
    #expect(AnswerFormat.answer(for: dong) == "VND 16 trillion")
    let hedged = fact(
      .money, "about $2.3 billion", in: "France received about $2.3 billion.",
      value: "2300000000 USD", unit: "USD")
    #expect(AnswerFormat.answer(for: hedged) == "$2.3 billion")
  }

  @Test func namedPeriodsAreAnsweredAsTheArticleNamesThem() {
    let century = fact(
      .date, "the 20th century", in: "It was the cruellest regime of the 20th century.",
      value: "1901/2000", granularity: .range)
    #expect(AnswerFormat.answer(for: century) == "the 20th century")
    let decade = fact(
      .date, "the 1990s", in: "Trade grew fast in the 1990s.", value: "1990/1999",
      granularity: .range)
    #expect(AnswerFormat.answer(for: decade) == "the 1990s")
    let span = fact(
      .date, "From 1979 to 1989", in: "From 1979 to 1989, experts served abroad.",
      value: "1979/1989", granularity: .range)
    #expect(AnswerFormat.answer(for: span) == "1979–1989")
  }

  @Test func wholeFiguresKeepNoTrailingZero() {
    let style = AnswerFormat.NumberStyle(scaleWord: "billion", decimals: 1)
    #expect(style.render(28_000_000_000) == "28 billion")
    #expect(style.render(13_800_000_000) == "13.8 billion")
    let form = AnswerFormat.MoneyForm.of(
      fact(
        .money, "15.0 million USD", in: "It pledged 15.0 million USD.", value: "15000000 USD",
        unit: "USD"))
    #expect(form?.render(15_000_000) == "15 million USD")
  }

  @Test func aSumKeepsItsScaleAndTheArticlesSpacing() {
    // "mil" and "bil" glued to the figure are scales, not a unit.
    let glued = fact(
      .money, "RM1.2bil", in: "It costs RM1.2bil a year.", value: "1200000000 MYR", unit: "MYR")
    #expect(AnswerFormat.answer(for: glued) == "RM1.2 billion")
    let small = fact(
      .money, "RM420mil", in: "It will spend RM420mil.", value: "420000000 MYR", unit: "MYR")
    #expect(AnswerFormat.answer(for: small) == "RM420 million")
    // "mln" and "trn", as a local press shortens its scales.
    let mln = fact(
      .money, "TND 4.5 mln", in: "It costs TND 4.5 mln.", value: "4500000 TND", unit: "TND")
    #expect(AnswerFormat.answer(for: mln) == "TND 4.5 million")
    // A sum counted in coins is shown in them.
    let toea = fact(
      .money, "20 toea", in: "The levy is 20 toea a litre.", value: "0.2 PGK", unit: "PGK")
    #expect(AnswerFormat.answer(for: toea) == "20 toea")
    let baisa = fact(
      .money, "500 baisa", in: "Pickers earn 500 baisa a sack.", value: "0.5 OMR", unit: "OMR")
    #expect(AnswerFormat.answer(for: baisa) == "500 baisa")
    // A symbol set apart from its figure stays apart; a glued one stays glued.
    let spaced = fact(
      .money, "Tk 3,150 crore", in: "It costs Tk 3,150 crore.", value: "31500000000 BDT",
      unit: "BDT")
    #expect(AnswerFormat.answer(for: spaced) == "Tk 3,150 crore")
    let rand = fact(
      .money, "R7.4-billion", in: "It signed loans of R7.4-billion.", value: "7400000000 ZAR",
      unit: "ZAR")
    #expect(AnswerFormat.restyle("1.8 billion ZAR", like: rand) == "R1.8 billion")
    #expect(AnswerFormat.restyle("1.8 billion BDT", like: spaced) == "Tk 1.8 billion")
    let cedis = fact(
      .money, "GH₵2.8 billion", in: "It costs GH₵2.8 billion.", value: "2800000000 GHS",
      unit: "GHS")
    #expect(AnswerFormat.answer(for: cedis) == "GH₵2.8 billion")
    #expect(AnswerFormat.restyle("1.6 billion GHS", like: cedis) == "GH₵1.6 billion")
    // "Rs. 6.4 billion": the rupee's point and space stay, and no country's code is guessed.
    let rupees = fact(
      .money, "Rs. 6.4 billion", in: "It costs Rs. 6.4 billion.", value: "6400000000 INR",
      unit: "INR")
    #expect(AnswerFormat.answer(for: rupees) == "Rs. 6.4 billion")
    // Cents stay written out, and no rounded sum is accepted.
    let levy = fact(
      .money, "NZ$2.50", in: "Owners pay NZ$2.50 a tonne.", value: "2.5 NZD", unit: "NZD")
    #expect(AnswerFormat.answer(for: levy) == "NZ$2.50")
    #expect(!AnswerFormat.variants(for: levy).contains("3"))
    #expect(!AnswerFormat.variants(for: levy).contains("3 NZD"))
  }

  @Test func shillingsBolivianosAndFijianDollarsReadAsTheirPressWritesThem() {
    let judge = AnswerJudge()
    func accepts(_ fact: Fact, _ typed: [String]) {
      let accepted = [AnswerFormat.answer(for: fact)] + AnswerFormat.variants(for: fact)
      for spelling in typed {
        #expect(judge.judge(spelling, accepting: accepted).verdict == .correct, "\(spelling)")
      }
    }
    let bridge = fact(
      .money, "Shs87b", in: "The bridge costs Shs87b.", value: "87000000000 UGX", unit: "UGX")
    #expect(AnswerFormat.answer(for: bridge) == "Shs87 billion")
    accepts(bridge, ["UGX 87 billion", "USh 87 billion", "Shs 87 billion", "87 billion shillings"])
    let canal = fact(
      .money, "Bs. 1.200 millones", in: "The canal costs Bs. 1.200 millones.",
      value: "1200000000 BOB", unit: "BOB")
    #expect(AnswerFormat.answer(for: canal) == "Bs. 1,200 million")
    accepts(canal, ["Bs 1,200 million", "BOB 1,200 million", "1,200 million bolivianos"])
    let fare = fact(.money, "Bs 2,40", in: "The fare is Bs 2,40.", value: "2.4 BOB", unit: "BOB")
    #expect(AnswerFormat.answer(for: fare) == "Bs 2.40")
    let seawall = fact(
      .money, "FJ$46.5m", in: "The seawall costs FJ$46.5m.", value: "46500000 FJD", unit: "FJD")
    #expect(AnswerFormat.answer(for: seawall) == "FJ$46.5 million")
    accepts(
      seawall,
      ["F$46.5 million", "$46.5 million", "FJD 46.5 million", "46.5 million Fijian dollars"])
    // Coins are shown in coins, even when the article counts them in words.
    let salteña = fact(
      .money, "80 centavos", in: "A salteña costs 80 centavos.", value: "0.8 BOB", unit: "BOB")
    #expect(AnswerFormat.answer(for: salteña) == "80 centavos")
    let acre = fact(
      .money, "three cents", in: "It came to three cents an acre.", value: "0.03 USD", unit: "USD")
    #expect(AnswerFormat.answer(for: acre) == "3 cents")
    accepts(acre, ["three cents", "3 cents"])
  }

  @Test func moneyAcceptsTheUsualSpellings() {
    let aid = fact(
      .money, "100,000 USD", in: "Japan sent goods worth 100,000 USD.", value: "100000 USD",
      unit: "USD")
    #expect(AnswerFormat.answer(for: aid) == "100,000 USD")
    let accept = AnswerFormat.variants(for: aid)
    for spelling in ["US$100,000", "$100,000", "100000", "100,000"] {
      #expect(accept.contains(spelling), "\(spelling) not in \(accept)")
    }
    let judge = AnswerJudge()
    for typed in ["100,000 USD", "US$100,000", "$100,000", "100000", "100 thousand dollars"] {
      #expect(
        judge.judge(typed, accepting: [AnswerFormat.answer(for: aid)] + accept).verdict == .correct,
        "\(typed)")
    }
  }

  @Test func datesAcceptTheUsualSpellings() {
    let day = fact(
      .date, "7 January 1979", in: "On 7 January 1979 the city fell.", value: "1979-01-07",
      granularity: .day)
    #expect(AnswerFormat.answer(for: day) == "January 7, 1979")
    let accept = AnswerFormat.variants(for: day)
    for spelling in ["7 January 1979", "1979-01-07", "Jan 7, 1979", "January 7th, 1979"] {
      #expect(accept.contains(spelling), "\(spelling) not in \(accept)")
    }
    let month = fact(
      .date, "December 1978", in: "In December 1978 troops crossed.", value: "1978-12",
      granularity: .month)
    #expect(AnswerFormat.variants(for: month).contains("1978-12"))
    #expect(AnswerFormat.variants(for: month).contains("Dec 1978"))
  }

  @Test func countsAndPercentsAcceptTheirWords() {
    let count = fact(.number, "790", in: "It sent 790 officers.", value: "790", unit: "officers")
    #expect(AnswerFormat.variants(for: count).contains("790 officers"))
    let percent = fact(
      .number, "more than 700 percent", in: "Prices rose by more than 700 percent a year.",
      value: "700", unit: "%")
    #expect(AnswerFormat.answer(for: percent) == "700%")
    #expect(AnswerFormat.variants(for: percent).contains("700 percent"))
    let judge = AnswerJudge()
    let accepted = [AnswerFormat.answer(for: percent)] + AnswerFormat.variants(for: percent)
    for typed in ["700", "700%", "over 700%", "more than 700 percent", "700 per cent"] {
      #expect(judge.judge(typed, accepting: accepted).verdict == .correct, "\(typed)")
    }
    #expect(judge.judge("70%", accepting: accepted).verdict == .wrong)
  }

  @Test func aCountWrittenInWordsIsSwappedInWords() {
    let count = fact(
      .number, "sixteen", in: "The aid went to sixteen European countries.", value: "16",
      unit: "countries")
    #expect(AnswerFormat.restyle("12", like: count) == "twelve")
    #expect(AnswerFormat.restyle("20", like: count) == "twenty")
    let capital = fact(
      .number, "Sixteen", in: "Sixteen states formed a committee.", value: "16", unit: "states")
    #expect(AnswerFormat.restyle("24", like: capital) == "Twenty-four")
  }

  @Test func optionsInTheArticlesFormAreNotRestyledTwice() {
    let trade = fact(
      .money, "US$13.8 billion", in: "Trade reached US$13.8 billion in 2025.",
      value: "13800000000 USD", unit: "USD")
    #expect(AnswerFormat.restyle("US$28 billion", like: trade) == "US$28 billion")
  }
}
