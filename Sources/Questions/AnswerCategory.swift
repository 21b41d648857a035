import Facts

/// The finer sort of thing a name answer is, read from its head noun and its shape: a treaty,
/// an operation, a newspaper, a city, a sea. The extractor's kinds are coarse ("organization",
/// "term", "place"), and options of one kind but another sort give a question away or make it
/// nonsense: a prize offered where a treaty was signed, a continent among stock-exchange cities.
enum AnswerCategory: String, Sendable, CaseIterable {
  // Documents.
  case agreement, law, programme
  // Events.
  case operation, conflict, day, conference
  // Bodies.
  case party, government, international, finance
  case military, press, prize, company, court, academic
  // Things made and named.
  case site, mission, ship
  case person, language
  // Places.
  case country, city, region, continent, water
  /// A state, province or island the gazetteer lists ("Sicily", "Kerala"): one of a country's
  /// parts, which may stand, last, beside a town.
  case division

  /// Categories of one group are alike enough to stand as each other's options when too few
  /// of the answer's own category are at hand; across groups they never are.
  enum Group: Sendable {
    case document, event, operation, day, body, military, press, prize, court, academic, site
    case mission, ship, person, language, country, city, area, water, party, company
    case continent

    /// Whether a name of this group nearly always says so by its head noun or shape.
    var isNamedByHead: Bool {
      switch self {
      case .body, .party, .person, .country, .city, .area, .language, .continent: false
      default: true
      }
    }
  }

  var group: Group {
    switch self {
    case .agreement, .law, .programme: .document
    case .conflict, .conference: .event
    case .operation: .operation
    case .day: .day
    case .party: .party
    case .government, .international, .finance: .body
    case .company: .company
    case .military: .military
    case .press: .press
    case .prize: .prize
    case .court: .court
    case .academic: .academic
    case .site: .site
    case .mission: .mission
    case .ship: .ship
    case .person: .person
    case .language: .language
    case .country: .country
    case .city: .city
    case .region, .division: .area
    case .continent: .continent
    case .water: .water
    }
  }

  /// How well an option suits an answer, best first.
  enum Fit: Int, Comparable, Sendable {
    /// The same category, or both unknown.
    case same
    /// Another category of the same group ("Young Plan" beside "Fourteen Points").
    case related
    /// The option's category is unknown while the answer's is known.
    case unknown

