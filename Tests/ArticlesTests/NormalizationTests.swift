import Testing

@testable import Articles

@Test func curlyQuotesAndApostrophesBecomeStraight() throws {
  let article = try read("\u{201C}We won,\u{201D} said Lan. It\u{2019}s Hanoi\u{2019}s day.")
  #expect(texts(article) == ["\"We won,\" said Lan.", "It's Hanoi's day."])
}

@Test func nonBreakingSpacesInsideNumbersBecomeSpaces() throws {
  let article = try read("The city has 3.5\u{00A0}million people.")
  #expect(texts(article) == ["The city has 3.5 million people."])
}

@Test func thinSpacesBetweenDigitGroupsAreThousandsSeparators() throws {
  let article = try read("The fund holds 3\u{2009}500\u{202F}000 euros today.")
  #expect(texts(article) == ["The fund holds 3500000 euros today."])
}

@Test func dashesInRangesBecomeHyphens() throws {
  let article = try read(
    "The war lasted 1979\u{2013}89 in the hills. Peace\u{2014}at last\u{2014}came.")
  #expect(texts(article) == ["The war lasted 1979-89 in the hills.", "Peace - at last - came."])
}

@Test func htmlEntitiesAreDecoded() throws {
  let article = try read(
    "Trade&nbsp;rose &amp; prices fell in Lan&#8217;s town and Minh&#x2019;s village &rsquo;23.")
  #expect(texts(article) == ["Trade rose & prices fell in Lan's town and Minh's village '23."])
}

@Test func citationMarkersGluedToWordsAreRemoved() throws {
  let article = try read(
    "The treaty was signed in 1970.[119][120] It held.[a] Then it failed[citation needed].")
  #expect(texts(article) == ["The treaty was signed in 1970.", "It held.", "Then it failed."])
}

@Test func hardWrappedLinesAreJoinedIntoParagraphs() throws {
  let text = """
    The river town was founded by fishermen long before the first roads reached
    it, and for a century its market was the largest one in the whole province.

    Traders came from the coast every spring with salt, cloth and news of the
    capital, and they left again with rice, timber and dried fish for the city.
    """
  let article = try read(text)
  #expect(article.sentences.count == 2)
  #expect(article.sentences[0].text.contains("reached it, and"))
  #expect(article.sentences[1].paragraph == 1)
}

@Test func dropCapIsJoinedToItsWord() throws {
  let article = try read("P\nrime Minister Tran Lan opened the bridge in 1998.")
  #expect(texts(article) == ["Prime Minister Tran Lan opened the bridge in 1998."])
}

@Test func markdownSyntaxIsStripped() throws {
  let text = """
    # The Long March

    The *march* began in **1934** and covered [about 9,000 km](https://example.org/march).
    ![A map](map.png)
    - It crossed `eighteen` mountain ranges.
    1. It ended in __1935__.
    > Few survived it.
    """
  let article = try read(text)
  #expect(article.title == "The Long March")
  #expect(
    texts(article) == [
      "The march began in 1934 and covered about 9,000 km.",
      "It crossed eighteen mountain ranges.",
      "It ended in 1935.",
      "Few survived it.",
    ])
}

@Test func listItemsWithoutPeriodsAreSentencesNotHeadings() throws {
  let article = try read("Key dates:\n- Independence declared in 1945\n- Reunification in 1976\n")
  #expect(
    texts(article) == ["Key dates:", "Independence declared in 1945", "Reunification in 1976"])
  #expect(article.headings.isEmpty)
}

@Test func aDashGluedToADateGetsSpacesNotAHyphen() throws {
  let article = try read(
    "Prices peaked in March 2021\u{2014}twice the old level\u{2014}and fell in 1999\u{2013}2001.")
  #expect(
    texts(article) == ["Prices peaked in March 2021 - twice the old level - and fell in 1999-2001."]
  )
}

@Test func anEnDashBetweenTwoNamesJoinsThem() throws {
  let article = try read("Both sides signed the Kessler\u{2013}Varga Accord in 1961.")
  #expect(texts(article) == ["Both sides signed the Kessler-Varga Accord in 1961."])
}

@Test func footnoteMarksInSuperscriptAreDroppedButPowersKept() {
  let normalizer = TextNormalizer()
  #expect(
    normalizer.normalize("It was found in 1879 by Rassam.² It has stayed in London³ since.")
      == "It was found in 1879 by Rassam. It has stayed in London since.")
  #expect(
    normalizer.normalize("The hall covers 900 m² of floor.") == "The hall covers 900 m² of floor.")
  // The same on the path for lines with an entity.
  #expect(normalizer.normalize("Rassam &amp; Layard.¹ Then") == "Rassam & Layard. Then")
}
