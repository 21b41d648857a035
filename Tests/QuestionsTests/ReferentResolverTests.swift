import Articles
import Facts
import Testing

@testable import Questions

/// Sentences of my own about invented people and bodies, each pair a pronoun and the sentence
/// before it.
struct ReferentResolverTests {
  /// Resolves the second sentence of `sentences` with `facts` given as (kind, words, sentence).
  func resolved(_ sentences: [String], _ facts: [(FactKind, String, Int)]) -> String? {
    let article = oneParagraph(sentences, name: "r.txt")
    let made = facts.map {
      fact($0.0, $0.1, in: sentences[$0.2], article: "r.txt", index: $0.2)
    }
    let resolver = ReferentResolver(articles: [article], facts: made)
    return resolver.rewrites["r.txt"]?[sentences.count - 1]?.text
  }

  @Test func heIsTheOnlyPerson() {
    #expect(
      resolved(
        ["In June 1910 Marta Kell was arrested in the capital.", "He died there on May 2, 1911."],
        [(.person, "Marta Kell", 0)]) == "Marta Kell died there on May 2, 1911.")
    // Two people: "he" could be either.
    #expect(
      resolved(
        [
          "In June 1910 Marta Kell had her rival, Ivo Brun, arrested in the capital.",
          "He died there on May 2, 1911.",
        ], [(.person, "Marta Kell", 0), (.person, "Ivo Brun", 0)]) == nil)
  }

  @Test func aPersonNamedAgainByAShortFormMayBeTheHimAsWell() {
    // "Ulf's allies": Ulf, named earlier, is in the sentence before though no fact records
    // him there, so "him" could be Ulf or Harald.
    let sentences = [
      "King Ulf Berg ruled the islands from 1199.",
      "In 1214 Ulf's allies were crushed by King Harald Dane of Norway.",
      "In May 1215 the barons renounced their loyalty to him.",
    ]
    #expect(
      resolved(sentences, [(.person, "Ulf Berg", 0), (.person, "Harald Dane", 1)]) == nil)
    // With no other man in it, the sentence before names the "him".
    var alone = sentences
    alone[1] = "In 1214 the allies were crushed by King Harald Dane of Norway."
    #expect(
      resolved(alone, [(.person, "Ulf Berg", 0), (.person, "Harald Dane", 1)])
        == "In May 1215 the barons renounced their loyalty to Harald Dane.")
  }

  @Test func anErasLettersNameNobody() {
    #expect(
      resolved(
        ["Marta Kell built her realm quickly.", "Ruling from about 559 BC, he took the coast."],
        [(.person, "Marta Kell", 0)]) == "Ruling from about 559 BC, Marta Kell took the coast.")
  }

  @Test func aLonePersonIsTheReferentOfAQuotation() {
    #expect(
      resolved(
        ["“The roads must be rebuilt,” Anna Vos said.", "She asked for 12 new bridges."],
        [(.person, "Anna Vos", 0)]) == "Anna Vos asked for 12 new bridges.")
  }

  @Test func anotherPersonAsSubjectIsNoGuess() {
    // The minister may be the one who spoke: no rewrite.
    #expect(
      resolved(
        ["The minister met Karl Odin in the port.", "He promised 40 ships."],
        [(.person, "Karl Odin", 0)]) == nil)
  }

  @Test func aSubjectNamedButNotReadIsStillSomeone() {
    // "Arno" opens the sentence and was read as no person: the "he" is his more likely than
    // the king's named after him.
    #expect(
      resolved(
        ["Arno was born in Velda in 1397, the third son of King Odo.", "He was not the heir."],
        [(.person, "Odo", 0)]) == nil)
    // A place as the subject is no "he": the person named is.
    #expect(
      resolved(
        ["Velda sent 40 ships under Karl Odin in 1402.", "He landed at Orland."],
        [(.place, "Velda", 0), (.person, "Karl Odin", 0)]) == "Karl Odin landed at Orland.")
  }

  @Test func itIsANamedSubject() {
    #expect(
      resolved(
        ["The Lindmark Treaty ended the war in 1802.", "It was signed by four kings."],
        [(.term, "Lindmark Treaty", 0)]) == "The Lindmark Treaty was signed by four kings.")
  }

  @Test func itIsAShortDefiniteSubject() {
    #expect(
      resolved(["The charter had nine chapters.", "It set up a court in 1907."], [])
        == "The charter set up a court in 1907.")
  }

  @Test func aSubjectItAfterAFrontedPhraseIsTheThingBefore() {
    #expect(
      resolved(
        ["The fever probably began in the hill towns.", "In 1346 it reached the coast."], [])
        == "In 1346 the fever reached the coast.")
    #expect(
      resolved(
        ["The dam will be built near Orla.", "When finished it is meant to hold a lake."], [])
        == "When finished the dam is meant to hold a lake.")
    // A clause with its own subject and verb keeps its "it"; so does a reported clause.
    #expect(
      resolved(["The dam will be built near Orla.", "The hull sank because it was heavy."], [])
        == nil)
    #expect(
      resolved(["The dam will be built near Orla.", "The society said it had raised funds."], [])
        == nil)
    // After a name, it may be anyone's.
    #expect(
      resolved(["The dam will be built near Orla.", "In Velda it was opposed."], []) == nil)
  }

  @Test func itsIsResolvedOnlyForWhatTheArticleIsAbout() {
    func owner(_ sentences: [String], title: String) -> String? {
      let article = Article(
        name: "o.txt", title: title,
        sentences: sentences.enumerated().map {
          Sentence(index: $0.offset, paragraph: 0, text: $0.element)
        })
      return ReferentResolver(articles: [article], facts: []).rewrites["o.txt"]?[
        sentences.count - 1]?.text
    }
    let opening = ["The guilds met in Velda in 1801.", "They argued for a week."]
    #expect(
      owner(
        opening + ["The charter had nine chapters.", "Its first article set up a court."],
        title: "The Velda charter") == "The charter’s first article set up a court.")
    // Off the article's subject, a possessive points past the subject too often ("Its
    // commander" may be another body's).
    #expect(
      owner(
        opening + ["The charter had nine chapters.", "Its first article set up a court."],
        title: "The Velda guilds") == nil)
  }

  @Test func aPossessiveSubjectIsNoGuess() {
    // "It" is the country, not its entry, but the rule cannot tell: no rewrite.
    #expect(
      resolved(
        ["Norland’s entry was delayed by a crisis.", "It joined in 1999."],
        [(.place, "Norland", 0)]) == nil)
  }

  @Test func theyIsAShortPluralSubject() {
    #expect(
      resolved(
        ["The engineers will repair 120 kilometres of road.", "They take 210 tonnes of tools."],
        []) == "The engineers take 210 tonnes of tools.")
    #expect(
      resolved(["The engineer will repair the road.", "They take 210 tonnes of tools."], [])
        == nil)
  }

  @Test func theyAreThePeopleTheSubjectNames() {
    #expect(
      resolved(
        ["Ida Marr and Olaf Brun sailed the first ship in.", "They unloaded 40 tonnes of salt."],
        [(.person, "Ida Marr", 0), (.person, "Olaf Brun", 0)])
        == "Ida Marr and Olaf Brun unloaded 40 tonnes of salt.")
  }

  @Test func aSecondPronounKeepsTheReferent() {
    let article = Article(
      name: "r.txt", title: nil,
      sentences: [
        "Ida Marr founded the school in 1890.", "She ran it for 30 years.",
        "She died in 1931.",
      ].enumerated().map { Sentence(index: $0.offset, paragraph: 0, text: $0.element) })
    let resolver = ReferentResolver(
      articles: [article],
      facts: [fact(.person, "Ida Marr", in: article.sentences[0].text, article: "r.txt")])
    #expect(resolver.rewrites["r.txt"]?[2]?.text == "Ida Marr died in 1931.")
  }

  @Test func factsMoveWithTheRewriteAndCardsQuoteTheArticle() throws {
    let sentences = [
      "The Velmar Accord was drafted by Ivo Brun and signed in Oslo in 1907.",
      "He died on May 2, 1911, in Bergen.",
    ]
    let article = oneParagraph(sentences, name: "r.txt", title: "Velmar")
    let died = fact(
      .date, "May 2, 1911", in: sentences[1], value: "1911-05-02", granularity: .day,
      article: "r.txt", index: 1)
    let facts = [
      fact(.person, "Ivo Brun", in: sentences[0], article: "r.txt"),
      fact(.year, "1907", in: sentences[0], article: "r.txt"), died,
    ]
    let resolver = ReferentResolver(articles: [article], facts: facts)
    let moved = resolver.resolve(died)
    let scalars = Array(moved.source.text.unicodeScalars)
    #expect(
      String(String.UnicodeScalarView(scalars[moved.source.span])) == "May 2, 1911")
    let set = QuestionWriter().write(facts: facts, articles: [article])
    let aboutDeath = set.questions.filter { $0.fact.value == "1911-05-02" }
    #expect(aboutDeath.contains { $0.prompt.hasSuffix("When did Ivo Brun die in Bergen?") })
    #expect(aboutDeath.allSatisfy { $0.source.text == sentences[1] })
  }
}

