import Testing

@testable import Articles

@Test func navigationAndShareLinesAreDropped() throws {
  let text = """
    Advertisement Contact us RSS English
    Share Facebook Twitter Email Print
    The harbour opened in 1887.
    """
  #expect(texts(try read(text)) == ["The harbour opened in 1887."])
}

@Test func bylinesAndDatelinesAreDropped() throws {
  let text = """
    March 3, 2021 08:15
    By Tran Thi Mai
    14:02 | 12/05/2020
    Updated: Monday, 4 May 2020
    The school was rebuilt after the flood.
    """
  #expect(texts(try read(text)) == ["The school was rebuilt after the flood."])
}

@Test func sourceLinesAreDroppedEvenAtTheEndWithoutNewline() throws {
  #expect(
    texts(try read("The dam was finished in 1994.\n\nSource: VNS")) == [
      "The dam was finished in 1994."
    ])
  #expect(
    texts(try read("The dam was finished in 1994. Source: VNS")) == [
      "The dam was finished in 1994."
    ])
}

@Test func captionKeepsItsSentenceWithoutTheCredit() throws {
  let text = """
    Farmers harvest rice near Hue in May, 1990. (Source: Le Van/VNA) |
    Archive photo: Soldiers rebuild a bridge in 1973. (photo: VNA)
    The province grew quickly after the war.
    """
  let article = try read(text)
  #expect(
    texts(article) == [
      "Farmers harvest rice near Hue in May, 1990.",
      "Soldiers rebuild a bridge in 1973.",
      "The province grew quickly after the war.",
    ])
  #expect(article.sentences.map(\.isCaption) == [true, true, false])
}

@Test func slugLineRepeatingTheTitleIsDropped() throws {
  let text = """
    Hanoi's old quarter gets a new life

    hanois old quarter gets a new life

    The quarter has thirty-six streets.
    """
  let article = try read(text)
  #expect(article.title == "Hanoi's old quarter gets a new life")
  #expect(texts(article) == ["The quarter has thirty-six streets."])
}

@Test func relatedArticlesListsAreDropped() throws {
  let text = """
    The museum reopened in 2015.
    Related articles
    Museum plans new wing
    Old tickets go on sale
    Museum plans new wing
    """
  #expect(texts(try read(text)) == ["The museum reopened in 2015."])
}

@Test func repeatedHeadlineLinesAreDroppedAfterTheFirst() throws {
  let text = """
    Floods hit the delta
    The delta flooded in 1999.
    Floods hit the delta
    Rain fell for ten days.
    """
  let article = try read(text)
  #expect(texts(article) == ["The delta flooded in 1999.", "Rain fell for ten days."])
  #expect(article.headings == ["Floods hit the delta"])
}

@Test func sectionHeadingsStayOutOfSentences() throws {
  let text = """
    A bridge for the north
    The bridge opened in 2002.
    Years of building
    Work began in 1996 and took six years.
    """
  let article = try read(text)
  #expect(article.title == "A bridge for the north")
  #expect(article.headings == ["A bridge for the north", "Years of building"])
  #expect(
    texts(article) == ["The bridge opened in 2002.", "Work began in 1996 and took six years."])
}

@Test func titleIsNilWhenNoHeadlinePrecedesTheBody() throws {
  let article = try read("The bridge opened in 2002.\nLater years\nIt was widened in 2010.")
  #expect(article.title == nil)
  #expect(article.headings == ["Later years"])
}

@Test func breadcrumbsAndDatedBylinesAreDropped() throws {
  let text = """
    HOME / WORLD / ASIA
    BUSINESS | Trade & Investment
    By Minh Chau | 08/08/2024 09:00 GMT+7
    By Samir Haddad and Do Thu Ha · 24 June 2026, 18:05 · 6 min read
    The port handled a record cargo in 2023.
    """
  let article = try read(text)
  #expect(texts(article) == ["The port handled a record cargo in 2023."])
  #expect(article.title == nil)
}

