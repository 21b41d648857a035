import Articles
import Foundation
import Testing

@testable import Facts

/// The general way to remember a person, word by word as strings, that the byte path for ASCII
/// names must match key for key.
private func referenceParts(_ names: [String]) -> [String: String] {
  var parts: [String: String] = [:]
  for value in names {
    let words = spaceSplit(value)
    guard words.count >= 2 else { continue }
    let joined = words.joined().lowercased()
    if parts[joined] == nil { parts[joined] = value }
    for part in [words.first!, words.last!] {
      let lower = part.lowercased()
      if !NameContext.ambiguousParts.contains(lower), parts[lower] == nil { parts[lower] = value }
    }
  }
  return parts
}

@Test func rememberedPeopleMatchTheGeneralRule() {
  let names = [
    "Hun Sen", "Nguyen Van Linh", "Ho Chi Minh", "Le Duan", "Pol", "F. W. de Klerk", "Van Tien",
    "  Kim  Jong  Un ", "Lon Nol", "Ngô Đình Diệm", "Võ Nguyên Giáp", "Hun Manet", "Tran Van Le",
    "Mary-Jane O'Neil", "A B", "", " ", "HUN SEN", "hun sen", "Le\u{0301} Duan", "Lê Duẩn",
  ]
  for order in [names, names.reversed(), names.shuffled()] {
    var context = NameContext(scans: [])
    for name in order { context.remember(person: name) }
    var got: [String: String] = [:]
    for (key, value) in context.personParts.pairs { got[key] = value }
    #expect(got == referenceParts(order))
    #expect(context.lastPerson == order.last)
  }
}

@Test func titleWordsMatchTheGeneralRule() {
  let titles = [
    "Hun Sen visits Hanoi", "The Paris Peace Accords", "VIỆT NAM and the War", "", "a  b",
    "Đổi Mới reforms", "ECCC verdict on Nuon Chea",
  ]
  let values = [
    "Hun Sen", "hun sen", "Hanoi", "Paris Peace Accords", "The Paris", "Việt Nam", "War",
    "", " ", "A B", "b a", "Đổi Mới", "ECCC", "Nuon  Chea", "Chea Nuon Sen", "the",
  ]
  for title in titles {
    let words = WordSet(spaceSplit(title.lowercased()).map(String.init))
    for value in values {
      #expect(
        SalienceScorer.inTitle(value, words) == SalienceScorer.generalInTitle(value, words),
        "\(value) in \(title)")
      if let fast = SalienceScorer.asciiInTitle(value, words) {
        #expect(fast == SalienceScorer.generalInTitle(value, words))
      }
    }
  }
}

@Test func wordTableAnswersAsTheLexicon() {
  for (word, classes) in Lexicon.classes {
    #expect(Lexicon.wordTable.classes(Array(word.utf8)) == classes, "\(word)")
    // Near misses: a letter more, a letter fewer.
    #expect(
      Lexicon.wordTable.classes(Array((word + "x").utf8)) == (Lexicon.classes[word + "x"] ?? []))
    #expect(
      Lexicon.wordTable.classes(Array(word.dropLast().utf8))
        == (Lexicon.classes[String(word.dropLast())] ?? []))
  }
}

@Test func foldedClassesAnswerAsTheirSets() {
  let sentences = [
    "The ship, called Eagle, sailed from the Port of Spain into the North Sea near Van Diemen.",
    "Ludwig van Beethoven was NAMED after his grandfather In Bonn; Khalid bin Saeed Al-Mansouri.",
    "West Berlin and Northern Europe, south-east Asia, DE LA Cruz, Dubbed \"Nicknamed\" Across.",
    "Được gọi là Sài Gòn, de Klerk, Near AT OFF Throughout off-shore called-up 'van' el-Sisi.",
    "Known as KNOWN, termed Termed, knowns know called's dubbed nicknamed nickname.",
  ]
  let checks: [(WordClass, (String) -> Bool)] = [
    (.namingVerb, { NameContext.namingVerbs.contains($0) }),
    (.compass, { Lexicon.compassSet.contains($0) }),
    (.nameParticle, { NameRecognizer.nameParticles.contains($0) }),
    (.placePreposition, { NameContext.placePrepositions.contains($0) }),
    (
      .termCue,
      { $0 == "known" || DefinedTermRecognizer.objectNamingVerbs.contains($0) }
    ),
  ]
  var hits = 0
  for sentence in sentences {
    for token in Tokenizer().tokens(in: sentence) {
      for (c, member) in checks {
        #expect(token.is(c) == member(token.lower), "\(token.text) \(c.rawValue)")
        if token.is(c) { hits += 1 }
      }
    }
  }
  #expect(hits > 15)
}