extension ReferentResolverTests {
  @Test func aSecondPersonNamedInARunEndsTheRun() {
    // "He" of the third sentence could be either man.
    #expect(
      resolved(
        [
          "In May 1910 Marta Kell fell ill.",
          "He handed the office to Ivo Brun, who replaced him in June.",
          "He was sworn in on 2 July 1910.",
        ], [(.person, "Marta Kell", 0), (.person, "Ivo Brun", 1)]) == nil)
    // With no one else named, the run keeps its referent.
    #expect(
      resolved(
        [
          "In May 1910 Marta Kell fell ill.", "He handed the office to his deputy.",
          "He died on 2 July 1910.",
        ], [(.person, "Marta Kell", 0)]) == "Marta Kell died on 2 July 1910.")
  }

  @Test func aPronounFurtherInIsThePersonOfTheSentenceBefore() {
    #expect(
      resolved(
        [
          "In June 1910 Marta Kell was arrested in the capital.",
          "The trial that ended his career came in May.",
        ],
        [(.person, "Marta Kell", 0)]) == "The trial that ended Marta Kell’s career came in May.")
    #expect(
      resolved(
        ["Marta Kell led the strike in 1910.", "Each time he spoke the crowd grew."],
        [(.person, "Marta Kell", 0)]) == "Each time Marta Kell spoke the crowd grew.")
    // A pronoun before the person's own name points forward to it.
    #expect(
      resolved(
        ["In June 1910 Marta Kell was arrested in the capital.", "Before his trial Kell wrote."],
        [(.person, "Marta Kell", 0)]) == nil)
    // A fronted date's month names nobody: "he" still opens the clause.
    #expect(
      resolved(
        ["In June 1910 Marta Kell was arrested in the capital.", "On May 2, 1911, he was freed."],
        [(.person, "Marta Kell", 0)]) == "On May 2, 1911, Marta Kell was freed.")
    // After a capitalised word it may be anyone's: "… declared Ivo Brun an outlaw … him".
    #expect(
      resolved(
        ["Marta Kell fled to Orland in 1910.", "The delegates in Velda then declared war on him."],
        [(.person, "Marta Kell", 0)]) == nil)
    // A ship's "she" is no person's.
    #expect(
      resolved(
        ["The yard was run by Ivo Brun.", "When finished she was the longest ship afloat."],
        [(.person, "Ivo Brun", 0)]) == nil)
  }

  @Test func anOpeningOwnerIsThePersonOfTheSentenceBefore() {
    #expect(
      resolved(
        [
          "Ivo Brun took the harbour office in 1902.",
          "His plan, announced in May, cost 9,000 marks.",
        ],
        [(.person, "Ivo Brun", 0)]) == "Ivo Brun’s plan, announced in May, cost 9,000 marks.")
    // A sentence that names one man and points at another ("sustained him") leaves it unsure.
    #expect(
      resolved(
        [
          "A long friendship with the engineer Ivo Brun sustained him in exile.",
          "His second book appeared in Velda in 1891.",
        ], [(.person, "Ivo Brun", 0)]) == nil)
    // A ship's "Her" is no person's.
    #expect(
      resolved(
        ["The yard was run by Ivo Brun.", "Her keel was laid on 3 May 1909."],
        [(.person, "Ivo Brun", 0)]) == nil)
  }

  @Test func aSentenceAboutAnUnnamedManLendsNoReferent() {
    // The sentence before is about "He": the man it names is not the "he" after it.
    #expect(
      resolved(
        ["He toured the coast, where Ivo Brun ruled.", "In 1330 he crossed the strait."],
        [(.person, "Ivo Brun", 0)]) == nil)
    #expect(
      resolved(
        ["His goal was Orla, whose ruler, Ivo Brun, was generous.", "The ruler made him a judge."],
        [(.person, "Ivo Brun", 0)]) == nil)
  }

  @Test func aProfilesPronounIsThePersonItIsAbout() {
    let sentences = [
      "Ida Brun was born in Orland in 1861.", "Ida Brun trained as an engineer in Velda.",
      "The harbour was silting up by then.", "The scheme that made her name came in 1907.",
    ]
    let article = oneParagraph(sentences, name: "p.txt", title: "Ida Brun, harbour builder")
    let made = [
      fact(.person, "Ida Brun", in: sentences[0], article: "p.txt", index: 0),
      fact(.person, "Ida Brun", in: sentences[1], article: "p.txt", index: 1),
      fact(.person, "Ida Brun", in: sentences[1], article: "p.txt", index: 1),
      fact(.year, "1907", in: sentences[3], article: "p.txt", index: 3),
    ]
    let resolver = ReferentResolver(articles: [article], facts: made)
    #expect(
      resolver.rewrites["p.txt"]?[3]?.text == "The scheme that made Ida Brun’s name came in 1907.")
    // In a profile an opening "She" and a "she" after a place are the person it is about.
    let travels = sentences + ["She sailed for Velda in 1909.", "In Velda she built a dock."]
    let later = oneParagraph(travels, name: "p.txt", title: "Ida Brun, harbour builder")
    let rewrites = ReferentResolver(articles: [later], facts: made).rewrites["p.txt"]
    #expect(rewrites?[4]?.text == "Ida Brun sailed for Velda in 1909.")
    #expect(rewrites?[5]?.text == "In Velda Ida Brun built a dock.")
    // The object of a verb whose subject is another named man is the profile's person;
    // outside a profile it stays a pronoun.
    let ordered = sentences + ["The harbour master, Olaf Dahl, ordered him to survey the bay."]
    let orders = oneParagraph(ordered, name: "p.txt", title: "Ida Brun, harbour builder")
    let master = fact(.person, "Olaf Dahl", in: ordered[4], article: "p.txt", index: 4)
    #expect(
      ReferentResolver(articles: [orders], facts: made + [master]).rewrites["p.txt"]?[4]?.text
        == "The harbour master, Olaf Dahl, ordered Ida Brun to survey the bay.")
    #expect(
      resolved(
        [
          "Ivo Brun sailed north.", "The harbour master, Olaf Dahl, ordered him to survey the bay.",
        ],
        [(.person, "Ivo Brun", 0), (.person, "Olaf Dahl", 1)]) == nil)
    // The fact after the pronoun moves with the name put in its place.
    let moved = resolver.resolve(made[3])
    let scalars = Array(moved.source.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[moved.source.span])) == "1907")
  }
}