@Test func wireCreditLinesAndCurrencyNotesAreDropped() throws {
  let text = """
    Donors pledged $2 billion to the flood fund on Monday, officials in Lima said.

    ($1 = 3.71 soles)

    (Reporting by Maria Quispe and Tom Hale; Additional reporting by Ines Roca in Cusco; Editing by Paul Weir)
    """
  #expect(
    texts(try read(text)) == [
      "Donors pledged $2 billion to the flood fund on Monday, officials in Lima said."
    ])
}

@Test func learningAimsAndBackMatterAreDropped() throws {
  let text = """
    Unit 7: The River Trade

    In this unit you will learn:
    • how the river ports grew after 1820
    • why the steamers ruined the old barge owners

    The first steamer reached the upper river in 1823, and within ten years the barge owners had lost most of their trade to it.

    Key words
    barge — a flat boat pulled along a river
    tariff — a tax on goods brought in

    Questions
    1. Why did the barge owners lose their trade? Explain your answer.
    2. Use Source B to describe the new ports.

    Further reading

    Anna Lind, Rivers of Trade (1998)
    """
  #expect(
    texts(try read(text)) == [
      "The first steamer reached the upper river in 1823, and within ten years the barge owners"
        + " had lost most of their trade to it."
    ])
}

@Test func bodyTextAfterBackMatterIsKept() throws {
  let text = """
    Notes

    1. Figures are rounded.

    The canal was widened again in 1934, and the larger ships that could then pass brought the town a second boom.
    """
  #expect(
    texts(try read(text)) == [
      "The canal was widened again in 1934, and the larger ships that could then pass brought"
        + " the town a second boom."
    ])
}

@Test func aLongLineOfRelatedPostsIsDropped() throws {
  let text = """
    The wreck was found in 2021 by two divers from the harbour town.

    Related posts: Five harbours of the old coast · How anchors are dated · The storm of 1809, a night of fire
    """
  #expect(
    texts(try read(text)) == ["The wreck was found in 2021 by two divers from the harbour town."])
}

@Test func aBlogsFrontMatterIsNoArticleText() throws {
  let text = """
    ---
    title: "Notes from the harbour"
    date: 2025-04-02
    tags: [ships, history]
    ---

    # Notes from the harbour

    The old lighthouse was rebuilt in 1911 after a winter storm.
    """
  let article = try read(text)
  #expect(texts(article) == ["The old lighthouse was rebuilt in 1911 after a winter storm."])
  #expect(article.title == "Notes from the harbour")
}

@Test func aRuleBetweenParagraphsIsNoFrontMatter() throws {
  let text = """
    ---

    The quay opened in 1840: ships came at once.

    ---

    The railway reached it in 1862.
    """
  #expect(
    texts(try read(text)) == [
      "The quay opened in 1840: ships came at once.", "The railway reached it in 1862.",
    ])
}

@Test func standfirstsSummaryBulletsAndLinkLinesAreKeptButNeverAsked() throws {
  let article = try read(
    """
    Harbour dues to rise in Velda

    Dues for 2027 climb 12 per cent after the board warns of silting; small boats promised a rebate

    * Board shares fall 3%, the steepest drop since 2019

    VELDA - The harbour board of Velda voted on Monday to raise its dues by 12 per cent.

    It said the rise would pay for a new dredger.

    › Video: Inside the dredger yard at Velda

    More in Harbours: The last ferry to Orm | A lighthouse for sale
    """)
  // (The "More in" line of links is page furniture and is dropped outright.)
  #expect(article.sentences.map(\.isCaption) == [true, true, false, false, true])
  // (The dateline "VELDA - " is where the report was filed, not part of the story.)
  #expect(article.sentences[2].text.hasPrefix("The harbour board"))
  // Four words without a full stop are a label, not a headline sentence; a sentence is one.
  #expect(!ArticleReader().isHeadlineLine("Vote passed on Monday"))
  #expect(!ArticleReader().isHeadlineLine("The board met on Monday to raise dues."))
  #expect(ArticleReader().isHeadlineLine("The board meets on Monday to raise dues"))
}

@Test func aReadingListAndTheLinkToTheNextPageAreDropped() throws {
  let article = try read(
    """
    Ida Brun, harbour builder

    Ida Brun built the new pier at Velda in 1907 and ran the harbour board until 1931.

    Further reading: Brun's collected letters; the Velda Harbour Board's own history of the port.

    Next profile: Ole Berg (1861–1930)
    """)
  #expect(
    texts(article) == [
      "Ida Brun built the new pier at Velda in 1907 and ran the harbour board until 1931."
    ])
}

