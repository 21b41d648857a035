import Foundation
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
  // Rupees and an engineer's title.
  #expect(
    split("The board approved a Rs. 6.4 billion plan. Ing. Ama Osei will lead it. Work starts.")
      == [
        "The board approved a Rs. 6.4 billion plan.", "Ing. Ama Osei will lead it.",
        "Work starts.",
      ])
  // A Kenyan engineer's and a Filipino lawyer's titles.
  #expect(
    split("The minister, Eng. Joseph Kamau, spoke. Atty. Ana Cruz replied.")
      == ["The minister, Eng. Joseph Kamau, spoke.", "Atty. Ana Cruz replied."])
  // Indonesian degrees before a name.
  #expect(
    split("The governor, Drs. H. Budi Santoso, spoke. Ir. Sri Wahyuni replied.")
      == ["The governor, Drs. H. Budi Santoso, spoke.", "Ir. Sri Wahyuni replied."])
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

/// An ASCII paragraph is split from its bytes in place; decoded into scalars first (the path
/// for any other text) it must give the same sentences.
@Test func asciiParagraphsSplitAsTheirScalarsDo() throws {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
  var paragraphs = [
    "Dr. Lan met Mr. Hung. They talked.", "\"We go. Now,\" he said. Then", "U.S. troops left. The",
    "Jan. 7, 1979 was cold. It rained.", "A (b.) c. D", "x. ", "", " . ", "End?! \"Yes.\" (No.)",
  ]
  for name in names {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    paragraphs += text.split(separator: "\n").map(String.init)
  }
  var ascii = 0
  for paragraph in paragraphs where paragraph.utf8.allSatisfy({ $0 < 0x80 }) {
    let splitter = SentenceSplitter()
    #expect(
      splitter.split(paragraph) == splitter.split(scalarArray(paragraph), ascii: nil),
      "\(paragraph)")
    ascii += 1
  }
  #expect(ascii > 50)
}

@Test func professionalAndServiceTitlesDoNotEndSentences() {
  #expect(
    split("Board chairman Engr. Halim Sarkar said work starts soon. Pumps follow.") == [
      "Board chairman Engr. Halim Sarkar said work starts soon.", "Pumps follow.",
    ])
  #expect(
    split("Cdr. Ana Ruiz met Fr. Tomas and Cpl. Ivo Bek. They spoke.") == [
      "Cdr. Ana Ruiz met Fr. Tomas and Cpl. Ivo Bek.", "They spoke.",
    ])
}

@Test func aSenatorsTitleDoesNotEndASentenceButASurnameSenDoes() {
  #expect(
    split("Sen. Mara Diaz voted against. It failed.") == [
      "Sen. Mara Diaz voted against.", "It failed.",
    ])
  #expect(
    split("The envoy met Hun Sen. The talks ended.") == [
      "The envoy met Hun Sen.", "The talks ended.",
    ])
}

@Test func sentencesGluedWithoutASpaceAreSplit() {
  let splitter = SentenceSplitter()
  #expect(
    splitter.split("The pier opened, the council said.The ferries began at once.")
      == ["The pier opened, the council said.", "The ferries began at once."])
  #expect(
    splitter.split("The first crossing was in August 1961.John Rae was its captain.")
      == ["The first crossing was in August 1961.", "John Rae was its captain."])
  #expect(
    splitter.split("It came too late for many farmers.\"Most of us burned in January,\" he said.")
      == ["It came too late for many farmers.", "\"Most of us burned in January,\" he said."])
  // Initials, abbreviations, decimals and names with a dot stay whole.
  #expect(splitter.split("The U.S.Navy sent J.F.Kennedy there.").count == 1)
  #expect(splitter.split("Fares rose by 3.5 per cent, e.g.Twice a week.").count == 1)
}