extension ReferentResolverTests {
  @Test func aProfilesSurnameThatIsAPronounDoesNotHideItsHe() {
    // "Li He": the opening "He" of a sentence is the pronoun, not the surname alone.
    let sentences = [
      "Li He was born in Orland in 1371.", "Li He served the prince for ten years.",
      "Li He sailed in 1405.", "Six more voyages followed.", "He led them all.",
    ]
    let article = oneParagraph(sentences, name: "p.txt", title: "Li He, admiral")
    let made = (0..<3).map {
      fact(.person, "Li He", in: sentences[$0], article: "p.txt", index: $0)
    }
    let rewrites = ReferentResolver(articles: [article], facts: made).rewrites["p.txt"]
    #expect(rewrites?[4]?.text == "Li He led them all.")
  }

  @Test func aWomansProfileKeepsHerSheWhenHerHusbandSharesHerSurname() {
    // The title names "Ida Brun" whole; "Olaf Brun" shares only the surname, and is named
    // more often. Her opening "She" after a sentence naming him is still hers.
    let sentences = [
      "Ida Brun met Olaf Brun in 1890.", "Ida Brun studied rays.", "Ida Brun wrote a thesis.",
      "Olaf Brun taught physics.", "Olaf Brun gave talks.", "Olaf Brun built a lab.",
      "She named it the brun ray.",
    ]
    let article = oneParagraph(sentences, name: "p.txt", title: "Ida Brun (1867–1934): a life")
    var made: [Fact] = []
    for (index, sentence) in sentences.enumerated() {
      for name in ["Ida Brun", "Olaf Brun"] where sentence.contains(name) {
        made.append(fact(.person, name, in: sentence, article: "p.txt", index: index))
      }
    }
    let rewrites = ReferentResolver(articles: [article], facts: made).rewrites["p.txt"]
    #expect(rewrites?[6]?.text == "Ida Brun named it the brun ray.")
  }

