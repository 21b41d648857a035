import Articles
import Facts
import Testing

@testable import Questions

/// A small article of my own about an invented alliance, with the facts an extractor would find.
struct MiniArticle {
  static let sentences = [
    "The Northern League was founded on March 3, 1921.",
    "Austria joined the United Nations in 1955.",
    "In May 1949, the Allies lifted the blockade of Berlin.",
    "The rebels in Kronstadt were defeated on March 18, 1921.",
    "So far, Norway has trained 412 pilots for the rescue service.",
    "In 2015, Finland donated 300,000 EUR to the flood relief fund.",
    "In 2016, Sweden donated 450,000 EUR to the flood relief fund.",
    "Egypt opened the Suez Canal in 1869.",
    "A special court convicted former ministers Marcus Brandt and Olaf Weiss of fraud.",
    "Ada Lovelace wrote the first published algorithm.",
  ]

  static func facts(sentences: [String] = sentences, offset: Int = 0) -> [Fact] {
    func at(_ text: String) -> (String, Int) {
      let index = sentences.firstIndex { $0.contains(text) }!
      return (sentences[index], index + offset)
    }
    var result: [Fact] = []
    func add(
      _ kind: FactKind, _ words: String, value: String? = nil, granularity: DateGranularity? = nil,
      unit: String? = nil
    ) {
      let (sentence, index) = at(words)
      result.append(
        fact(
          kind, words, in: sentence, value: value, granularity: granularity, unit: unit,
          article: "mini.txt", index: index))
    }
    add(.date, "March 3, 1921", value: "1921-03-03", granularity: .day)
    add(.organization, "Northern League")
    add(.organization, "the United Nations", value: "United Nations")
    add(.year, "1955")
    add(.date, "May 1949", value: "1949-05", granularity: .month)
    add(.date, "March 18, 1921", value: "1921-03-18", granularity: .day)
    add(.number, "412", unit: "pilots")
    add(.money, "300,000 EUR", value: "300000 EUR", unit: "EUR")
    add(.money, "450,000 EUR", value: "450000 EUR", unit: "EUR")
    add(.year, "2015")
    add(.year, "2016")
    add(.year, "1869")
    add(.person, "Marcus Brandt")
    add(.person, "Ada Lovelace")
    add(.place, "Kronstadt")
    return result
  }

  static func article(sentences: [String] = sentences) -> Article {
    Article(
      name: "mini.txt", title: "Mini",
      sentences: sentences.enumerated().map {
        Sentence(index: $0.offset, paragraph: 0, text: $0.element)
      })
  }
}

