import Articles
import Facts

/// Puts back the name a sentence's opening pronoun stands for ("He died there on April 15,
/// 1998." after a sentence about Pol Pot), so the facts of that sentence can be asked without
/// the sentence before it: a question must never rest on a pronoun the learner cannot resolve.
///
/// Only clear cases are rewritten, and a sentence it cannot resolve keeps its pronoun (and so
/// stays unasked):
/// - "He"/"She": the previous sentence's only person (not when another noun for a person is
///   its subject: "The minister met Hun Sen. He …").
/// - "It": a place, organisation, term or event that is the whole subject of the previous
///   sentence, or a short definite subject ("The agreement"); never a possessive subject
///   ("Cambodia's entry …. It became …" is about Cambodia, not the entry).
/// - "They": the people a subject names together ("Armstrong and Aldrin"), or a
///   short definite plural subject ("The engineers").
/// - "he", "his", "him" further in, before any capitalised word ("The event that marked his
///   childhood …", "On June 7, 1802, he was seized": a month is no name), and an opening
///   "His" ("His plan, announced …"): the previous sentence's only person, or, after a
///   sentence naming nobody, the person a profile is about (named in its title, the person it
///   names most); "she" and "her" only for that person, since a ship is "she" too. An opening
///   owner after a sentence with a pronoun of its own is left alone.
/// - "it" as the subject after a short fronted phrase without names ("In 1346 it reached …",
///   "When finished it is …"): what an opening "It" would be.
///
/// A pronoun that opens the next sentence again keeps the same referent. "Its" and "Their"
/// opening a sentence ("Its commander") point past the subject too often: "Its" is read only
/// when it stands for what the article is about ("The congress’s Final Act …").
struct ReferentResolver {
  /// A sentence rewritten with its referent: the new text and how far it moved the rest.
  struct Rewrite: Equatable {
    var text: String
    /// Scalars added (or removed, when negative) before the pronoun's end.
    var shift: Int
    /// Scalars of the pronoun replaced.
    var replaced: Int
    /// Where the pronoun starts, in scalars: 0 for one that opens the sentence.
    var at: Int = 0
  }

  private enum Pronoun {
    case person(possessive: Bool)
    case thing(possessive: Bool)
    case group(possessive: Bool)

    init?(_ word: String) {
      switch word {
      case "He", "She": self = .person(possessive: false)
      case "His", "Her": self = .person(possessive: true)
      case "It": self = .thing(possessive: false)
      case "Its": self = .thing(possessive: true)
      case "They": self = .group(possessive: false)
      case "Their": self = .group(possessive: true)
      default: return nil
      }
    }

    var isPossessive: Bool {
      switch self {
      case .person(let possessive), .thing(let possessive), .group(let possessive): possessive
      }
    }

    var sameReferentKind: Int {
      switch self {
      case .person: 0
      case .thing: 1
      case .group: 2
      }
    }
  }

  /// Rewrites keyed by article name and sentence index.
  let rewrites: [String: [Int: Rewrite]]