  @Test func aDefiniteSubjectIsTheNameItsNounHeads() {
    // (The first two sentences say what the article is about: no company.)
    let opening = [
      "The river clean-up began on Thursday in Tarkon.", "Miners have fouled the river for years.",
    ]
    #expect(
      resolved(
        opening + [
          "The Orland Water Company Limited said its plant shut down twice last year.",
          "The company has spent 95 million crowns on chemicals since 2023.",
        ], [(.organization, "Orland Water Company Limited", 2)])
        == "The Orland Water Company Limited has spent 95 million crowns on chemicals since 2023.")
    // Two companies named before: either could be meant.
    #expect(
      resolved(
        opening + [
          "The Orland Water Company and the Velda Shipping Company signed the deal.",
          "The company has spent 95 million crowns on chemicals since 2023.",
        ],
        [(.organization, "Orland Water Company", 2), (.organization, "Velda Shipping Company", 2)])
        == nil)
    // A name that does not hold the noun is no referent.
    #expect(
      resolved(
        opening + [
          "The Orland Water Board said its plant shut down twice last year.",
          "The company has spent 95 million crowns on chemicals since 2023.",
        ], [(.organization, "Orland Water Board", 2)]) == nil)
    // A person whose title is the noun.
    let sentences =
      opening + [
        "Its ruler, Sultan Omar Velt, welcomed foreign scholars.",
        "The sultan made Ibn Tarik a judge in 1334.",
      ]
    let article = oneParagraph(sentences, name: "r.txt")
    var ruler = fact(.person, "Omar Velt", in: sentences[2], article: "r.txt", index: 2)
    ruler.title = "Sultan"
    #expect(
      ReferentResolver(articles: [article], facts: [ruler]).rewrites["r.txt"]?[3]?.text
        == "Sultan Omar Velt made Ibn Tarik a judge in 1334.")
  }
}

