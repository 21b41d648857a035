import Testing

@testable import Questions

/// An opening "It" that stands for nothing leans on no sentence before.
struct DummySubjectTests {
  @Test func weatherCleftsReportsAndSpansOpenOnADummyIt() {
    #expect(DummySubject.opens("It was unusually warm in Orm on Monday, 4 May 1920."))
    #expect(DummySubject.opens("It was not until 1990 that the wall came down."))
    #expect(DummySubject.opens("It is estimated that 40,000 people fled."))
    #expect(DummySubject.opens("It became obvious that the guild could not return to Orm."))
    #expect(!DummySubject.opens("It became the guild's hall in 1920."))
    #expect(DummySubject.opens("It was unclear whether the treaty would hold."))
    #expect(DummySubject.opens("It took nine years to dig the canal."))
    #expect(DummySubject.opens("It had been raining for a week when the dam broke."))
  }

  @Test func anItThatStandsForSomethingIsNoDummy() {
    #expect(!DummySubject.opens("It was nearly destroyed by the flood of 1920."))
    #expect(!DummySubject.opens("It was signed in Paris on 27 January 1973."))
    #expect(!DummySubject.opens("It took part in the war of 1812."))
    #expect(!DummySubject.opens("It is the oldest port of the coast."))
    #expect(!DummySubject.opens("Its warm waters drew traders."))
  }

  @Test func theWriterAsksTheFactsOfADummySentence() {
    let sentence = "It was unusually warm in Orm on Monday, 4 May 1920."
    #expect(!SentenceInfo(sentence).startsWithPronoun)
    #expect(!SentenceInfo(sentence).hasPronounSubject)
    #expect(
      !QuestionWriter.hasLoosePronoun("It was unusually warm in _____ on Monday, 4 May 1920."))
    #expect(QuestionWriter.hasLoosePronoun("It was signed in _____ on 27 January 1973."))
    #expect(SentenceInfo("It was signed in Paris on 27 January 1973.").startsWithPronoun)
  }
}

@Test func anItAfterAPrepositionOfPlacePointsBack() {
  #expect(QuestionWriter.hasLoosePronoun("Below it stands the _____, the oldest wall."))
  #expect(QuestionWriter.hasLoosePronoun("Beside them lay _____ boats."))
  #expect(!QuestionWriter.hasLoosePronoun("Below the hill stands the _____."))
  // Further in, it is most often the sentence's own noun.
  #expect(!QuestionWriter.hasLoosePronoun("The canal had a towpath beside it in _____."))
}
