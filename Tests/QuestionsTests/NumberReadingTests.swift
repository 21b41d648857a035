import Testing

@testable import Questions

struct NumberReadingTests {
  @Test(arguments: [
    ("more than 700 percent", 700.0, "%"), ("about 90 percent", 90, "%"), ("over 12%", 12, "%"),
    ("US$13.8 billion", 13.8e9, "USD"), ("A$3 million", 3e6, "AUD"),
    ("VND 16 trillion", 16e12, "VND"), ("less than 2 per cent", 2, "%"),
  ])
  func hedgedAndPrefixedQuantities(text: String, value: Double, currency: String) {
    let reading = NumberReading.read(text)
    #expect(reading?.value == value, "\(text)")
    #expect(reading?.currency == currency, "\(text)")
  }

  @Test func numberWordsBothWays() {
    #expect(NumberReading.value(of: "sixteen") == 16)
    #expect(NumberReading.value(of: "twenty-eight countries") == nil)
    #expect(NumberWords.value(of: "twenty-eight") == 28)
    #expect(NumberWords.words(for: 16) == "sixteen")
    #expect(NumberWords.words(for: 42) == "forty-two")
    #expect(NumberWords.words(for: 96.5) == nil)
    #expect(NumberWords.isWritten("Sixteen"))
    #expect(!NumberWords.isWritten("16"))
  }

  /// Figures, signs and words at the edges of what the byte paths take (brackets, stray
  /// points and commas, ";" inside a figure, letters beside digits, number words, a hyphen).
  @Test(arguments: [
    "3,900", "7.8 million", "$3.9 billion", "US$13.8 billion", "45%", "(45)", "45.", ".5",
    "5.", "1.2.3", "1;2", "(1:2)", ",", ".", "()", "1,,000", "12 12", "$ $ 5", "about 90 percent",
    "twenty-eight", "sixteen million", "-5", "5-6", "inf", "nan", "3e5", "k 5", "5 k", "5 mn",
    "c$ 40", "hk$ 7", "5 per cent", "up to 40", "40 dollars", "100 thousand thousand", "a 3",
    "3 bananas", "¥121 billion", "€ 5", "5 €", "TL 120,000", "3,", "3.,", "(3.5%)", "0.5 mn",
  ])
  func bytePathsReadAsTheGeneralReading(text: String) {
    let words = NumberReading.words(text)
    let fast = NumberReading.read(words: words)
    let general = NumberReading.read(words: words, bytePaths: false)
    #expect(fast?.value == general?.value, "\(text)")
    #expect(fast?.currency == general?.currency, "\(text)")
  }

  @Test func wordsThatAreNotQuantitiesAreNot() {
    #expect(NumberReading.read("Phnom Penh") == nil)
    #expect(NumberReading.read("10 to 20") == nil)
  }
}