extension ReferentResolverTests {
  @Test func sheAfterASentenceAboutAShipIsNoPerson() {
    // The subject before is the ship, not the captain: "She" is the ship.
    #expect(
      resolved(
        [
          "The Nordlys left Orland at noon under the command of Captain Ivo Brun.",
          "She narrowly avoided a collision as she left the dock.",
        ], [(.term, "Nordlys", 0), (.person, "Ivo Brun", 0)]) == nil)
    // "He" after the same sentence is still the captain.
    #expect(
      resolved(
        [
          "The Nordlys left Orland at noon under the command of Captain Ivo Brun.",
          "He retired in 1913.",
        ], [(.term, "Nordlys", 0), (.person, "Ivo Brun", 0)]) == "Ivo Brun retired in 1913.")
  }
}

extension ReferentResolverTests {
  @Test func theNameGoesWhereTheClausesOwnSubjectIs() {
    #expect(
      resolved(
        ["Ivo Brun was born in Orland in 1304.", "On 14 June 1325, when he was 21, he left home."],
        [(.person, "Ivo Brun", 0)]) == "On 14 June 1325, when he was 21, Ivo Brun left home.")
  }
}

extension ReferentResolverTests {
  @Test func aWomansProfileReadsHerSheAfterAnotherName() {
    let sentences = [
      "Ida Brun was born in Orland in 1805.", "Ida Brun learned her craft from her mother.",
      "Ida Brun ran a boarding house for sailors.",
      "In 1836 the merchant Olaf Dahl opened a store beside it.",
      "On 10 November 1836 she married Karl Odin in Orland.",
    ]
    let article = oneParagraph(sentences, name: "p.txt", title: "Ida Brun, healer")
    let made = facts(
      [
        (.person, "Ida Brun", 0), (.person, "Ida Brun", 1), (.person, "Ida Brun", 2),
        (.person, "Olaf Dahl", 3),
      ], in: sentences, article: "p.txt")
    #expect(
      ReferentResolver(articles: [article], facts: made).rewrites["p.txt"]?[4]?.text
        == "On 10 November 1836 Ida Brun married Karl Odin in Orland.")
  }
}

