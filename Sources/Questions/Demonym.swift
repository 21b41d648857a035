/// A nationality word asked as a name ("the _____ coastal region" → "Bolivian"). Only another
/// nationality word fits such a gap: a town or a country offered beside it is ruled out by the
/// grammar alone, so the options are the demonyms of the country's neighbours.
struct Demonym: Sendable, Equatable {
  /// The country key `NameFrame.demonyms` gives the word ("bolivia").
  let country: String

  /// Nil unless `word` is one capitalised nationality word.
  init?(_ word: String) {
    guard let first = word.first, first.isUppercase, !word.contains(" "), word.count > 3,
      let country = NameFrame.demonyms[word.lowercased()]
    else { return nil }
    self.country = country
  }

  /// The demonyms of the other countries of the answer's region in
  /// `DistractorMaker.countries`, in that list's order; none when no region lists the country.
  var neighbours: [String] {
    guard
      let region = DistractorMaker.countries.first(where: { list in
        list.contains { $0.lowercased() == country }
      })
    else { return [] }
    return region.compactMap { name in
      let key = name.lowercased()
      return key == country ? nil : Demonym.word(for: key)
    }
  }

  /// The usual demonym of a country key, capitalised: of the words naming it, one that opens
  /// like the country's name ("Turkish", not "Ottoman"), else the first alphabetically.
  static func word(for country: String) -> String? {
    preferred[country]
  }

  private static let preferred: [String: String] = {
    var words: [String: [String]] = [:]
    for (word, country) in NameFrame.demonyms
    where word.count > 3 && word.allSatisfy({ $0.isLetter || $0 == " " }) {
      words[country, default: []].append(word)
    }
    var table: [String: String] = [:]
    for (country, list) in words {
      let sorted = list.sorted()
      let chosen = sorted.first { $0.prefix(3) == country.prefix(3) } ?? sorted[0]
      table[country] = chosen.split(separator: " ").map {
        $0.prefix(1).uppercased() + $0.dropFirst()
      }
      .joined(separator: " ")
    }
    return table
  }()
}
