import Articles
import Facts
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

  @Test func unquotingOnBytesMatchesTheCharacterWalk() {
    let texts = [
      "", "no quotes", "Who said “The pier will carry the town”?", "a \"b\" c", "“open only",
      "close only” here", "“a”“b” c", "“x”— y", "\"\u{301}a\" b", "“\u{200D}x” y", "é“ñ”é",
      "\u{600}“a” b", "“a”\u{301} b", "odd \" count", "“Zoë” ’s", "“",
    ]
    for text in texts {
      #expect(TopicTag.unquoted(text) == TopicTag.characterUnquoted(text), "\(text)")
    }
  }

  @Test func titleReadingsOnBytesMatchCharacters() {
    let texts = [
      "฿4.5bn fund", "1,000 baht", "US$13.8 billion in 2024", "", "no figures", "12.", ".5",
      "a\r\n12", "Zoë 1979 ², ٣", "x-ray UN-backed", "Vietnam's", "é-1",
    ]
    for text in texts {
      #expect(TopicTag.figures(text) == TopicTag.characterFigures(text), "\(text)")
      for word in spaceSplit(text) {
        #expect(
          TopicTag.lettersAndHyphens(word) == word.filter { $0.isLetter || $0 == "-" }, "\(word)")
      }
      let title = TopicTag.Title("Bt4.5 billion fund for the Great Fire of 1666")
      #expect(title.contains(text) == TextFolding.contains(title.text, text), "\(text)")
    }
  }

  @Test func openersOnBytesMatchCharacterPrefixes() {
    let texts = [
      "A month later, on _____, the dog", "By then \u{301}x", "By then", "By then ", "By the",
      "Fill the gap: A week later, in _____", "", "Soon afterwards, é", "By then \u{200D}",
      "True or false: The next day, 1901",
    ]
    for text in texts {
      for prefix in PromptTidying.relativeOpeners + [QuestionWriter.fillTheGap, "True or false: "] {
        #expect(
          PromptTidying.startsWith(Substring(text), prefix) == Substring(text).hasPrefix(prefix),
          "\(text) \(prefix)")
      }
    }
  }

  @Test func numberWordsByTableMatchTheLists() {
    func listValue(of word: String) -> Double? {
      let lower = word.lowercased()
      if let index = NumberWords.ones.firstIndex(of: lower) { return Double(index) }
      if let index = NumberWords.tens.firstIndex(of: lower), index >= 2 {
        return Double(index * 10)
      }
      let parts = lower.split(separator: "-").map(String.init)
      if parts.count == 2, let ten = NumberWords.tens.firstIndex(of: parts[0]), ten >= 2,
        let one = NumberWords.ones.firstIndex(of: parts[1]), (1...9).contains(one)
      {
        return Double(ten * 10 + one)
      }
      if lower == "hundred" { return 100 }
      return nil
    }
    let words =
      NumberWords.ones + NumberWords.tens + [
        "Twenty-Eight", "hundred", "HUNDRED", "-twenty-one", "twenty--one", "twenty-ten", "",
        "ninety-nine", "a hundred", "tenth", "Sixteen", "thirty-\u{301}one", "forty-", "-",
      ]
    for word in words {
      #expect(NumberWords.value(of: word) == listValue(of: word), "\(word)")
    }
  }

  @Test func shortWordsLowercaseOnBytesAsStrings() {
    for word in ["She", "HERSELF", "his", "Himselfs", "", "Zoë", "hé", "He’s", "HIM,"] {
      let lower = ReferentResolver.shortASCIILowercased(Substring(word))
      #expect(lower == nil || lower == word.lowercased(), "\(word)")
      if lower == nil {
        #expect(!ReferentResolver.personWords.contains(word.lowercased()), "\(word)")
      }
    }
  }

  @Test func wordsAtTheEndsOnBytesMatchTheCharacterWalk() {
    let texts = [
      "the grant that _____.", "the grant that _____", "Which _____", " _____", "_____.",
      "said WHOM _____.", "a b  c   d ", "", " ", "e\u{301} two  three", "x \u{301}y z",
      "\u{600} a b", "Zoë and Ana", "that\r\n _____", "one _____..",
    ]
    for text in texts {
      let whole = Substring(text)
      let words = whole.split(separator: " ")
      for count in 0...4 {
        #expect(whole.firstWords(count) == Array(words.prefix(count)), "\(text)")
        #expect(whole.lastWords(count) == Array(words.suffix(count)), "\(text)")
      }
      let trimmed = text.hasSuffix(".") ? text.dropLast() : text[...]
      let expected =
        trimmed.hasSuffix(" _____")
        && ["that", "which", "who", "whether", "whom"].contains(
          trimmed.dropLast(6).split(separator: " ").last?.lowercased() ?? "")
      #expect(QuestionCheck.endsOnGapAfterComplementizer(text) == expected, "\(text)")
    }
  }

  @Test func anaphoricTimesByFirstWordMatchSearchingEach() {
    let texts = [
      "Later that night the ship sank", "A week later, on _____, they left", "no time here",
      "that", "the day of the sale", "by then _____ had", "Two days later.", "", "the next",
      "Since that time", "extraordinary measures that evening", "in that june",
    ]
    for text in texts {
      guard let folded = TextFolding.wordBytes(text) else { continue }
      let expected = QuestionCheck.paddedAnaphoricTimeBytes.contains {
        TextFolding.containsWords(in: folded, $0)
      }
      #expect(QuestionCheck.holdsAnaphoricTime(folded) == expected, "\(text)")
    }
  }

  @Test func groupedDigitsMatchCuttingGroups() {
    // The reference: printf's rounding, then a comma before each group of three.
    func cutGroups(_ number: Double, decimals: Int) -> String {
      let plain = String(format: "%.\(decimals)f", abs(number))
      let parts = plain.split(separator: ".", maxSplits: 1)
      var digits = String(parts[0])
      var groups: [String] = []
      while digits.count > 3 {
        groups.insert(String(digits.suffix(3)), at: 0)
        digits.removeLast(3)
      }
      groups.insert(digits, at: 0)
      let fraction = parts.count > 1 ? "." + parts[1] : ""
      return (number < 0 ? "-" : "") + groups.joined(separator: ",") + fraction
    }
    let numbers: [Double] = [
      0, 1, 12, 123, 1234, 12345, 123456, 1234567, 100000, -0.3, -4321, 999.96,
    ]
    for number in numbers {
      for decimals in 0...2 {
        #expect(
          AnswerFormat.grouped(number, decimals: decimals) == cutGroups(number, decimals: decimals),
          "\(number) \(decimals)")
      }
    }
  }

  @Test func openingCaseOnBytesMatchesCharacters() {
    for word in [
      "the", "The", "", "é", "E\u{301}x", "e\u{301}", "1st", "\r\nx", "_____", "Ñu", "x",
    ] {
      let whole = Substring(word)
      #expect(TopicTag.opensLowercase(whole) == (whole.first?.isLowercase ?? false), "\(word)")
      #expect(TopicTag.opensUppercase(whole) == (whole.first?.isUppercase ?? false), "\(word)")
    }
  }

  @Test func determinersOnBytesMatchLowercasing() {
    let words = [
      "the", "The", "THESE", "“this", "\"\"that", "those,", "thé", "them", "\"\u{301}the", "",
      "“", "There", "tHoSe",
    ]
    for word in words {
      let expected = TopicTag.determiners.contains(
        Substring(word).drop { $0 == "\"" || $0 == "“" }.lowercased())
      #expect(TopicTag.isDeterminer(Substring(word)) == expected, "\(word)")
    }
  }

  @Test func firstAndLastWordsMatchSplitting() {
    let texts = [
      "", " ", "  of  the Council  ", "of Staff, the", ", Trade and Industry, which", "one",
      "Halifax, _____", "e\u{301} two  three", "St. _____ was", "  \u{A0} x",
    ]
    for text in texts {
      let whole = Substring(text)
      for count in 0...4 {
        let words = whole.split(separator: " ")
        #expect(whole.firstWords(count) == Array(words.prefix(count)), "\(text)")
        #expect(whole.lastWords(count) == Array(words.suffix(count)), "\(text)")
      }
    }
  }

  @Test func wholeWordsOnBytesMatchFoundationSearching() {
    let texts = [
      "Fill the gap: a total of _____", "no gap here", "", "the rest: in all", "Of Which x",
      "TOTAL", "Zoë in all", "totally",
    ]
    for text in texts {
      if let lower = TextFolding.asciiLowercased(text) {
        #expect(lower == Array(text.lowercased().utf8), "\(text)")
      }
      let expected = AnswerArithmetic.wholeWords.contains { text.lowercased().contains($0) }
      #expect(AnswerArithmetic.tellsAWhole(text) == expected, "\(text)")
    }
    #expect(TextFolding.asciiLowercased("Zoë") == nil)
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

  static let prompts = [
    "In _____, the war ended.", "Canada withdrew from it in _____.", "When did they sign _____?",
    "In 1955 it adopted _____.", "The _____ (AfDB) lent money.", "The _____ (ab) lent money.",
    "held from 26 to _____ in Paris", "Between 10 and _____ people", "between ten and _____",
    "The Ben-_____ airport", "_____-Gurion", "(_____)", "_____", "no gap", "It was _____.",
    "The army left it", "… and left them", "on _____ it let", "the 1,200 _____ it",
    "They'd _____ it's", "THEM _____ IT", "with_them _____", "of them, it _____ here",
    "The _____ (UN-HCR&1) met", "The _____ (TOO-LONG-NAME) met", "The _____ ( UN) met",
    "The _____ (UN)", "The _____ (UN", "x\r\n_____ (UN) y", "The–_____ x", "Đổi _____ Mới it",
    "  to  12  and _____", "From 3 TO _____", "because 1234567890 it _____",
    "The ship left it in _____.", "The society said it had raised _____.", "On _____ they rode",
    "One two three four On _____ they rode", "\"We built it\" in _____", "“We built it” in _____",
    "The crew abandon'ed it in _____", "They REACHED IT in _____", "It sank in _____",
    "the extraordinarily-long-worded it _____", "We carried them in _____ it",
    "engineer _____., they built it", "x _____.,", "_____.,.,", "the _____., (UN) x",
    "from 3 to _____., b", "a _____.;", "a _____,.", "Below it stands the _____",
    "Beneath them _____ lay", "towards it _____", "a path beside it _____", "x below it",
  ]

  @Test func packedPronounScanMatchesTheWordScan() {
    for prompt in Self.prompts + Self.punctuated {
      #expect(
        QuestionWriter.hasLoosePronoun(prompt) == QuestionWriter.hasLoosePronounByWords(prompt),
        "\(prompt)")
    }
  }

  @Test func gapEdgesOnBytesMatchTheGeneralReading() {
    for prompt in Self.prompts {
      #expect(
        QuestionWriter.gapEdges(prompt) == QuestionWriter.unicodeGapEdges(prompt), "\(prompt)")
    }
  }

  @Test func byteSearchesMatchFoundation() {
    for text in Self.prompts + Self.punctuated {
      for needle in [
        "_____", "-", "/", ".", " of ", "century", "e", "é", "Treaty Organization", "\u{212A}hmer",
        " and by ",
      ] {
        #expect(text.containsASCII(needle) == text.contains(needle), "\(text) \(needle)")
        let offset = text.range(of: needle).map {
          text.utf8.distance(from: text.startIndex, to: $0.lowerBound)
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
          #expect(text.firstByteOffset(of: needle) == offset, "\(text) \(needle)")
        }
      }
    }
  }

  @Test func trimmedSpacesMatchFoundation() {
    for text in Self.texts + ["  1979 ", "\t12 May\t", " ", "", "a b", " é "] {
      #expect(DateReading.trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces))
    }
  }

  @Test func wordsBeforeOnBytesMatchTheGeneralReading() {
    for text in Self.punctuated + ["rose from 5.38 billion to", "fell\r\nfrom 12"] {
      for offset in -1...(text.unicodeScalars.count + 1) {
        #expect(
          SentenceFigures.wordsBefore(text, offset)
            == SentenceFigures.unicodeWordsBefore(text, offset), "\(text) \(offset)")
      }
    }
  }

  @Test func sourceLabelsOnBytesMatchTheGeneralReading() {
    var sentences = [
      "A 1990 article in the Tribune said so.", "A 2019 (report) found it.", "In 1990, REPORT.",
      "A 1990 op-ed, ran.", "A 1990  \"study\" ran.", "A 1990 _book_ x", "A 1990 $book$ x",
      "A 1990 {memoir} x", "A 1990 interviewers", "A 1990 editorial-board", "1990",
    ]
    for mark in ["!", "#", "$", "%", "&", "'", "*", "+", "<", "=", "^", "`", "|", "~", "\\", "@"] {
      sentences.append("A 1990 \(mark)survey\(mark) ran.")
    }
    for sentence in sentences {
      for start in 0..<min(4, sentence.unicodeScalars.count) {
        let fact = Fact(
          kind: .year, text: "1990", value: "1990",
          source: FactSource(article: "a", sentence: 0, span: start..<(start + 6), text: sentence))
        #expect(
          QuestionWriter.describesASource(fact) == QuestionWriter.unicodeDescribesASource(fact),
          "\(sentence) \(start)")
      }
    }
  }

  @Test func relativeTimeOnBytesMatchesTheGeneralReading() {
    let sentences = [
      "The next day Armstrong stepped out.", "Nine days later the crew returned.",
      "A year later, they left.", "That year the war ended.", "In 1969, a year later, x.",
      "One two three four five the next day", "THE SAME DAY", "the previous", "Days later",
      "Later that week it rained.", "“The next day” he said.", "Đổi Mới began the next day.",
      "", "a", "Weeks later—in May—it ended.", "It rained for months later on.",
    ]
    for sentence in sentences + Self.punctuated {
      #expect(
        QuestionCheck.opensOnRelativeTime(sentence)
          == QuestionCheck.unicodeOpensOnRelativeTime(sentence), "\(sentence)")
    }
  }

  @Test func memoryWordSearchMatchesAWordRunSearch() {
    for haystack in Self.punctuated.prefix(80) {
      for needle in Self.punctuated.prefix(80) {
        guard let hay = TextFolding.wordBytes(haystack), let pin = TextFolding.wordBytes(needle)
        else { continue }
        let expected =
          pin.count > 1 && pin.count <= hay.count
          && (0...(hay.count - pin.count)).contains { Array(hay[$0..<$0 + pin.count]) == pin }
        #expect(TextFolding.containsWords(in: hay, pin) == expected, "\(haystack) / \(needle)")
      }
    }
  }

  @Test func isoDatesOnBytesMatchTheGeneralReading() {
    var values = [
      "1979", "0938", "-0241", "1979-00", "1979-13", "1979-1", "1979-01-7", "1979-02-30",
      "1979/1989", "197a", "1979-01-07x", "1979–01", "20000", "2000-12-31", "1000-01-01",
      "0999-05-05", "9999-99-99", "1979-01-00", "1979-1a", "19790107", "1979 01 07", "",
    ]
    for year in [1000, 1066, 1899, 1900, 1975, 1999, 2000, 2024, 2999, 9999] {
      values.append(String(year))
      for month in [0, 1, 9, 10, 12, 13] {
        let twoDigits = month < 10 ? "0\(month)" : "\(month)"
        values.append("\(year)-\(twoDigits)")
        for day in ["00", "01", "09", "10", "28", "31", "99"] {
          values.append("\(year)-\(twoDigits)-\(day)")
        }
      }
    }
    for value in values {
      #expect(AnswerFormat.date(value) == AnswerFormat.generalDate(value), "\(value)")
    }
  }

  @Test func filledWordBytesReadTheWordsOfTheGeneralFolding() {
    for text in Self.punctuated + ["", " ", "  a  ", "A'B", "’’", "x\u{C2}"] {
      guard let folded = TextFolding.wordBytes(text) else { continue }
      #expect(folded.first == 0x20 && folded.last == 0x20, "\(text)")
      #expect(TextFolding.split(folded) == TextFolding.unicodeWords(text), "\(text)")
    }
  }

  @Test func sentenceWordCountsOnBytesMatchTheArticles() {
    for text in Self.punctuated + [
      "a\r\nb", "a\nb", "a \n b", "\r\n", "a\r b", "  two  words ", "", "é b", "a\tb",
    ] {
      let sentence = Sentence(index: 0, paragraph: 0, text: text)
      #expect(QuestionWriter.wordCount(sentence) == sentence.wordCount, "\(text)")
    }
  }

  @Test func quoteMarkRunsMatchFoundationContainment() {
    for text in ["\"", "“", "”", "\"“", "“”", "\"“”", "”“", "'", "a", "«", "\"\"", "“\"", "’"] {
      #expect(QuestionPhraser.isQuoteMarks(text) == "\"“”".contains(text), "\(text)")
    }
  }

  @Test func letterWordsOnBytesMatchCharacters() {
    for word in ["abc", "ab", "a1c", "état", "naïve", "ab-c", "ABCD", "x'y", "", "ﬁx", "a\u{301}b"]
    {
      for length in [0, 2, 3] {
        #expect(
          QuestionCheck.isLetters(word, longerThan: length)
            == (word.count > length && word.allSatisfy(\.isLetter)), "\(word)")
      }
    }
  }

  @Test func asideWordsOnBytesMatchTheGeneralReading() {
    let sentences = [
      "It lies about 45 miles east of the canal.", "give or take 20 years; later",
      "A (1828-1877) b",
      "then about 6.6 billion in today's money!", "Some 20 kilometres to the south? yes",
      "x", "", "Đổi Mới cost 45 miles east", "“45” miles: far",
    ]
    for sentence in sentences + Self.punctuated.prefix(40) {
      let length = sentence.unicodeScalars.count
      for lower in 0...min(length, 12) {
        for upper in [lower, min(length, lower + 2), length, length + 1] where upper >= lower {
          let fact = Fact(
            kind: .number, text: "45", value: "45",
            source: FactSource(article: "a", sentence: 0, span: lower..<upper, text: sentence))
          for before in [true, false] {
            #expect(
              IncidentalFacts.words(of: fact, before: before, count: 4)
                == IncidentalFacts.unicodeWords(of: fact, before: before, count: 4),
              "\(sentence) \(lower) \(upper)")
          }
          let scalars = Array(sentence.unicodeScalars)
          #expect(
            QuestionWriter.scalar(at: lower, in: sentence)
              == (lower < scalars.count ? scalars[lower] : nil), "\(sentence) \(lower)")
        }
      }
    }
  }

  @Test func sharedContentWordsMatchTheirOwnReading() {
    let texts =
      Self.punctuated.prefix(60) + ["The 1979 invasion of Cambodia by troops", "Hún Sen won."]
    let article = Article(
      name: "a", title: "Cambodia",
      sentences: texts.enumerated().map { Sentence(index: $0, paragraph: 0, text: $1) })
    let topics = SentenceTopics([article])
    let facts = texts.enumerated().map { index, text in
      Fact(
        kind: .year, text: "1979", value: "1979",
        source: FactSource(article: "a", sentence: index, span: 0..<0, text: text))
    }
    let shared = DistractorPool(facts, contents: topics.contents)
    let own = DistractorPool(facts)
    for text in texts {
      #expect(topics.contents[text] == DistractorMaker.content(text), "\(text)")
      #expect(shared.content(of: text) == DistractorMaker.content(text), "\(text)")
      #expect(shared.contentWords(of: text).count == own.contentWords(of: text).count)
    }
    for entry in shared.entries.indices {
      for fact in facts {
        let content = shared.contentWords(of: fact.source.text)
        #expect(
          shared.restates(shared.entries[entry], fact, article: 0, factContent: content)
            == own.restates(
              own.entries[entry], fact, article: 0,
              factContent: own.contentWords(of: fact.source.text)))
      }
    }
  }

  @Test func tokenFirstCharacterTestsMatchCharacters() {
    let texts = [
      "", "A", "a", "Zebra", "7", "70", "\r\n", "\r", "-", "_", "É", "é", "A\u{301}",
      "1\u{301}", "Ⅻ", "٣", "Straße", "ß", "ǅ", "'s", "“", "A\u{200D}B", "9a",
    ]
    for text in texts {
      let tests = SentenceToken.firstCharacterTests(text)
      #expect(tests.isUppercase == (text.first?.isUppercase ?? false), "\(text)")
      #expect(tests.isNumber == (text.first?.isNumber ?? false), "\(text)")
    }
    for token in SentenceToken.tokenize("In 1979, Ébert's 12 Ⅻ men—and Ōsaka—voted.") {
      #expect(token.isCapitalized == (token.text.first?.isUppercase ?? false), "\(token.text)")
      #expect(token.isNumber == (token.text.first?.isNumber ?? false), "\(token.text)")
    }
  }

  @Test func nameWordsOnBytesMatchCharacters() {
    let prompts = [
      "His plan for the Mountbatten's _____ was signed in 1947.",
      "What did Nehru and Liaquat sign?",
      "weavers were a majority", "", "'Tis O'Brien's X-ray (UN) at 3pm,A.B.C", "Line\r\nTwo Words",
      "  Lead  'Quoted'  words ", "Ends on a Name",
    ]
    for prompt in prompts {
      #expect(
        QuestionCheck.nameWords(prompt) == QuestionCheck.unicodeNameWords(prompt), "\(prompt)")
    }
  }

  @Test func frontedPronounSubjectOnBytesMatchesTheSearch() {
    let sentences = [
      "Developed in 1928 by Smith, they were cheap.", "In 1955, it adopted a plan.",
      "He left, and he came back.", "They came,they saw.", ", she ", "Cities, theyre far.",
      "In June, and they left", "Paris, it", "No comma here at all.", "",
    ]
    for sentence in sentences {
      #expect(
        QuestionWriter.hasPronounSubjectAfterComma(sentence)
          == QuestionWriter.frontedPronounPhrases.contains { sentence.contains($0) }, "\(sentence)")
    }
  }

  @Test func anchorWordsOnBytesMatchCharacters() {
    let prompts = [
      "When did the worst moment come?", "In May 1970 P. Smith left.", "Who led the army? Nobody.",
      "the (Geneva) talks: Monday", "A. B. Jones and K. Lee", "\"Quoted\" words", "", "   ",
      "in 1970 it: Hanoi", "What -- I said -- Was", "1st Battalion", "x.Y z", "on Friday, said Ho",
      "the talks. March on", "word? Then 'Alpha' came", "line\nBreak Here",
    ]
    for prompt in prompts {
      #expect(
        QuestionCheck.asciiNamesSomething(prompt) == QuestionCheck.unicodeNamesSomething(prompt),
        "\(prompt)")
    }
    #expect(QuestionCheck.asciiNamesSomething("Line\r\nTwo") == nil)
  }

  @Test func windowWordsOnBytesMatchCharacters() {
    let windows = [
      "The British economist _____.", "They said it's over, and HE left\r\nthere.", "",
      "_____ (UN) in 1979 ... O'Neill's men", "  x  ", "A-B c_d 'e'",
    ]
    for window in windows {
      #expect(
        QuestionWriter.windowWords(window) == QuestionWriter.unicodeWindowWords(window),
        "\(window)")
    }
  }

  @Test func categoryNameWordsOnBytesMatchCharacters() {
    for name in ["the Treaty of Rome", "  Apollo  11 ", "", "Kaiser Wilhelm II", "a\r\nb c"] {
      #expect(AnswerCategory.nameWords(name) == AnswerCategory.unicodeNameWords(name), "\(name)")
    }
  }

  @Test func nameFrameTokensOnBytesMatchCharacters() {
    let texts = [
      "the Viceroy, Lord (\"Wavell\"), said: [no] Dr. Smith's U.S. plan!?", "", "  a  b ",
      "known as \"the Butcher\".", "end.", "Mr.", "Corp.).", "\"(\"", "e.g. word. (x)",
      "line\nbreak here", "island of _____ plant", "...", "a. b.c. abcd.", "[\"quoted\"],",
    ]
    for text in texts {
      var copy = text
      let ascii = copy.withUTF8 { NameFrame.asciiTokens($0) }
      #expect(ascii == NameFrame.unicodeTokens(text), "\(text)")
    }
    #expect(
      "a\r\nb".utf8.withContiguousStorageIfAvailable { NameFrame.asciiTokens($0) } == .some(nil))
  }

  @Test func topicStemsOnBytesMatchCharacters() {
    let words = [
      "Reactors", "plant's", "plants'", "glass", "gas", "it's", "'s", "s", "Test,", "U.S.", "",
      "A-bomb", "O'Neill's", "bus", "ss's", "\"The", "abc's", "x's", "Pass", "s's",
    ]
    for word in words {
      var copy = Substring(word)
      let ascii = copy.withUTF8 { ArticleTopic.asciiStem($0) }
      #expect(ascii == .some(ArticleTopic.unicodeStem(Substring(word))), "\(word)")
    }
  }

  @Test func countryNamesFoundAsWithoutTheFirstWordCheck() {
    // The loop of `country(named:)` without the first-word check, as a reference.
    func reference(_ words: [String]) -> String? {
      for length in stride(from: min(3, words.count), through: 1, by: -1) {
        let name = words.prefix(length).joined(separator: " ").lowercased()
        if let alias = NameFrame.countryAliases[name] { return alias }
        if AnswerCategory.countries.contains(name) { return name }
      }
      return nil
    }
    let texts = [
      "the United States and Great Britain signed", "Viet Nam's South Korea envoy", "",
      "Sri Lanka", "the U.S. ambassador to the Soviet Union", "New Zealand and Papua New Guinea",
      "BURMA and Türkiye", "north korea", "Czech Republic of",
    ]
    for text in texts {
      let words = text.split(separator: " ").map(String.init)
      for start in words.indices {
        let window = Array(words[start...].prefix(3))
        #expect(NameFrame.country(named: window) == reference(window), "\(window)")
      }
    }
    #expect(NameFrame.country(named: []) == nil)
  }
}

