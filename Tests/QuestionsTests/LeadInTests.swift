import Articles
import Facts
import Testing

@testable import Questions

/// Sentences of my own about an invented harbour town: a sentence that opens with a pronoun is
/// asked with the sentence before it, and only when that sentence can carry it.
struct LeadInTests {
  /// The cloze the writer makes for `words` in the last of `sentences` (all one paragraph unless
  /// `paragraphs` says otherwise).
  func cloze(
    _ sentences: [String], _ kind: FactKind, _ words: String, value: String? = nil,
    granularity: DateGranularity? = nil, paragraphs: [Int]? = nil
  ) -> String? {
    let article = Article(
      name: "l.txt", title: nil,
      sentences: sentences.enumerated().map {
        Sentence(
          index: $0.offset, paragraph: paragraphs?[$0.offset] ?? 0, text: $0.element)
      })
    let last = sentences.count - 1
    let made = fact(
      kind, words, in: sentences[last], value: value, granularity: granularity,
      article: "l.txt", index: last)
    var writer = QuestionWriter(seed: 1)
    writer.leadIn = LeadIn(articles: [article])
    return writer.clozePrompt(made)
  }

  let council = "The Orland harbour council met in the old customs house."
  let charter = "It approved the Harbour Charter on 4 May 1911."

  @Test func aPronounSentenceIsAskedWithTheSentenceBefore() {
    #expect(
      cloze([council, charter], .date, "4 May 1911", value: "1911-05-04", granularity: .day)
        == "The Orland harbour council met in the old customs house. It approved the Harbour"
        + " Charter on _____.")
    #expect(
      cloze(
        ["Ships crowded the quay all winter.", council, "They voted to dredge it."],
        .term, "Orland") == nil)
  }

  @Test func theSentenceBeforeMustStandOnItsOwn() {
    // Another paragraph, a caption-like fragment, a sentence that leans on its own
    // predecessor, a quotation: none says what "It" is.
    #expect(
      cloze(
        [council, charter], .date, "4 May 1911", value: "1911-05-04", granularity: .day,
        paragraphs: [0, 1]) == nil)
    #expect(
      cloze(
        ["The old customs house", charter], .date, "4 May 1911", value: "1911-05-04",
        granularity: .day) == nil)
    #expect(
      cloze(
        ["They met in the old customs house.", charter], .date, "4 May 1911",
        value: "1911-05-04", granularity: .day) == nil)
    #expect(
      cloze(
        ["\"We shall build,\" the harbour council said.", charter], .date, "4 May 1911",
        value: "1911-05-04", granularity: .day) == nil)
    // A sentence before that leans on its own predecessor through "them".
    #expect(
      cloze(
        ["The harbour council met to inspect them in the old customs house.", charter], .date,
        "4 May 1911", value: "1911-05-04", granularity: .day) == nil)
    // Nothing before the first sentence.
    #expect(cloze([charter], .date, "4 May 1911", value: "1911-05-04", granularity: .day) == nil)
  }

  @Test func anOwnerPronounBeforeAnyNameTakesTheSentenceBefore() {
    let mayor = "Mayor Ida Brun ordered the old quay closed in 1908."
    let orders = "On her orders, the harbour council sold the customs house for 900 crowns."
    #expect(
      cloze([mayor, orders], .money, "900 crowns", value: "900 SEK")
        == mayor + " On her orders, the harbour council sold the customs house for _____.")
    // Named first, the pronoun points inside: the sentence stands alone.
    let named = "Ida Brun said her council sold the customs house for 900 crowns."
    #expect(
      cloze([mayor, named], .money, "900 crowns", value: "900 SEK")
        == "Ida Brun said her council sold the customs house for _____.")
  }

  @Test func anOffTopicDefiniteSubjectTakesTheSentenceBefore() {
    // "The sum" names something of the sentence before, even in other words.
    let fine = "In 1905 the Orland harbour council fined the shipyard 900 crowns."
    let sum = "The sum was halved to 450 crowns a year later."
    #expect(
      cloze([fine, sum], .money, "450 crowns", value: "450 SEK")
        == fine + " The sum was halved to _____ a year later.")
  }

  @Test func theSentenceBeforeMustNotGiveTheAnswerAway() {
    #expect(
      cloze(
        ["The Harbour Charter was drafted by the Orland harbour council.", charter], .term,
        "Harbour Charter") == nil)
  }

  @Test func aSentenceThatStandsAloneNeedsNoLeadIn() {
    // Its own cloze is enough: the sentence before is not quoted.
    #expect(
      cloze(
        [council, "The council approved the Harbour Charter on 4 May 1911."], .date,
        "4 May 1911", value: "1911-05-04", granularity: .day)
        == "The council approved the Harbour Charter on _____.")
  }

  @Test func aPronounFurtherInIsNotResolvedByTheSentenceBefore() {
    // "they" may point anywhere: the sentence before is not quoted for it.
    let prompt = cloze(
      [council, "In Velda, a young clerk, Anna Roos, said that they were safe to sign."],
      .person, "Anna Roos")
    #expect(prompt == "In Velda, a young clerk, _____, said that they were safe to sign.")
    // Asked for a lead-in all the same, the writer refuses one: nothing at the sentence's head
    // leans on the sentence before.
    let sentences = [council, "In Velda, a young clerk, Anna Roos, said that they were safe."]
    var writer = QuestionWriter(seed: 1)
    writer.leadIn = LeadIn(articles: [oneParagraph(sentences, name: "l.txt")])
    let clerk = fact(.person, "Anna Roos", in: sentences[1], article: "l.txt", index: 1)
    #expect(writer.leadIn.sentence(before: clerk.source) == council)
    #expect(writer.leadInCloze(clerk, info: SentenceInfo(sentences[1])) == nil)
  }
}

