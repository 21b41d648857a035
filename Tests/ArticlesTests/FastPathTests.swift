import Foundation
import Testing

@testable import Articles

/// The byte checks read eight bytes at a time; a plain byte-by-byte reading of the same rules
/// must reach the same verdict (error and line) on every input.
private func referenceVerdict(_ bytes: [UInt8], name: String) -> ArticleError? {
  if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
    return .empty(file: name)
  }
  if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
  {
    return nil  // encodings: not what this test varies
  }
  var control = 0
  for b in bytes {
    if b == 0 { return .binary(file: name) }
    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
  }
  if control * 20 > bytes.count { return .binary(file: name) }
  // Line of the first ill-formed sequence, decoding scalar by scalar with the library.
  var line = 1
  var iterator = bytes.makeIterator()
  var decoder = UTF8()
  while true {
    switch decoder.decode(&iterator) {
    case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
    case .emptyInput: return nil
    case .error: return .notUTF8(file: name, line: line)
    }
  }
}

/// A seeded generator, so a failure names an input that can be made again.
private struct Mix {
  var state: UInt64
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

@Test func byteChecksAgreeWithAByteByByteReading() {
  var mix = Mix(state: 7)
  let pieces: [[UInt8]] = [
    Array("Plain words of a sentence. ".utf8), Array("\n".utf8), Array("\n\n".utf8),
    Array("Việt Nam ".utf8), Array("— “quoted” ".utf8), Array("😀".utf8), [0x09], [0x0C],
    [0x01], [0x1B], [0x00], [0xE9], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    [0xC0, 0xAF], [0xE2, 0x82], [0x7F], Array("12345678".utf8), [0xF0, 0x9F, 0x98],
  ]
  var cases = 0
  for round in 0..<4000 {
    var bytes: [UInt8] = []
    let length = mix.next(40)
    for _ in 0..<length {
      // Mostly ASCII text, so the eight-byte path is taken, with a rare odd piece.
      let piece = mix.next(10) < 7 ? mix.next(5) : mix.next(pieces.count)
      bytes.append(contentsOf: pieces[piece])
    }
    let name = "case\(round).txt"
    let expected = referenceVerdict(bytes, name: name)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { continue }
    do {
      _ = try ByteCheck().decode(Data(bytes), name: name)
      #expect(expected == nil, "\(name): \(String(describing: expected))")
    } catch {
      #expect(expected == error, "\(name): \(error) vs \(String(describing: expected))")
    }
    cases += 1
  }
  #expect(cases > 3000)
}

@Test func wordHelpersCountExactly() {
  var mix = Mix(state: 11)
  for _ in 0..<20000 {
    var word: UInt64 = 0
    var below = false
    var newlines = 0
    for k in 0..<8 {
      let choice = mix.next(6)
      let b: UInt8 =
        choice == 0 ? 0x0A : choice == 1 ? UInt8(mix.next(0x20)) : UInt8(mix.next(256))
      if b < 0x20 { below = true }
      if b == 0x0A { newlines += 1 }
      word |= UInt64(b) << (8 * UInt64(k))
    }
    #expect(ByteCheck.hasByteBelow0x20(word) == below)
    #expect(ByteCheck.newlineCount(word) == newlines)
  }
}

@Test func stringFromScalarsMatchesTheLibrary() {
  var mix = Mix(state: 3)
  let samples: [Unicode.Scalar] = [
    "a", "Z", " ", "é", "ệ", "—", "“", "😀", "\u{0301}", "\u{10FFFF}",
  ]
  for _ in 0..<3000 {
    let scalars = (0..<mix.next(24)).map { _ in samples[mix.next(samples.count)] }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    let made = String(scalars: scalars)
    #expect(Array(made.utf8) == Array(String(view).utf8))
    #expect(made == String(view))
  }
}

@Test func wireNotesFoundAsByTheGeneralPrefixRule() {
  var mix = Mix(state: 9)
  let starts = [
    "(Reporting by ", "(reporting by", "(Editing by Jo)", "($1 = 0.92 euros)", "(€1 = $1.1)",
    "(£1 = x)", "Related posts: ", "READ MORE: ", "Reporting by ", "Reportin",
    "(Re\u{0301}porting by",
    "Editing by\u{0301} ", "See also:", "Also read", "Writing by", "Words ", "(1 euro = ", "Ａ",
    "Further reading: ", "NEXT PROFILE: ", "Up next: ", "Previous article:", "Notes ",
  ]
  let tails = ["", "Ann Lee", " Hanoi; Editing by Bo", "\u{0301}x", "…", "\r\nmore"]
  for _ in 0..<3000 {
    let line = starts[mix.next(starts.count)] + tails[mix.next(tails.count)]
    let head = String(line.unicodeScalars.prefix(26)).lowercased()
    let general =
      line.utf8.first.map { "(RrAaEeWwSsMmFfNnPpUu".utf8.contains($0) } == true
      && PageFurniture.wireNotePrefixes.contains(where: { head.hasPrefix($0) })
    #expect(PageFurniture.isWireNote(line) == general, "\(line)")
  }
}

@Test func asciiHeadPrefixesMatchTheGeneralRule() {
  var mix = Mix(state: 13)
  let starts = [
    "Source: ", "SOURCES:", "Photo credit: ", "Read More: ", "by: ", "Written By ", "Tags:",
    "Sourc", "Photo", "Édited by ", "Source\u{0301}: ", "(Reporting by ", "Related posts: ",
    "Posted: 2 hours ago", "Published by The Desk", "X", "", "Keywords: a, b, c, d, e, f, g",
  ]
  let tails = ["", "VNA", " and more words past the head", "é", "\u{0301}", "…"]
  for _ in 0..<3000 {
    let line = starts[mix.next(starts.count)] + tails[mix.next(tails.count)]
    for (limit, prefixes) in [
      (24, PageFurniture.creditPrefixes), (26, PageFurniture.wireNotePrefixes),
    ] {
      let head = String(line.unicodeScalars.prefix(limit)).lowercased()
      let general = prefixes.contains(where: { head.hasPrefix($0) })
      let bytes = prefixes.map { Array($0.utf8) }
      if let fast = PageFurniture.asciiHeadHasPrefix(line, limit: limit, bytes) {
        #expect(fast == general, "\(line)")
      } else {
        #expect(line.unicodeScalars.prefix(limit).contains { $0.value >= 128 }, "\(line)")
      }
    }
  }
}

@Test func letterKeysMatchTheGeneralRule() {
  var mix = Mix(state: 17)
  let pieces = [
    "Home", " / ", "WORLD", "|", "Asean", "2024", "-", "é", "Việt", "A+", ":", "z9", " ",
  ]
  for _ in 0..<3000 {
    let line = (0..<mix.next(12)).map { _ in pieces[mix.next(pieces.count)] }.joined()
    #expect(PageFurniture.letterKey(line) == PageFurniture.generalLetterKey(line), "\(line)")
  }
}

@Test func asciiHeadPrefixIndexIsTheFirstGeneralMatch() {
  var mix = Mix(state: 19)
  let starts = [
    "Archive photo: ", "FILE PHOTO:", "Photo: ", "In the photo: ", "in photo:", "Image:",
    "Caption:", "Pictured: ", "Illustrative photo: ", "Phot", "Ảnh: ", "photo\u{0301}: ", "",
  ]
  let tails = ["", "Crowds in Hanoi (Photo: VNA)", " x", "é", "…"]
  for _ in 0..<2000 {
    let line = starts[mix.next(starts.count)] + tails[mix.next(tails.count)]
    let head = String(line.unicodeScalars.prefix(24)).lowercased()
    let general = PageFurniture.captionPrefixes.firstIndex(where: { head.hasPrefix($0) })
    let bytes = PageFurniture.captionPrefixes.map { Array($0.utf8) }
    if let fast = PageFurniture.asciiHeadPrefixIndex(line, limit: 24, bytes) {
      #expect(fast == general, "\(line)")
    }
  }
}

@Test func plainWordsFoundExactly() {
  var mix = Mix(state: 23)
  let special: [UInt8] = [0x00, 0x0A, 0x1F, 0x20, 0x26, 0x5B, 0x7E, 0x7F, 0x80, 0xFF, 0x41, 0x61]
  for _ in 0..<50000 {
    var word: UInt64 = 0
    var plain = true
    for k in 0..<8 {
      let b = mix.next(3) == 0 ? special[mix.next(special.count)] : UInt8(0x20 + mix.next(0x5F))
      if !(b >= 0x20 && b < 0x7F && b != 38 && b != 91) { plain = false }
      word |= UInt64(b) << (8 * UInt64(k))
    }
    #expect(TextNormalizer.allPlain(word) == plain)
  }
}

@Test func asciiSlicesMatchStringsFromScalars() {
  var mix = Mix(state: 29)
  let pieces = ["Dr. Lan", " said ", "\"yes.\" ", "U.S. ", "1979", "!", "? ", "(a) ", "x"]
  for _ in 0..<2000 {
    let text = (0..<mix.next(14)).map { _ in pieces[mix.next(pieces.count)] }.joined()
    let scalars = scalarArray(text)
    let lower = mix.next(scalars.count + 1)
    let upper = lower + mix.next(scalars.count - lower + 1)
    #expect(asciiSlice(text, lower..<upper) == String(scalars: scalars[lower..<upper]))
  }
  #expect(
    SentenceSplitter().split("Dr. Lan met them. They agreed! Did he?") == [
      "Dr. Lan met them.", "They agreed!", "Did he?",
    ])
}