@Test(arguments: ["Stood", "O'Neill's,", "“Quoted”", "naïve", "Ünal's", "_____", "1,000", "ÉCOLE"])
func foldedWordMatchesTheCharacterReading(_ word: String) {
  #expect(
    QuestionShape.foldedWord(Substring(word))
      == word.lowercased().filter { $0.isLetter || $0 == "'" })
}

extension FastPathTests {
  @Test func properNamesByteSearchMatchesFoundationSearching() {
    let texts = [
      "Work began at the port of Orland. Orland’s trade “grew” — working, Worked, Orlando.",
      "Łukasz met Søren—then “Orland” again; (Orland) 12Orland Orland3 Orland, Straße",
      "Orland\nOrland, orland ORLAND Orlandx xOrland Or land",
      "Orland sailed on.", "Lê Duẩn met the café owner in Düsseldorf; Hà Nội, Tiệp, xé, ≠",
    ]
    let words = [
      "Orland", "orland", "Work", "work", "working", "Or", "land", "Kraków", "x", ";", "Le", "Du",
      "caf", "cafe", "sseldorf", "D", "Ha", "Tie", "=",
    ]
    for text in texts {
      // Each line a sentence, as the writer's articles give them.
      let sentences = text.split(separator: "\n").enumerated().map {
        Sentence(index: $0.offset, paragraph: 0, text: String($0.element))
      }
      let names = ProperNames(articles: [Article(name: "f", title: nil, sentences: sentences)])
      #expect(ProperNames.searchesAsBytes(text))
      for word in words {
        #expect(names.occurrences(of: word) == names.foundationOccurrences(of: word), "\(word)")
      }
    }
    // Text a byte search could read otherwise is left to Foundation: a combining accent, the
    // Kelvin sign (an uppercase K by canonical equivalence), the Greek question mark (a
    // semicolon), a carriage return, a joiner.
    for text in ["Orle\u{301}ans", "a\u{37E}", "\u{212A}elvin", "a\r\nb", "a\u{200D}b"] {
      #expect(!ProperNames.searchesAsBytes(text), "\(text)")
    }
  }
}