extension LeadInTests {
  @Test func aRunOnOneSubjectReachesBackTwoSentences() {
    #expect(
      cloze(
        [
          "The two envoys stayed in Velda for a week.", "They signed a grain treaty there.",
          "They met King Aldo Ferrin on the last day.",
        ], .person, "Aldo Ferrin")
        == "The two envoys stayed in Velda for a week. They signed a grain treaty there. They met"
        + " King _____ on the last day.")
    // The first sentence must name the subject: a run with nothing before it is not asked.
    #expect(
      cloze(
        ["They signed a grain treaty there.", "They met King Aldo Ferrin on the last day."],
        .person, "Aldo Ferrin") == nil)
  }

  @Test func aShortSentenceLosesATrailingClauseThatLeansOutside() {
    var writer = QuestionWriter(seed: 1)
    writer.leadIn = LeadIn(articles: [])
    let sentence =
      "The harbour master, Ole Berg, took the plan to Velda in May, but the king refused it."
    #expect(
      writer.clozePrompt(fact(.person, "Ole Berg", in: sentence))
        == "The harbour master, _____, took the plan to Velda in May.")
  }

  @Test func aLongSentenceCutAfterItsOpeningKeepsAPronounItsNamesExplain() {
    var writer = QuestionWriter(seed: 1)
    writer.leadIn = LeadIn(articles: [])
    // Over forty words: only a window of it can be asked. "it" points at the pier it names.
    let sentence =
      "Dr. Ida Brun, an engineer at the Orland Institute of Harbours, said the new pier would"
      + " help but warned that it must be matched by dredging of the outer channel, by a"
      + " second breakwater and by a ban on the sand pits that have eaten the dunes for"
      + " years and years."
    #expect(
      writer.clozePrompt(fact(.person, "Ida Brun", in: sentence))
        == "Dr. _____, an engineer at the Orland Institute of Harbours, said the new pier would"
        + " help but warned that it must be matched by dredging of the outer channel.")
    // A pronoun before any name still points outside a window cut from the sentence …
    let owned =
      "At its meeting in Velda in 1911, presided over by Ida Brun, the harbour council voted"
      + " to build a new pier, a second breakwater and a customs house, and to ban the sand"
      + " pits that had eaten the dunes and the beaches of the northern shore for years and"
      + " years, to the dismay of the carters and the brick makers of the town."
    #expect(writer.clozePrompt(fact(.person, "Ida Brun", in: owned)) == nil)
    // … but not in the whole sentence, asked whole when it is not too long: there "its" is
    // the council's.
    let shorter =
      "At its meeting in Velda in 1911, presided over by Ida Brun, the harbour council voted"
      + " to build a new pier, a second breakwater and a customs house, and to ban the sand"
      + " pits that had eaten the dunes and the beaches for years and years."
    #expect(
      writer.clozePrompt(fact(.person, "Ida Brun", in: shorter))
        == shorter.replacingOccurrences(of: "Ida Brun", with: "_____"))
  }
}

