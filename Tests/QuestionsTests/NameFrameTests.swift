import Facts
import Testing

@testable import Questions

/// Options of a name's sort, role and nationality: what a prompt says of its gap, the options
/// must be too (audit 6: "the Norwegian minister, _____" offered no Norwegian).
struct NameFrameTests {
  func options(_ f: Fact, pool: [Fact], prompt: String, seed: UInt64 = 1) -> [String]? {
    distractorOptions(f, pool: pool, prompt: prompt, seed: seed)
  }

  func frame(_ words: String, in sentence: String, _ kind: FactKind = .person) -> NameFrame {
    nameFrame(words, in: sentence, kind)
  }

  /// A cloze prompt of `f`'s own sentence.
  func gap(_ f: Fact) -> String {
    "Fill the gap: " + f.source.text.replacingOccurrences(of: f.text, with: "_____")
  }

  // MARK: Reading the frame

  @Test func readsNationalityAndOfficeBeforeAndAfterTheName() {
    let before = frame(
      "Ola Brekke", in: "At the talks the Norwegian representative, Ola Brekke, spoke last.")
    #expect(before.nationalities == ["norway"])
    #expect(before.nouns == ["representative"])
    #expect(before.showsPerson)
    let possessive = frame(
      "Jim Calder", in: "Australia's Foreign Minister, Jim Calder, wanted a small-power veto.")
    #expect(possessive.nationalities == ["australia"])
    #expect(possessive.nouns == ["minister"])
    let after = frame(
      "Ana Ruiz", in: "The talks were chaired by Ana Ruiz, the Peruvian trade minister, in May.")
    #expect(after.nationalities == ["peru"])
    #expect(after.nouns == ["minister"])
    // "US" is no pronoun.
    let acronym = frame("Al Binns", in: "On May 2 the US envoy, Al Binns, walked out.")
    #expect(acronym.nationalities == ["united states"])
    #expect(acronym.nouns == ["envoy"])
    let of = frame("Maung Tin", in: "The envoy, Maung Tin of Burma, asked both sides to wait.")
    #expect(of.nationalities == ["myanmar"])
    let title = frame("Piet Vos", in: "A patrol led by Major Piet Vos crossed the river.")
    #expect(title.nouns == ["major"])
    #expect(title.showsPerson)
    let doctor = frame(
      "Lena Holm", in: "Dr. Lena Holm, the chief medical officer, closed the port.")
    #expect(doctor.nouns == ["doctor", "officer"])
  }

  @Test func titlesWrittenWithOfAndOrAndFirstAreRead() {
    let secretary = frame(
      "Ed Marsh", in: "The delegation was led by the Secretary of Trade, Ed Marsh, and two aides.")
    #expect(secretary.nouns == ["secretary"])
    let under = frame("Ana Ruiz", in: "The Undersecretary for Ports, Ana Ruiz, said no.")
    #expect(under.nouns == ["undersecretary"])
    let body = frame(
      "Vell Water Board", in: "The Vell Water Board (VWB), the joint body that runs it, said no.",
      .organization)
    #expect(body.nouns == ["body"])
    let engineer = frame("Uwe Kranz", in: "The first chief engineer, Uwe Kranz, quit in a year.")
    #expect(engineer.nouns == ["engineer"])
    let two = frame("Jan Smit", in: "Two Dutch ministers, Jan Smit and Kees Bol, signed it.")
    #expect(two.nationalities == ["netherlands"])
    #expect(two.nouns == ["minister"])
    let leader = frame("Rani Dev", in: "Then the poet and party leader Rani Dev took over.")
    #expect(leader.nouns == ["leader"])
    // A calling of a place, in lower case: the calling.
    let mayor = frame("Ole Wood", in: "The mayor of Velda, Ole Wood, resigned by telegram.")
    #expect(mayor.nouns == ["mayor"])
  }

  @Test func aListOfNamesIsNoApposition() {
    let listed = frame(
      "Vesk", in: "Pressure from the Low Kingdom, the Vesk and the Alliance ended it.", .place)
    #expect(listed.nouns.isEmpty)
    let person = frame("Ola Brekke", in: "It was signed by the Low Kingdom, Ola Brekke and others.")
    #expect(person.nouns.isEmpty)
  }

  @Test func aTimePhraseBeforeTheCommaIsNoOffice() {
    let time = frame("Ola Brekke", in: "After the vote, Ola Brekke resigned.")
    #expect(time.nouns.isEmpty)
    #expect(time.nationalities.isEmpty)
  }