extension ReferentResolverTests {
  @Test func theTitledPersonIsTheProfilesThoughAPartnerIsNamedAsOften() {
    let sentences =
      ["Ida Brun was born in Orland, and Olaf Dahl was her partner."]
      + (1..<3).map { "Ida Brun and Olaf Dahl ran the store in year \($0 + 1)." }
    let article = oneParagraph(sentences, name: "p.txt", title: "Ida Brun (1805-1881), healer")
    let people = sentences.indices.flatMap { index in
      [
        fact(.person, "Ida Brun", in: sentences[index], article: "p.txt", index: index),
        fact(.person, "Olaf Dahl", in: sentences[index], article: "p.txt", index: index),
      ]
    }
    #expect(ReferentResolver.mainPerson(of: article, facts: people) == "Ida Brun")
    // Tied, and never said to be born: a thing read as a person, no profile.
    var unborn = article
    unborn.sentences[0].text = "Ida Brun came to Orland, and Olaf Dahl was her partner."
    #expect(ReferentResolver.mainPerson(of: unborn, facts: people) == nil)
    // Someone named more often than the titled person: no profile.
    let more = people + [fact(.person, "Olaf Dahl", in: sentences[0], article: "p.txt")]
    #expect(ReferentResolver.mainPerson(of: article, facts: more) == nil)
  }
}

extension ReferentResolverTests {
  @Test func aSheTheSentenceBeforeHadIsHandedOn() {
    // The "she" before is not the princess it names: the new "She" is not the princess.
    #expect(
      resolved(
        [
          "In later life she lived in Velda, where she worked as a nurse to Alexandra, Princess"
            + " of Orland.",
          "She died at her home in Velda on 14 May 1881.",
        ], [(.person, "Alexandra", 0)]) == nil)
  }
}

