import Testing

@testable import Articles

/// The prose line every page below ends on: the article's first paragraph.
private let body =
  "The ferry crossed the strait for the first time in May 1921, carrying forty passengers and mail."

@Test func theHeadlineFollowsTheSkipLinkMastheadMenuAndBreadcrumb() throws {
  let page = """
    Skip to content
    THE STRAIT GAZETTE
    The islands' own paper since 1911
    Monday 3 March 2026 | Kirkwall 6°C | Tide 4.1 m (High)
    News | Islands | Business | Sport
    News » Transport » Ferries

    Ferry line marks a century of crossings with a new boat
    The company will spend £40m on a hybrid vessel; islanders asked to name it

    By Ann Flett, Transport Reporter
    Posted: 03/03/2026 07:10

    \(body)
    """
  #expect(try read(page).title == "Ferry line marks a century of crossings with a new boat")
}

@Test func aHeadlineMayOpenOnASumsSign() throws {
  let page = """
    THE STRAIT GAZETTE
    News | Islands | Business | Sport

    £40m hybrid ferry to mark a century of crossings

    Islanders asked to name the new boat, due in 2027

    By Ann Flett, Transport Reporter

    \(body)
    """
  #expect(try read(page).title == "£40m hybrid ferry to mark a century of crossings")
}

@Test func anAudioTourIsTitledByItsTitleNotItsDetailsOrTranscriptLabel() throws {
  // A title in title case with no small word in lower case is no menu; the narrator's
  // credit ends the page's head; "Tour details" and "Transcript" label boxes.
  let page = """
    STRAIT STORYWALKS | Free audio tours
    Tours | Maps | Languages

    The Queen Who Gave Velda Its Harbour

    A self-guided walk in five stops, from the quay to the old customs house

    Narrated by Ann Flett · Script by Ivo Brun

    Tour details
    Duration: about 40 minutes

    ▶ Play all (40 min) | Download

    Transcript

    \(body)
    """
  #expect(try read(page).title == "The Queen Who Gave Velda Its Harbour")
  let plain = """
    Tours | Maps | Languages

    Tour details
    Duration: about 40 minutes

    Transcript

    \(body)
    """
  #expect(try read(plain).title == nil)
}

@Test func aTextbookPageIsTitledByItsLessonNotItsSeriesOrNumber() throws {
  let page = """
    OUR ISLANDS: A SCHOOL HISTORY · Grade 7
    Unit 2 · Sea and Trade · Chapter 5

    Lesson 5.2
    The Northern Ferries

    \(body)
    """
  #expect(try read(page).title == "The Northern Ferries")
  let numbered = """
    Chapter 5: Sea and Trade
    5.2 The Northern Ferries, 1921

    \(body)
    """
  #expect(try read(numbered).title == "The Northern Ferries, 1921")
  let lecture = """
    Lecture 9 - Ferries and fishing fleets, 1900-1950

    \(body)
    """
  #expect(try read(lecture).title == "Ferries and fishing fleets, 1900-1950")
}

@Test func aProfileIsTitledByItsSubjectNotItsSeriesLabel() throws {
  let page = """
    ISLAND LIVES | Portraits of the North | No. 9
    Magnus Rendall (1870–1941): The Captain Who Never Missed a Tide

    Born: 2 June 1870, Stromness
    Died: 11 May 1941, Kirkwall

    By Ruth Isbister
    Reading time: 6 minutes

    \(body)
    """
  // The normaliser writes a range's dash as a hyphen.
  #expect(
    try read(page).title == "Magnus Rendall (1870-1941): The Captain Who Never Missed a Tide")
}

@Test func aMarkdownPageIsTitledByItsFirstTopHeading() throws {
  let page = """
    *From Isles, the open encyclopedia of the north*

    # Pentland Ferry

    ## History

    \(body)
    """
  #expect(try read(page, name: "ferry.md").title == "Pentland Ferry")
}

@Test func aKickerAStampOrAShareLineIsNoHeadline() throws {
  let page = """
    ISLES HERITAGE TRUST
    Visit | Learn | Explainers | Shop
    Home > Explainers > Ferries

    Explainer
    The first ferry: how a mail boat joined the islands

    Reading time: 5 minutes
    Share: Facebook | X | Email

    A mail boat is born

    \(body)
    """
  #expect(try read(page).title == "The first ferry: how a mail boat joined the islands")
}

@Test func aMenuOfCapitalisedWordsIsNoHeadline() throws {
  let page = """
    The Orcadian Post
    Subscribe | Log in
    News  Sport  Business  Opinion  Notices  Archive
    Council backs new ferry terminal in 5-2 vote

    \(body)
    """
  #expect(try read(page).title == "Council backs new ferry terminal in 5-2 vote")
}

@Test func aTitleInCapitalsWithItsYearsIsKept() throws {
  let page = """
    THE NORTHERN FERRIES, 1921–1939

    I. The first crossing

    \(body)
    """
  #expect(try read(page).title == "THE NORTHERN FERRIES, 1921-1939")
}

@Test func aPhotoCaptionIsNoHeadline() throws {
  let page = """
    THE STRAIT GAZETTE
    Ferry line marks a century of crossings

    Passengers board the ferry at Stromness. Photo: Ann Flett/Strait Gazette

    \(body)
    """
  #expect(try read(page).title == "Ferry line marks a century of crossings")
}

@Test func headlinesNeverReachPastTheFirstParagraph() throws {
  let page = """
    \(body)
    A later heading
    """
  #expect(try read(page).title == nil)
}

@Test func aPodcastPageIsTitledByItsEpisodeNotItsSummaryHeading() throws {
  let page = """
    Skip to episode
    Harbour Voices — the podcast about the people of the north
    Episodes | About | Transcripts
    Season 2 · Episode 14
    The Ferrywoman of Stromness
    Released: 2 March 2026 · 38 min
    Listen on: Spotify | RSS

    Episode summary
    \(body)
    """
  #expect(try read(page).title == "The Ferrywoman of Stromness")
}

@Test func aHardWrappedParagraphsFirstLineIsNoHeadline() throws {
  let page = """
    The ferry crossed the strait for the first time in the
    spring of 1921, carrying forty passengers and the mail to
    the islands, and it kept to its timetable for ten years.

    The second boat came in 1931 and sailed twice a day to the
    harbour at Stromness, where a new pier had been built for
    it by the county council at a cost of four thousand pounds.
    """
  #expect(try read(page).title == nil)
}

@Test func anOnThisDayPageIsTitledByItsStoryNotItsDate() throws {
  let page = """
    # On This Day: 21 May

    ## 1921: The ferry makes its first crossing

    \(body)
    """
  #expect(try read(page, name: "day.md").title == "1921: The ferry makes its first crossing")
  let dateOnly = """
    # Today in History: May 21st

    \(body)
    """
  #expect(try read(dateOnly, name: "day.md").title == "Today in History: May 21st")
  let story = """
    # The Day the Ferry Came

    ## Its first crossing

    \(body)
    """
  #expect(try read(story, name: "day.md").title == "The Day the Ferry Came")
}

@Test func aSeriesAndItsNumberIsNoHeadline() throws {
  let page = """
    Skip to content
    OPEN LETTERS OF THE NORTH — old texts in plain English
    Letters › Orkney › Letter 7
    Letters of the Isles, no. 7
    The ferryman's letter: a plea for a new boat (1921)

    Translated by Ann Flett

    \(body)
    """
  #expect(try read(page).title == "The ferryman's letter: a plea for a new boat (1921)")
}