/// `stripCredits` turns a line down on its bytes when no rule can apply; each rule must still
/// fire when only its own sign is in the line (a colon far from the start, so the prefix rule
/// is out).
@Test func creditsAreStrippedWhateverSignTheLineCarries() {
  let furniture = PageFurniture()
  let far = String(repeating: "x", count: 90) + ":"
  let cases: [(String, String)] = [
    ("The harbour at dawn (Photo: Wire) in " + far, "The harbour at dawn in " + far),
    (
      "The harbour at dawn, " + far + " here. Photo by Ann Lee",
      "The harbour at dawn, " + far + " here."
    ),
    ("The harbour at dawn, " + far + " and more |", "The harbour at dawn, " + far + " and more"),
    ("The harbour at dawn, " + far + " and more ", "The harbour at dawn, " + far + " and more"),
    ("Archive photo: The harbour at dawn", "The harbour at dawn"),
  ]
  for (line, stripped) in cases {
    let result = furniture.stripCredits(line)
    #expect(result.isCaption, "\(line)")
    #expect(result.text == stripped)
  }
  // Signs with nothing to strip: the line comes back whole.
  for line in ["Talks (in Hanoi) went on. " + far + " x", "A ratio of 3:2 was agreed.", "a | b"] {
    #expect(furniture.stripCredits(line) == (line, false))
  }
}

