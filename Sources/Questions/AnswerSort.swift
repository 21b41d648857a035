import Facts

/// Which wh-word a named answer may take. The extractor's kinds are coarse: a disease, a march
/// or a tank engine can come out as a "person", a conference as an "organization". A
/// wh-question on the wrong sort ("Who left Europe with fewer people?" → the Black Death) is
/// worse than none, so these checks read the name and the words that introduce it.
enum AnswerSort {
  /// Nouns for people that may introduce a name ("a pilot named …", "the young poet …").
  static let personNouns: Set<String> = [
    "man", "woman", "men", "women", "boy", "girl", "child", "son", "daughter", "brother",
    "sister", "wife", "husband", "father", "mother", "widow", "uncle", "aunt", "nephew", "niece",
    "cousin", "friend", "monk", "nun", "priest", "bishop", "soldier", "sailor", "pilot",
    "student", "doctor", "nurse", "farmer", "merchant", "worker", "official", "envoy", "clerk",
    "chief", "judge", "guide", "poet", "chemist", "aide", "colleague", "rival", "heir", "lawyer",
    "prince", "princess", "king", "queen", "emperor", "empress", "sultan", "tsar", "general",
    "admiral", "colonel", "captain", "major", "lieutenant", "sergeant", "private", "marshal",
    "diplomat", "economist", "journalist", "scientist", "physicist", "historian", "novelist",
    "artist", "activist", "analyst", "engineer", "architect", "writer", "leader", "commander",
    "minister", "president", "director", "secretary", "chairman", "ambassador", "governor",
    "mayor", "spokesman", "spokeswoman", "founder", "professor", "officer", "premier",
    "chancellor", "hydrologist", "biologist", "geologist", "member", "deputy", "adviser",
    "advisor", "manager", "owner", "resident", "survivor", "villager", "volunteer", "teacher",
  ]

  /// Last words of names that name an event, a disease, a movement or a thing, never a person.
  static let thingHeads: Set<String> = [
    "march", "death", "plague", "flu", "fever", "pox", "flood", "floods", "earthquake",
    "disaster", "fire", "storm", "hurricane", "typhoon", "drought", "express", "engine",
    "locomotive", "railway", "line", "lake", "river", "glacier", "affair", "scandal", "trial",
    "parade", "games", "olympics", "cup", "project", "scheme", "reform", "reforms", "deal",
    "crossing", "landing", "landings", "reaction", "accident", "leap", "spring", "winter",
    "summer", "terror", "purge", "boom", "crash", "depression", "tragedy",
  ]

  /// Words that introduce a name as what something is called ("a tank engine named X", "the
  /// lake, known locally as X").
  static let namingWords: Set<String> = ["named", "called", "nicknamed", "dubbed", "as"]

  /// Whether a "person" answer is one: not a name whose head is a thing's ("Salt March",
  /// "Black Death"), not written after "the" with no title ("The Black Death left …"), not
  /// introduced as the name of a thing ("a tank engine named Ben Arrin").
  static func isPerson(_ fact: Fact, tokens: [SentenceToken], focus: Range<Int>) -> Bool {
    let words = TextFolding.words(fact.value)
    if let last = words.last, isThingHead(last),
      !AnswerCategory.personTitles.contains(words.first ?? "")
    {
      return false
    }
    guard focus.lowerBound > 0 else { return true }
    let before = tokens[focus.lowerBound - 1]
    // "The Salt March made …": a person's name takes no article unless a title follows it.
    if ["the", "a", "an"].contains(before.lower) {
      let first = tokens[focus.lowerBound]
      return AnswerCategory.personTitles.contains(first.lower)
        || QuestionPhraser.honorifics.contains(first.text)
    }
    // "a small tank engine named Ben Arrin", "The lake, known locally as Thulo Pokhari".
    guard namingWords.contains(before.lower) else { return true }
    var index = focus.lowerBound - 2
    while index >= 0,
      tokens[index].text == "," || tokens[index].lower == "known"
        || namingWords.contains(tokens[index].lower) || tokens[index].lower.hasSuffix("ly")
    {
      index -= 1
    }
    guard index >= 0 else { return false }
    return isPersonNoun(tokens[index].lower)
  }

  /// A last word that makes a name an event's, a document's or a thing's ("March", "Treaty",
  /// "War"). "Law" and "Day" are left out: they end people's names too ("Bonar Law").
  static func isThingHead(_ word: String) -> Bool {
    if thingHeads.contains(word) { return true }
    guard word != "law", word != "day", let category = AnswerCategory.heads[word] else {
      return false
    }
    return [.event, .document, .operation, .mission, .ship, .site].contains(category.group)
  }

  /// A common noun for a person: a known calling or title, or an agent noun ("-ist", "-ian").
  static func isPersonNoun(_ word: String) -> Bool {
    if personNouns.contains(word) || QuestionPhraser.titleWords.contains(word)
      || DistractorMaker.callings.contains(word)
    {
      return true
    }
    return ["ist", "ian", "ists", "ians"].contains { word.hasSuffix($0) }
  }

  /// Groups of `AnswerCategory` that are bodies of people, which "Which organization" fits.
  static let bodyGroups: Set<AnswerCategory.Group> = [
    .body, .party, .military, .court, .academic, .company, .press,
  ]

  /// Whether "Which organization" fits the answer: its name says it is a body, and nothing
  /// in it says it is a meeting, a document or a place ("United Nations Conference on …").
  static func isOrganization(_ fact: Fact) -> Bool {
    guard let category = AnswerCategory.of(fact) else { return true }
    return bodyGroups.contains(category.group)
  }
}