extension LeadInTests {
  @Test func aRelativeTimeOpenerIsAskedWithTheSentenceBefore() {
    let before = "The envoys reached Velda on 3 May 1911."
    let next = "The next day Aldo Ferrin met them at the harbour gate."
    #expect(
      cloze([before, next], .person, "Aldo Ferrin")
        == before + " The next day _____ met them at the harbour gate.")
    // The date itself is asked: the relative time is no loss.
    let dated = "Two days later, on 5 May 1911, the envoys sailed home to Orland."
    #expect(
      cloze([before, dated], .date, "5 May 1911", value: "1911-05-05", granularity: .day)
        == "Two days later, on _____, the envoys sailed home to Orland.")
    #expect(QuestionCheck.opensOnRelativeTime("Nine days later the envoys sailed."))
    #expect(!QuestionCheck.opensOnRelativeTime("The envoys sailed home nine days later."))
    // The day of something the story told before is as relative.
    #expect(QuestionCheck.opensOnRelativeTime("On the day of the auction, 200 envoys landed."))
    #expect(QuestionCheck.hasOnlyRelativeTime("On the day of the auction, _____ envoys landed."))
    #expect(!QuestionCheck.hasOnlyRelativeTime("On the day of the auction in 1879, _____ landed."))
  }

  @Test func aSentenceThatStandsAloneAfterItsRelativeTimeIsAskedWithoutIt() {
    let before = "The envoys reached Velda on 3 May 1911."
    // "That evening" names no evening the card shows: the card is asked without it.
    let evening = "That evening Aldo Ferrin met the mayor of Velda, Ole Berg, at the harbour gate."
    #expect(
      cloze([before, evening], .person, "Ole Berg")
        == "Aldo Ferrin met the mayor of Velda, _____, at the harbour gate.")
    let later = "Two days later, the council of Velda gave Aldo Ferrin the keys of the port."
    #expect(
      cloze([before, later], .person, "Aldo Ferrin")
        == "The council of Velda gave _____ the keys of the port.")
    // What follows must stand alone: "he" still points outside.
    let pronoun = "That evening he met the mayor of Velda, Ole Berg, at the harbour gate."
    #expect(cloze([before, pronoun], .person, "Ole Berg")?.hasPrefix("He met") != true)
    #expect(QuestionCheck.relativeOpenerLength(Array("That evening Aldo met".unicodeScalars)) == 13)
    #expect(QuestionCheck.relativeOpenerLength(Array("That evening, the".unicodeScalars)) == 14)
    #expect(
      QuestionCheck.relativeOpenerLength(Array("That evening was cold".unicodeScalars)) == nil)
  }

  @Test func anObjectItAfterAVerbInThePastPointsOutside() {
    #expect(QuestionWriter.hasLoosePronoun("The last envoy left it on _____."))
    #expect(QuestionWriter.hasLoosePronoun("On _____ they sailed home."))
    // A reported clause's "it" is the sentence's own subject.
    #expect(!QuestionWriter.hasLoosePronoun("The society said it had raised _____."))
    #expect(!QuestionWriter.hasLoosePronoun("The envoys met _____ and gave them gifts."))
  }

  @Test func aThemAfterAPluralPointsInsideTheCard() {
    let inside = [
      "The fever killed about _____ people, almost all of them in the old port.",
      "The crews built _____ miles of drains and the street sewers that fed into them.",
    ]
    for prompt in inside {
      #expect(!QuestionWriter.hasLoosePronoun(prompt))
      #expect(!QuestionWriter.hasLoosePronounByWords(prompt))
    }
    // A year or a decade counts nothing, and "50 of them" counts the very "them".
    let outside = [
      "In the 1660s a diving bell brought up _____ of them.",
      "In _____ a diving bell brought up more than 50 of them.",
      "The envoy withdrew from them in _____.",
    ]
    for prompt in outside {
      #expect(QuestionWriter.hasLoosePronoun(prompt))
      #expect(QuestionWriter.hasLoosePronounByWords(prompt))
    }
    #expect(QuestionCheck.isYearOrDecade("1660s"))
    #expect(QuestionCheck.isYearOrDecade("1979,"))
    #expect(!QuestionCheck.isYearOrDecade("3,000"))
    #expect(!QuestionCheck.isYearOrDecade("5500"))
  }

  @Test func aShareOfItPointsAtWhatTheCardHasNamed() {
    let inside = [
      "The state committed _____ to the harbour, part of it from the World Bank.",
      "The tank held about _____ gallons of molasses, some 13,000 tons of it.",
    ]
    for prompt in inside {
      #expect(!QuestionWriter.hasLoosePronoun(prompt), "\(prompt)")
      #expect(!QuestionWriter.hasLoosePronounByWords(prompt), "\(prompt)")
    }
    // At the opening the share is of something the card does not show; and "of it" after
    // any other word still points outside.
    let outside = [
      "Part of it was paid in _____.",
      "The board approved _____ for the harbour and the rest of the cost of it.",
      "The council spent _____ on the repair of it.",
    ]
    for prompt in outside {
      #expect(QuestionWriter.hasLoosePronoun(prompt), "\(prompt)")
      #expect(QuestionWriter.hasLoosePronounByWords(prompt), "\(prompt)")
    }
  }

  @Test func aCountingSubjectIsAskedWithTheSentenceBefore() {
    let split = "Some guild masters opposed the Harbour Charter of 1911."
    let others = "Others, notably Ida Brun, argued for the new toll."
    #expect(
      cloze([split, others], .person, "Ida Brun")
        == "Some guild masters opposed the Harbour Charter of 1911. Others, notably _____, argued"
        + " for the new toll.")
    // Without a sentence before it, "Others" is not asked.
    #expect(cloze([others], .person, "Ida Brun") == nil)
  }

  @Test func aPersonalPronounAfterAFrontedDatePointsOutside() {
    #expect(QuestionWriter.hasLoosePronoun("In August 1956 he raised a plank, and _____ dived."))
    #expect(QuestionWriter.hasLoosePronoun("In _____ she sailed for Lisbon."))
    #expect(
      QuestionWriter.hasLoosePronounByWords("In August 1956 he raised a plank, and _____ dived."))
    // Named before the pronoun, the person is in the card.
    #expect(!QuestionWriter.hasLoosePronoun("Olsen said he had raised _____ planks."))
  }
}