/// The menu rule stops looking words up once more than three in ten are not menu words; its
/// verdict must not change, whether the strong word comes first or last.
@Test func menuLinesAreFoundWhereverTheirStrongWordStands() {
  let furniture = PageFurniture()
  #expect(furniture.isFurniture("Alpha Beta home news video world sports business more Share"))
  #expect(furniture.isFurniture("Share Alpha Beta home news video world sports business more"))
  #expect(!furniture.isFurniture("Alpha Beta Gamma Delta home news video world sports Share"))
  #expect(!furniture.isFurniture("Share Alpha Beta Gamma Delta home news video world sports"))
  #expect(furniture.isFurniture("Alpha Beta Gamma home news video world sports business Share"))
}

/// The lines of every fixture article, with samples for the checks below.
private func fixtureLines() throws -> [String] {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
  var lines = [
    "Home | News | World", "News » Environment", "Unit 3 · Empires", "Unit 3 \u{0387} Empires",
    "A • B", "Home › Shop", "a > b", "x / y", "said \" and", "Ends here.",
    "Wednesday 25 November 2026",
    "WEDNESDAY, 25 Nov 2026", "5:00am, 25 Nov 2026", "Updated 07:42 | 12 Oct", "Sunday",
    "Friday 3 March", "FRİDAY 3 March", "Saturday 12:30, 4 May 2025", "HOST: Welcome back. Why?",
    "Q: What happened?", "DR. LAN: Yes.", "Ann：No", "ÉMILE: Oui.", "Mr Lee: Fine.", ":", "",
    "Lunes 3 de mayo", "Mon 4 May 2026 10:15", "TODAY: 4 May", "Note — see below: later",
  ]
  for name in names {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    lines += text.split(separator: "\n").map(String.init)
  }
  return lines
}

@Test func headlineSeparatorsAreFoundAsFoundationFindsThem() throws {
  let separators = [" | ", " » ", " › ", " > ", " · ", " • ", " / ", " \" "]
  var found = 0
  for line in try fixtureLines() {
    let expected = separators.contains { line.contains($0) }
    #expect(Headline().holdsSeparator(line) == expected, "\(line)")
    if expected { found += 1 }
  }
  #expect(found > 5)
}

/// `PublicationDate.readBare` without its byte test: lower-cased and split, every short line.
private func referenceReadBare(_ line: String, weekdayLed: Bool) -> PublicationDate? {
  guard line.utf8.count <= 80 else { return nil }
  let lower = line.lowercased()
  let words = lower.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
  guard words.count >= 2, words.count <= 8 else { return nil }
  let opensOnWeekday = PublicationDate.weekdays.contains(String(words[0]))
  let hasClock = words.contains { word in
    let parts = word.split(whereSeparator: { $0 == ":" })
    return parts.count == 2 && parts[0].count <= 2 && parts[0].allSatisfy(\.isNumber)
      && parts[1].prefix(2).allSatisfy(\.isNumber) && parts[1].count >= 2
  }
  guard weekdayLed ? opensOnWeekday : hasClock && !opensOnWeekday else { return nil }
  return PublicationDate.read(lower)
}

@Test func byteTestsOfDateAndSpeakerLinesTurnDownOnlyLinesTheRulesWould() throws {
  var dates = 0
  var labels = 0
  for line in try fixtureLines() {
    for weekdayLed in [false, true] {
      let expected = referenceReadBare(line, weekdayLed: weekdayLed)
      #expect(PublicationDate.readBare(line, weekdayLed: weekdayLed) == expected, "\(line)")
      if expected != nil { dates += 1 }
    }
    let label = ArticleReader.labelBeforeColon(line)
    #expect(ArticleReader.speakerLabel(line)?.label == label?.label, "\(line)")
    #expect(ArticleReader.speakerLabel(line)?.text == label?.text, "\(line)")
    if label != nil { labels += 1 }
  }
  #expect(dates >= 4)
  #expect(labels >= 3)
}
