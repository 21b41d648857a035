import Testing

@testable import Articles

private func split(_ s: String) -> [String] { SentenceSplitter().split(s) }

@Test func titlesAndAbbreviationsDoNotEndSentences() {
  #expect(
    split("Dr. Lan met Mr. Hung and Prof. Minh. They talked.") == [
      "Dr. Lan met Mr. Hung and Prof. Minh.", "They talked.",
    ])
  #expect(
    split("Gen. Giap and Lt. Col. Bui won. St. Paul wept.") == [
      "Gen. Giap and Lt. Col. Bui won.", "St. Paul wept.",
    ])
  #expect(split("It is No. 5 on the list. Good.") == ["It is No. 5 on the list.", "Good."])
}

@Test func dottedAcronymsEndASentenceOnlyBeforeASentenceStarter() {
  #expect(
    split("The U.S. Army left. Then peace came.") == ["The U.S. Army left.", "Then peace came."])
  #expect(
    split("Aid came from the U.N. The war ended.") == ["Aid came from the U.N.", "The war ended."])
}

@Test func monthAbbreviationsBeforeADayDoNotEndSentences() {
  #expect(
    split("It fell on Jan. 7, 1979. Troops left.") == ["It fell on Jan. 7, 1979.", "Troops left."])
  #expect(split("Talks began Feb. 2 in Paris.") == ["Talks began Feb. 2 in Paris."])
}

@Test func initialsDoNotEndSentences() {
  #expect(split("J. F. Kennedy visited. He left.") == ["J. F. Kennedy visited.", "He left."])
}

@Test func decimalsDoNotEndSentences() {
  #expect(
    split("Growth was 3.5 percent. Prices rose.") == ["Growth was 3.5 percent.", "Prices rose."])
}

@Test func quotationsEndingASentenceSplitAfterTheQuote() {
  #expect(
    split("He said: \"We will return.\" The army left.") == [
      "He said: \"We will return.\"", "The army left.",
    ])
}

@Test func quotationFollowedBySaidStaysWhole() {
  #expect(
    split("\"We came to help. We stayed to build,\" said Tran Lan. Others agreed.") == [
      "\"We came to help. We stayed to build,\" said Tran Lan.", "Others agreed.",
    ])
  #expect(split("\"Is it over?\" he asked.") == ["\"Is it over?\" he asked."])
}

@Test func questionsAndExclamationsEndSentences() {
  #expect(split("Who won? Hanoi did! It was 1975.") == ["Who won?", "Hanoi did!", "It was 1975."])
}
