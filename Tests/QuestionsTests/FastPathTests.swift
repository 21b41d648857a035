import Foundation
import Testing

@testable import Questions

/// The byte-level readings the question writer uses for speed give exactly what the general
/// readings give.
struct FastPathTests {
  static let texts = [
    "US$13.8 billion", "7.8 million USD", "100,000", "about 90 percent", "more than 700%",
    "A$3 million", "€2.4 million", "VND 45 billion", "$6.5 bn", "sixteen", "twenty-eight",
    "1,234.50.", "(12)", "5.38 billion, down from about 6.1 billion", "  12\t34 ",
    "In 1979, 58 of the 120 seats went to 3.5 million voters.", "0.3% and 0.5%", "Phnom Penh",
    "10 to 20", "HK$1,000", "12abc3 thousand", "1.2.3 million", "...", "$", "us$", "",
  ]

  @Test func numberWordsOnBytesMatchTheGeneralReading() {
    for text in Self.texts {
      #expect(NumberReading.words(text) == NumberReading.unicodeWords(text), "\(text)")
    }
  }

  @Test func trimmedWordsMatchCharacterTrimming() {
    for word in ["(12)", "1,234.50.", "...", ";x:", "a.b", "", "((", "12", "né.", "(US$"] {
      var expected = Substring(word)
      while let first = expected.first, ".;:()".contains(first) { expected.removeFirst() }
      while let last = expected.last, ".;:()".contains(last) { expected.removeLast() }
      #expect(NumberReading.trimmed(word) == String(expected), "\(word)")
    }
  }

  @Test func sentenceFiguresOnBytesMatchTheGeneralReading() {
    for text in Self.texts {
      #expect(SentenceFigures.asciiValues(in: text) == SentenceFigures.unicodeValues(in: text))
    }
  }

  @Test func madeDatesReadBackAsMade() {
    var years = Array(0...40) + Array(stride(from: 900, through: 1100, by: 7))
    years += Array(1890...2110)
    for year in years {
      let plain = DistractorMaker.Day(year: year, month: nil, day: nil)
      #expect(DistractorMaker.madeReading(plain) == DateReading.read(String(year)))
      for month in 1...12 {
        let monthDay = DistractorMaker.Day(year: year, month: month, day: nil)
        #expect(
          DistractorMaker.madeReading(monthDay) == DateReading.read(AnswerFormat.date(monthDay.iso))
        )
        for day in [1, 2, 9, 10, 28, 29, 30, 31] {
          let full = DistractorMaker.Day(year: year, month: month, day: day)
          #expect(
            DistractorMaker.madeReading(full) == DateReading.read(AnswerFormat.date(full.iso)),
            "\(full.iso)")
        }
      }
    }
  }

  @Test func foldedContainmentMatchesTextFolding() {
    let texts =
      Self.texts + [
        "Hun Sen", "hun-sen", "Hún Sen.", "Prime Minister Hun Sen said", "sen", "Ta Mok's men",
        "Phnom Penh fell", "the Khmer Rouge", "Khmer", "Đổi Mới", "đổi mới reforms",
      ]
    for text in texts {
      #expect(FoldedText(text).key == TextFolding.key(text), "\(text)")
    }
    for haystack in texts {
      for needle in texts {
        #expect(
          FoldedText.contains(FoldedText(haystack), FoldedText(needle))
            == TextFolding.contains(haystack, needle), "\(haystack) / \(needle)")
      }
    }
  }

  @Test func byteReplacementMatchesFoundation() {
    for text in Self.texts + ["50%", "1,000,000", "né, 12%"] {
      #expect(text.replacingASCII(",", with: "") == text.replacingOccurrences(of: ",", with: ""))
      #expect(
        text.replacingASCII("%", with: " percent")
          == text.replacingOccurrences(of: "%", with: " percent"))
    }
  }

  @Test func gapCountMatchesComponents() {
    for text in [
      "In _____, the war ended.", "_____", "______", "a _____ b _____ c", "none", "__________",
      "Đổi _____ Mới",
    ] {
      let parts = text.components(separatedBy: "_____")
      let found = text.occurrences(of: "_____")
      #expect(found.count == parts.count - 1, "\(text)")
      #expect(String(found.after) == parts.last, "\(text)")
    }
  }
}