@Test func visitorInformationWithOpeningHoursIsDropped() throws {
  let article = try read(
    """
    The Velda pumping station

    The pumping station at Velda opened on 4 April 1907 and still runs its engines on Sundays.

    Velda Engine Museum, Quay Road, Velda. Open daily 10:00–17:00. Free entry.
    """)
  #expect(
    texts(article) == [
      "The pumping station at Velda opened on 4 April 1907 and still runs its engines on Sundays."
    ])
  #expect(!PageFurniture.isVisitorInformation("The ferry left at 10:00 and returned at 17:00."))
  #expect(PageFurniture.isVisitorInformation("Open Tuesday to Sunday, 9:30 - 17:30."))
}

@Test func agencyPhotoCreditsContactLinesAndContributionNotesAreDropped() throws {
  let article = try read(
    """
    FILE - A ferry leaves the quay at Velda on May 4, 2025. (Harbour Wire Photo/Ann Lee, File)

    The harbour board of Velda voted on Monday to raise its dues by 12 per cent.

    Harbour Wire writer Tom Ray contributed from Orm.

    Contact Ann Lee at alee@paper.example or 555-0100. Follow her on X @annlee.
    """)
  #expect(
    texts(article) == [
      "A ferry leaves the quay at Velda on May 4, 2025.",
      "The harbour board of Velda voted on Monday to raise its dues by 12 per cent.",
    ])
  #expect(article.sentences.map(\.isCaption) == [true, false])
}

@Test func aFactBoxLineIsKeptButNeverAsked() throws {
  let text = """
    Ida Brun, harbour builder

    Born: 3 May 1861, Orland (Velda)
    Died: 1931 or 1932, Orland (place uncertain)
    Distance travelled: about 40,000 km (some 25,000 miles)

    Ida Brun built the Orland dock in 1907.
    """
  let article = try read(text)
  let box = article.sentences.filter { $0.text.contains(":") }
  #expect(!box.isEmpty, "\(article.sentences.map(\.text))")
  #expect(box.allSatisfy { $0.isCaption })
  #expect(article.sentences.last?.isCaption == false)
}

@Test func hatnotesAreDropped() throws {
  let text = """
    # Siege of Orland

    > For the earlier sack of the town by the Danes, see Sack of Orland (1204).

    Main article: History of Orland

    The siege of Orland began on 6 April 1453. For the defenders, see the list below.
    """
  #expect(
    texts(try read(text, name: "siege.md")) == [
      "The siege of Orland began on 6 April 1453.", "For the defenders, see the list below.",
    ])
}

@Test func aLongCopyrightFooterIsDropped() throws {
  let text = """
    The harbour opened in 1887.

    © 2026 Lives of the Harbour Trust. Text may be reused for classroom teaching with credit to the trust.
    """
  #expect(texts(try read(text)) == ["The harbour opened in 1887."])
}

@Test func answerLabelsAndSpeakerNamesAreNoPartOfTheSentence() throws {
  let text = """
    Q: When did the ferry first sail?
    A: The ferry first sailed in May 1921, with forty passengers.
    RUTH: And the crossing took how long?
    MAGNUS ISBISTER: About two hours in a fair wind, and the boat was full.
    Note: the timetable changed in 1930.
    """
  // The labels go; so do the lines of whoever asks the first question, the interviewer.
  let labelled = texts(try read(text))
  #expect(
    labelled == [
      "The ferry first sailed in May 1921, with forty passengers.",
      "And the crossing took how long?",
      "About two hours in a fair wind, and the boat was full.",
      "Note: the timetable changed in 1930.",
    ])
  // One speaker alone is no interview: nothing is dropped but the label.
  #expect(
    texts(try read("NOTE: The ferry first sailed in 1921. Was it full?")) == [
      "The ferry first sailed in 1921.", "Was it full?",
    ])
}

