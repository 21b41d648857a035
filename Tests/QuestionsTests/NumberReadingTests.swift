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

  @Test func wordsThatAreNotQuantitiesAreNot() {
    #expect(NumberReading.read("Phnom Penh") == nil)
    #expect(NumberReading.read("10 to 20") == nil)
  }
}
