import Testing

@testable import Facts

@Test func quoteThenSaidName() throws {
  let f = try extract(
    "\"We came to help our friends and stayed to build,\" said Nguyen Van An, a former expert.")
  let quote = try #require(f.of(.quote).first)
  #expect(quote.value == "We came to help our friends and stayed to build")
  #expect(quote.speaker == "Nguyen Van An")
}

@Test func nameSaidThenQuote() throws {
  let f = try extract(
    "President Vo Van Thuong said, \"Your luggage is national pride and solidarity.\"")
  #expect(f.of(.quote).first?.speaker == "Vo Van Thuong")
}

@Test func pronounSpeakerIsTheLastPerson() throws {
  let f = try extract(
    "Minister Le Van Tam opened the school. \"This building will serve the children of the whole district,\" he said."
  )
  #expect(f.of(.quote).first?.speaker == "Le Van Tam")
}

@Test func accordingToSpeaker() throws {
  let f = try extract("\"The harvest was the best in ten years,\" according to Tran Thi Lan.")
  #expect(f.of(.quote).first?.speaker == "Tran Thi Lan")
}

@Test func namesInsideAQuoteDoNotBecomeTheNextSpeaker() throws {
  let f = try extract(
    "\"We pushed Pol Pot's army into the western mountains of the country,\" said Dr. Nguyen Manh. \"It was the hardest year of all our lives,\" he said."
  )
  #expect(f.of(.quote).map(\.speaker) == ["Nguyen Manh", "Nguyen Manh"])
}

@Test func quotationRunningIntoTheNextSentenceKeepsItsSpeaker() throws {
  let f = try extract(
    "\"The water came up so fast that nobody could save anything,\" said Nguyen Thi Lan. \"We lost the house, the pigs and the seed rice.\""
  )
  #expect(f.of(.quote).map(\.speaker) == ["Nguyen Thi Lan", "Nguyen Thi Lan"])
}

@Test func partialQuotationBelongsToTheReportingSubject() throws {
  let f = try extract(
    "General Hoang Minh Duc told the departing troops that they carried \"the image of the whole country and its people\" abroad."
  )
  #expect(f.of(.quote).first?.speaker == "Hoang Minh Duc")
}

@Test func shortQuotationWithASpeakerIsAQuoteNotATerm() throws {
  let f = try extract(
    "General Christian de Castries held the fort. \"We will not surrender,\" de Castries said.")
  #expect(f.of(.term).isEmpty)
  #expect(f.of(.quote).first?.speaker == "Christian de Castries")
}

@Test func singleQuotedQuotationWithASpeaker() throws {
  let f = try extract(
    "Mayor Tran Van Hai visited the river. 'We will rebuild the bridge within a year,' the mayor said, according to Tran Van Hai."
  )
  let quote = try #require(f.of(.quote).first)
  #expect(quote.value == "We will rebuild the bridge within a year")
  #expect(f.of(.term).isEmpty)
}

@Test func aQuotationRightAfterATermGlossesIt() throws {
  let f = try extract(
    "The name comes from the Orla phrase vasa ne torru, “house of the sea”. Its people called"
      + " it Varnuntal, “the four coasts”, and it ruled the islands.")
  #expect(f.values(.term).contains("vasa ne torru"))
  #expect(f.values(.term).contains("Varnuntal"))
  #expect(!f.values(.term).contains("house of the sea"))
  #expect(!f.values(.term).contains("the four coasts"))
  // With no word naming a term before it, a short quotation is the term.
  let plain = try extract("The fighters were called “Buddhist soldiers” by the villagers.")
  #expect(plain.values(.term) == ["Buddhist soldiers"])
}