extension FastPathTests {
  @Test func mainClauseTableMatchesTheWordSets() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")
    var windows = [
      "Jupiter and Mars that had taken place in 1345.", "The court, set up in 1865.",
      "First signed on 6 May at Orland.", "…, and it still stands.", "Zoë Été WAS Ünal's aimed.",
      "The İstanbul talks STOPPED, and in ninety days some 19,000 Berliners.", "", "  ",
    ]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let words = line.split(separator: " ")
        // Every sentence-sized window, and the window cut after each of its first words.
        for cut in stride(from: 1, through: words.count, by: 3) {
          windows.append(words.prefix(cut).joined(separator: " ") + ".")
        }
      }
    }
    #expect(windows.count > 100)
    for window in windows {
      #expect(
        QuestionShape.lacksMainClause(window) == QuestionShape.lacksMainClauseByWords(window),
        "\(window)")
    }
  }
}

extension FastPathTests {
  @Test(arguments: [
    "… described the treaty as.", "It ended in 1945.", "Signed by the King and!", "the. . .",
    "", " ", "...", "Paris and Rome. ", "It was THE.", "O'Neill's", "ends with a\r\n",
    "a year of", "Such", "It went into  .", "1945.", "more than_", "Zoë and", "is it naïve or.",
  ])
  func danglingEndOnBytesMatchesTheCharacterReading(_ prompt: String) {
    #expect(
      QuestionCheck.endsOnDanglingWord(prompt) == QuestionCheck.unicodeEndsOnDanglingWord(prompt))
  }
}