/// The byte test that turns most words down before an abbreviation's letters are read.
@Test func abbreviationsOpenWithTwoCapitals() {
  for word in ["CFCs", "UN", "GLOFs", "ECCC"] {
    #expect(NameContext.opensWithTwoCapitals(word))
    #expect(NameContext.abbreviationLetters(Token(text: word, range: 0..<4, kind: .word)) != nil)
  }
  for word in ["", "C", "Cf", "cFC", "ÉU", "C1", "Hanoi"] {
    #expect(!NameContext.opensWithTwoCapitals(word))
    #expect(NameContext.abbreviationLetters(Token(text: word, range: 0..<4, kind: .word)) == nil)
  }
}

/// One-scalar ASCII tokens take their strings and classes from tables; they must be what the
/// general way makes of them.
@Test func oneCharacterTokensMatchTheGeneralRule() {
  let text = "A a I i , . ; : 7 0 $ % ( ) \" ' - X z Q & ? ! / # @ * + = [ ] _ ~"
  let tokens = Tokenizer().tokens(in: text)
  #expect(tokens.count >= 30)
  for token in tokens {
    #expect(token.lower == token.text.lowercased() || token.kind != .word)
    #expect(token.lower == token.text || token.kind == .word)
    if token.kind == .word {
      #expect(token.classes == (Lexicon.classes[token.lower] ?? []), "\(token.text)")
    }
    #expect(token.single == token.text.unicodeScalars.first!.value)
  }
  #expect(tokens.contains { $0.kind == .word && !$0.classes.isEmpty })
}

/// A fact's fields as the memberwise conformance hashed them, in declaration order.
private func memberwiseHash(_ fact: Fact) -> Int {
  var hasher = Hasher()
  hasher.combine(fact.kind)
  hasher.combine(fact.text)
  hasher.combine(fact.value)
  hasher.combine(fact.source)
  hasher.combine(fact.granularity)
  hasher.combine(fact.qualifier)
  hasher.combine(fact.unit)
  hasher.combine(fact.role)
  hasher.combine(fact.speaker)
  hasher.combine(fact.title)
  hasher.combine(fact.date)
  hasher.combine(fact.salience)
  return hasher.finalize()
}

@Test func sharedFactStorageKeepsValueSemanticsAndTheMemberwiseHash() {
  let source = FactSource(article: "a.txt", sentence: 3, span: 4..<9, text: "In 1979 Ngô won.")
  let original = Fact(
    kind: .person, text: "Ngô", value: "Ngô Đình Diệm", source: source, role: "President",
    salience: 0.5)
  var changed = original
  #expect(changed == original)
  changed.title = "Dr."
  changed.source.text = "Changed."
  changed.salience = 0.75
  #expect(original.title == nil && original.source.text == "In 1979 Ngô won.")
  #expect(original.salience == 0.5)
  #expect(changed.title == "Dr." && changed.source.text == "Changed." && changed.salience == 0.75)
  #expect(changed != original)
  var other = original
  other.date = "1979"
  var facts = [original, changed, other, original]
  facts[1].value = "Lê Duẩn"
  #expect(facts[1].value == "Lê Duẩn" && changed.value == "Ngô Đình Diệm")
  for fact in facts {
    #expect(fact.hashValue == memberwiseHash(fact))
  }
  #expect(Set(facts).count == 3)
  var copy = original
  copy.salience = .nan
  let same = copy
  #expect(copy != same)
  #expect(Fact(kind: .year, text: "1979", value: "1979", source: source) != original)
}

/// The lines of every fixture article, with samples that hold languages in every case.
private func fixtureLines() throws -> [String] {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/articles")
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
  var lines = [
    "Alerts in Lukonzo, English and Swahili.", "in ENGLISH", "english only", "Khmer", "Lao's",
    "Quechua-speaking", "Afrikaanse", "Hieroglyphics", "Xhosa2", "Đổi Mới in Vietnamese", "",
    "Mandarin Chinese and Cantonese", "the Thai-Lao border", "Tigrinya,Amharic",
  ]
  for name in names {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    lines += text.split(separator: "\n").map(String.init)
  }
  return lines
}

