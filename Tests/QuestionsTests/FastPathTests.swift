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

  /// Texts with each character the folding fast path reads as punctuation, in several places.
  static var punctuated: [String] {
    let marks = [
      "\u{A0}", "£", "«", "°", "·", "»", "‐", "‑", "‒", "–", "—", "―", "‘", "’", "“", "”", "•", "…",
      "€", "'", "-", ".", " ", "é", "Đ", "ﬁ", "™", "½", "²", "x\u{301}", "\u{2032}", "\u{201A}",
    ]
    var texts = texts + ["Hún Sen.", "Đổi Mới", "the Khmer Rouge’s men", "“Phnom Penh” fell"]
    for mark in marks {
      texts += [
        mark, "ab\(mark)cd", "\(mark)Ab", "Ab\(mark)", "12\(mark)34", "A \(mark) B",
        "Hun\(mark)s Sen\(mark)", "the \(mark)1979\(mark) war",
      ]
    }
    return texts
  }

  @Test func foldedWordsOnBytesMatchUnicodeFolding() {
    for text in Self.punctuated {
      #expect(TextFolding.words(text) == TextFolding.unicodeWords(text), "\(text)")
      #expect(
        TextFolding.key(text) == TextFolding.unicodeWords(text).joined(separator: " "), "\(text)")
      if let bytes = TextFolding.wordBytes(text) {
        #expect(TextFolding.split(bytes) == TextFolding.unicodeWords(text), "\(text)")
      }
    }
    for haystack in Self.punctuated.prefix(60) {
      for needle in Self.punctuated.prefix(60) {
        let hay = TextFolding.unicodeWords(haystack)
        let pin = TextFolding.unicodeWords(needle)
        let expected =
          !pin.isEmpty && pin.count <= hay.count
          && (0...(hay.count - pin.count)).contains { Array(hay[$0..<$0 + pin.count]) == pin }
        #expect(TextFolding.contains(haystack, needle) == expected, "\(haystack) / \(needle)")
      }
    }
  }

  @Test func questionWordsOnBytesMatchCharacterFiltering() {
    let questions = [
      "Who signed the Paris Peace Accords in 1973?",
      "When did the U.S.-backed army take Phnom Penh?",
      "What did Le Duc Tho's team  reject , and why?", "How many (about 90%) voted?", "", "   ",
      "Who led the ’Khmer Rouge’?", "What is état?", "A-B c_d e'f 12,5 x--y ?!",
    ]
    for question in questions + Self.punctuated {
      let fast = QuestionCheck.words(question)
      let general = QuestionCheck.unicodeWords(question)
      #expect(fast.words == general.words, "\(question)")
      #expect(fast.lower == general.lower, "\(question)")
    }
  }

  @Test func numberStyleOnBytesMatchesTheGeneralReading() {
    let values: [Double] = [0, 1, 2.5, 13.8e9, 7.8e6, 1e5, 6.5e9, 40e3, 85e6, 1.2e9, 3e12, 12.34]
    let extra = [
      "US$85m", "$1.2b", "40k", "40K", "Rs 3 crore", "5 lakh", "2 tn", "3 mn people", "4 bn.",
      "12 km", "ten thousand", "1.5 Billion", "mb 12", "12m2", "8 MILLION", "bnmn", "€3bn",
    ]
    for text in Self.texts + extra {
      for value in values {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
          #expect(
            AnswerFormat.NumberStyle.asciiStyle(text: text, value: value)
              == AnswerFormat.NumberStyle.unicodeStyle(text: text, value: value),
            "\(text) \(value)")
        }
        #expect(
          AnswerFormat.NumberStyle.of(text: text, value: value)
            == AnswerFormat.NumberStyle.unicodeStyle(text: text, value: value), "\(text) \(value)")
      }
    }
  }

  @Test func lastWordsOnBytesMatchTheGeneralReading() {
    for text in Self.punctuated + ["signed in  Paris", " in the   Hague ", "In Paris"] {
      for offset in -1...(text.unicodeScalars.count + 2) {
        for lowercase in [true, false] {
          #expect(
            FactFeatures.lastWords(text, before: offset, lowercase: lowercase)
              == FactFeatures.unicodeLastWords(text, before: offset, lowercase: lowercase),
            "\(text) \(offset)")
        }
      }
    }
  }

  @Test func contentWordsKeepTheGeneralFilter() {
    for text in Self.punctuated + ["The 1979 January invasion of Cambodia by 150000 troops"] {
      let expected = Set(
        TextFolding.unicodeWords(text).filter {
          $0.count > 3 && !Lexicon.isFunctionWord($0) && !$0.allSatisfy(\.isNumber)
            && !Lexicon.determiners.union(Lexicon.prepositions).union(Lexicon.pronouns)
              .union(Lexicon.conjunctions).union(Lexicon.verbAdverbs).contains($0)
            && !DateWords.monthForms.contains($0.lowercased())
        })
      #expect(DistractorMaker.content(text) == expected, "\(text)")
    }
  }
}