extension FastPathTests {
  @Test func hyphenTestOnBytesMatchesFoundation() {
    let words = [
      "Defence-owned", "-", "--", "", "x", "naïve-ish", "Zoë", "-\u{301}", "a-\u{301}b",
      "e\u{301}-x", "—", "‐", "‑", "well‑known", "co-op,", "\u{212A}-", "Ünal-", "-é",
    ]
    for word in words {
      let raw = Substring(word)
      #expect(raw.holdsHyphen == raw.contains("-"), "\(word)")
    }
  }

  @Test func quotationStopOnBytesMatchesFoundation() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")
    var sentences = [
      "He placed an advertisement offering \"The Four Dead Sea Scrolls\" for sale.",
      "He placed an advertisement offering “The Four Dead Sea Scrolls” for sale.",
      "Zoë called it “naïve” and then \"late\".", "It was \"", "“", "", "no quotes at all",
      "a \u{212A} \"b\"", "offering \"x\u{301}\" now", "naïve \"x\"", "it’s “done”",
    ]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      sentences += text.split(separator: "\n").map(String.init)
    }
    let texts = [
      "… placed an advertisement offering?", "Zoë called it?", "and then.", "It was", "",
      "a \u{212A}?", "the naïve", "offering", "it’s", "O'Neill's", "1945.", "Who called it?",
    ]
    for sentence in sentences {
      // The sentence's own words, each taken as the last word of a text.
      var own = sentence.split(separator: " ").prefix(40).map { "Who " + $0 + "?" }
      own += texts
      for text in own {
        #expect(
          QuestionShape.stopsBeforeQuotation(text, of: sentence)
            == QuestionShape.stopsBeforeQuotationBySearching(text, of: sentence),
          "\(text) / \(sentence)")
      }
    }
  }
}

