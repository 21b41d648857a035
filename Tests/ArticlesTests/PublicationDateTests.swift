import Foundation
import Testing

@testable import Articles

/// The page's own date, from bylines and front matter of my own making.
struct PublicationDateTests {
  @Test func bylinesAndFrontMatterGiveThePagesDate() {
    #expect(
      PublicationDate.find(in: ["By Ana Berg  |  Published 09.09.2026, 07:48 CET"])
        == PublicationDate(year: 2026, month: 9, day: 9))
    #expect(
      PublicationDate.find(in: ["Harbour News", "By Ola Lind | 19/11/2026"])
        == PublicationDate(year: 2026, month: 11, day: 19))
    #expect(
      PublicationDate.find(in: ["date: 2026-03-04"])
        == PublicationDate(year: 2026, month: 3, day: 4))
    #expect(
      PublicationDate.find(in: ["Posted on November 19, 2026 by the desk"])
        == PublicationDate(year: 2026, month: 11, day: 19))
    // Month first when the first part cannot be a month.
    #expect(
      PublicationDate.read("updated 11/19/2026") == PublicationDate(year: 2026, month: 11, day: 19))
  }

  @Test func aSentenceOfTheStoryIsNotThePagesDate() {
    // No cue: a dated title or the story's own sentence.
    #expect(PublicationDate.find(in: ["Velda, 7 January 1979"]) == nil)
    #expect(
      PublicationDate.find(in: [
        "On 7 January 1979 the harbour council met in the old customs house to sign the charter"
          + " that the king had refused for twenty years, and by nightfall the port was free."
      ]) == nil)
    // A caption's credit bar dates a photo, not the page.
    #expect(
      PublicationDate.find(in: ["Soldiers guard the temple in June, 1982. (Source: VNA) |"])
        == nil)
    // A cue but no full date.
    #expect(PublicationDate.find(in: ["By Ana Berg | Friday"]) == nil)
  }

  @Test func theReaderKeepsThePagesDate() throws {
    let text = """
      Harbour News
      By Ana Berg | Published 20.11.2026

      The council met in Velda on Nov. 16 and voted to close the old pier.
      """
    let article = try ArticleReader().read(text: text, name: "p.txt")
    #expect(article.published == PublicationDate(year: 2026, month: 11, day: 20))
  }

  /// The long-line shortcut must give the word count's verdict, on ASCII lines and on lines
  /// whose spaces stand by combining marks (where the Character split finds fewer words).
  @Test func longLinesArePassedOverExactlyWhenTheyHaveMoreThanTwentyWords() {
    let eighteen = Array(repeating: "word", count: 18).joined(separator: " ")
    let samples = [
      "", "  ", eighteen + " Published 09.09.2026", eighteen + " Published 09.09.2026 now",
      "  " + eighteen + "  x  ", eighteen + " \u{0301}x y", eighteen + " y\u{0301} z",
      "Đà " + eighteen + " x", eighteen + " x é", String(repeating: "a ", count: 30),
    ]
    for line in samples {
      let slow = line.lowercased().split(separator: " ").count > 20
      #expect(!PublicationDate.hasMoreThanTwentyASCIIWords(line) || slow)
      if line.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(PublicationDate.hasMoreThanTwentyASCIIWords(line) == slow)
      }
    }
    #expect(
      PublicationDate.find(in: [eighteen + " Published 09.09.2026"])
        == PublicationDate(year: 2026, month: 9, day: 9))
    #expect(PublicationDate.find(in: [eighteen + " Published 09.09.2026 now"]) == nil)
  }

  /// The byte test for ASCII lines must agree with the general one on every line.
  @Test func asciiLinesAreTestedAsTheGeneralRuleTestsThem() {
    let eighteen = Array(repeating: "word", count: 18).joined(separator: " ")
    let lines = [
      "", "By Ana Berg", "by", "BY ", "Byline here", "PUBLISHED 09.09.2026", "Last Updated: today",
      "Date: 2026-03-04", "DATE 2026", "posted", "Posts", "Re-posted on Monday",
      eighteen + " Posted now", eighteen + " Posted now and", "a publishedb c", "Dáte: 2026",
      "By Lê", "  by  x", "up dated", "PUBLİSHED 09.09.2026", "Đã publİshed", "Ngày đăng 3/5",
      "Cập nhật: Posted 2026", "BY Nguyễn Văn A", "\u{212A}Y date", "Đ by x",
    ]
    for line in lines {
      let lower = line.lowercased()
      let general =
        lower.split(separator: " ").count <= 20
        && (lower.hasPrefix("by ") || PublicationDate.cues.contains(where: { lower.contains($0) }))
      if line.utf8.allSatisfy({ $0 < 0x80 }) {
        #expect(PublicationDate.asciiCandidate(line) == general, "\(line)")
      } else if let verdict = PublicationDate.asciiCandidate(line) {
        #expect(verdict == general, "\(line)")
      }
    }
  }
}

extension PublicationDateTests {
  @Test func aBareDateLineDatesThePageByItsShape() {
    // A byline's clock time dates the story before a masthead's weekday line, which may be the
    // day the page was read.
    let page = [
      "Monday, October 12, 2026 07:42", "THE HARBOUR POST", "By Ana Berg",
      "09/10/2026 20:13", "The council met on Thursday.",
    ]
    #expect(PublicationDate.find(in: page) == PublicationDate(year: 2026, month: 10, day: 9))
    #expect(
      PublicationDate.find(in: ["THE HARBOUR POST", "Wednesday 25 November 2026", "News"])
        == PublicationDate(year: 2026, month: 11, day: 25))
    // A sentence of the story that names a date is no page date.
    #expect(
      PublicationDate.find(in: ["The council met on 25 November 2026 to vote on the pier."])
        == nil)
  }
}