    static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }
  }

  /// How `option` suits as a wrong option beside `answer` (both of the fact kind `kind`), or
  /// nil when it is clearly of another sort and must not be offered.
  static func fit(answer: AnswerCategory?, option: AnswerCategory?, kind: FactKind) -> Fit? {
    switch (answer, option) {
    case (nil, nil):
      return .same
    case (let answer?, let option?):
      if answer == option { return .same }
      // An act of Congress beside treaties is no question: a law stands only beside laws.
      if answer == .law || option == .law { return nil }
      if answer.group == option.group { return .related }
      // A town and a province the gazetteer lists are both places inside a country: the
      // province may stand last beside a town, and a town beside it.
      if kind == .place, [answer, option].contains(.division),
        [answer, option].contains(.city)
      {
        return .unknown
      }
      return nil
    case (let answer?, nil):
      // Treaties, laws, operations, prizes, newspapers… carry their sort in their name: an
      // option that does not ("Black South Africans" beside an Act) is of another sort. Bodies,
      // people and places often do not ("Khmer Rouge", a small town). Countries are few and
      // all listed: a place the lists do not know is a town or a district, never a country.
      if answer == .country && kind == .place { return nil }
      return answer.group.isNamedByHead ? nil : .unknown
    case (nil, let option?):
      // A place the lists do not know is most often a town: a known city may stand beside it.
      if kind == .place && (option == .city || option == .division) { return .unknown }
      return nil
    }
  }

  /// The category of a name of the fact kind `kind`, or nil when nothing in it tells.
  static func of(_ name: String, kind: FactKind) -> AnswerCategory? {
    var words = nameWords(name)
    if words.first?.lowercased() == "the" { words.removeFirst() }
    guard let first = words.first else { return nil }
    let lower = words.map { $0.lowercased() }
    let key = lower.joined(separator: " ")
    if kind == .person {
      // A name the extractor took for a person is one ("Bonar Law", "Doris Day" end on a
      // head noun too), unless it is built like a thing's name: "Hall of Mirrors".
      guard lower.dropFirst().contains(where: linkWords.contains),
        let category = headCategory(words, lower: lower, kind: kind),
        category.group != .country, category.group != .city
      else { return .person }
      return category
    }
    if let known = knownNames[key] { return known }
    if kind == .place {
      if let category = placeCategory(lower, key: key) { return category }
    }
    if lower.first == "operation", words.count > 1 { return .operation }
    if shipPrefixes.contains(first), words.count > 1 { return .ship }
    if lower.first == "daily", words.count > 1 { return .press }
    // "Sixth National Congress", "20th Party Congress": a meeting, not a party.
    if ordinals.contains(lower[0]) || lower[0].hasSuffix("th") && lower[0].first?.isNumber == true,
      let last = lower.last, ["congress", "conference", "plenum", "session"].contains(last)
    {
      return .conference
    }
    if let category = headCategory(words, lower: lower, kind: kind) { return category }
    if languages.contains(key) { return .language }
    // The extractor's gazetteer knows many more towns and provinces than the lists here.
    if kind == .place, let sort = GazetteerSort.of(name) {
      return sort == .city ? .city : .division
    }
    // "Apollo 11", "Gemini 4": a name and a number is a mission or a craft.
    if words.count >= 2, let last = words.last, last.allSatisfy(\.isNumber),
      first.first?.isUppercase ?? false
    {
      return .mission
    }
    // "Kaiser Wilhelm II", "Khedive Ismail": a title or a regnal number makes a person.
    if words.count >= 2, personTitles.contains(lower[0]) || isRegnalNumber(words.last ?? "") {
      return .person
    }
    return nil
  }

  /// The name's words between spaces and no-break spaces; an ASCII name is split on its bytes.
  static func nameWords(_ name: String) -> [String] {
    var text = name
    let ascii = text.withUTF8 { bytes -> [String]? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return bytes.split(separator: 0x20).map {
        String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
      }
    }
    return ascii ?? unicodeNameWords(name)
  }

  /// `nameWords` for any text.
  static func unicodeNameWords(_ name: String) -> [String] {
    name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
  }

  /// The category the head noun gives: the last word, or the last word before "of", "for",
  /// "on" or "against" ("Treaty of Rome", "Front for National Salvation").
  private static func headCategory(_ words: [String], lower: [String], kind: FactKind)
    -> AnswerCategory?
  {
    var end = lower.count
    if let cut = lower.indices.dropFirst().first(where: { linkWords.contains(lower[$0]) }) {
      end = cut
    }
    // A regnal or sequence number after the head ("World War II") is not the head.
    while end > 1, isRegnalNumber(words[end - 1]) || lower[end - 1].allSatisfy(\.isNumber) {
      end -= 1
    }
    guard end > 0 else { return nil }
    let head = lower[end - 1]
    let hasOf = end < lower.count
    // News by any head: "Xinhua News Agency", "Associated Press".
    if lower.contains("news") || (head == "press" && !hasOf) { return .press }
    switch head {
    case "congress":
      if hasOf { return .conference }
      return lower.contains("national") ? .party : .government
    case "league":
      return hasOf ? .international : .party
    case "house":
      return hasOf ? .government : .site
    case "union":
      if kind == .place { return .country }
      return lower.contains("trade") ? .party : .international
    case "state", "states":
      if kind == .place { return lower.count == 1 ? nil : .country }
      return nil
    case "federation", "commonwealth", "confederation":
      // A body when the extractor read an organisation: "Federation of Trade Unions".
      return kind == .organization ? .international : .country
    default:
      return heads[head]
    }
  }

  private static func placeCategory(_ lower: [String], key: String) -> AnswerCategory? {
    if continents.contains(key) { return .continent }
    if waters.contains(key) { return .water }
    if countries.contains(key) { return .country }
    if cities.contains(key) { return .city }
    if lower.first == "port" && lower.count > 1 { return .city }
    // "Lake Victoria", "Loch Ness": the sort stands first.
    if let first = lower.first, lower.count > 1, waterFirstWords.contains(first) { return .water }
    if let last = lower.last, ["city", "town", "village", "township"].contains(last) {
      return .city
    }
    return nil
  }

  /// "II", "XIV": a regnal number of two letters or more (a lone "I", "V" or "X" is more
  /// often an initial).
  static func isRegnalNumber(_ word: String) -> Bool {
    (2...5).contains(word.count) && word.allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
  }

  static let ordinals: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "1st", "2nd", "3rd",
  ]

  static let linkWords: Set<String> = ["of", "for", "on", "against", "in", "to"]

  static let shipPrefixes: Set<String> = ["USS", "HMS", "HMAS", "HMCS", "RMS", "SS", "MV"]

  static let personTitles: Set<String> = [
    "king", "queen", "kaiser", "tsar", "czar", "emperor", "empress", "shah", "sultan", "khedive",
    "pope", "prince", "princess", "duke", "duchess", "president", "general", "sir", "lord",
    "lady", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "marshal", "admiral", "colonel", "captain",
    "emir", "pharaoh", "chancellor", "premier", "archduke", "field", "ayatollah", "imam",
  ]

  /// Head nouns and the category they give.
  static let heads: [String: AnswerCategory] = {
    var table: [String: AnswerCategory] = [:]
    func add(_ category: AnswerCategory, _ words: [String]) {
      for word in words { table[word] = category }
    }
    add(
      .agreement,
      [
        "treaty", "treaties", "convention", "protocol", "pact", "accord", "accords", "agreement",
        "agreements", "armistice", "truce", "concordat", "entente", "settlement",
      ])
    add(
      .law,
      [
        "act", "acts", "law", "laws", "bill", "amendment", "decree", "edict", "statute",
        "ordinance",
      ])
    add(
      .programme,
      [
        "plan", "points", "doctrine", "declaration", "charter", "resolution", "manifesto",
        "programme", "program", "proclamation", "constitution", "principles", "memorandum", "oath",
        "report", "policy",
      ])
    add(
      .conflict,
      [
        "war", "wars", "crisis", "campaign", "battle", "revolution", "uprising", "rebellion",
        "revolt", "massacre", "killings", "invasion", "aggression", "siege", "riots", "riot",
        "insurrection", "mutiny", "conflict", "offensive", "blockade", "coup", "intervention",
        "genocide", "incident", "raid", "bombing", "airlift", "evacuation", "famine",
      ])
    add(.day, ["day"])
    add(.conference, ["conference", "summit", "talks"])
    add(.party, ["party", "front", "movement", "parties"])
    add(
      .government,
      [
        "council", "committee", "commission", "ministry", "department", "cabinet", "government",
        "authority", "agency", "administration", "bureau", "office", "board", "secretariat",
        "senate", "parliament", "assembly", "legislature", "duma", "knesset", "directorate",
        "politburo",
        "police", "service",
      ])
    add(.court, ["court", "courts", "tribunal", "chambers"])
    add(
      .international,
      [
        "nations", "organization", "organisation", "community", "alliance", "association",
        "foundation", "society", "trust",
      ])
    add(.finance, ["bank", "fund", "exchange", "bourse", "reserve"])
    add(
      .military,
      [
        "army", "armies", "navy", "force", "forces", "corps", "guard", "guards", "command",
        "brigade", "division", "regiment", "battalion", "fleet", "legion", "militia", "squadron",
        "marines", "commandos", "paratroopers", "rifles", "fusiliers", "dragoons", "hussars",
        "lancers", "grenadiers", "rangers", "highlanders",
      ])
    add(
      .press,
      [
        "times", "tribune", "post", "herald", "gazette", "journal", "zeitung", "chronicle",
        "telegraph", "guardian", "observer", "monitor", "mail", "daily", "magazine", "reuters",
        "radio", "television", "broadcasting", "newspaper",
      ])
    add(.prize, ["prize", "award", "awards", "medal", "trophy"])
    add(.mission, ["mission", "delegation", "expedition"])
    add(
      .company,
      [
        "company", "corporation", "corp", "inc", "ltd", "plc", "airlines", "airways",
        "industries", "holdings", "enterprises",
      ])
    add(
      .academic,
      ["university", "college", "school", "institute", "academy", "polytechnic", "seminary"])
    add(
      .site,
      [
        "hall", "palace", "castle", "fort", "fortress", "tower", "cathedral", "church", "mosque",
        "temple", "pagoda", "monastery", "museum", "prison", "jail", "camp", "stadium", "bridge",
        "dam", "wall", "gate", "square", "building", "embassy", "residence", "library", "station",
        "base", "complex", "airport", "airfield", "center", "centre", "memorial", "monument",
        "laboratory", "observatory", "shipyard", "mine", "pad", "street", "road", "avenue",
        "boulevard", "checkpoint", "ruins", "enclosure",
      ])
    add(
      .region,
      [
        "region", "province", "district", "zone", "territory", "territories", "county",
        "prefecture", "peninsula", "desert", "valley", "plain", "plains", "plateau", "highlands",
        "mountains", "mountain", "hills", "pass", "island", "islands", "isles", "archipelago",
        "coast", "delta", "basin", "strip", "frontier", "border", "line", "corridor", "heights",
      ])
    add(
      .water,
      [
        "sea", "ocean", "gulf", "bay", "strait", "straits", "river", "lake", "canal", "channel",
        "sound", "lagoon", "waters",
      ])
    add(
      .country,
      [
        "empire", "kingdom", "republic", "dominion", "federation", "sultanate", "emirate",
        "caliphate", "confederation", "commonwealth",
      ])
    return table
  }()

  /// Well-known names whose head says nothing ("NATO", "Reuters").
  static let knownNames: [String: AnswerCategory] = [
    "un": .international, "nato": .international, "eu": .international, "asean": .international,
    "who": .international, "unesco": .international, "unicef": .international,
    "imf": .finance, "nasa": .government, "cia": .government, "kgb": .government,
    "fbi": .government, "bbc": .press, "cnn": .press, "afp": .press, "ap": .press,
    "idf": .military, "raf": .military, "mit": .academic,
    // Deserts and ranges known by one word: land, never a town to stand beside towns.
    "sahara": .region, "gobi": .region, "kalahari": .region, "namib": .region,
    "atacama": .region, "negev": .region, "sinai": .region, "himalayas": .region,
    "andes": .region, "alps": .region, "pyrenees": .region, "urals": .region,
    "caucasus": .region, "pamirs": .region, "karakoram": .region, "rockies": .region,
  ]

  static let languages = LanguageList.languages

  static let continents: Set<String> = [
    "asia", "europe", "africa", "north america", "south america", "antarctica", "oceania",
    "latin america", "central america", "middle east", "near east", "far east", "southeast asia",
    "south-east asia", "east asia", "south asia", "central asia", "west africa", "east africa",
    "north africa", "southern africa", "sub-saharan africa", "western europe", "eastern europe",
    "central europe", "scandinavia", "balkans", "indochina", "the west", "arctic", "caribbean",
  ]

  /// First words that make a name a body of water's.
  static let waterFirstWords: Set<String> = ["lake", "loch", "lough", "lago", "lac"]

  static let waters: Set<String> = [
    "mediterranean", "atlantic", "pacific", "baltic", "adriatic", "aegean", "nile", "danube",
    "rhine", "thames", "seine", "volga", "mekong", "yangtze", "ganges", "indus", "euphrates",
    "tigris", "amazon", "mississippi", "jordan river", "bosphorus", "dardanelles", "bosporus",
    "orinoco", "parana", "zambezi", "limpopo", "brahmaputra", "irrawaddy", "dnieper", "vistula",
    "oder", "elbe", "loire", "rhone", "tiber", "ebro", "tagus", "rio grande",
  ]

  /// Sovereign states, past and present, by their common English names.
  static let countries: Set<String> = [
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "benin", "bhutan",
    "bolivia", "bosnia", "botswana", "brazil", "brunei", "brunei darussalam", "east timor",
    "timor-leste", "türkiye", "bulgaria", "burkina faso", "burundi",
    "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica",
    "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "ecuador",
    "egypt", "el salvador", "eritrea", "estonia", "ethiopia", "fiji", "finland", "france",
    "gabon", "gambia", "georgia", "germany", "ghana", "greece", "guatemala", "guinea", "guyana",
    "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
    "israel", "italy", "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya",
    "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
    "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "mali", "malta", "mauritania",
    "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "burma",
    "namibia", "nepal", "netherlands", "holland", "new zealand", "nicaragua", "niger", "nigeria",
    "north korea", "south korea", "korea", "norway", "oman", "pakistan", "palestine", "panama",
    "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
    "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone",
    "singapore", "slovakia", "slovenia", "somalia", "south africa", "south sudan", "spain",
    "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "togo", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
    "united arab emirates", "united kingdom", "britain", "great britain", "england", "scotland",
    "wales", "united states", "america", "usa", "uk", "uruguay", "uzbekistan", "venezuela",
    "vietnam", "viet nam", "yemen", "zambia", "zimbabwe", "soviet union", "ussr", "yugoslavia",
    "czechoslovakia", "prussia", "persia", "siam", "ceylon", "rhodesia", "zaire", "kampuchea",
    "democratic kampuchea", "east germany", "west germany", "north vietnam", "south vietnam",
    "ottoman empire", "austria-hungary", "british india", "east pakistan", "west pakistan",
    "transvaal", "orange free state",
  ]

  /// Capitals and large or often-named cities.
  static let cities: Set<String> = [
    "london", "paris", "berlin", "rome", "madrid", "lisbon", "brussels", "amsterdam", "the hague",
    "geneva", "zurich", "vienna", "prague", "warsaw", "budapest", "bucharest", "sofia", "athens",
    "belgrade", "kyiv", "kiev", "moscow", "saint petersburg", "st. petersburg", "leningrad",
    "stalingrad", "minsk", "stockholm", "oslo", "copenhagen", "helsinki", "dublin", "edinburgh",
    "manchester", "liverpool", "birmingham", "glasgow", "marseille", "lyon", "munich", "hamburg",
    "frankfurt", "cologne", "milan", "naples", "venice", "florence", "turin", "barcelona",
    "seville", "versailles", "potsdam", "yalta", "sarajevo", "istanbul", "constantinople",
    "ankara", "cairo", "alexandria", "suez", "ismailia", "khartoum", "tripoli", "tunis",
    "algiers", "rabat", "casablanca", "addis ababa", "nairobi", "kampala", "kigali", "kinshasa",
    "lagos", "abuja", "accra", "kumasi", "dakar", "abidjan", "johannesburg", "pretoria",
    "cape town", "durban", "soweto", "jerusalem", "tel aviv", "haifa", "beirut", "damascus",
    "amman", "baghdad", "tehran", "riyadh", "mecca", "medina", "jeddah", "dubai", "abu dhabi",
    "doha", "kabul", "karachi", "lahore", "islamabad", "rawalpindi", "peshawar", "delhi",
    "new delhi", "mumbai", "bombay", "kolkata", "calcutta", "chennai", "madras", "amritsar",
    "hyderabad", "bangalore", "dhaka", "kathmandu", "colombo", "rangoon", "yangon", "bangkok",
    "hanoi", "saigon", "ho chi minh city", "phnom penh", "vientiane", "kuala lumpur", "jakarta",
    "manila", "beijing", "peking", "shanghai", "nanjing", "guangzhou", "hong kong", "taipei",
    "tokyo", "osaka", "kyoto", "hiroshima", "nagasaki", "seoul", "pyongyang", "washington",
    "new york", "new york city", "los angeles", "chicago", "boston", "philadelphia",
    "san francisco", "houston", "miami", "detroit", "atlanta", "ottawa", "toronto", "montreal",
    "mexico city", "havana", "bogota", "lima", "santiago", "buenos aires", "rio de janeiro",
    "sao paulo", "brasilia", "caracas", "sydney", "melbourne", "canberra", "wellington",
    "syracuse", "palermo", "catania", "dunkirk", "verdun", "gettysburg",
  ]
}