struct WriterTests {
  @Test func sameInputAndSeedGiveTheSameQuestions() {
    let a = QuestionWriter(seed: 7).write(
      facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    let b = QuestionWriter(seed: 7).write(
      facts: MiniArticle.facts().reversed(), articles: [MiniArticle.article()])
    #expect(a.questions == b.questions)
    let c = QuestionWriter(seed: 8).write(
      facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    #expect(a.questions.map(\.id) == c.questions.map(\.id))
  }

  @Test func idsSurviveAnUnrelatedSentenceAdded() {
    // Every fact asked, so only the ids are compared, not what the ranking chose.
    let before = QuestionWriter(maxFacts: 100).write(
      facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    let longer = ["Winters in the north are long and dark."] + MiniArticle.sentences
    let after = QuestionWriter(maxFacts: 100).write(
      facts: MiniArticle.facts(sentences: longer, offset: 0),
      articles: [MiniArticle.article(sentences: longer)])
    let oldIDs = Set(before.questions.filter { $0.kind != .order }.map(\.id))
    let newIDs = Set(after.questions.filter { $0.kind != .order }.map(\.id))
    #expect(!oldIDs.isEmpty)
    #expect(oldIDs.isSubset(of: newIDs))
  }

  @Test func siblingsShareTheFactID() {
    let set = QuestionWriter().write(facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    let about1955 = set.questions.filter { $0.fact.value == "1955" }
    #expect(about1955.count >= 2)
    #expect(Set(about1955.map(\.fact.id)).count == 1)
    #expect(Set(about1955.map(\.id)).count == about1955.count)
  }

  @Test func everyQuestionPassesTheAutomaticChecks() {
    let set = QuestionWriter(maxFacts: 100).write(
      facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    #expect(set.questions.count > 10)
    for question in set.questions {
      QuestionAudit.check(question)
    }
    #expect(set.questions.contains { $0.kind == .order })
    #expect(set.questions.contains { $0.kind == .truefalse })
    #expect(
      set.questions.contains {
        $0.prompt.hasSuffix("In what year did Austria join the United Nations?")
      })
  }

  @Test func timelineItemsFallInDistinctYears() throws {
    let set = QuestionWriter(maxFacts: 100).write(
      facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    let order = try #require(set.questions.first { $0.kind == .order })
    let years = order.fact.value.split(separator: " ").map { $0.prefix(4) }
    #expect(Set(years).count == years.count)
    #expect(years == years.sorted())
    #expect(!order.choices.contains { $0.contains(where: \.isNumber) })
  }

  @Test func budgetIsRespected() {
    let set = QuestionWriter(maxFacts: 3).write(
      facts: MiniArticle.facts(), articles: [MiniArticle.article()])
    #expect(set.selected.count == 3)
    #expect(Set(set.questions.filter { $0.kind != .order }.map(\.fact.id)).count == 3)
    #expect(QuestionWriter.budget(wordCount: 600) == 25)
  }

  @Test func aFactToldTwiceIsAskedOnce() {
    var facts = MiniArticle.facts()
    let second = "Austria became a member of the United Nations in 1955."
    facts.append(fact(.year, "1955", in: second, value: "1955", article: "other.txt", index: 0))
    let other = Article(
      name: "other.txt", title: nil, sentences: [Sentence(index: 0, paragraph: 0, text: second)])
    let set = QuestionWriter().write(facts: facts, articles: [MiniArticle.article(), other])
    let ids = Set(
      set.questions.filter { $0.fact.value == "1955" && $0.kind != .order }.map(\.fact.id))
    #expect(ids.count == 1)
    #expect(set.facts.contains { $0.reason == "duplicate" })
  }

  @Test func numbersInsideNamesAreNotCounts() {
    let sentence = "The council passed Directive 100 in January 1981."
    let number = fact(.number, "100", in: sentence, value: "100")
    #expect(!QuestionWriter().isAskable(number))
    let count = fact(.number, "412", in: "Norway trained 412 pilots.", value: "412", unit: "pilots")
    #expect(QuestionWriter().isAskable(count))
  }

  @Test func captionsAreNotAsked() {
    var article = MiniArticle.article()
    article.sentences[1].isCaption = true
    let set = QuestionWriter().write(facts: MiniArticle.facts(), articles: [article])
    #expect(!set.questions.contains { $0.source.sentence == 1 })
  }
}

/// The automatic checks the brief names, shared by unit and integration tests.
enum QuestionAudit {
  static let pronouns: Set<String> = [
    "it", "they", "he", "she", "we", "this", "these", "those", "there", "its", "their",
  ]

  static func check(_ question: Question, sourceLocation: SourceLocation = #_sourceLocation) {
    let prompt = question.prompt
    #expect(!prompt.trimmingCharacters(in: .whitespaces).isEmpty, sourceLocation: sourceLocation)
    let first =
      TextFolding.words(
        prompt.replacingOccurrences(of: "True or false:", with: "").replacingOccurrences(
          of: "Fill the gap:", with: "")
      ).first ?? ""
    #expect(!pronouns.contains(first), "pronoun-initial: \(prompt)", sourceLocation: sourceLocation)
    switch question.kind {
    case .short, .cloze, .choice:
      #expect(
        !TextFolding.contains(prompt, question.answer),
        "answer in prompt: \(prompt) / \(question.answer)", sourceLocation: sourceLocation)
      #expect(
        !TextFolding.contains(prompt, question.fact.text), "fact in prompt: \(prompt)",
        sourceLocation: sourceLocation)
    default: break
    }
    switch question.kind {
    case .cloze:
      #expect(prompt.contains("_____"), sourceLocation: sourceLocation)
    case .choice:
      #expect(question.choices.count == 4, sourceLocation: sourceLocation)
      #expect(
        Set(question.choices.map(TextFolding.key)).count == 4, "\(question.choices)",
        sourceLocation: sourceLocation)
      #expect(question.choices.contains(question.answer), sourceLocation: sourceLocation)
      for choice in question.choices where choice != question.answer {
        #expect(
          !TextFolding.contains(prompt, choice), "choice in prompt: \(choice)",
          sourceLocation: sourceLocation)
      }
    case .truefalse:
      #expect(["True", "False"].contains(question.answer), sourceLocation: sourceLocation)
    case .order:
      #expect((4...5).contains(question.choices.count), sourceLocation: sourceLocation)
      #expect(
        question.answer.components(separatedBy: orderSeparator).sorted()
          == question.choices.sorted(), sourceLocation: sourceLocation)
    case .short:
      #expect(prompt.hasSuffix("?"), sourceLocation: sourceLocation)
    }
  }
}

