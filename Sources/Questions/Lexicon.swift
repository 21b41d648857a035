/// Closed-class words the clause analysis leans on.
enum Lexicon {
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "each", "every", "some", "any", "no", "both", "all", "many", "several",
  ]
  static let pronouns: Set<String> = [
    "it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "there",
    "them", "him", "us", "its", "their", "his", "her", "our", "it's", "it’s", "such", "one",
    "which", "who", "what",
  ]
  static let firstPerson: Set<String> = ["we", "our", "us", "i", "my", "me", "ours", "you", "your"]
  static let prepositions: Set<String> = [
    "in", "on", "at", "by", "to", "into", "from", "for", "with", "of", "during", "since",
    "after", "before", "until", "under", "over", "between", "among", "against", "through",
    "across", "towards", "toward", "about", "within", "without", "upon", "despite", "onto",
    "near", "around", "beyond", "behind", "outside", "inside", "along", "via", "per", "like",
    "throughout", "amid", "beside", "off",
  ]
  /// Words that open a fronted phrase before the subject ("According to …, X did").
  static let frontedStarters: Set<String> = [
    "according", "despite", "recently", "later", "meanwhile", "however", "today", "yesterday",
    "last", "each", "every", "immediately", "following", "unlike", "so", "then", "finally",
    "eventually", "earlier", "still", "instead", "together", "also",
  ]
  static let conjunctions: Set<String> = ["and", "or", "but", "nor", "plus", "yet", "so"]
  static let subordinators: Set<String> = [
    "when", "while", "although", "though", "because", "if", "as", "after", "before", "since",
    "once", "unless", "whereas", "despite",
  ]
  /// Adverbs that may sit between a subject and its verb ("often says").
  static let verbAdverbs: Set<String> = [
    "often", "also", "repeatedly", "always", "never", "recently", "successfully", "completely",
    "later", "then", "first", "finally", "still", "soon", "quickly", "immediately", "officially",
    "formally", "eventually", "once", "jointly", "already", "not", "totally", "fully", "largely",
    "partly", "directly", "gradually", "initially", "subsequently", "again", "just", "only",
    "indelibly", "forever", "previously", "briefly", "effectively", "actually", "reportedly",
  ]
  /// Participles used as adjectives before a noun ("armed forces").
  static let adjectivalParticiples: Set<String> = [
    "armed", "united", "backed", "based", "related", "detailed", "limited", "skilled",
    "experienced", "talented", "advanced", "supposed", "so-called", "renowned", "noted",
    "aged", "married", "retired", "elected", "appointed", "named", "called",
  ]
  /// Words that make a subject too vague to stand alone in a question.
  static let vagueHeads: Set<String> = [
    "country", "nation", "people", "government", "side", "city", "state", "region", "group",
    "party", "army", "event", "events", "war", "regime", "neighbor", "neighbour", "friend",
    "friends", "others", "man", "woman", "leader", "leaders", "organization", "organisation",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// "Vietnamese", "Cambodian", "British": adjectives of nationality, usually before a noun.
  static func isDemonym(_ word: String) -> Bool {
    guard word.first?.isUppercase ?? false else { return false }
    return ["ese", "ian", "an", "ish", "ean", "i"].contains { word.hasSuffix($0) }
  }

  /// Nationality words the suffix rule misses.
  static let nationalities: Set<String> = [
    "Khmer", "Thai", "Lao", "French", "Dutch", "Swiss", "Greek", "Czech", "Polish", "Welsh",
    "Basque", "Arab", "Malay", "Tamil", "Hmong", "Cham", "Kinh", "Soviet", "Allied", "Western",
    "Eastern", "Northern", "Southern", "Communist",
  ]

  /// Determiners, prepositions, pronouns, conjunctions and verb adverbs in one set: one
  /// lookup per word instead of five.
  static let functionWords: Set<String> = determiners.union(prepositions).union(pronouns)
    .union(conjunctions).union(verbAdverbs)

  static func isFunctionWord(_ lower: String) -> Bool {
    functionWords.contains(lower)
  }
}

/// Month names and their abbreviations ("Jan", "Sept").
enum DateWords {
  /// Month names and the short forms read as months ("jan", "sept"), lowercased: one lookup
  /// per word, since distractor checks ask this of every word of many sentences.
  static let monthForms: Set<String> = {
    var forms: Set<String> = ["sept"]
    for name in Lexicon.months {
      let month = name.lowercased()
      forms.insert(month)
      for length in 3...4 where month.count >= length {
        forms.insert(String(month.prefix(length)))
      }
    }
    return forms
  }()

  static func isMonth(_ word: String) -> Bool {
    // Words folded already are lower-case ASCII: no copy to make.
    if word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return monthForms.contains(word) }
    return monthForms.contains(word.lowercased())
  }
}