extension FastPathTests {
  /// Every line of the development articles.
  static func fixtureLines() throws -> [String] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")
    var lines: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      lines += text.split(separator: "\n").map(String.init)
    }
    return lines
  }

  @Test func letterWordsOnBytesMatchCharacterFiltering() throws {
    let texts = [
      "the tribunal found.", "It SAID,", "  two  spaces ", "", " ", "O'Neill's 1945 — x",
      "Zoë said", "naïve", "e\u{301}crit", "a\r\nb", "ﬁnd", "\u{212A}elvin", "x_y z-w",
    ]
    for text in try texts + Self.fixtureLines() {
      #expect(
        QuestionShape.letterWords(Substring(text))
          == QuestionShape.unicodeLetterWords(Substring(text)), "\(text)")
    }
  }

  /// `dropsOpeningWord` as it read before it looked at the first word alone.
  static func dropsOpeningWordBySplitting(_ statement: String, of sentence: String) -> Bool {
    let source = sentence.split(separator: " ").prefix(5).map { $0.lowercased() }
    let restated = statement.split(separator: " ").prefix(4).map { $0.lowercased() }
    guard source.count == 5, restated.count == 4,
      Lexicon.prepositions.contains(source[0])
        || Lexicon.subordinators.contains(source[0]),
      Array(source[1...4]) == restated
    else { return false }
    var previous: String?
    for raw in statement.split(separator: " ") {
      let word = raw.lowercased().filter(\.isLetter)
      if VerbForms.auxiliaries.contains(word) || VerbForms.base(ofPast: word) != nil {
        return false
      }
      if let previous, ["the", "a", "an"].contains(word), !Lexicon.isFunctionWord(previous) {
        return true
      }
      previous = word
    }
    return false
  }

  @Test func openingWordCheckMatchesSplitting() throws {
    var sentences = [
      "After a bitter cold snap the thermometer had climbed to 40 degrees.",
      "When troops fired on the crowd, many fled.", "ÀFTER a b c d e", "after  a  b c d",
      "In Zoë's town the mayor had gone.", "Before", "", "İn the end the war stopped there.",
    ]
    sentences += try Self.fixtureLines()
    for sentence in sentences {
      let words = sentence.split(separator: " ")
      // The sentence without its first word, as a statement restates it, and a few others.
      let statements = [
        words.dropFirst().joined(separator: " "), sentence,
        words.dropFirst().joined(separator: " ").uppercased(),
        "A bitter cold snap the thermometer had climbed.",
      ]
      for statement in statements {
        #expect(
          QuestionShape.dropsOpeningWord(statement, of: sentence)
            == Self.dropsOpeningWordBySplitting(statement, of: sentence), "\(sentence)")
      }
    }
  }
}