  /// `topic` is the articles' `ArticleTopic` when the caller has read it already.
  init(articles: [Article], facts: [Fact], topic: ArticleTopic? = nil) {
    var factsBySentence: [String: [Int: [Fact]]] = [:]
    for fact in facts {
      factsBySentence[fact.source.article, default: [:]][fact.source.sentence, default: []]
        .append(fact)
    }
    var rewrites: [String: [Int: Rewrite]] = [:]
    let topic = topic ?? ArticleTopic(articles: articles)
    for article in articles {
      let byIndex = factsBySentence[article.name] ?? [:]
      var found: [Int: Rewrite] = [:]
      // The person each rewritten sentence's pronoun was read as.
      var carriedPeople: [Int: String] = [:]
      // The referent the previous sentence handed on: (kind of pronoun, name).
      var carried: (kind: Int, name: String)?
      // "The event that marked his childhood came on …": a pronoun further in, before any
      // person the sentence names, is the person of the sentence before, or in a profile of
      // one person, that person.
      let main = ReferentResolver.mainPerson(of: article, facts: byIndex.values.flatMap { $0 })
      // A profile of a woman ("she" and "her" outnumber "he" and "his"): her "she" is hers,
      // whoever the sentence before names.
      let mainIsWoman = main != nil && ReferentResolver.saysShe(article)
      var previous: Sentence?
      for sentence in article.sentences {
        defer { previous = sentence }
        let firstWord = sentence.text.prefix { $0.isLetter }
        // "Its commander …" after "The Assembly created a force": a possessive often
        // points past the subject, so only "He", "She", "It" and "They" are resolved, and
        // "Its" when it stands for what the article is about ("Its cargo …" after "The ship
        // sank …" in a piece on the ship).
        guard let pronoun = Pronoun(String(firstWord)),
          !pronoun.isPossessive || firstWord == "Its",
          sentence.text.dropFirst(firstWord.count).first == " "
        else {
          carried = nil
          continue
        }
        var referent: String?
        if mainIsWoman, firstWord == "She" || firstWord == "Her", previous?.isCaption != true,
          (previous.map { byIndex[$0.index] ?? [] } ?? []).contains(where: {
            $0.kind == .person && $0.value != main
          })
        {
          referent = main
        } else if let carried, carried.kind == pronoun.sameReferentKind {
          // "He gave the post to de Klerk … He was sworn in": a second person named in
          // between could be the new "He" as well.
          let others = (previous.map { byIndex[$0.index] ?? [] } ?? []).filter {
            $0.kind == .person && !carried.name.contains($0.value)
              && !$0.value.contains(carried.name)
          }
          referent = carried.kind == 0 && !others.isEmpty ? nil : carried.name
        } else if let previous, !previous.isCaption {
          referent = ReferentResolver.referent(
            for: pronoun, in: previous, facts: byIndex[previous.index] ?? [],
            feminine: firstWord == "She" || firstWord == "Her")
        }
        if firstWord == "Its", let name = referent,
          !(name.split(separator: " ").last.map { topic.contains($0, in: article.name) } ?? false)
        {
          referent = nil
        }
        guard let name = referent else {
          carried = nil
          continue
        }
        carried = (pronoun.sameReferentKind, name)
        if pronoun.sameReferentKind == 0 { carriedPeople[sentence.index] = name }
        let replacement = pronoun.isPossessive ? name + "’s" : name
        let rest = sentence.text.dropFirst(firstWord.count)
        let replaced = firstWord.unicodeScalars.count
        found[sentence.index] = Rewrite(
          text: replacement + rest, shift: replacement.unicodeScalars.count - replaced,
          replaced: replaced)
      }
      var before: Sentence?
      let articlePeople = Set(byIndex.values.joined().filter { $0.kind == .person }.map(\.value))
      for sentence in article.sentences {
        defer { before = sentence }
        guard found[sentence.index] == nil, !sentence.isCaption else { continue }
        let people = (byIndex[sentence.index] ?? []).filter { $0.kind == .person }
        guard let pronoun = ReferentResolver.innerPronoun(in: sentence.text, profile: main != nil)
        else { continue }
        // "The Marinid sultan, Abu Inan Faris, ordered him to …": the object of a verb is never
        // its own subject, so in a profile it is the person the profile is about.
        // ("Palmerston, unhappy with Elliot's terms, replaced him": with a second man named
        // before it, the "him" may be that man.)
        let objectOfNamed =
          main.map { main in
            ReferentResolver.isObjectAfterVerb(pronoun, in: sentence.text)
              && !people.contains { $0.value == main }
              && !ReferentResolver.hasOwnerBefore(pronoun.at, in: sentence.text)
          } ?? false
        guard objectOfNamed || !people.contains(where: { $0.source.span.lowerBound < pronoun.at })
        else { continue }
        // (The sentence before counts with the name its own pronoun was read as.)
        var earlier = Set(
          (before.map { byIndex[$0.index] ?? [] } ?? []).filter { $0.kind == .person }.map(
            \.value))
        if let before, let named = carriedPeople[before.index] {
          earlier.insert(named)
        } else if let before,
          Self.personWords.contains(where: { before.text.hasPrefix($0.capitalized + " ") })
        {
          // "He toured Persia, where the Mongol Ilkhans ruled. … he crossed …": the sentence
          // before is about a man it does not name, so the names in it are not the "he".
          earlier = []
        }
        // "… where John's allies were crushed by King Philip II. In May 1215 the barons
        // renounced their loyalty to him": a person the story named before and the sentence
        // before names again by a short form the extractor passed over ("John's") may be the
        // "him" as well.
        if let before, !earlier.isEmpty {
          let earlierWords = Set(earlier.flatMap { $0.split(separator: " ") })
          for person in articlePeople where !earlier.contains(person) {
            let words = person.split(separator: " ")
            guard let first = words.first, let last = words.last,
              // ("Gandhi" is "Mohandas Karamchand Gandhi" again, not a second man.)
              !words.contains(where: earlierWords.contains),
              [first, last].contains(where: {
                $0.count >= 3 && QuestionCheck.holdsWordBytes(before.text, String($0))
              })
            else { continue }
            earlier.insert(person)
          }
        }
        // "In Sri Lanka he climbed Adam's Peak …. He reached China …": a profile's opening "He"
        // (a woman's "She") after a sentence about its subject, or one that names nobody else
        // and does not open on another person ("His brother …"), is the subject.
        let continuesSubject =
          pronoun.at == 0 && !pronoun.possessive && pronoun.feminine == mainIsWoman
          && main.map { main in
            before.map { before in
              !before.isCaption && !Self.opensOnAnotherPerson(before.text)
                && (carriedPeople[before.index] == main
                  || !(byIndex[before.index] ?? []).contains {
                    $0.kind == .person && $0.value != main
                  })
            } ?? false
          } ?? false
        if continuesSubject, let main { earlier = [main] }
        // "A friendship with Blumentritt sustained him …. His darker sequel …": a sentence
        // that names one man and points at another leaves an opening owner unsure.
        if !continuesSubject, pronoun.at == 0, let before, carriedPeople[before.index] == nil,
          Self.personWords.contains(where: {
            QuestionCheck.holdsWordBytes(before.text, $0)
          })
        {
          continue
        }
        // "His goal was Delhi, whose ruler, Sultan Muhammad …. The sultan made him a qadi":
        // a "him" beside a sentence's other man is the man a profile is about.
        let object = pronoun.length == 3 && !pronoun.possessive && !pronoun.feminine
        if object, earlier.count == 2, let main, earlier.contains(main) { earlier = [main] }
        if objectOfNamed, let main { earlier = [main] }
        if pronoun.feminine, mainIsWoman, let main { earlier = [main] }
        guard let name = earlier.count == 1 ? earlier.first : (earlier.isEmpty ? main : nil),
          // "When completed she was …", "her captain": a ship's "she" is no person's; only
          // the person a profile is about takes one.
          !pronoun.feminine || name == main,
          // "Before his arrest Gandhi had announced …": a pronoun before the person's own name
          // points forward to it. (A surname that is itself a pronoun, Zheng He's "He", is
          // looked for with the whole name.)
          !(ReferentResolver.callingWord(of: name).map {
            ReferentResolver.namesAlone(
              sentence.text, Self.personWords.contains($0.lowercased()) ? name : String($0))
          } ?? false)
        else { continue }
        carriedPeople[sentence.index] = name
        var scalars = Array(sentence.text.unicodeScalars)
        // "On 14 June 1325, when he was 21, he left home": the name goes where the clause's
        // own subject is ("when he was 21, Ibn Battuta left"), so the card names who left.
        var target = (at: pronoun.at, length: pronoun.length, possessive: pronoun.possessive)
        if let later = ReferentResolver.laterSubject(
          in: scalars, after: pronoun.at + pronoun.length, feminine: pronoun.feminine)
        {
          target = (at: later, length: pronoun.feminine ? 3 : 2, possessive: false)
        }
        let replacement = target.possessive ? name + "’s" : name
        scalars.replaceSubrange(
          target.at..<(target.at + target.length), with: Array(replacement.unicodeScalars))
        found[sentence.index] = Rewrite(
          text: String(String.UnicodeScalarView(scalars)),
          shift: replacement.unicodeScalars.count - target.length, replaced: target.length,
          at: target.at)
      }
      // "In 1346 it reached the Black Sea", "When finished it is meant to …": a subject "it"
      // after a fronted phrase is the thing the sentence before was about, as an opening "It".
      var last: Sentence?
      for sentence in article.sentences {
        defer { last = sentence }
        guard found[sentence.index] == nil, !sentence.isCaption, let last, !last.isCaption,
          last.paragraph == sentence.paragraph,
          let at = ReferentResolver.frontedSubjectIt(in: sentence.text),
          let name = ReferentResolver.referent(
            for: .thing(possessive: false), in: last, facts: byIndex[last.index] ?? [])
        else { continue }
        let replacement = name.hasPrefix("The ") ? "the" + name.dropFirst(3) : name
        var scalars = Array(sentence.text.unicodeScalars)
        scalars.replaceSubrange(at..<(at + 2), with: Array(replacement.unicodeScalars))
        found[sentence.index] = Rewrite(
          text: String(String.UnicodeScalarView(scalars)),
          shift: replacement.unicodeScalars.count - 2, replaced: 2, at: at)
      }
      // "The company has spent …" after "The Ghana Water Company Limited said …": a definite
      // subject whose noun heads a name told just before is that name.
      for sentence in article.sentences {
        guard found[sentence.index] == nil, !sentence.isCaption,
          let (subject, name) = ReferentResolver.namedHead(
            opening: sentence, in: article, facts: byIndex)
        else { continue }
        let replaced = subject.unicodeScalars.count
        found[sentence.index] = Rewrite(
          text: name + sentence.text.dropFirst(subject.count),
          shift: name.unicodeScalars.count - replaced, replaced: replaced)
      }
      if !found.isEmpty { rewrites[article.name] = found }
    }
    self.rewrites = rewrites
  }

