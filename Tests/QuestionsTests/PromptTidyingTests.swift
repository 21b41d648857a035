import Testing

@testable import Questions

/// Words a card can lose, on sentences of my own.
struct PromptTidyingTests {
  @Test func alsoIsDroppedWhereItLeansOnTheSentenceBefore() {
    #expect(
      PromptTidying.droppingAlso("The province will also spend _____ on tanks.")
        == "The province will spend _____ on tanks.")
    #expect(
      PromptTidying.droppingAlso("True or false: The plan also provides for 400 wells.")
        == "True or false: The plan provides for 400 wells.")
    // Kept in someone's words, after "but", at a sentence's start and beside the gap.
    let kept = [
      "Mr. Vey said: \"We will also build _____ wells.\"",
      "The fund paid not only the wells but also _____ pumps.",
      "The fund paid for wells. Also _____ pumps were bought.",
      "The fund paid _____ also for pumps.",
      "The plan covers roads and _____ also.",
    ]
    for prompt in kept { #expect(PromptTidying.droppingAlso(prompt) == prompt) }
    // After a quotation closes, an "also" is the card's own again.
    #expect(
      PromptTidying.droppingAlso("\"We are ready,\" Vey said, and he also named _____ as deputy.")
        == "\"We are ready,\" Vey said, and he named _____ as deputy.")
  }

  @Test func aTimeToldFromAnotherMomentGoesWhenTheCardHasItsOwn() {
    #expect(
      PromptTidying.droppingRelativeOpener(
        "Fill the gap: A month later, on _____, the ferry sank.", answerIsDate: true)
        == "Fill the gap: On _____, the ferry sank.")
    #expect(
      PromptTidying.droppingRelativeOpener(
        "By then the first _____ crews had been trained, in March 1960.", answerIsDate: false)
        == "The first _____ crews had been trained, in March 1960.")
    // With no time of its own the card keeps the only one it has.
    let bare = "A month later, the _____ sank off the cape."
    #expect(PromptTidying.droppingRelativeOpener(bare, answerIsDate: false) == bare)
    let inside = "The ferry sank a month later, on _____."
    #expect(PromptTidying.droppingRelativeOpener(inside, answerIsDate: true) == inside)
  }

  @Test func aNamesSpellingInAnotherLanguageIsLeftOut() {
    #expect(
      PromptTidying.droppingForeignGloss(
        "The _____ of 1848 (Velish: velda forradalom, \"revolution of 1848\") was the longest.")
        == "The _____ of 1848 was the longest.")
    // A bracket that holds the gap, or no language's name, stays.
    let kept = [
      "The Velda Bank (Velish: _____ Bank) lent the money.",
      "The dam (built in 1951) holds _____ litres.",
      "The Velda Bank (VB: a lender) lent _____.",
    ]
    for prompt in kept { #expect(PromptTidying.droppingForeignGloss(prompt) == prompt) }
  }

  @Test func aWeekdayThatNamesNoDayIsLeftOut() {
    #expect(
      PromptTidying.droppingWeekday("The board on Monday approved _____ for the pier.")
        == "The board approved _____ for the pier.")
    #expect(
      PromptTidying.droppingWeekday("Fill the gap: On Tuesday evening, the _____ closed the quay.")
        == "Fill the gap: The _____ closed the quay.")
    #expect(
      PromptTidying.droppingWeekday("The council said last Friday that _____ would pay.")
        == "The council said that _____ would pay.")
    // A weekday with its date says which day; the gap where the weekday stood stays.
    let kept = [
      "On Sunday, 10 August 1628, the _____ set sail.",
      "The board on _____ approved the plan.",
      "The _____ met on Monday 3 March.",
    ]
    for prompt in kept { #expect(PromptTidying.droppingWeekday(prompt) == prompt) }
  }
}