extension ReferentResolverTests {
  @Test func theFortIsTheFortNamedJustBeforeThoughFortsAreTheTopic() {
    // The opening sentences are about forts: "the fort" is still one of several.
    let opening = ["The forts of Orland guarded the harbour.", "Three forts stood on the bay."]
    #expect(
      resolved(
        opening + [
          "Batteries began firing on Fort Elmo on 24 May.",
          "The fort, reinforced each night by boats, held out for a month.",
        ], [(.place, "Fort Elmo", 2)])
        == "Fort Elmo, reinforced each night by boats, held out for a month.")
    // "The fort commander" is about someone else.
    #expect(
      resolved(
        opening + [
          "Batteries began firing on Fort Elmo on 24 May.",
          "The fort commander asked for boats.",
        ], [(.place, "Fort Elmo", 2)]) == nil)
    // A sentence that names it itself needs no name put back.
    #expect(
      resolved(
        opening + [
          "Ships sailed from Rodrigues Island on 24 May.",
          "The island was Krakatoa, in the strait.",
        ], [(.place, "Rodrigues Island", 2)]) == nil)
  }
}

extension ReferentResolverTests {
  @Test func aProfilesOpeningHeAfterItsOwnInnerHeIsThePersonItIsAbout() {
    // The sentence before names another man, but only as the one its own "he" (the profile's
    // man) visited: the next opening "He" is still the profile's.
    let sentences = [
      "Omar Vey was born in Tarsa in 1304.", "Omar Vey left home at twenty.",
      "Omar Vey crossed the sea.", "In Lundra he visited the holy man Ivo Kast at his cell.",
      "He reached Porta in 1345.",
    ]
    let article = oneParagraph(sentences, name: "p.txt", title: "Omar Vey, traveller")
    var made = (0..<3).map {
      fact(.person, "Omar Vey", in: sentences[$0], article: "p.txt", index: $0)
    }
    made.append(fact(.person, "Ivo Kast", in: sentences[3], article: "p.txt", index: 3))
    let rewrites = ReferentResolver(articles: [article], facts: made).rewrites["p.txt"]
    #expect(rewrites?[3]?.text == "In Lundra Omar Vey visited the holy man Ivo Kast at his cell.")
    #expect(rewrites?[4]?.text == "Omar Vey reached Porta in 1345.")
    // After a sentence that names nobody, a woman's "She" is hers too.
    let hers = [
      "Ida Brun was born in Orland in 1861.", "Ida Brun trained as a nurse.",
      "Ida Brun sailed east.", "The troops called her Mother Brun.", "She nursed them for a year.",
    ]
    let profile = oneParagraph(hers, name: "w.txt", title: "Ida Brun, nurse")
    let named = (0..<3).map { fact(.person, "Ida Brun", in: hers[$0], article: "w.txt", index: $0) }
    #expect(
      ReferentResolver(articles: [profile], facts: named).rewrites["w.txt"]?[4]?.text
        == "Ida Brun nursed them for a year.")
    // A sentence that opens on another man ("His brother …") leaves the "He" unsure.
    let brother =
      Array(sentences.prefix(3)) + [
        "His brother Ivo Kast joined him in Lundra.", "He died in 1330.",
      ]
    let kin = oneParagraph(brother, name: "p.txt", title: "Omar Vey, traveller")
    let kast = fact(.person, "Ivo Kast", in: brother[3], article: "p.txt", index: 3)
    let unsure = ReferentResolver(articles: [kin], facts: Array(made.prefix(3)) + [kast])
    #expect(unsure.rewrites["p.txt"]?[4] == nil)
  }
}

@Test func aRulerIsCalledByTheNameBeforeHisNumber() {
  #expect(ReferentResolver.callingWord(of: "Cyrus II") == "Cyrus")
  #expect(ReferentResolver.callingWord(of: "Cyrus the Great") == "Cyrus")
  #expect(ReferentResolver.callingWord(of: "Ida Brun") == "Brun")
  #expect(ReferentResolver.callingWord(of: "Louis XVIII") == "Louis")
}

@Test func anOwnerNamedBeforeAHimMayBeIt() {
  let text = "Orlek, unhappy with Tavic's terms, replaced him with Varne."
  let at = text.unicodeScalars.count - " him with Varne.".unicodeScalars.count + 1
  #expect(ReferentResolver.hasOwnerBefore(at, in: text))
  #expect(!ReferentResolver.hasOwnerBefore(at, in: "Orlek, unhappy with the terms, replaced him."))
}