extension FastPathTests {
  /// Words of every shape the clause and name checks meet.
  static func words() throws -> [String] {
    var words = [
      "", "'", "O'Neill's", "ENDED", "ended", "end", "d", "ed", "eed", "agreed", "died", "tied",
      "stopped", "killed", "passed", "continued", "acquired", "Zoë", "naïve", "crée", "e\u{301}d",
      "fe\u{301}d", "d\u{301}", "ed\u{301}", "İstanbul", "\u{212A}elvin", "Jr", "Jr.", "Sr.", "Jr,",
      "Al", "Ali", "ﬁled", "ÉLU", "x\r\nd", "co-operated", "12th", "(signed)", "“quoted”",
    ]
    for line in try fixtureLines() { words += line.split(separator: " ").map(String.init) }
    return words
  }

  @Test func regularBaseByLastByteMatchesTheSuffixReading() throws {
    for word in try Self.words() {
      for form in [word, word.lowercased()] {
        #expect(VerbForms.regularBase(form) == VerbForms.regularBaseBySuffix(form), "\(form)")
      }
    }
  }

  @Test func foldedWordOnBytesMatchesCharacterFiltering() throws {
    for word in try Self.words() {
      let raw = Substring(word)
      #expect(
        QuestionShape.foldedWord(raw) == raw.lowercased().filter { $0.isLetter || $0 == "'" },
        "\(word)")
    }
  }

  @Test func surnameFromTheEndMatchesFilteringAllWords() throws {
    var names = [
      "Robert F. Kennedy", "Martin Luther King Jr.", "Sammy Davis Jr", "Al Gore", "Zoë Ünal",
      "", " ", "de Gaulle", "Charles de Gaulle", "Ho Chi Minh", "Lê Duẩn", "\u{212A}im Jong-un",
      "John Smith Sr.", "É\u{301}mile Zola", "Ab\u{301} Cd",
    ]
    let words = try Self.words()
    for start in stride(from: 0, to: min(words.count, 3000), by: 3) {
      names.append(words[start..<min(words.count, start + 4)].joined(separator: " "))
    }
    for name in names {
      let expected = name.split(separator: " ").map(String.init).filter {
        ($0.first?.isUppercase ?? false) && $0.count >= 3 && !["Jr", "Jr.", "Sr."].contains($0)
      }.last
      #expect(NameParts.surname(name) == expected, "\(name)")
    }
  }
}