  /// True when a capitalised owner ("Elliot's") stands before scalar `offset` of `text`, after
  /// its first word: a man the sentence names that way may be the "him" after it.
  static func hasOwnerBefore(_ offset: Int, in text: String) -> Bool {
    let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(offset)))
    return spaceSplit(head).dropFirst().contains { word in
      (word.first?.isUppercase ?? false)
        && (word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("'s,"))
    }
  }

  /// The word a text calls a person by alone: the surname, or for a ruler the name before a
  /// regnal number or an epithet ("Cyrus II", "Cyrus the Great" → "Cyrus").
  static func callingWord(of name: String) -> Substring? {
    var words = name.split(separator: " ")
    if let the = words.firstIndex(of: "the"), the > 0 { words = Array(words[..<the]) }
    while words.count > 1, let last = words.last, last.allSatisfy({ "IVXL".contains($0) }) {
      words.removeLast()
    }
    return words.last
  }

  /// True when `surname` stands in `text` as a name of its own: not inside a hyphened name
  /// ("Gandhi-Irwin Pact") nor before another capitalised word ("the Mountbatten Plan").
  static func namesAlone(_ text: String, _ surname: String) -> Bool {
    var rest = text[...]
    while let range = rest.range(of: surname) {
      let before =
        range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
      let after = text[range.upperBound...]
      let next = after.first
      let followedByName =
        after.hasPrefix(" ") && after.dropFirst().first.map { $0.isUppercase } ?? false
      if !before.isLetter, before != "-", next.map({ !$0.isLetter && $0 != "-" }) ?? true,
        !followedByName
      {
        return true
      }
      rest = text[range.upperBound...]
    }
    return false
  }

  /// The one person an article is about: named in its title (or, under a masthead taken for
  /// the title, a heading or the page's file name) and the person it names most, three times
  /// at least ("José Rizal" in a profile of him). Nil for any other article.
  static func mainPerson(of article: Article, facts: [Fact]) -> String? {
    let title = ([article.title ?? "", article.name] + article.headings).joined(separator: " ")
      .lowercased().replacingOccurrences(of: "-", with: " ")
    var counts: [String: Int] = [:]
    for fact in facts where fact.kind == .person { counts[fact.value, default: 0] += 1 }
    // The person the title names, named at least as often as anyone else ("Mary Jane
    // Seacole" beside her partner "Thomas Day", four times each, in "Mary Seacole (1805–1881)").
    var titled = counts.filter { name, _ in
      name.split(separator: " ").last.map { title.containsASCII($0.lowercased()) } ?? false
    }
    // "Marie Curie (1867–1934)": the title names her whole; her husband "Pierre Curie" shares
    // only the surname, however often he is named.
    let whole = titled.filter { name, _ in
      name.split(separator: " ").allSatisfy { title.containsASCII($0.lowercased()) }
    }
    if (whole.values.max() ?? 0) >= 3, whole.count < titled.count {
      counts = counts.filter { name, _ in whole[name] != nil || titled[name] == nil }
      titled = whole
    }
    guard
      let (name, count) = titled.max(by: {
        $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key)
      }),
      count >= 3, titled.values.filter({ $0 == count }).count == 1,
      !counts.values.contains(where: { $0 > count })
    else { return nil }
    // Tied with someone else, the titled name must be a life's subject ("… was born"), not
    // a thing read as a person ("Rosetta Stone").
    if counts.values.filter({ $0 == count }).count > 1 {
      let surname = name.split(separator: " ").last.map(String.init) ?? name
      guard
        article.sentences.contains(where: {
          $0.text.containsASCII(surname + " was born") || $0.text.containsASCII(name + " was born")
        })
      else { return nil }
    }
    return name
  }

  /// The first "he", "his", "him", "she" or "her" inside a sentence (not its first word, not
  /// in quoted words), before any capitalised word but the first: where it starts, its length
  /// in scalars, whether it owns something and whether it is feminine. ("The delegates in
  /// Vienna declared Louis XVIII an outlaw … against him": after a name, it may be anyone's.)
  /// In a profile (`profile`), an opening "He" or "She" is read too, and capitalised words
  /// before the pronoun do not stop the search ("In Sri Lanka he climbed …"): the people the
  /// sentence names before it are checked by the caller. After any other capitalised word
  /// only an object "him" right after a verb is read ("Abu Inan ordered him …").
  static func innerPronoun(in text: String, profile: Bool = false)
    -> (at: Int, length: Int, possessive: Bool, feminine: Bool)?
  {
    // Most sentences hold none of the words: a byte search tells before any word is made.
    // "His first novel …" opens on its owner: read like one further in.
    let opensOnOwner =
      text.hasPrefix("His ") || text.hasPrefix("Her ")
      || (profile && (text.hasPrefix("He ") || text.hasPrefix("She ")))
    guard
      opensOnOwner
        || personWords.contains(where: {
          QuestionCheck.holdsWordBytes(text, $0)
        })
    else { return nil }
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var wordIndex = 0
    var previousWord = ""
    var inPlace = false
    var afterName = false
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\"" || scalar == "“" { return nil }
      guard scalar.properties.isAlphabetic else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count, scalars[end].properties.isAlphabetic { end += 1 }
      var word = String(String.UnicodeScalarView(scalars[index..<end]))
      if wordIndex == 0, opensOnOwner { word = word.lowercased() }
      // "On June 7, 1802, he was seized …": a fronted date's month names nobody.
      if scalars[index].properties.isUppercase {
        // In a profile, a place after a preposition ("In Sri Lanka he climbed …") names
        // nobody the pronoun could be.
        inPlace =
          inPlace || (wordIndex > 0 && placePrepositions.contains(previousWord.lowercased()))
        // ("Ruling from about 559 BC, he …": an era's letters name nobody either.)
        if wordIndex > 0, !DateWords.isMonth(word), !(profile && inPlace),
          !["BC", "AD", "BCE", "CE"].contains(word)
        {
          // After a name only a profile's "ordered him" is read (see `isObjectAfterVerb`).
          guard profile else { return nil }
          afterName = true
        }
      } else {
        inPlace = false
      }
      let prior = previousWord
      previousWord = word
      if wordIndex > 0 || opensOnOwner, personWords.contains(word) {
        if afterName {
          guard word == "him", prior.first?.isLowercase == true,
            VerbForms.base(ofPast: prior) != nil
          else { return nil }
        }
        var possessive = word == "his"
        if word == "her" {
          // "her father" owns; "told her" and "her own" do not name a noun after it.
          var next = end
          while next < scalars.count, scalars[next] == " " { next += 1 }
          var nextEnd = next
          while nextEnd < scalars.count, scalars[nextEnd].properties.isAlphabetic { nextEnd += 1 }
          let following = String(String.UnicodeScalarView(scalars[next..<nextEnd]))
          possessive =
            !following.isEmpty && following.first?.isLowercase == true
            && !Lexicon.isFunctionWord(following)
        }
        return (index, end - index, possessive, word == "she" || word == "her")
      }
      wordIndex += 1
      index = end
    }
    return nil
  }

  /// Where a subject "it" starts when a short fronted phrase without names comes before it
  /// ("In 1346 it reached …", "When finished it is …"): at most five words, none capitalised
  /// but the first (or a month), no quotation, and a verb right after the "it".
  static func frontedSubjectIt(in text: String) -> Int? {
    guard QuestionCheck.holdsWordBytes(text, "it") else { return nil }
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var words: [(start: Int, word: String)] = []
    while index < scalars.count, words.count < 8 {
      let scalar = scalars[index]
      if scalar == "\"" || scalar == "“" || scalar == "(" { return nil }
      guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count,
        scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil
      {
        end += 1
      }
      words.append((index, String(String.UnicodeScalarView(scalars[index..<end]))))
      index = end
    }
    guard let position = words.indices.dropFirst().first(where: { words[$0].word == "it" }),
      position <= 5, position + 1 < words.count
    else { return nil }
    let opener = words[0].word.lowercased()
    for (offset, earlier) in words[1..<position].enumerated() {
      if let first = earlier.word.unicodeScalars.first, first.properties.isUppercase,
        !DateWords.isMonth(earlier.word)
      {
        return nil
      }
      // "The ship sank because it was …", "The society said it had …": a clause with its own
      // verb before the "it" has its own subject; only "When finished it …" passes.
      let lower = earlier.word.lowercased()
      if VerbForms.auxiliaries.contains(lower) || VerbForms.base(ofPast: lower) != nil,
        !(offset == 0 && frontingConjunctions.contains(opener))
      {
        return nil
      }
    }
    if VerbForms.auxiliaries.contains(opener) || VerbForms.base(ofPast: opener) != nil {
      return nil
    }
    // The fronted phrase ends at the "it": a comma, a year or a participle before it.
    let next = words[position + 1].word
    guard VerbForms.auxiliaries.contains(next) || VerbForms.base(ofPast: next) != nil else {
      return nil
    }
    return words[position].start
  }

  /// True when `pronoun` is an object "him" right after a verb in the past tense ("ordered
  /// him", "made him"): the verb's subject is someone else.
  static func isObjectAfterVerb(
    _ pronoun: (at: Int, length: Int, possessive: Bool, feminine: Bool), in text: String
  ) -> Bool {
    guard pronoun.length == 3, !pronoun.possessive, !pronoun.feminine, pronoun.at > 1 else {
      return false
    }
    let before = text.unicodeScalars.prefix(pronoun.at - 1)
    let word = String(String.UnicodeScalarView(before.reversed().prefix { $0 != " " }.reversed()))
    guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
    return VerbForms.base(ofPast: word) != nil
  }

  /// For a sentence opening on "The <noun>" as its whole subject, that subject and the name it
  /// stands for: the one name of a body, place, term or event among the facts of the three
  /// sentences before it that holds the noun as one of its capitalised words ("The company" →
  /// "The Ghana Water Company Limited", "The fort" → "Fort St Elmo", even where the article is
  /// about forts), or the one person whose title is that noun ("The sultan" → "Sultan
  /// Muhammad bin Tughluq"). Nil when no name or more than one fits.
  static func namedHead(
    opening sentence: Sentence, in article: Article, facts: [Int: [Fact]]
  ) -> (subject: String, name: String)? {
    let words = sentence.text.split(separator: " ", maxSplits: 2)
    guard words.count == 3, words[0] == "The" else { return nil }
    // "The fort, reinforced …", "The company has spent …": the noun alone is the subject,
    // followed by its comma or its verb ("The fort commander said" is about someone else).
    // (A plural noun after it is no verb: "The chief negotiators" are not the chief.)
    let noun = words[1].hasSuffix(",") ? words[1].dropLast() : words[1]
    let rest = words[2].split(separator: " ", maxSplits: 2)
    let next = rest.first.map { $0.prefix { $0.isLetter }.lowercased() } ?? ""
    guard let first = noun.first, first.isLowercase, noun.allSatisfy(\.isLetter),
      words[1].hasSuffix(",") || VerbForms.auxiliaries.contains(next)
        || VerbForms.base(ofPast: next) != nil || next.hasSuffix("ly"),
      let head = ArticleTopic.stem(noun)
    else { return nil }
    // "The island was Krakatoa": the sentence names it itself.
    if ["was", "is", "were", "are"].contains(next), rest.count > 1,
      rest[1].first?.isUppercase ?? false
    {
      return nil
    }
    var names: Set<String> = []
    for index in max(0, sentence.index - 3)..<sentence.index {
      guard article.sentences.indices.contains(index),
        article.sentences[index].index == index, !article.sentences[index].isCaption
      else { continue }
      for fact in facts[index] ?? [] {
        switch fact.kind {
        case .organization, .place, .term, .event:
          let holds = fact.text.split(separator: " ").contains {
            $0.first?.isUppercase == true && ArticleTopic.stem($0) == head
          }
          guard holds else { continue }
          let opensOnThe = fact.text.hasPrefix("The ") || fact.text.hasPrefix("the ")
          let articled =
            opensOnThe || fact.source.text.contains("the " + fact.text)
            || fact.source.text.contains("The " + fact.text)
          names.insert(
            opensOnThe ? "The" + fact.text.dropFirst(3) : (articled ? "The " : "") + fact.text)
        case .person:
          guard let title = fact.title, let last = title.split(separator: " ").last,
            ArticleTopic.stem(last) == head
          else { continue }
          names.insert(title + " " + fact.value)
        default:
          continue
        }
      }
    }
    guard names.count == 1, let name = names.first else { return nil }
    return (String(words[0] + " " + noun), name)
  }

  /// Where a subject "he" (or "she") after ", " starts, past `offset`: the subject of the
  /// clause a fronted phrase with a pronoun of its own leads into.
  static func laterSubject(in scalars: [Unicode.Scalar], after offset: Int, feminine: Bool)
    -> Int?
  {
    let word: [Unicode.Scalar] = feminine ? ["s", "h", "e"] : ["h", "e"]
    var index = max(offset, 0)
    while index + word.count + 3 <= scalars.count {
      if scalars[index] == ",", scalars[index + 1] == " ",
        Array(scalars[(index + 2)..<(index + 2 + word.count)]) == word,
        scalars[index + 2 + word.count] == " "
      {
        return index + 2
      }
      index += 1
    }
    return nil
  }

  /// True when the article says "she" and "her" more often than "he" and "his".
  static func saysShe(_ article: Article) -> Bool {
    var feminine = 0
    var masculine = 0
    for sentence in article.sentences {
      for word in spaceSplit(sentence.text) {
        switch shortASCIILowercased(word) {
        case "she", "her", "hers", "herself": feminine += 1
        case "he", "his", "him", "himself": masculine += 1
        default: continue
        }
      }
    }
    return feminine > masculine
  }

  /// `word.lowercased()` for a word of at most seven ASCII bytes, made from its bytes; nil for
  /// any other word, which lower-cases to no pronoun. (`saysShe` reads every word of the
  /// article, and lower-casing each as a string was most of its time.)
  static func shortASCIILowercased(_ word: Substring) -> String? {
    let utf8 = word.utf8
    guard utf8.count <= 7, utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      for (index, byte) in utf8.enumerated() {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      }
      return utf8.count
    }
  }

  /// Prepositions before a place: "In Sri Lanka", "At Taghaza".
  static let placePrepositions: Set<String> = [
    "in", "at", "from", "to", "near", "across", "through",
  ]

  /// The pronouns that stand for one person, as the readings above look for them.
  static let personWords = ["he", "his", "him", "she", "her"]

  /// Kin and companions, who are "he" or "she" as well as the person a profile is about.
  static let kinNouns: Set<String> = [
    "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle",
    "aunt", "cousin", "friend", "teacher", "patron", "partner", "grandfather", "grandmother",
    "nephew", "niece", "master", "companion", "rival", "successor", "predecessor", "parents",
  ]

  /// True when a sentence opens on someone other than a profile's subject: "His father was a
  /// judge.", "The sultan received him.", "A friend …".
  static func opensOnAnotherPerson(_ text: String) -> Bool {
    let words = text.split(separator: " ", maxSplits: 2).map {
      $0.lowercased().filter(\.isLetter)
    }
    guard words.count >= 2,
      ["his", "her", "their", "the", "a", "an", "one"].contains(words[0])
    else { return false }
    return kinNouns.contains(words[1]) || personNouns.contains(words[1])
  }

  /// Words that open a fronted clause whose participle has no subject of its own.
  static let frontingConjunctions: Set<String> = [
    "when", "once", "if", "after", "before", "although", "though", "while", "until",
  ]

  /// `article` with its rewritten sentences in place of the ones it wrote.
  func resolved(_ article: Article) -> Article {
    guard let found = rewrites[article.name] else { return article }
    var copy = article
    for (index, rewrite) in found where copy.sentences.indices.contains(index) {
      copy.sentences[index].text = rewrite.text
    }
    return copy
  }

  /// `fact` read from its rewritten sentence, when its sentence was rewritten and the fact
  /// lies before or after the pronoun (moved by the name put in its place).
  func resolve(_ fact: Fact) -> Fact {
    guard let rewrite = rewrites[fact.source.article]?[fact.source.sentence] else { return fact }
    var resolved = fact
    if rewrite.at > 0, fact.source.span.upperBound <= rewrite.at {
      // Before the pronoun: the same place in the new text.
      resolved.source.text = rewrite.text
      return resolved
    }
    guard fact.source.span.lowerBound >= rewrite.at + rewrite.replaced else { return fact }
    resolved.source.text = rewrite.text
    resolved.source.span =
      (fact.source.span.lowerBound + rewrite.shift)..<(fact.source.span.upperBound + rewrite.shift)
    return resolved
  }

  /// Words that make a subject a person of its own ("The minister met Hun Sen. He said …" is
  /// about the minister): no guess then.
  static let personNouns: Set<String> = [
    "minister", "president", "leader", "commander", "official", "spokesman", "spokeswoman",
    "ambassador", "general", "king", "queen", "emperor", "chairman", "secretary", "director",
    "governor", "officer", "prince", "premier", "chief", "envoy", "diplomat", "man", "woman",
  ]

  private static func referent(
    for pronoun: Pronoun, in sentence: Sentence, facts: [Fact], feminine: Bool = false
  ) -> String? {
    let people = facts.filter { $0.kind == .person }
    let text = TokenText(sentence.text)
    // "…, where she worked as a masseuse to Alexandra, Princess of Wales. She died …": a
    // sentence that has a "she" of its own, for someone it does not name as its subject, hands
    // that "she" on, not the person it names.
    let ownPronoun = (feminine ? ["she", "her"] : ["he", "his", "him"]).contains {
      QuestionCheck.holdsWordBytes(sentence.text, $0)
    }
    guard let clause = ClauseParser.parse(text), !clause.subject.isEmpty else {
      // No clear frame ("“…,” Holt said."): only a lone person is a safe referent.
      if case .person = pronoun, people.count == 1, !ownPronoun { return people[0].value }
      return nil
    }
    let tokens = text.tokens
    let subjectStart = tokens[clause.subject.lowerBound].range.lowerBound
    let subjectEnd = tokens[clause.subject.upperBound - 1].range.upperBound
    let subjectWords = clause.subjectTokens.filter { tokens[$0].isWord }
    let inSubject = facts.filter {
      $0.source.span.lowerBound >= subjectStart && $0.source.span.upperBound <= subjectEnd
    }
    switch pronoun {
    case .person:
      // Only a sentence with one person: "Botha … was replaced by de Klerk. He was sworn in"
      // is about de Klerk, whatever the subject.
      let names = Set(people.map(\.value))
      guard names.count == 1 else { return nil }
      if inSubject.contains(where: { $0.kind == .person }) { return people[0].value }
      // "Sejong was born here …, the third son of King Taejong. He …": a subject of names
      // the extractor did not read at all is still someone, and the "he" is most likely
      // that subject, not the person named after it. (A place or a body as the subject
      // cannot be a "he": then the person named is.)
      if inSubject.isEmpty, !subjectWords.isEmpty,
        subjectWords.allSatisfy({
          tokens[$0].isCapitalized && !Lexicon.pronouns.contains(tokens[$0].lower)
        }),
        !["the", "a", "an", "this", "that"].contains(tokens[subjectWords[0]].lower)
      {
        return nil
      }
      // "Titanic left Southampton under Captain Smith. She narrowly avoided …": a ship or a
      // country is "she" too, so "She" is only the person the sentence before is about.
      if feminine || ownPronoun { return nil }
      let subjectIsPerson = subjectWords.contains {
        personNouns.contains(tokens[$0].lower) || Lexicon.pronouns.contains(tokens[$0].lower)
      }
      return subjectIsPerson ? nil : people[0].value
    case .thing:
      // "Cambodia's entry …. It became …" is about Cambodia, not the entry: no guess.
      guard
        !clause.subjectTokens.contains(where: {
          tokens[$0].text.contains(where: { "'’".contains($0) })
        })
      else { return nil }
      // The whole subject is one name: "The Bangkok Declaration", "Cambodia".
      if let name = inSubject.first(where: {
        [.place, .organization, .term, .event].contains($0.kind)
      }), wholeSubject(name, words: subjectWords, tokens: tokens) {
        return capitalized(leading(name, in: sentence.text, subjectStart: subjectStart))
      }
      return definite(subjectWords, tokens: tokens, plural: false)
    case .group:
      // "Armstrong and Aldrin …. They planted a flag": the people the subject names.
      let named = inSubject.filter { $0.kind == .person }
      if named.count >= 2, subjectWords.contains(where: { tokens[$0].lower == "and" }) {
        let names = named.map(\.value)
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
      }
      return definite(subjectWords, tokens: tokens, plural: true)
    }
  }

  private static func capitalized(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// True when the name covers every word of the subject but a leading "The".
  private static func wholeSubject(_ fact: Fact, words: [Int], tokens: [SentenceToken]) -> Bool {
    let inside = words.filter {
      tokens[$0].range.lowerBound >= fact.source.span.lowerBound
        && tokens[$0].range.upperBound <= fact.source.span.upperBound
    }
    let outside = words.filter { !inside.contains($0) }
    return !inside.isEmpty && outside.allSatisfy { tokens[$0].lower == "the" }
  }

  /// The name as the subject wrote it, with its "The" when it had one.
  private static func leading(_ fact: Fact, in sentence: String, subjectStart: Int) -> String {
    let scalars = Array(sentence.unicodeScalars)
    let start = min(subjectStart, fact.source.span.lowerBound)
    let end = min(fact.source.span.upperBound, scalars.count)
    guard start < end else { return fact.text }
    return String(scalars: scalars[start..<end])
  }

  /// "The agreement", "The engineers": a short definite subject of plain words, in the
  /// number the pronoun asks for.
  private static func definite(_ words: [Int], tokens: [SentenceToken], plural: Bool) -> String? {
    // "The outbreak probably began …": an adverb before the verb is no part of the subject.
    var words = words
    while words.count > 2, let last = words.last, tokens[last].lower.hasSuffix("ly") {
      words.removeLast()
    }
    guard words.count >= 2, words.count <= 3, tokens[words[0]].lower == "the" else { return nil }
    let rest = words.dropFirst()
    guard rest.allSatisfy({ !tokens[$0].isNumber && tokens[$0].isWord }),
      let head = rest.last.map({ tokens[$0].lower })
    else { return nil }
    let isPlural = head.hasSuffix("s") && !head.hasSuffix("ss") || head == "people"
    guard isPlural == plural else { return nil }
    return capitalized(words.map { tokens[$0].text }.joined(separator: " "))
  }
}
