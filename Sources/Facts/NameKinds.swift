/// A name keeps one sort throughout its article ("one sense per discourse"): "to Jelenia Góra"
/// and "between Wrocław and Jelenia Góra" tell a town, so the one sentence where nothing
/// around the name says what it is ("Jelenia Góra, formerly Hirschberg, …") does not make it a
/// man. A name read as a person's without a title or role, and as something else (place,
/// organisation, term or event) at least as often, takes the other sort; a person with a title
/// or role anywhere in the article stays a person.
enum NameKinds {
  /// How one name is read across its article.
  private struct Tally {
    var people = 0
    var titled = false
    /// Readings as each of `otherSorts`, in that order: counts in fixed fields, where a
    /// dictionary per name cost an allocation.
    var others = (place: 0, organization: 0, event: 0, term: 0)
    /// The sort the name settles on, if it changes.
    var settled: FactKind?

    func count(_ kind: FactKind) -> Int {
      switch kind {
      case .place: others.place
      case .organization: others.organization
      case .event: others.event
      case .term: others.term
      default: 0
      }
    }

    mutating func add(_ kind: FactKind) {
      switch kind {
      case .place: others.place += 1
      case .organization: others.organization += 1
      case .event: others.event += 1
      case .term: others.term += 1
      default: break
      }
    }
  }

  /// The sorts a person's name may settle on; ties go to the first, so the result never
  /// depends on the order the names were met.
  private static let otherSorts: [FactKind] = [.place, .organization, .event, .term]

  static func settle(_ facts: inout [Fact]) {
    // Each name's tally is found once, by a WordMap (the dictionary's answers, cheaper keys),
    // and each fact keeps its tally's index for the last pass.
    var indexOf = WordMap<Int>()
    var tallies: [Tally] = []
    var tallyOf = Array(repeating: -1, count: facts.count)
    for index in facts.indices {
      let kind = facts[index].kind
      guard
        kind == .person || kind == .place || kind == .organization || kind == .term
          || kind == .event
      else { continue }
      let value = facts[index].value
      let t: Int
      if let known = indexOf[value] {
        t = known
      } else {
        t = tallies.count
        indexOf[value] = t
        tallies.append(Tally())
      }
      tallyOf[index] = t
      if kind == .person {
        tallies[t].people += 1
        if facts[index].title != nil || facts[index].role != nil { tallies[t].titled = true }
      } else {
        tallies[t].add(kind)
      }
    }
    var anySettled = false
    for t in tallies.indices {
      let tally = tallies[t]
      if tally.people > 0 && !tally.titled,
        let best = otherSorts.max(by: { tally.count($0) < tally.count($1) }),
        tally.count(best) > 0, tally.count(best) >= tally.people
      {
        tallies[t].settled = best
        anySettled = true
      }
      // "the Keti Bunder creek" read as a term where "to Keti Bunder" tells a place: a thing
      // named with "the" is the place the article shows it to be elsewhere.
      if tally.count(.term) > 0, tally.count(.place) > 0 {
        tallies[t].settled = .place
        anySettled = true
      }
    }
    guard anySettled else { return }
    for index in facts.indices where facts[index].kind == .person || facts[index].kind == .term {
      if let kind = tallies[tallyOf[index]].settled { facts[index].kind = kind }
    }
  }
}
