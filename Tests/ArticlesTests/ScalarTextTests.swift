import Foundation
import Testing

@testable import Articles

/// The byte-level helpers must agree exactly with the library calls they replace, on plain
/// text and on the cluster edge cases that make the fast paths step aside.
@Suite struct ScalarTextTests {
  static let samples = [
    "", " ", "   ", "one", "one two", "  one  two  ", "Hà Nội and Đà Nẵng", "Nguyễn Văn A",
    "a \u{0301}b", "x \u{200D}y", "\u{0600} 5", "ع \u{0600}", "flag \u{1F1FB}\u{1F1F3} here",
    "emoji 🙂 \u{1F3FB}", "tab\tand\nnewline words", "“quoted” words — dashed", "e\u{0301} é",
    "Ελληνικά λέξεις", "中文 词语", "ก ำ", "end ",
  ]

  @Test(arguments: samples) func spaceSplitMatchesCharacterSplit(_ s: String) {
    let fast = spaceSplit(s)
    let slow = s.split(separator: " ")
    #expect(fast == slow)
    #expect(fast.map(\.startIndex) == slow.map(\.startIndex))
  }

  @Test(arguments: samples) func countsMatchTheLibrary(_ s: String) {
    #expect(scalarCount(s) == s.unicodeScalars.count)
    #expect(spaceCount(s) == s.utf8.filter { $0 == 32 }.count)
    #expect(containsByte(s, 32) == s.utf8.contains(32))
  }

  @Test(arguments: samples) func byteSplitMatchesTheUTF8Split(_ s: String) {
    for omitting in [false, true] {
      for byte: UInt8 in [32, 10, 97] {
        let fast = byteSplit(s, byte, omittingEmpty: omitting)
        let slow = s.utf8.split(separator: byte, omittingEmptySubsequences: omitting).map {
          Substring($0)
        }
        #expect(fast == slow)
        #expect(fast.map(\.startIndex) == slow.map(\.startIndex))
      }
    }
  }

  @Test(arguments: samples) func scalarArrayDecodesEveryScalar(_ s: String) {
    #expect(scalarArray(s) == Array(s.unicodeScalars))
    #expect(scalarArray(s.dropFirst()) == Array(s.dropFirst().unicodeScalars))
  }

  @Test(arguments: samples) func stringFromScalarsRoundTrips(_ s: String) {
    #expect(String(scalars: Array(s.unicodeScalars)) == s)
    let spaceless = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != " " }))
    #expect(String(scalars: s.unicodeScalars.lazy.filter { $0 != " " }) == spaceless)
  }

  static let searchSamples =
    samples + [
      "Home | World", "a |b", " | ", "x | \u{0301}y", "ab | ", "contributed", "Contributed.",
      "ontributeontributed", "ontribute", "tab |\t| x", "› Video", "»", "›\u{0301} x", "» more",
      "x›", "››", "›é", "\u{203A}\u{20DD}", " ›", "«»",
    ]

  @Test(arguments: searchSamples) func byteSearchesMatchTheLibrary(_ s: String) {
    #expect(containsBytes(s, " | ") == (s.utf8.firstRange(of: " | ".utf8) != nil))
    #expect(containsBytes(s, "ontributed") == (s.utf8.firstRange(of: "ontributed".utf8) != nil))
    #expect(containsBytes(s, "x") == s.utf8.contains(120))
    // A mark followed by a combining one is another Character: the library's path decides.
    #expect(opensWith(s, "›") == s.hasPrefix("›"))
    #expect(opensWith(s, "»") == s.hasPrefix("»"))
  }

  static let datedSamples =
    searchSamples + [
      "published 09.09.2026", "updated: monday", "date: 2026-09-03", "date\u{0301}: x",
      "posted\u{0301} x", "po\u{0301}sted", "by jane | updated 3 may", "publishe", "date;",
    ]

  @Test(arguments: datedSamples) func foundationContainsMatchesFoundation(_ s: String) {
    for needle in ["published", "updated", "posted", "date:", " | ", "x"] {
      #expect(foundationContains(s, needle) == s.contains(needle))
    }
  }

  static let prefixSamples =
    datedSamples + [
      "Main article: Vasa", "Main article:\u{0301} x", "For other uses, see X", "For ", "For",
      "For\u{0301} x", "See also: y", "Copyright © 2026", "© 2026", "©\u{0301} x", "x © y",
      "★★★★★ — fine", "☆ x", "★\u{0301}", "6 March — 13 September", "1896 – x", "a - b",
    ]

  @Test(arguments: prefixSamples) func bytePrefixAndSearchTestsMatchTheLibrary(_ s: String) {
    for prefix in ["Main article:", "For ", "See also:", "Copyright", "©", "x"]
    where prefix.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(hasASCIIPrefix(s, prefix) == s.hasPrefix(prefix))
    }
    // A needle none of whose scalars has a canonical equivalent is found only where its bytes
    // are: the byte test never turns down a line the library would match.
    for needle in ["©", "★", "☆", " — ", " – ", " - ", ", see ", "x"] {
      #expect(holdsBytes(s, of: needle) == (s.utf8.firstRange(of: needle.utf8) != nil))
      if s.contains(needle) || s.range(of: needle) != nil { #expect(holdsBytes(s, of: needle)) }
    }
  }

  @Test func opensWithStepsAsideForAnExtendedMark() {
    #expect(opensWith("› Video", "›"))
    #expect(opensWith("›", "›"))
    #expect(!opensWith("›\u{0301} Video", "›"))
    #expect(!opensWith("\u{0301}›", "›"))
  }

  @Test func asciiWordSetIgnoresCaseAndSkipsNonAscii() {
    let set = AsciiWordSet(["share", "e-mail", "français"])
    func has(_ word: String) -> Bool {
      Array(word.utf8).withUnsafeBufferPointer { set.contains($0[...]) }
    }
    #expect(has("share") && has("SHARE") && has("E-Mail"))
    #expect(!has("shar") && !has("shares") && !has("français") && !has(""))
  }
}