extension LeadInTests {
  @Test func aRunCannotReachPastASecondPerson() {
    let sentences = [
      "In May 1910 Marta Kell fell ill.", "She handed the office to Ivo Brun in June.",
      "She was sworn in on 2 July 1910.",
    ]
    let article = oneParagraph(sentences, name: "l.txt")
    let people = [
      fact(.person, "Marta Kell", in: sentences[0], article: "l.txt", index: 0),
      fact(.person, "Ivo Brun", in: sentences[1], article: "l.txt", index: 1),
    ]
    let source = FactSource(article: "l.txt", sentence: 2, span: 0..<3, text: sentences[2])
    #expect(LeadIn(articles: [article], facts: people).sentence(before: source) == nil)
    #expect(
      LeadIn(articles: [article], facts: [people[0]]).sentence(before: source)
        == sentences[0] + " " + sentences[1])
  }
}

extension LeadInTests {
  @Test func aPronounSubjectAfterAFrontedPhraseIsAskedWithTheSentenceBefore() {
    let before = "The culprits were the new steam engines of the harbour."
    let next = "Built in 1907 by the engineer Ola Berg, they were cheap and very loud."
    #expect(
      cloze([before, next], .person, "Ola Berg")
        == before + " Built in 1907 by the engineer _____, they were cheap and very loud.")
    #expect(QuestionWriter.hasFrontedPronounSubject(next))
    #expect(!QuestionWriter.hasFrontedPronounSubject(before))
  }
}

extension LeadInTests {
  @Test func aClozeThatNamesNothingIsAskedWithTheSentenceBefore() {
    let before = "Riots spread through the Orland docks in the spring of 1911."
    let next = "The violence was worst in the harbour district of Velmar."
    var writer = QuestionWriter(seed: 1)
    let article = oneParagraph([before, next], name: "l.txt")
    writer.leadIn = LeadIn(articles: [article])
    let place = fact(.place, "Velmar", in: next, article: "l.txt", index: 1)
    #expect(
      writer.clozePrompt(place) == before
        + " The violence was worst in the harbour district of _____.")
    // With no sentence before it, the cloze stands alone.
    writer.leadIn = LeadIn(articles: [])
    #expect(writer.clozePrompt(place) == "The violence was worst in the harbour district of _____.")
  }
}

extension LeadInTests {
  @Test func aTitleCutBeforeItsOfIsNoGap() {
    let sentence = "Ida Brun came home with the notes for The Voyage of the Gulls, her first book."
    #expect(cloze([sentence], .term, "The Voyage") == nil)
    #expect(
      cloze([sentence], .term, "The Voyage of the Gulls")
        == "Ida Brun came home with the notes for _____, her first book.")
  }
}

