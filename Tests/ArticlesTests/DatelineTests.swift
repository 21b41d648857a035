import Foundation
import Testing

@testable import Articles

/// Datelines of my own making: where a report was filed is cut from its lead sentence, and
/// dates the story when the page does not.
struct DatelineTests {
  func stripped(_ sentence: String) -> String {
    guard let length = Dateline.prefixLength(sentence) else { return sentence }
    return String(String.UnicodeScalarView(sentence.unicodeScalars.dropFirst(length)))
  }

  @Test func placeDateAndAgencyBeforeADashOrColonAreCut() {
    #expect(
      stripped("VELDA, March 12 (Harbour Wire) - The board met on Monday.")
        == "The board met on Monday.")
    #expect(
      stripped("ORLAND, Norway — Ferries stopped on Tuesday.") == "Ferries stopped on Tuesday.")
    #expect(stripped("NORTH VELDA – The board met.") == "The board met.")
    #expect(stripped("ORLAND, Oct. 9, 2026 – 40 boats sailed.") == "40 boats sailed.")
    #expect(stripped("VELDA: The board met on Monday.") == "The board met on Monday.")
    #expect(stripped("FILE - A ferry leaves the quay.") == "A ferry leaves the quay.")
  }

  @Test func aSentenceThatOnlyLooksLikeOneIsLeftWhole() {
    for sentence in [
      "NATO - the alliance - met in Velda.",  // the story does not open a sentence
      "PART TWO: THE LATER YEARS",  // a heading, with no sentence after it
      "Updated: Monday, the board met.",  // not a place in capitals
      "VELDA, the old port, said - The board met.",  // words of a sentence before the dash
      "The board met in VELDA - and voted.",
      "UN - The board met.",  // two capitals are an acronym, not a place
      "ORLAND, March 12: The board met.",  // a colon follows the place alone
    ] {
      #expect(Dateline.prefixLength(sentence) == nil, "\(sentence)")
    }
  }

  @Test func theReaderCutsTheLeadsDatelineAndDatesTheStoryByIt() throws {
    let article = try ArticleReader().read(
      Data(
        """
        Harbour dues to rise

        VELDA, March 3, 2026 – The harbour board voted on Tuesday to raise its dues.

        The board said the rise would pay for a dredger.
        """.utf8), name: "d.txt")
    #expect(
      article.sentences.map(\.text).first == "The harbour board voted on Tuesday to raise its dues."
    )
    #expect(article.published == PublicationDate(year: 2026, month: 3, day: 3))
  }

  @Test func theDatelineNamesTheStorysSettingAfterItsTown() {
    func places(_ sentence: String) -> [String] {
      Dateline.prefixLength(sentence).map { Dateline.places(sentence, length: $0) } ?? []
    }
    #expect(places("ORLAND, Nova Terra — Ferries stopped on Tuesday.") == ["Nova Terra"])
    #expect(places("ORLAND, Vell, Norway - Ferries stopped.") == ["Vell", "Norway"])
    // Dates and the agency's bracket are no places.
    #expect(places("VELDA, March 12 (Harbour Wire) - The board met on Monday.") == [])
    #expect(places("ORLAND, Oct. 9, 2026 – 40 boats sailed.") == [])
    #expect(places("NORTH VELDA – The board met.") == [])
  }
}
