/// A name keeps one sort throughout its article ("one sense per discourse"): "to Jelenia Góra"
/// and "between Wrocław and Jelenia Góra" tell a town, so the one sentence where nothing
/// around the name says what it is ("Jelenia Góra, formerly Hirschberg, …") does not make it a
/// man. A name read as a person's without a title or role, and as something else (place,
/// organisation, term or event) at least as often, takes the other sort; a person with a title
/// or role anywhere in the article stays a person.
enum NameKinds {
  private static let sorts: Set<FactKind> = [.person, .place, .organization, .term, .event]

  static func settle(_ facts: inout [Fact]) {
    struct Tally {
      var people = 0
      var titled = false
      var others: [FactKind: Int] = [:]
    }
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
      // The most frequent other sort; ties go to the first in a fixed order, so the result
      // never depends on the dictionary's order.
      let order: [FactKind] = [.place, .organization, .event, .term]
      guard
        let best = order.max(by: { (tally.others[$0] ?? 0) < (tally.others[$1] ?? 0) }),
        let count = tally.others[best], count >= tally.people
      else { continue }
      settled[value] = best
    }
    // "the Keti Bunder creek" read as a term where "to Keti Bunder" tells a place: a thing
    // named with "the" is the place the article shows it to be elsewhere.
    for (value, tally) in tallies where (tally.others[.term] ?? 0) > 0 {
      if (tally.others[.place] ?? 0) > 0 { settled[value] = .place }
    }
    guard !settled.isEmpty else { return }
    for index in facts.indices where [.person, .term].contains(facts[index].kind) {
      if let kind = settled[facts[index].value] { facts[index].kind = kind }
    }
  }
}
