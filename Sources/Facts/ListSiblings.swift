import Articles

/// The names of one list are names of one sort: "the plantations of São Paulo, Rio de Janeiro
/// and Minas Gerais" are three places, though "São Paulo" alone reads like a saint's name and
/// a man's. In a list of at least three names with a place among them and a name the
/// gazetteer knows as a place, a person named without a title (and nowhere else in the
/// article as a person) is a place too.
enum ListSiblings {
  static func retype(_ facts: inout [Fact], datelinePlaces: WordSet = WordSet()) {
    // Facts arrive sentence by sentence (of one article): the sentences with a list's worth
    // of names, a place and a person among them, are the only ones read further. One pass
    // reads each fact's kind and sentence once.
    var sentences: [Range<Int>] = []
    var start = 0
    var sentence = -1
    var places = 0
    var people = 0
    func closeSentence(at end: Int) {
      if places + people >= 2, places > 0, people > 0 { sentences.append(start..<end) }
    }
    for (index, fact) in facts.enumerated() {
      let number = fact.source.sentence
      if number != sentence {
        closeSentence(at: index)
        start = index
        sentence = number
        places = 0
        people = 0
      }
      switch fact.kind {
      case .place: places += 1
      case .person: people += 1
      default: break
      }
    }
    closeSentence(at: facts.count)
    guard !sentences.isEmpty else { return }
    var peopleBySentence: [String: Set<Int>] = [:]
    for fact in facts where fact.kind == .person {
      peopleBySentence[fact.value, default: []].insert(fact.source.sentence)
    }
    for range in sentences {
      retypeSentence(&facts, range, people: peopleBySentence, datelinePlaces: datelinePlaces)
    }
  }

  private static func retypeSentence(
    _ facts: inout [Fact], _ range: Range<Int>, people: [String: Set<Int>],
    datelinePlaces: WordSet
  ) {
    let names = range.filter { [.person, .place].contains(facts[$0].kind) }
      .sorted { facts[$0].source.span.lowerBound < facts[$1].source.span.lowerBound }
    guard names.count >= 2 else { return }
    let scalars = Array(facts[names[0]].source.text.unicodeScalars)
    var run: [Int] = [names[0]]
    func close() {
      defer { run = [] }
      guard
        run.count >= 3 && run.contains(where: { facts[$0].kind == .place })
          && run.contains(where: { Gazetteer.places[facts[$0].value.lowercased()] != nil })
          || isPlacePair(facts, run, datelinePlaces: datelinePlaces)
      else { return }
      for index in run
      where facts[index].kind == .person && facts[index].title == nil
        && people[facts[index].value] == [facts[index].source.sentence]
      {
        facts[index].kind = .place
        facts[index].role = nil
      }
    }
    for (previous, next) in zip(names, names.dropFirst()) {
      let gap = facts[previous].source.span.upperBound..<facts[next].source.span.lowerBound
      guard gap.lowerBound <= gap.upperBound, gap.upperBound <= scalars.count else {
        close()
        run = [next]
        continue
      }
      // (`String(scalars:)`: a `String.UnicodeScalarView` made of a slice is slow to build.)
      let between = String(scalars: scalars[gap])
      if [", ", " and ", ", and ", " or ", ", or "].contains(between) {
        run.append(next)
      } else {
        close()
        run = [next]
      }
    }
    close()
  }

  /// "on Vanua Levu and Viti Levu": two names of one pair that end on the same word, one of
  /// them a place the gazetteer or the dateline knows, are both places ("North Dakota and
  /// South Dakota"); sisters "Ana Tevu and Mele Tevu" after a "to" stay people.
  private static func isPlacePair(_ facts: [Fact], _ run: [Int], datelinePlaces: WordSet)
    -> Bool
  {
    guard run.count == 2 else { return false }
    let heads = run.map { facts[$0].value.split(separator: " ") }
    guard heads.allSatisfy({ $0.count >= 2 }), heads[0].last == heads[1].last else { return false }
    return run.contains {
      let lower = facts[$0].value.lowercased()
      return facts[$0].kind == .place
        && (Gazetteer.places[lower] != nil || datelinePlaces.contains(lower))
    }
  }
}