@Test func onThisDayListsAndCreditsAreBackMatter() throws {
  let text = """
    The ferry first sailed on 12 April 1921 and carried forty passengers across the strait.

    Also on this day
    1861 – Guns open fire on a fort in a harbour far away, starting a long and bitter war.

    Credits
    Curated by Dr. Ann Flett with the Stromness Museum and its many friends. Supported by the \
    Friends of the Stromness Museum and the Orkney Islands Council.
    """
  #expect(
    texts(try read(text)) == [
      "The ferry first sailed on 12 April 1921 and carried forty passengers across the strait."
    ])
}

@Test func aHeaderLineEndingOnABracketIsKeptButNeverAsked() throws {
  let text = """
    Silent Ferries: a century at sea
    Large-print text for the exhibition, 6 March – 13 September 2026, Gallery 4 (Level 2)

    The ferry first sailed on 12 April 1921 and carried forty passengers across the strait.
    """
  let article = try read(text)
  let header = try #require(article.sentences.first { $0.text.hasPrefix("Large-print") })
  #expect(header.isCaption)
}

@Test func aBoxOfPracticalDetailsRunsToTheNextBlankLine() throws {
  let page = """
    The Old Ferry House

    Opening hours
    Open daily from 9:00 a.m. to 5:00 p.m.
    The house is closed on Christmas Day, and the upper rooms may close after heavy rain.

    The ferry crossed the strait for the first time in May 1921, carrying forty passengers.

    Good to know
    Wear sturdy shoes: the path to the slipway is steep and uneven after the rains.

    What visitors say
    "Worth every penny. Go early and take the guided walk." - Ann, Kirkwall

    How to cite this page: Flett, A., "The Old Ferry House", Island Sites, 2025.
    Island Sites is a volunteer project. Text © 2025 the writers, shared under CC BY 4.0.
    """
  #expect(
    texts(try read(page)) == [
      "The ferry crossed the strait for the first time in May 1921, carrying forty passengers."
    ])
}

@Test func readersReviewsRunToTheNextHeadingThoughTheyReadLikeProse() throws {
  let page = """
    # The Ferry Book

    The ferry crossed the strait for the first time in May 1921, carrying forty passengers.

    ## Reader reviews

    Ann F. - A fair and moving account of the island crossings, and the chapter on the storm kept me up all night long.

    Ian M. - Good on the ferrymen and their boats, weaker on the harbour, and it needed more maps of the strait.
    """
  #expect(
    texts(try read(page, name: "book.md")) == [
      "The ferry crossed the strait for the first time in May 1921, carrying forty passengers."
    ])
  #expect(
    texts(try read("The ferry sailed in 1921.\nRating: ★★★★☆ - a fine boat, well worth a trip."))
      == ["The ferry sailed in 1921."])
}

@Test func aNewslettersMailingLinesLetterAndNoticesAreNotTheArticle() throws {
  let article = try read(
    """
    View this email in your browser
    Forwarded this email? Sign up to receive our newsletter here.

    NORTHERN CANAL HERITAGE GROUP
    Newsletter No. 48 | Spring 2026 | Registered charity
    ==================================================
    IN THIS ISSUE
    * From the editor
    * Feature: The winter the locks froze
    ==================================================

    FROM THE EDITOR

    Dear members,

    Thank you to the thirty members who came to the spring walk along the towpath in March, and to our archivist for the feature below.

    Best wishes,
    Ann Rowley
    Newsletter editor

    --------------------------------------------------
    THE WINTER THE LOCKS FROZE
    The Calder Cut and the great freeze of 1895
    Feature by Peter Hollis

    In February 1895 the canal froze solid for six weeks, and some 200 boats were trapped.

    --------------------------------------------------
    MEMBER NOTICES
    Subscriptions for 2026 (£15) are now due. You can pay at any meeting or by bank transfer.

    DATES FOR YOUR DIARY
    Our Annual General Meeting will be held on Thursday 19 March at 7pm in the Mill Street hall.

    You are receiving this email because you are a member of the Northern Canal Heritage Group.
    Unsubscribe from this list | Update your preferences
    """)
  #expect(article.title == "The Calder Cut and the great freeze of 1895")
  #expect(
    texts(article) == [
      "In February 1895 the canal froze solid for six weeks, and some 200 boats were trapped."
    ])
}