  @Test func framesOfPlacesAndThingsAreRead() {
    let island = frame("Skarra", in: "The exile was sent to the island of Skarra in 1802.", .place)
    #expect(island.frameNouns == ["island"])
    let plant = frame(
      "Tarn Falls", in: "The 40-megawatt Tarn Falls plant closed its gates.", .organization)
    #expect(plant.frameNouns == ["plant"])
    let platoon = frame(
      "Marsh Rifles", in: "A platoon of the Marsh Rifles refused to fire.", .organization)
    #expect(platoon.frameNouns == ["platoon"])
  }

  @Test func thingsTypedAsPeopleShowTheirSort() {
    // The words around the name show a place, a thing or a nickname.
    #expect(frame("Kell Oaks", in: "The plan was drawn up at Kell Oaks in 1944.").showsThing)
    #expect(
      frame("Brask Daini", in: "It was the worst since the Brask Daini accident in 2011.")
        .showsThing)
    #expect(frame("Sugar Pilot", in: "Reporters called Tolan the Sugar Pilot.").showsThing)
    #expect(
      frame("Kell Oaks", in: "Talks opened at the house, Kell Oaks, a private mansion.")
        .showsThing)
    #expect(frame("Lago Verde", in: "Brine is pumped in the Lago Verde.").showsThing)
    #expect(
      frame("Puri Raj", in: "They called for Puri Raj, or self-rule, that year.").showsThing)
    // A name straight after "the", with nothing after it but a preposition or a comma.
    #expect(frame("Vell Codex", in: "The Vell Codex, found in 1931, lists 40 saints.").showsThing)
    #expect(frame("Maison Orlé", in: "He studied at the Maison Orlé in Rouen.").showsThing)
    // A title first, or a noun after the name, leaves it a person.
    #expect(!frame("Duke of Orland", in: "The Duke of Orland sailed in 1812.").showsThing)
    #expect(
      !NameFrame.followsArticle(["Under", "the"], ["years", ","], name: "Ola Brekke"))
    #expect(NameFrame.followsArticle(["Under", "the"], [",", "taxes"], name: "Ola Brekke"))
    #expect(
      !NameFrame.followsArticle(["Under", "the"], ["-", "Berg", "regime"], name: "Ola Brekke"))
    // A description that is neither an office nor a thing says nothing either way.
    let veteran = frame("Ola Brekke", in: "Ola Brekke, a veteran of two wars, spoke.")
    #expect(!veteran.showsThing && !veteran.showsPerson)
    // A name's shape: a place's, body's or event's head, or an adjective first.
    #expect(!NameFrame.hasPersonShape("Red Meadow"))
    #expect(!NameFrame.hasPersonShape("Grand Opera House"))
    #expect(!NameFrame.hasPersonShape("Tarrow Locks"))
    #expect(!NameFrame.hasPersonShape("Vellan Power Plant"))
    #expect(!NameFrame.hasPersonShape("Welsh Waterways"))
    // Works and writings on water and land, and a portfolio's last word.
    #expect(!NameFrame.hasPersonShape("Kell Barrage"))
    #expect(!NameFrame.hasPersonShape("Ostra Creek"))
    #expect(!NameFrame.hasPersonShape("Vell Scroll"))
    #expect(!NameFrame.hasPersonShape("Water Security"))
    #expect(!NameFrame.hasPersonShape("Orland Antriebe GmbH"))
    #expect(!NameFrame.hasPersonShape("Point Vellan"))
    #expect(frame("Llyn Du", in: "The lake, known locally as Llyn Du, is deep.").showsThing)
    #expect(frame("Vesk Ore", in: "The venture, to be called Vesk Ore, will mine.").showsThing)
    #expect(frame("Moor Gap", in: "They rebuilt the Moor Gap viaduct.").showsThing)
    // Speaking makes a one-word name a person's, not a body's.
    #expect(NameFrame.looksLikePerson("Brekke", frame: frame("Brekke", in: "Brekke said no.")))
    #expect(
      !NameFrame.looksLikePerson(
        "Welsh Waterways", frame: frame("Welsh Waterways", in: "Welsh Waterways said no.")))
    #expect(frame("Ada Rowe", in: "Ships pass the Ada Rowe and Vell locks.").showsThing)
    #expect(!frame("Ada Rowe", in: "Ada Rowe and Ned Vell said no.").showsThing)
    #expect(frame("Vellan Works", in: "It struck Vellan Works, near the town of Orr.").showsThing)
    #expect(!NameFrame.hasPersonShape("Holy Roman Empire"))
    #expect(NameFrame.hasPersonShape("Ola Brekke"))
    #expect(NameFrame.hasPersonShape("H. V. Calder"))
    #expect(!NameFrame.hasPersonShape("Brekke"))
    // Evidence in a sentence outweighs the shape.
    #expect(frame("Brekke", in: "Brekke, who led the talks, left.").showsPerson)
  }

  // MARK: Options

  /// People of the pool, each in a sentence of their own that says what they are.
  func people(_ lines: [(String, String)]) -> [Fact] {
    lines.enumerated().map { index, line in
      fact(.person, line.0, in: line.1, index: 10 + index)
    }
  }

  @Test func aNationalityInThePromptTakesOnlyOptionsOfThatNationality() {
    let answer = fact(
      .person, "Ola Brekke", in: "The talks ended when the Norwegian Ola Brekke left.")
    let others = people([
      ("Per Lunde", "The Norwegian diplomat Per Lunde spoke first."),
      ("Kari Moe", "Kari Moe, a Norwegian lawyer, drafted the text."),
      ("Dag Rye", "The Norwegian premier Dag Rye agreed."),
      ("Tom Hale", "The American envoy Tom Hale said no."),
      ("Ed Marsh", "Ed Marsh, a British diplomat, stayed silent."),
    ])
    for seed in UInt64(0)..<10 {
      let result = options(answer, pool: [answer] + others, prompt: gap(answer), seed: seed)
      #expect(Set(result ?? []) == ["Per Lunde", "Kari Moe", "Dag Rye"])
    }
    // Two Norwegians are too few: no choice card.
    let few = [answer] + others.filter { $0.text != "Dag Rye" }
    #expect(options(answer, pool: few, prompt: gap(answer)) == nil)
    // A short question that dropped the nationality asks none of its options.
    let bare = options(answer, pool: few, prompt: "Who left the talks?")
    #expect(bare?.count == 3)
  }

  @Test func anOfficeOrTitleInThePromptTakesOnlyOptionsOfThatOffice() {
    let answer = fact(
      .person, "Piet Vos", in: "The bridge was taken by a patrol under Major Piet Vos.")
    let others = people([
      ("Jan Smit", "Major Jan Smit held the ridge."),
      ("Kees Bol", "The second column followed Major Kees Bol."),
      ("Wim Dekker", "Orders came from Major Wim Dekker."),
      ("Anna Berg", "Anna Berg said the town was quiet."),
    ])
    let result = options(answer, pool: [answer] + others, prompt: gap(answer))
    #expect(Set(result ?? []) == ["Jan Smit", "Kees Bol", "Wim Dekker"])
    let engineer = fact(
      .person, "Rolf Amsel", in: "Its chief engineer, Rolf Amsel, signed the log.")
    let engineers = people([
      ("Uwe Kranz", "Uwe Kranz, the shift engineer, pressed the button."),
      ("Lutz Nagel", "The turbine engineer Lutz Nagel was on duty."),
      ("Ilse Rau", "Ilse Rau, the plant's director, was away."),
    ])
    // Two engineers only: no choice card rather than a director among them.
    #expect(options(engineer, pool: [engineer] + engineers, prompt: gap(engineer)) == nil)
  }

  @Test func anAnswerTypedAsAPersonThatShowsAThingTakesNoOptions() {
    let answer = fact(
      .person, "Red Meadow", in: "The dead pines gave the area the name Red Meadow.")
    let others = people([
      ("Per Lunde", "Per Lunde said the pines had died."),
      ("Kari Moe", "Kari Moe, a forester, counted them."),
      ("Dag Rye", "The forester Dag Rye agreed."),
    ])
    #expect(options(answer, pool: [answer] + others, prompt: gap(answer)) == nil)
  }

  @Test func optionsTypedAsPeopleMustLookLikePeople() {
    let answer = fact(
      .person, "Ola Brekke", in: "The report was written by Ola Brekke, who led the team.")
    let others = [
      fact(.person, "Per Lunde", in: "Per Lunde said the data was sound.", index: 10),
      fact(.person, "Kari Moe", in: "Kari Moe, a chemist, checked it.", index: 11),
      fact(.person, "Dag Rye", in: "Dag Rye told reporters it was done.", index: 12),
      // A place, a nickname and an event, typed as people.
      fact(.person, "Kell Oaks", in: "The team met at Kell Oaks in spring.", index: 13),
      fact(.person, "Sugar Pilot", in: "Reporters called Lunde the Sugar Pilot.", index: 14),
      fact(.person, "Spring Parade", in: "Then came the Spring Parade.", index: 15),
    ]
    for seed in UInt64(0)..<10 {
      let result = options(answer, pool: [answer] + others, prompt: gap(answer), seed: seed)
      #expect(Set(result ?? []) == ["Per Lunde", "Kari Moe", "Dag Rye"])
    }
  }

  @Test func anAliasOrANameInThePromptIsNoOption() {
    let answer = fact(.person, "Gil Tolan", in: "That spring Gil Tolan dropped sweets to children.")
    let others = [
      fact(.person, "Sugar Pilot", in: "The papers called Tolan the Sugar Pilot.", index: 10),
      fact(.person, "Ray Tolan", in: "His brother Ray Tolan flew too.", index: 11),
      fact(.person, "Ned Cope", in: "Ned Cope said the flights would go on.", index: 12),
      fact(.person, "Al Binns", in: "Al Binns, a pilot, flew the first night.", index: 13),
      fact(.person, "Bo Hart", in: "Bo Hart told the crews to rest.", index: 14),
      fact(.person, "Sam Ives", in: "Sam Ives said it was cold.", index: 15),
    ]
    let prompt = "Fill the gap: Sam Ives watched as _____ dropped sweets."
    for seed in UInt64(0)..<10 {
      let result = options(answer, pool: [answer] + others, prompt: prompt, seed: seed) ?? []
      // Not the nickname, not a Tolan, not Ives whom the prompt names.
      #expect(Set(result) == ["Ned Cope", "Al Binns", "Bo Hart"])
    }
    let nickname = others[0]
    #expect(NameParts.isAlias(nickname, of: "Tolan"))
    #expect(!NameParts.isAlias(others[2], of: "Tolan"))
  }

  @Test func scrapsOfTextAreNoOptions() {
    #expect(NameParts.isFragment("Soviet Il"))
    #expect(NameParts.isFragment("Kingdom of Vesk on the United States"))
    #expect(!NameParts.isFragment("Treaty on the Non-Proliferation of Arms"))
    #expect(!NameParts.isFragment("U Thant"))
    #expect(!NameParts.isFragment("Martin Luther King Jr"))
    #expect(!NameParts.isFragment("Apollo 11"))
  }

  @Test func aNameInAFrameTakesOnlyOptionsOfThatFrame() {
    let answer = fact(
      .place, "Skarra", in: "The exiled king was sent to the island of Skarra.", index: 1)
    let pool = [
      answer,
      fact(.place, "Vell", in: "Fishing boats sailed from the island of Vell.", index: 2),
      fact(.place, "Orn", in: "The island of Orn had no harbour.", index: 3),
      fact(.place, "Dunmore", in: "Troops marched to Dunmore.", index: 4),
      fact(.place, "Kessel", in: "The treaty was signed at Kessel.", index: 5),
      fact(.place, "Brannock", in: "Riots broke out in Brannock.", index: 6),
    ]
    // Two islands: no choice card.
    #expect(options(answer, pool: pool, prompt: gap(answer)) == nil)
    let third = fact(.place, "Ulla", in: "Sheep graze on the island of Ulla.", index: 7)
    let result = options(answer, pool: pool + [third], prompt: gap(answer))
    #expect(Set(result ?? []) == ["Vell", "Orn", "Ulla"])
  }

  @Test func aCountryOfTheBalkansTakesItsNeighbours() {
    let answer = fact(.place, "Romania", in: "Barges were stranded between Serbia and Romania.")
    for seed in UInt64(0)..<5 {
      let result = options(answer, pool: [answer], prompt: gap(answer), seed: seed) ?? []
      #expect(result.count == 3)
      for option in result {
        #expect(DistractorMaker.countries.last?.contains(option) ?? false, "\(option)")
        #expect(option != "Serbia")
      }
    }
  }

  @Test func aPlatoonOfTheGapTakesMilitaryBodies() {
    let answer = fact(
      .organization, "Marsh Rifles", in: "A platoon of the Marsh Rifles refused to fire.")
    let pool = [
      answer,
      fact(.organization, "Hill Guards", in: "The Hill Guards held the pass.", index: 2),
      fact(.organization, "Coast Brigade", in: "The Coast Brigade landed.", index: 3),
      fact(.organization, "River Regiment", in: "The River Regiment marched.", index: 4),
      fact(.organization, "Salt Council", in: "The Salt Council met at noon.", index: 5),
    ]
    let result = options(answer, pool: pool, prompt: gap(answer))
    #expect(Set(result ?? []) == ["Hill Guards", "Coast Brigade", "River Regiment"])
  }
}