extension FastPathTests {
  @Test func openingItOnBytesMatchesTheCharacterReading() throws {
    var texts = [
      "It was unusually warm.", "it", "IT", "It's late", "(It was", "“It was", "It\u{301} was",
      "It \u{301}was", " \u{301}It was", "  It  was", "", " ", "i t", "\r\nIt", "It\r\n", "It.",
      "Its", "I", "1t", "It1", "İt was", "Ït", "It—was", "It, was", "It \u{301}", "It é",
    ]
    texts += try Self.fixtureLines()
    texts += try Self.words()
    for text in texts {
      #expect(DummySubject.opensOnIt(text) == DummySubject.unicodeOpensOnIt(text), "\(text)")
    }
  }
}

extension FastPathTests {
  /// The clause, name and question checks now cut their text at space bytes (`spaceSplit`):
  /// on every text of the shapes they read (lines, the stretches before a fact, single names)
  /// the words and where they start must be those of the Character split.
  @Test func spaceSplitOfCheckedTextsMatchesTheCharacterSplit() throws {
    var texts = [
      "Robert F. Kennedy", "Soviet Il", "Ngô Đình Diệm said", "a \u{301}b", "x \u{200D}y",
      "\u{600} 5", "ع \u{600}", "flag \u{1F1FB}\u{1F1F3} here", "Zoë  and  Chloë ",
      "When did an Irish woman raise?", "e\u{301} é", "中文 词语", "Ελληνικά λέξεις", " ",
    ]
    for line in try Self.fixtureLines() {
      texts.append(line)
      // The 60 scalars before a fact, as `dropsPartner` reads them, at every tenth offset.
      let scalars = Array(line.unicodeScalars)
      for end in stride(from: 0, through: scalars.count, by: 10) {
        var stretch = String.UnicodeScalarView()
        stretch.append(contentsOf: scalars[max(0, end - 60)..<end])
        texts.append(String(stretch))
      }
    }
    for text in texts {
      let fast = spaceSplit(text)
      let slow = text.split(separator: " ")
      #expect(fast == slow, "\(text)")
      #expect(fast.map(\.startIndex) == slow.map(\.startIndex), "\(text)")
    }
  }
}

