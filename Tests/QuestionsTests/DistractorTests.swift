import Facts
import Testing

@testable import Questions

struct DistractorTests {
  let maker = DistractorMaker()

  func options(_ f: Fact, pool: [Fact] = [], prompt: String = "Question?") -> [String]? {
    var generator = SeededGenerator(seed: 1)
    return maker.distractors(
      for: f, answer: AnswerFormat.answer(for: f), pool: pool, prompt: prompt, generator: &generator
    )
  }

  @Test func deckFactsOfTheSameKindComeFirst() {
    let answer = fact(.year, "1955", in: "x 1955", value: "1955")
    let pool = ["1946", "1949", "1967"].enumerated().map {
      fact(.year, $1, in: "y \($1)", value: $1, index: $0 + 1)
    }
    #expect(Set(options(answer, pool: pool) ?? []) == ["1946", "1949", "1967"])
  }

  @Test func madeDatesKeepTheGranularity() {
    let day = fact(
      .date, "January 7, 1979", in: "On January 7, 1979, x.", value: "1979-01-07", granularity: .day
    )
    let result = options(day) ?? []
    #expect(result.count == 3)
    for option in result {
      #expect(option.contains(",") && option.split(separator: " ").count == 3, "\(option)")
      #expect(option != "January 7, 1979")
    }
    let month = fact(
      .date, "December 1978", in: "In December 1978, x.", value: "1978-12", granularity: .month)
    for option in options(month) ?? [] {
      #expect(option.split(separator: " ").count == 2 && !option.contains(","), "\(option)")
    }
  }

  @Test func moneyKeepsItsFormatAndUnit() {
    let big = fact(
      .money, "7.8 million USD", in: "worth 7.8 million USD", value: "7800000 USD", unit: "USD")
    let result = options(big) ?? []
    #expect(result.count == 3)
    for option in result {
      #expect(option.hasSuffix(" million USD"), "\(option)")
      #expect(option.split(separator: " ")[0].contains("."), "\(option)")
    }
    // A scale letter glued to the digits is the scale, not a word after the sum.
    let glued = fact(.money, "US$85m", in: "it cost US$85m", value: "85000000 USD", unit: "USD")
    #expect(AnswerFormat.answer(for: glued) == "US$85 million")
    #expect(options(glued)?.count == 3)
    for option in options(glued) ?? [] {
      #expect(option.hasPrefix("US$") && option.hasSuffix(" million"), "\(option)")
    }
    // Crore and lakh are scales too: "Rs 75 crore" stays 75 crore, never "750,000,000 crore".
    let rupees = fact(
      .money, "Rs 75 crore", in: "it paid Rs 75 crore", value: "750000000 INR", unit: "INR")
    #expect(AnswerFormat.answer(for: rupees) == "Rs 75 crore")
    let small = fact(
      .money, "100,000 USD", in: "worth 100,000 USD", value: "100000 USD", unit: "USD")
    for option in options(small) ?? [] {
      #expect(option.hasSuffix(",000 USD"), "\(option)")
    }
  }

  @Test func neverTheAnswerOrInThePrompt() {
    let answer = fact(.person, "Ada Lovelace", in: "Ada Lovelace wrote it.")
    let pool = ["Charles Babbage", "Ada Lovelace", "Alan Turing", "Grace Hopper", "Lovelace"].map {
      fact(.person, $0, in: "\($0) did things.")
    }
    let result = options(answer, pool: pool, prompt: "Who worked with Charles Babbage?") ?? []
    #expect(result.isEmpty)
    let more = pool + [fact(.person, "John von Neumann", in: "John von Neumann did things.")]
    let second = options(answer, pool: more, prompt: "Who worked with Charles Babbage?") ?? []
    #expect(Set(second) == ["Alan Turing", "Grace Hopper", "John von Neumann"])
  }

  @Test func numbersNeverEqualTheAnswerValue() {
    let count = fact(.number, "790", in: "sent 790 officers", value: "790", unit: "officers")
    let result = options(count) ?? []
    #expect(result.count == 3)
    #expect(!result.contains("790"))
    #expect(Set(result).count == 3)
  }

  @Test func placesFallBackToTheirRegion() {
    let place = fact(.place, "Cambodia", in: "to Cambodia")
    let result = options(place) ?? []
    #expect(result.count == 3)
    #expect(result.allSatisfy { DistractorMaker.countries[0].contains($0) })
  }
}

struct RestyleTests {
  @Test func swappedValuesKeepTheArticlesForm() {
    let day = fact(
      .date, "7 January 1984", in: "It joined on 7 January 1984.", value: "1984-01-07",
      granularity: .day)
    #expect(AnswerFormat.restyle("April 30, 1999", like: day) == "30 April 1999")
    let money = fact(
      .money, "$2.3 billion", in: "France received about $2.3 billion.", value: "2300000000 USD",
      unit: "USD")
    #expect(AnswerFormat.restyle("1.2 billion USD", like: money) == "$1.2 billion")
    let percent = fact(.number, "65 percent", in: "on 65 percent of lines", value: "65", unit: "%")
    #expect(AnswerFormat.restyle("90%", like: percent) == "90 percent")
    let british = fact(.number, "13 per cent", in: "lost 13 per cent of it", value: "13", unit: "%")
    #expect(AnswerFormat.restyle("20%", like: british) == "20 per cent")
    let plain = fact(
      .money, "100,000 USD", in: "worth 100,000 USD", value: "100000 USD", unit: "USD")
    #expect(AnswerFormat.restyle("200,000 USD", like: plain) == "200,000 USD")
  }

  @Test func bnIsBillions() {
    let money = fact(
      .money, "$3.3 bn", in: "received $3.3 bn", value: "3300000000 USD", unit: "USD")
    #expect(AnswerFormat.answer(for: money) == "$3.3 billion")
    #expect(AnswerFormat.variants(for: money).contains("3.3 billion USD"))
  }
}

@Test func aTermOfNoKnownSortStandsOnlyBesideNamesOfItsShape() {
  #expect(DistractorMaker.isSameShape("Great Orland Scroll", "Copper Scroll"))
  #expect(DistractorMaker.isSameShape("U-2", "Il-28"))
  #expect(!DistractorMaker.isSameShape("Isla del Gallo", "Royal Commentaries"))
  #expect(!DistractorMaker.isSameShape("Hernando", "Qhapaq Ñan"))
}