/// `LanguageList.namesLanguage` as first written: every word's lower-cased bytes collected into
/// an array and looked up as a string in `languages`.
private func referenceNamesLanguage(_ text: String) -> Bool {
  var word: [UInt8] = []
  var capitalised = false
  func isOne() -> Bool {
    capitalised && (3...12).contains(word.count)
      && LanguageList.languages.contains(String(decoding: word, as: UTF8.self))
  }
  for byte in text.utf8 {
    let lower = byte | 0x20
    if lower >= 0x61 && lower <= 0x7A {
      if word.isEmpty { capitalised = byte < 0x61 }
      word.append(lower)
    } else {
      if isOne() { return true }
      word.removeAll(keepingCapacity: true)
    }
  }
  return isOne()
}

@Test func languageWordsAnswerAsTheLanguageSet() throws {
  for language in LanguageList.languages {
    #expect(LanguageList.languageWords.contains(language))
  }
  #expect(LanguageList.languageWords.members.count == LanguageList.languages.count)
  var named = 0
  for line in try fixtureLines() {
    #expect(LanguageList.namesLanguage(line) == referenceNamesLanguage(line), "\(line)")
    if referenceNamesLanguage(line) { named += 1 }
  }
  #expect(named > 10)
}

/// `NameKinds.settle` as first written: a dictionary of tallies by value, each with a
/// dictionary of its other sorts.
private func referenceSettle(_ facts: inout [Fact]) {
  struct Tally {
    var people = 0
    var titled = false
    var others: [FactKind: Int] = [:]
  }
  let sorts: Set<FactKind> = [.person, .place, .organization, .term, .event]
  var tallies: [String: Tally] = [:]
  for fact in facts where sorts.contains(fact.kind) {
    var tally = tallies[fact.value] ?? Tally()
    if fact.kind == .person {
      tally.people += 1
      if fact.title != nil || fact.role != nil { tally.titled = true }
    } else {
      tally.others[fact.kind, default: 0] += 1
    }
    tallies[fact.value] = tally
  }
  var settled: [String: FactKind] = [:]
  for (value, tally) in tallies where tally.people > 0 && !tally.titled {
    let order: [FactKind] = [.place, .organization, .event, .term]
    guard
      let best = order.max(by: { (tally.others[$0] ?? 0) < (tally.others[$1] ?? 0) }),
      let count = tally.others[best], count >= tally.people
    else { continue }
    settled[value] = best
  }
  for (value, tally) in tallies where (tally.others[.term] ?? 0) > 0 {
    if (tally.others[.place] ?? 0) > 0 { settled[value] = .place }
  }
  guard !settled.isEmpty else { return }
  for index in facts.indices where [.person, .term].contains(facts[index].kind) {
    if let kind = settled[facts[index].value] { facts[index].kind = kind }
  }
}

@Test func nameKindsSettleAsTheDictionaryTallyDid() {
  var state: UInt64 = 11
  func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
  let values = [
    "Nowa Ruda", "Tomas Ruda", "Keti Bunder", "Lê Duẩn", "Le\u{0301} Duan", "Ruda", "K",
  ]
  let source = FactSource(article: "a", sentence: 0, span: 0..<1, text: "x")
  var changed = 0
  for _ in 0..<400 {
    var facts: [Fact] = (0..<(1 + next(12))).map { _ in
      let kind = FactKind.allCases[next(FactKind.allCases.count)]
      let value = values[next(values.count)]
      var fact = Fact(
        kind: kind, text: value, value: value, source: source,
        role: next(6) == 0 ? "mayor" : nil)
      if next(8) == 0 { fact.title = "Dr" }
      return fact
    }
    var expected = facts
    referenceSettle(&expected)
    let before = facts.map(\.kind)
    NameKinds.settle(&facts)
    #expect(facts.map(\.kind) == expected.map(\.kind))
    if facts.map(\.kind) != before { changed += 1 }
  }
  #expect(changed > 20)
}

/// `QuantityRecognizer.mayOpen` looks up only one-letter words among the signs glued to a
/// figure: every such sign must be one letter.
@Test func gluedOnlySignsAreSingleLetters() {
  #expect(!QuantityRecognizer.gluedOnlySigns.keys.isEmpty)
  for key in QuantityRecognizer.gluedOnlySigns.keys {
    #expect(key.utf8.count == 1, "\(key)")
  }
}