@Suite struct MentionRankingTests {
  @Test func aNameTheStoryKeepsNamingRanksFirst() {
    let texts = [
      "Kari Lund opened the new school in Vik last spring.",
      "Ola Berg opened the new bridge in Tarn last spring.",
      "Crowds in the square cheered Ola Berg at the bridge.",
      "Ola Berg later left Tarn for the capital.",
    ]
    let article = oneParagraph(texts, name: "m.txt")
    let facts = [
      fact(.person, "Kari Lund", in: texts[0], article: "m.txt", index: 0),
      fact(.person, "Ola Berg", in: texts[1], article: "m.txt", index: 1),
    ]
    let set = QuestionWriter(maxFacts: 1).write(facts: facts, articles: [article])
    #expect(set.selected.map(\.fact.value) == ["Ola Berg"])
  }
}

struct TimelineTests {
  @Test func aSecondTimelineRunsBackwards() throws {
    let piers = ["north", "south", "east", "west", "stone", "timber", "ferry", "fishing"]
    let sentences = piers.enumerated().map {
      "The town built the \($0.element) pier in \(1901 + $0.offset * 3)."
    }
    let article = Article(
      name: "t.txt", title: "Piers",
      sentences: sentences.enumerated().map {
        Sentence(index: $0.offset, paragraph: 0, text: $0.element)
      })
    let facts = sentences.enumerated().map { index, sentence in
      fact(.year, String(1901 + index * 3), in: sentence, article: "t.txt", index: index)
    }
    let set = QuestionWriter(maxFacts: 20).write(facts: facts, articles: [article])
    let timelines = set.questions.filter { $0.kind == .order }
    #expect(timelines.count == 2)
    #expect(Set(timelines.map(\.prompt)).count == 2)
    let backwards = try #require(timelines.first { $0.prompt.hasSuffix("latest first.") })
    let order = backwards.answer.components(separatedBy: orderSeparator).compactMap { item in
      piers.firstIndex { item.contains(" \($0) pier") }
    }
    #expect(order.count == 4 || order.count == 5)
    #expect(order == order.sorted().reversed())
  }
}