extension FastPathTests {
  /// `SpaceWords`, read to the end and read again past it, gives the Character split's words
  /// at the same places, on ASCII text cut at its bytes and on any other text.
  @Test func spaceWordsMatchTheCharacterSplit() throws {
    var texts = [
      "The test therefore fell to the night shift.", "  The  plant ", "", " ", "   ", "word",
      "The harbour master, Ole Berg, said", "a \u{301}b", "“The plant” was", "\u{600} 5",
      "The Zoë case", "The\r\nnext one", "tab\tand words", "e\u{301} é", "中文 词语",
    ]
    texts += try Self.fixtureLines()
    for text in texts {
      var words = SpaceWords(text)
      var read: [Substring] = []
      while let word = words.next() { read.append(word) }
      let slow = text.split(separator: " ")
      #expect(read == slow, "\(text)")
      #expect(read.map(\.startIndex) == slow.map(\.startIndex), "\(text)")
      #expect(words.next() == nil)
    }
  }
}

extension FastPathTests {
  /// A pool's name readings, asked twice (the second time from the pool's cache), give what
  /// the checks give when asked directly.
  @Test func poolNameReadingsMatchTheDirectChecks() {
    let names: [(String, FactKind)] = [
      ("Robert F. Kennedy", .person), ("Soviet Il", .person), ("Ngô Đình Diệm", .person),
      ("Red Forest", .person), ("Brekke", .person), ("Kim Jong Un Jr.", .person),
      ("Lake Chad", .place), ("Soviet Union on the United States", .place),
      ("Zoë Ó Briain", .person), ("the Ministry of Defence", .organization), ("Al", .person),
      ("Dr. Aung San Suu Kyi", .person), ("e\u{301}mile Zola", .person), ("İsmet İnönü", .person),
    ]
    let facts = names.enumerated().map { index, name in
      let text = "President \(name.0) said on Monday."
      let start = "President ".unicodeScalars.count
      return Fact(
        kind: name.1, text: name.0, value: name.0,
        source: FactSource(
          article: "a", sentence: index, span: start..<(start + name.0.unicodeScalars.count),
          text: text))
    }
    let pool = DistractorPool(facts)
    for index in pool.entries.indices {
      guard let answer = pool.entries[index].answer else {
        #expect(pool.nameReading(index) == nil)
        continue
      }
      let frame = pool.frame(ofKey: answer.key)
      for _ in 0..<2 {
        let reading = pool.nameReading(index)
        #expect(reading?.isFragment == NameParts.isFragment(answer.text), "\(answer.text)")
        #expect(reading?.surname == NameParts.surname(answer.text), "\(answer.text)")
        #expect(
          reading?.looksLikePerson(frame: frame)
            == NameFrame.looksLikePerson(answer.text, frame: frame), "\(answer.text)")
      }
    }
  }
}

extension FastPathTests {
  @Test func commaEndingOnBytesMatchesTheCharacters() throws {
    var words = [
      ",", "word,", "word", "", " ,", "Zoë,", "naïve,", "x,\u{301}", "\u{600},", "a\u{600},",
      "“quoted,”", "end,,", "1,000", "e\u{301},", "中文,", "\u{1F1FB}\u{1F1F3},", "\r\n,",
    ]
    words += try Self.words()
    for word in words {
      let raw = Substring(word)
      #expect(raw.endsOnComma == raw.hasSuffix(","), "\(word)")
      // A word cut from a longer text, as `lacksMainClause` reads it.
      let text = "\u{600}" + word + " next"
      let cut = text.dropLast(5)
      #expect(cut.endsOnComma == cut.hasSuffix(","), "\(word)")
    }
  }
}

extension FastPathTests {
  /// `asciiSplit` with the byte tests `givesAway` uses gives the words of the character tests
  /// they stand for, on every ASCII text, and steps aside for any other.
  @Test func asciiSplitMatchesTheCharacterSplit() throws {
    var texts = [
      "Mountbatten Plan", "Nehru-Liaquat Pact", "Hay–Herrán Treaty", "the sale of salt",
      "a\r\nb", "O'Neill's  men--and 12 others.", "", " - ", "Zoë-Ann Smith", "x\u{301}-y",
      "\r\n", "-a-", "weavers were a majority",
    ]
    texts += try Self.fixtureLines()
    texts += try Self.words()
    for text in texts {
      let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
      let names = text.asciiSplit { $0 == 0x20 || $0 == 0x2D }
      let letters = text.asciiSplit { byte in
        !((0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x27)
      }
      #expect((names != nil) == isASCII && (letters != nil) == isASCII, "\(text)")
      guard let names, let letters else { continue }
      let slowNames = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" })
      let slowLetters = text.split(whereSeparator: { !$0.isLetter && $0 != "'" })
      #expect(names == slowNames, "\(text)")
      #expect(names.map(\.startIndex) == slowNames.map(\.startIndex), "\(text)")
      #expect(letters == slowLetters, "\(text)")
      #expect(letters.map(\.startIndex) == slowLetters.map(\.startIndex), "\(text)")
    }
  }
}

extension FastPathTests {
  /// `asciiFiltered` with the byte tests the checks use keeps what the character filters
  /// they stand for keep, on every ASCII word, and steps aside for any other.
  @Test func asciiFilteredMatchesTheCharacterFilter() throws {
    var words = ["a\r\nb", "\r\n", "x_1,", "“them”", "_____", "In", "1990s.", "them;"]
    words += try Self.words()
    for word in words.map({ Substring($0) }) {
      let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
      let letters = word.asciiFiltered(TextFolding.isASCIILetter)
      let wordBytes = word.asciiFiltered(QuestionWriter.isWordByte)
      #expect((letters != nil) == isASCII && (wordBytes != nil) == isASCII, "\(word)")
      guard let letters, let wordBytes else { continue }
      #expect(letters == String(word.filter(\.isLetter)), "\(word)")
      #expect(
        wordBytes == String(word.filter { $0.isLetter || $0.isNumber || $0 == "_" }), "\(word)")
    }
  }
}