@Test func aPressReleaseEndsAtItsEndMark() throws {
  let article = try read(
    """
    FOR IMMEDIATE RELEASE
    March 2, 2026

    Lantern Museum Opens "Salt Roads" on April 4

    ORLAND, Calif. — The Lantern Museum will open Salt Roads, an exhibition on the salt trade of the valley, on April 4.

    Exhibition details
    Dates: April 4, 2026 – January 10, 2027
    Tickets: $18 adults; free for members

    The first salt works opened at Brill in 1851, and by 1870 they employed some 600 workers.

    ###

    Notes to editors
    1. Salt Roads is supported by the Harrow Foundation.
    About the Lantern Museum
    Founded in 1951, the Lantern Museum collects and interprets the history of the valley and its people, and welcomes about 90,000 visitors a year.

    Press contact
    Dana Orme, Communications Manager
    """)
  #expect(article.title == "Lantern Museum Opens \"Salt Roads\" on April 4")
  #expect(
    texts(article) == [
      "The Lantern Museum will open Salt Roads, an exhibition on the salt trade of the valley, on April 4.",
      "The first salt works opened at Brill in 1851, and by 1870 they employed some 600 workers.",
    ])
}

@Test func aFindingAidsBoxesAndAccessNotesAreNoPartOfTheHistory() throws {
  let article = try read(
    """
    # Guide to the Orme Papers on the Salt Trade, 1851–1890

    ## Historical Note

    The first salt works opened at Brill in 1851, and by 1870 they employed some 600 workers.

    ## Scope and Content

    The collection holds 41 issues of the Brill Gazette and 12 ledgers of the works.

    ## Administrative Information

    **Preferred citation:** [Item], Orme Papers (MS 12), Special Collections.

    **Processing information:** Processed by R. Dale, 2019.

    ## Container List

    **Box 1** Ledgers, 1851–1870.
    """)
  #expect(
    texts(article) == [
      "The first salt works opened at Brill in 1851, and by 1870 they employed some 600 workers."
    ])
}

@Test func aListThatRetellsTheStoryIsKeptButNeverAsked() throws {
  let article = try read(
    """
    # The Salt Affair, explained

    **Key takeaways**
    - In 1894 a salt clerk was convicted of fraud on flimsy evidence.

    ## 1. Who was Tomas Vell?

    Tomas Vell was born in 1859 in Brill and became a clerk of the salt office in 1880.

    - He kept the office's ledgers for ten years.

    ## 10. Timeline

    - **Oct. 15, 1894** — Vell arrested.
    """, name: "salt.md")
  let captions = article.sentences.filter(\.isCaption).map(\.text)
  #expect(
    captions == [
      "In 1894 a salt clerk was convicted of fraud on flimsy evidence.",
      "Oct. 15, 1894 - Vell arrested.",
    ])
  #expect(article.sentences.contains { $0.text.hasPrefix("He kept") && !$0.isCaption })
}

@Test func aMarkdownFootnoteMarkIsNoPartOfTheSentence() throws {
  let article = try read(
    """
    # The Salt Affair

    On December 22, 1894, the judges found the clerk guilty of fraud and sent him into exile.[^1]

    ## Notes

    [^1]: Accounts of the sentence differ.
    """, name: "salt.md")
  #expect(
    article.sentences.map { "\($0.text) \($0.isCaption)" } == [
      "On December 22, 1894, the judges found the clerk guilty of fraud and sent him into exile. false"
    ])
}

@Test func aTextbooksSourceBoxIsEvidenceNotTheLesson() throws {
  let page = """
    The Salt Famine

    The salt works at Brill closed in 1846, and prices rose across the valley within a month.

    Source A
    An engraving from the Orland Weekly, February 1847, based on sketches by Ana Costa.

    By 1848 the works had reopened under a new owner, Tomas Vell.
    """
  #expect(
    texts(try read(page)) == [
      "The salt works at Brill closed in 1846, and prices rose across the valley within a month.",
      "By 1848 the works had reopened under a new owner, Tomas Vell.",
    ])
}
