/// Places one of which holds, held or renames the other. "Britain" is no wrong answer where
/// "England" is asked, nor "Holland" beside "the Netherlands", nor "Russia" beside "the Soviet
/// Union": a learner who picks it is right, so it is never offered as a distractor. The parts
/// of one whole do not overlap each other: "Scotland" may stand beside "England".
enum OverlappingPlaces {
  /// Names of one whole (its other names first), and the parts it holds or held.
  static let wholes: [(names: [String], parts: [String])] = [
    (
      ["united kingdom", "uk", "britain", "great britain", "british isles"],
      ["england", "scotland", "wales", "northern ireland"]
    ),
    (
      ["soviet union", "ussr"],
      [
        "russia", "ukraine", "belarus", "georgia", "armenia", "azerbaijan", "kazakhstan",
        "uzbekistan", "turkmenistan", "kyrgyzstan", "tajikistan", "moldova", "lithuania",
        "latvia", "estonia",
      ]
    ),
    (["russian empire"], ["russia", "finland", "poland"]),
    (["netherlands", "holland"], []),
    (["czechoslovakia"], ["czech republic", "czechia", "slovakia", "bohemia", "moravia"]),
    (
      ["yugoslavia"],
      [
        "serbia", "croatia", "slovenia", "bosnia", "bosnia and herzegovina", "montenegro",
        "north macedonia", "macedonia", "kosovo",
      ]
    ),
    (["united states", "usa", "us", "america", "united states of america"], []),
    (["ottoman empire"], ["turkey", "türkiye"]),
    (["austria-hungary"], ["austria", "hungary"]),
    (["germany"], ["prussia", "west germany", "east germany", "bavaria", "saxony"]),
    (["iran", "persia"], []),
    (["thailand", "siam"], []),
    (["myanmar", "burma"], []),
    (["sri lanka", "ceylon"], []),
    (["cambodia", "kampuchea", "democratic kampuchea"], []),
    (["democratic republic of the congo", "zaire"], []),
    (["zimbabwe", "rhodesia"], []),
    (["ghana", "gold coast"], []),
    (["taiwan", "formosa"], []),
    // Cities renamed: "Batavia, the colonial capital now called Jakarta".
    (["jakarta", "batavia"], []), (["mumbai", "bombay"], []), (["chennai", "madras"], []),
    (["kolkata", "calcutta"], []), (["ho chi minh city", "saigon"], []),
    (["beijing", "peking", "peiping"], []), (["guangzhou", "canton"], []),
    (["istanbul", "constantinople", "byzantium"], []),
    (["saint petersburg", "st. petersburg", "petrograd", "leningrad"], []),
    (["tokyo", "edo"], []), (["yangon", "rangoon"], []), (["dhaka", "dacca"], []),
    (["harare", "salisbury"], []), (["kinshasa", "léopoldville", "leopoldville"], []),
    (["new york", "new amsterdam"], []), (["oslo", "christiania", "kristiania"], []),
    (["volgograd", "stalingrad", "tsaritsyn"], []), (["nanjing", "nanking", "tianjing"], []),
    (["gdańsk", "gdansk", "danzig"], []), (["kaliningrad", "königsberg", "konigsberg"], []),
  ]

  /// For each name, the wholes it names and the wholes it is a part of.
  static let table: [String: (names: [Int], partOf: [Int])] = {
    var table: [String: (names: [Int], partOf: [Int])] = [:]
    for (index, whole) in wholes.enumerated() {
      for name in whole.names { table[name, default: ([], [])].names.append(index) }
      for part in whole.parts { table[part, default: ([], [])].partOf.append(index) }
    }
    return table
  }()

  /// True when `a` and `b` are different names of places that overlap: two names of one
  /// whole, or a whole and one of its parts.
  static func overlap(_ a: String, _ b: String) -> Bool {
    let first = key(a)
    let second = key(b)
    guard first != second, let mine = table[first], let theirs = table[second] else {
      return false
    }
    return mine.names.contains(where: theirs.names.contains)
      || mine.names.contains(where: theirs.partOf.contains)
      || mine.partOf.contains(where: theirs.names.contains)
  }

  static func key(_ name: String) -> String {
    var lower = name.lowercased()
    if lower.hasPrefix("the ") { lower.removeFirst(4) }
    return lower
  }
}