struct BoundFigureTests {
  @Test func aBoundIsAskedOnlyBesideItsGap() {
    let sentence =
      "The great storm of 1907 damaged more than 18,600 houses along the northern coast."
    var houses = fact(.number, "18,600", in: sentence, value: "18600", unit: "houses")
    houses.qualifier = "more than"
    let article = Article(
      name: "a.txt", title: "Storm", sentences: [Sentence(index: 0, paragraph: 0, text: sentence)])
    let set = QuestionWriter().write(facts: [houses], articles: [article])
    let cards = set.questions.filter { $0.fact.value == "18600" }
    #expect(cards.map(\.kind) == [.cloze])
    #expect(cards.first?.prompt.contains("more than _____ houses") ?? false)
  }
}

struct ClozeGuardTests {
  @Test func aSourcesDateIsNoEvent() {
    let sentence = "A 1931 article in the Velmar Gazette praised the new pier."
    #expect(QuestionWriter.describesASource(fact(.year, "1931", in: sentence)))
    let event = "The pier opened in 1931 after two years of work."
    #expect(!QuestionWriter.describesASource(fact(.year, "1931", in: event)))
    #expect(!QuestionWriter().isAskable(fact(.year, "1931", in: sentence)))
  }

  @Test func aConversionInBracketsIsAnAside() {
    let sentence = "The town owed 40 million crowns (then about £2.1 million) to its bankers."
    let pounds = fact(
      .money, "£2.1 million", in: sentence, value: "2100000 GBP", unit: "GBP")
    #expect(QuestionWriter.isInsideBrackets(pounds))
    #expect(!QuestionWriter().isAskable(pounds))
    let minutes = fact(
      .number, "18", in: "It landed 18 minutes later.", value: "18", unit: "minutes")
    #expect(FactFeatures.group(of: minutes) == .duration)
  }

  @Test func aQuotationCutOpenIsNoCloze() {
    let made = fact(
      .term, "sea wolves", in: "The mayor said, \"You are the sea wolves of the new age.")
    #expect(
      QuestionWriter().checkedCloze(
        "The mayor said, \"You are the _____ of the new age.", made, words: 9,
        pronounSubject: false) == nil)
    #expect(
      QuestionWriter().checkedCloze(
        "The mayor said, \"You are the _____ of the new age.\"", made, words: 9,
        pronounSubject: false) != nil)
  }

  @Test func aFrontedPhraseKeepsItsMainClause() {
    let sentence =
      "In June 1907, answering the call of the Harbour Board and the town, the fishermen of the north coast rebuilt the old pier in nine days."
    let made = fact(.organization, "Harbour Board", in: sentence)
    #expect(SentenceWindow.around(made.source.span, in: sentence, maxWords: 12) == nil)
  }
}

struct ContextGuardTests {
  @Test func pronounsThatPointAwayAreLoose() {
    #expect(QuestionWriter.hasLoosePronoun("In 1955 it adopted the _____."))
    #expect(QuestionWriter.hasLoosePronoun("The last crew, led by _____, left it."))
    #expect(
      !QuestionWriter.hasLoosePronoun("Hungary opened its border and it let _____ people go."))
  }

  @Test func aWindowWithoutAVerbOrWithAPronounIsAFragment() {
    #expect(QuestionWriter.isFragment("The British economist _____."))
    #expect(QuestionWriter.isFragment("Then they signed the _____ in May."))
    #expect(!QuestionWriter.isFragment("On _____ a storm broke the new pier in two."))
  }

  @Test func oneEndOfARangeIsNoGap() {
    #expect(QuestionWriter.gapEdges("The vote was held from 26 to _____.") == nil)
    #expect(QuestionWriter.gapEdges("Between 10 and _____ people died.") == nil)
    #expect(QuestionWriter.gapEdges("The vote was held on _____.") != nil)
  }

  @Test func hereOpensASentenceThatLeansOnTheLastOne() {
    #expect(SentenceInfo("Here a layer of sand covered the hull in 1907.").startsWithPronoun)
  }
}

