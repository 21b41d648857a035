import Testing

@testable import Facts

/// `WordMap` and `WordSet` stand in for `[String: V]` and `Set<String>` in the name rules; they
/// must give the same answers, `String`'s canonical equivalence included.

/// Words of every kind a rule may look up: ASCII, accented (precomposed and decomposed), the
/// three scalars that decompose to ASCII, signs, empty, long, and near misses.
private let probeWords: [String] = [
  "", "a", "A", "the", "The", "of", "in", "into", "kelvin", "Kelvin", "\u{212A}elvin",
  "\u{212A}", "K", "k", ";", "\u{037E}", "`", "\u{1FEF}", "a;b", "a\u{037E}b", "x`", "x\u{1FEF}",
  "türkiye", "tu\u{0308}rkiye", "Türkiye", "chargé", "charge\u{0301}", "charge", "€", "£", "$",
  "hà nội", "ha\u{0300} no\u{0323}\u{0302}i", "ha noi", "viet nam", "u.s.", "U.S.", "don't",
  "secretary-general", "a-very-long-word-past-fifteen-bytes", "a-very-long-word-past-fifteen",
  "ｋ", "é", "e\u{0301}", "\u{0301}", "ñ", "n\u{0303}", "Åström", "A\u{030A}stro\u{0308}m",
  "\u{212B}stro\u{0308}m", "ω", "\u{2126}", "Ω", "\u{00B7}", "\u{0387}", "mid\u{00B7}dot",
]

@Test func wordSetAnswersAsSetOfStrings() {
  // Members taken from the probes in several groupings, so each probe is tried against sets
  // holding its canonical twins, only its twins' other spellings, or neither.
  let groupings: [[String]] = [
    probeWords,
    probeWords.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
    probeWords.enumerated().filter { $0.offset % 3 == 1 }.map(\.element),
    ["\u{212A}elvin", "a\u{037E}b", "x\u{1FEF}", "tu\u{0308}rkiye", "charge\u{0301}"],
    ["kelvin", "a;b", "x`", "türkiye", "chargé", "K", ";", "`"],
    NameRecognizer.connectors.members + Lexicon.compassSet.members,
  ]
  for members in groupings {
    let expected = Set(members)
    let fast = WordSet(members)
    var grown = WordSet()
    grown.reserveCapacity(3)
    for member in members.reversed() { grown.insert(member) }
    for probe in probeWords + members.map({ $0.uppercased() }) {
      #expect(
        fast.contains(probe) == expected.contains(probe), "\(probe.unicodeScalars.map(\.value))")
      #expect(
        grown.contains(probe) == expected.contains(probe), "\(probe.unicodeScalars.map(\.value))")
    }
    #expect(Set(fast.members) == expected)
    #expect(fast.members.count == expected.count)
  }
}

@Test func wordMapAnswersAsDictionary() {
  var expected: [String: Int] = [:]
  var fast = WordMap<Int>()
  // Stores that overwrite through canonically equal spellings, in varied orders.
  for (n, word) in (probeWords + probeWords.reversed() + probeWords.shuffled()).enumerated() {
    if n % 5 == 0 { continue }
    expected[word] = n
    fast[word] = n
    #expect(fast[word] == expected[word])
  }
  for probe in probeWords + probeWords.map({ $0.uppercased() }) {
    #expect(fast[probe] == expected[probe], "\(probe.unicodeScalars.map(\.value))")
  }
  #expect(fast.keys.count == expected.count)
  for (key, value) in fast.pairs { #expect(expected[key] == value) }
}

@Test func staticTablesAnswerAsTheirSources() {
  // Gazetteer and lexicon look-ups of every key, its upper case and its first word.
  for (key, value) in Gazetteer.places.pairs {
    #expect(Gazetteer.places[key] == value)
    #expect(Gazetteer.places[key.uppercased()] == nil || key.uppercased() == key)
  }
  #expect(Gazetteer.places["tu\u{0308}rkiye"] == "Turkey")
  #expect(Gazetteer.places["viet nam"] == "Vietnam")
  #expect(Lexicon.currencyCodes["€"] == "EUR" && Lexicon.currencyCodes["usd"] == "USD")
  #expect(Lexicon.acronymOf["United Nations"] == "UN")
}

/// The three scalars the maps fold to ASCII are all there are: no other scalar is canonically
/// equal to an ASCII character (a decomposition ends in a combining mark, which ASCII lacks,
/// unless it is a singleton).
@Test func onlyThreeScalarsEqualAnASCIIString() {
  let ascii = Set((0..<128).map { String(Unicode.Scalar(UInt8($0))) })
  var found: [UInt32] = []
  for v in UInt32(128)...0x10FFFF {
    guard let scalar = Unicode.Scalar(v) else { continue }
    if ascii.contains(String(scalar)) { found.append(v) }
  }
  #expect(found == [0x037E, 0x1FEF, 0x212A])
}