extension LeadInTests {
  @Test func oneOfTwoAlternativeFiguresIsNoGap() {
    let sentence = "Ida Brun retired to Orland and died there in 1931 or 1932, aged about eighty."
    #expect(cloze([sentence], .year, "1932", value: "1932") == nil)
    #expect(cloze([sentence], .year, "1931", value: "1931") == nil)
    #expect(
      cloze(
        ["Ida Brun retired to Orland and died there in 1931, aged eighty."], .year, "1931",
        value: "1931") != nil)
  }
}

extension LeadInTests {
  @Test func aLeadInReadsWithItsReferentPutBack() {
    let sentences = [
      "Olaf Dahl trained as an engineer in Velda in 1884.",
      "On 3 July 1892 he founded the Harbour League for dock workers.",
      "It was banned by the governor on 9 July 1892.",
    ]
    let article = oneParagraph(sentences, name: "k.txt", title: "Harbour builders")
    let facts = [
      fact(.person, "Olaf Dahl", in: sentences[0], article: "k.txt", index: 0),
      fact(.year, "1884", in: sentences[0], value: "1884", article: "k.txt", index: 0),
      fact(
        .date, "3 July 1892", in: sentences[1], value: "1892-07-03", granularity: .day,
        article: "k.txt", index: 1),
      fact(.organization, "Harbour League", in: sentences[1], article: "k.txt", index: 1),
      fact(
        .date, "9 July 1892", in: sentences[2], value: "1892-07-09", granularity: .day,
        article: "k.txt", index: 2),
    ]
    let prompts = QuestionWriter(seed: 1).write(facts: facts, articles: [article]).questions.map(
      \.prompt)
    #expect(
      prompts.contains {
        $0.hasSuffix(
          "On 3 July 1892 Olaf Dahl founded the Harbour League for dock workers. It was banned by"
            + " the governor on _____.")
      })
    #expect(!prompts.contains { $0.contains(" he founded") })
  }
}

extension LeadInTests {
  @Test func aPronounCardTakesItsLeadAsWritten() {
    // The lead's own "He" was put back as Olaf Dahl, which adds a second man beside Ivo Brun:
    // the "He" of the card could be either, so no lead.
    let sentences = [
      "In 1880 Olaf Dahl fell ill.",
      "He gave the post to Ivo Brun, and in May Ivo Brun replaced him as mayor.",
      "He was sworn in on 9 July 1880.",
    ]
    let article = oneParagraph(sentences, name: "k.txt", title: "Harbour builders")
    var resolved = article
    resolved.sentences[1].text =
      "Olaf Dahl gave the post to Ivo Brun, and in May Ivo Brun replaced him as mayor."
    let people = facts(
      [(.person, "Olaf Dahl", 0), (.person, "Ivo Brun", 1)], in: sentences, article: "k.txt")
    let source = FactSource(article: "k.txt", sentence: 2, span: 0..<2, text: sentences[2])
    #expect(
      LeadIn(articles: [article], resolved: [resolved], facts: people).sentence(before: source)
        == nil)
    // A card that does not open on a pronoun quotes the lead with its name put back.
    var plain = article
    plain.sentences[2].text = "The mayor was sworn in on 9 July 1880."
    let own = FactSource(article: "k.txt", sentence: 2, span: 0..<2, text: plain.sentences[2].text)
    #expect(
      LeadIn(articles: [plain], resolved: [resolved], facts: people).sentence(before: own)
        == resolved.sentences[1].text)
  }
}

extension LeadInTests {
  @Test func aPronounSubjectAfterAnOpeningPhraseWithoutACommaPointsBack() {
    // The name in the opening phrase is a place or a time, never who the pronoun is.
    for sentence in [
      "In Lisbon they were received by King Duarte on 4 May 1902.",
      "At Ravna he found a village built of salt.", "In practice it carried out three reforms.",
      "In the spring of 1854 she travelled to Vienna.",
    ] {
      #expect(QuestionWriter.hasFrontedPronounSubject(sentence), "\(sentence)")
    }
    // A clause or a verb comes first: the pronoun is no longer the main clause's subject.
    for sentence in [
      "In the town where he was born, a statue stands.", "In Lisbon the king received them.",
      "After Olsen left it was quiet.", "In 1902 the ship reached Lisbon.",
      "Their ship reached Lisbon in May.",
    ] {
      #expect(!QuestionWriter.hasFrontedPronounSubject(sentence), "\(sentence)")
    }
    let before = "The envoys sailed from Harwich in March 1902."
    let next = "In Lisbon they were received by King Duarte on 4 May 1902."
    #expect(
      cloze([before, next], .person, "King Duarte")
        == before + " In Lisbon they were received by _____ on 4 May 1902.")
  }
}