struct EraYearTests {
  @Test func aYearBeforeTheCommonEraIsShownWithItsEra() {
    #expect(AnswerFormat.date("-0241") == "241 BC")
    #expect(AnswerFormat.date("0938") == "938")
    #expect(AnswerFormat.date("1979") == "1979")
    #expect(AnswerFormat.date("-0300/-0201") == "300 BC–201 BC")
    #expect(AnswerFormat.date("-0539-10") == "October 539 BC")
    #expect(AnswerFormat.date("0751-07") == "July 751")
    #expect(!AnswerFormat.date("--06-29").hasSuffix("BC"))
  }

  @Test func aYearBeforeTheCommonEraIsAsked() {
    let sentence = "The fleet of Velmar was burnt in 241 BC, at the end of the first long war."
    var burnt = fact(.year, "241 BC", in: sentence, value: "-0241")
    burnt.granularity = .year
    #expect(QuestionWriter().isAskable(burnt))
    #expect(AnswerFormat.variants(for: burnt).contains("241 BCE"))
    let article = Article(
      name: "a.txt", title: "Velmar", sentences: [Sentence(index: 0, paragraph: 0, text: sentence)])
    let set = QuestionWriter().write(facts: [burnt], articles: [article])
    let cloze = set.questions.first { $0.kind == .cloze }
    #expect(cloze?.answer == "241 BC")
    // ("the first long war" leans on the story: the title goes ahead of it.)
    #expect(
      cloze?.prompt
        == "Velmar — The fleet of Velmar was burnt in _____, at the end of the first long war.")
  }
}

@Suite struct DefinedTermQuestionTests {
  @Test func aTermTheSentenceDefinesIsAskedAndAHeadingInCapitalsIsNot() {
    let writer = QuestionWriter(seed: 1)
    let sentence = "Bands of pilgrims called penitents walked from town to town in silence."
    #expect(writer.isAskable(fact(.term, "penitents", in: sentence)))
    // A lower-case term the sentence does not define is a common word.
    #expect(!writer.isAskable(fact(.term, "pilgrims", in: sentence)))
    #expect(!writer.isAskable(fact(.term, "DID YOU KNOW", in: "DID YOU KNOW the town had a mint?")))
    #expect(
      writer.isAskable(fact(.term, "DEFCON 2", in: "The air force moved to DEFCON 2 that day.")))
    #expect(writer.isAskable(fact(.person, "Francis I", in: "The emperor Francis I was the host.")))
  }
}

/// Lower-case terms the article teaches, on sentences of my own.
struct TaughtTermTests {
  @Test func aLowerCaseTermIsAskedWhenTheArticleTeachesIt() {
    var writer = QuestionWriter(seed: 1)
    let glossed = "The mills burned peat briquettes, or PBs, through the winter."
    #expect(writer.isAskable(fact(.term, "peat briquettes", in: glossed, article: "m.txt")))
    let bracketed = "Engineers switched to tidal barrages (TBs) after 1950."
    #expect(writer.isAskable(fact(.term, "tidal barrages", in: bracketed, article: "m.txt")))
    let numbered = "The boiler ran on coke grade-4 until the war."
    #expect(writer.isAskable(fact(.term, "grade-4", in: numbered, article: "m.txt")))
    let italic = "The council adopted a policy of openness in 1962."
    #expect(!writer.isAskable(fact(.term, "openness", in: italic, article: "m.txt")))
    writer.emphasized["m.txt"] = ["openness"]
    #expect(writer.isAskable(fact(.term, "openness", in: italic, article: "m.txt")))
    // A plain lower-case word is not a term to learn.
    #expect(!writer.isAskable(fact(.term, "winter", in: glossed, article: "m.txt")))
    // Named after the naming verb's object.
    let named = "They found a new element and named it lutetium, after Paris."
    #expect(writer.isAskable(fact(.term, "lutetium", in: named, article: "m.txt")))
    let called = "The chemist called the effect fluorescence."
    #expect(writer.isAskable(fact(.term, "fluorescence", in: called, article: "m.txt")))
  }
}