extension AnswerCategory {
  /// Terms and events: the extractor tells them apart loosely ("Treaty of Rome" an event,
  /// "Protocol of Sèvres" a term), so options of a known category are drawn from both.
  static func isNamedThing(_ kind: FactKind) -> Bool {
    kind == .term || kind == .event
  }

  /// The category of a fact's answer: its name, else how the article wrote it, else its
  /// acronym ("IDF").
  static func of(_ fact: Fact) -> AnswerCategory? {
    if let category = of(fact.value, kind: fact.kind) { return category }
    if fact.text != fact.value, let category = of(fact.text, kind: fact.kind) { return category }
    if fact.kind == .organization, let role = fact.role, !role.isEmpty, role.uppercased() == role {
      return of(role, kind: fact.kind)
    }
    return nil
  }

  /// The options that may stand beside an answer of `category`, in the order to try them:
  /// best fit first (the same category, then a related one, then unknown), the article's own
  /// before made ones within a fit, each in its given order; those clearly of another sort are
  /// left out. `categoryOf` gives an option's category.
  static func alike(
    deck: [DistractorOption], made: [DistractorOption], answer category: AnswerCategory?,
    kind: FactKind, categoryOf: (DistractorOption) -> AnswerCategory?
  ) -> [DistractorOption] {
    func tiers(_ options: [DistractorOption]) -> [[DistractorOption]] {
      var tiers: [[DistractorOption]] = [[], [], []]
      for option in options {
        guard let fit = fit(answer: category, option: categoryOf(option), kind: kind) else {
          continue
        }
        tiers[fit.rawValue].append(option)
      }
      return tiers
    }
    let own = tiers(deck)
    let other = tiers(made)
    return own[0] + other[0] + own[1] + other[1] + own[2] + other[2]
  }
}
