import Facts
import Testing

@testable import Questions

/// Wh-questions a strict teacher accepts: grammatical, with the wh-word of the answer's sort,
/// and keeping what pins their one answer; otherwise none (the cloze stays).
struct WhQuestionTests {
  let phraser = QuestionPhraser()

  @Test func aNounLeftAfterTheRemovedPlaceGoesWithItOrIsRefused() {
    let text = "The first relief planes landed at Norvik airfield on 3 May 1952."
    #expect(
      phraser.shortQuestion(for: fact(.place, "Norvik", in: text))
        == "Where did the first relief planes land on 3 May 1952?")
    let within = "The first relief planes landed near Sarby in Norvik province on 3 May 1952."
    #expect(phraser.shortQuestion(for: fact(.place, "Norvik", in: within)) == nil)
    let comma = "The first relief planes landed at Sarby, in Norvik, on 3 May 1952."
    #expect(phraser.shortQuestion(for: fact(.place, "Norvik", in: comma)) == nil)
    let bare = "The first relief planes landed at Norvik runway lights on 3 May 1952."
    #expect(phraser.shortQuestion(for: fact(.place, "Norvik", in: bare)) == nil)
    let date = fact(.date, "3 May 1952", in: text, value: "1952-05-03", granularity: .day)
    #expect(
      phraser.shortQuestion(for: date)
        == "When did the first relief planes land at Norvik airfield?")
  }

  @Test func aParticipleAfterAPossessiveDescribesItsNoun() {
    let text = "In 1868 Ann Flett's widowed mother brought the family to Stromness."
    let year = fact(.year, "1868", in: text, value: "1868")
    #expect(
      phraser.shortQuestion(for: year)
        == "In what year did Ann Flett's widowed mother bring the family to Stromness?")
  }

  @Test func aReducedRelativeIsPartOfTheSubject() {
    let text = "In 2004 a carving kept in Halden came home to the valley."
    let year = fact(.year, "2004", in: text, value: "2004")
    #expect(
      phraser.shortQuestion(for: year)
        == "In what year did a carving kept in Halden come home to the valley?")
    // A verb whose phrase runs into no second verb is the clause's own.
    let plain = "In 2004 the carvers worked in Halden for a year."
    #expect(
      phraser.shortQuestion(for: fact(.year, "2004", in: plain, value: "2004"))
        == "In what year did the carvers work in Halden for a year?")
    // "stood on ground raised above the plain": the second past form is another participle.
    let ground = "In 1640 the chapel stood on ground raised above the plain."
    #expect(
      phraser.shortQuestion(for: fact(.year, "1640", in: ground, value: "1640"))
        == "In what year did the chapel stand on ground raised above the plain?")
  }

  @Test func aParticiplePhraseAfterACommaIsNoClauseToAsk() {
    let text =
      "In 1846 the frost returned and killed the crop, and 1847, remembered in Varne as the"
      + " Black Year, brought fever."
    #expect(phraser.shortQuestion(for: fact(.place, "Varne", in: text)) == nil)
    let interrupted =
      "In November 1845 the governor arranged, at first in secret, for grain to be bought."
    #expect(
      phraser.shortQuestion(
        for: fact(.date, "November 1845", in: interrupted, value: "1845-11", granularity: .month))
        == nil)
  }

  @Test func anAdverbOfTheDateGoesWithIt() {
    let text = "The Orland army publicly accepted the verdict only in 1995."
    #expect(
      phraser.shortQuestion(for: fact(.year, "1995", in: text, value: "1995"))
        == "In what year did the Orland army publicly accept the verdict?")
  }

  @Test func wherePeopleSpokeIsNotAsked() {
    let text = "Minister Tomas Vell told reporters in Halden that the dam would open."
    #expect(phraser.shortQuestion(for: fact(.place, "Halden", in: text)) == nil)
    let moved = "Minister Tomas Vell opened the dam in Halden."
    #expect(
      phraser.shortQuestion(for: fact(.place, "Halden", in: moved))
        == "Where did Minister Tomas Vell open the dam?")
  }

  @Test func aCoordinatedObjectIsLeftOutOrRefused() {
    let f = fact(
      .number, "40", in: "The Coast Guard deployed 40 divers and two boats.", value: "40",
      unit: "divers")
    #expect(phraser.shortQuestion(for: f) == "How many divers did the Coast Guard deploy?")
    let long = fact(
      .number, "40",
      in: "The Coast Guard deployed 40 divers and two very old grey rescue boats.", value: "40",
      unit: "divers")
    #expect(phraser.shortQuestion(for: long) == nil)
    let alone = fact(
      .number, "40", in: "The Coast Guard deployed 40 divers to the harbour.", value: "40",
      unit: "divers")
    #expect(
      phraser.shortQuestion(for: alone)
        == "How many divers did the Coast Guard deploy to the harbour?")
  }

  @Test func anAbsolutePhraseLeftBehindIsRefused() {
    let f = fact(
      .number, "900", in: "The Navy landed 900 tons of grain, roughly one plane every hour.",
      value: "900", unit: "tons")
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func aSecondClauseAfterAndIsRefused() {
    let f = fact(
      .date, "2 March 1961",
      in:
        "On 2 March 1961 the Charter came into force and the Free Republic of Osla was founded in the south.",
      value: "1961-03-02", granularity: .day)
    #expect(phraser.shortQuestion(for: f) == nil)
    #expect(
      QuestionShape.joinsSecondClause(
        TokenText("When did the Charter come into force and the Free Republic of Osla was founded?")
          .tokens))
    #expect(
      !QuestionShape.joinsSecondClause(TokenText("When were Austria and Prussia defeated?").tokens))
  }

  @Test func aTimeOfDayLeftInAWhenQuestionIsRefused() {
    let f = fact(
      .date, "9 May 1931", in: "The storm struck shortly after dawn on 9 May 1931.",
      value: "1931-05-09", granularity: .day)
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func whoIsOnlyForPeople() {
    let fever = fact(.person, "Red Fever", in: "The Red Fever left the valley with fewer farmers.")
    #expect(phraser.shortQuestion(for: fever) == nil)
    let walk = fact(.person, "Long Walk", in: "The Long Walk made Okafor a national hero.")
    #expect(phraser.shortQuestion(for: walk) == nil)
    let engine = fact(
      .person, "Morag Bell",
      in: "A small blue steam engine named Morag Bell pulled out of the depot at Dunmore.")
    #expect(phraser.shortQuestion(for: engine) == nil)
    let runner = fact(.person, "Marta Ilves", in: "Marta Ilves won the long race in Tallinn.")
    #expect(phraser.shortQuestion(for: runner) == "Who won the long race in Tallinn?")
    let pilot = fact(
      .person, "Ivo Sander", in: "A young pilot named Ivo Sander flew the mail to Tartu in 1931.")
    #expect(phraser.shortQuestion(for: pilot) == "Who flew the mail to Tartu in 1931?")
  }

  @Test func aRoleThatPointsElsewhereIsNotAsked() {
    let then = fact(
      .person, "Ivo Sander", in: "The plan was drawn up by the then foreign minister, Ivo Sander.")
    #expect(phraser.roleQuestion(for: then) == nil)
    let plain = fact(
      .person, "Ivo Sander",
      in: "The plan was drawn up by the foreign minister of Estonia, Ivo Sander.")
    #expect(phraser.roleQuestion(for: plain) == "Who was the foreign minister of Estonia?")
  }

  @Test func anAppositiveVerbIsNotARole() {
    let f = fact(
      .person, "Sira Kund",
      in: "The pond, known locally as Sira Kund, sits at about 4,200 metres above the valley.")
    #expect(phraser.appositiveQuestion(for: f) == nil)
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func whichOrganizationIsOnlyForBodies() {
    let conference = fact(
      .organization, "Baltic Conference on Fisheries Organization",
      in:
        "The Baltic Conference on Fisheries Organization opened in the Riga Concert Hall on 3 May 1950."
    )
    #expect(
      phraser.shortQuestion(for: conference)
        == "What opened in the Riga Concert Hall on 3 May 1950?")
    let body = fact(
      .organization, "Baltic Fisheries Association",
      in: "The Baltic Fisheries Association opened an office in Riga in 1950.")
    #expect(
      phraser.shortQuestion(for: body) == "Which organization opened an office in Riga in 1950?")
  }

  @Test func aKnownBodyIsAskedWithWhichOrganization() {
    let agency = fact(
      .organization, "NASA", in: "In 1987 NASA flew two research planes over the pole.")
    #expect(
      phraser.shortQuestion(for: agency)
        == "Which organization flew two research planes over the pole in 1987?")
    let unknown = fact(
      .organization, "Norvald", in: "In 1987 Norvald flew two research planes over the pole.")
    #expect(
      phraser.shortQuestion(for: unknown) == "What flew two research planes over the pole in 1987?")
  }

  @Test func aPlaceReachedIsNotAskedWithWhat() {
    let f = fact(
      .organization, "Harbour Council",
      in: "A long letter from the governor reached the Harbour Council in June 1920.")
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func aSubjectInsideAListOrParticipleIsRefused() {
    let crews = fact(
      .number, "9,000",
      in:
        "In a little over two years, Danish and Dutch crews, helped by pilots from Iceland, Norway, Ireland and Malta, had flown about 9,000 flights.",
      value: "9000", unit: "flights")
    #expect(phraser.shortQuestion(for: crews) == nil)
    let signer = fact(
      .person, "Emil Vall",
      in:
        "The Orsk-Vall Treaty, signed on 3 May 1910 by the foreign minister, Emil Vall, and the envoy Pavel Orsk, would have given Finland a port on the lake."
    )
    #expect(phraser.shortQuestion(for: signer) == nil)
    let accord = fact(
      .event, "Nordic Fishing Accord",
      in: "On 5 May 1960 Norway, Sweden and Denmark signed the Nordic Fishing Accord in Oslo.")
    #expect(phraser.shortQuestion(for: accord) == nil)
  }

  @Test func aDroppedFrontedScopeIsRefused() {
    let scoped = fact(
      .number, "700",
      in: "Over 48 hours in May 1952, the relief crews flew 700 flights into Norvik.",
      value: "700", unit: "flights")
    #expect(phraser.shortQuestion(for: scoped) == nil)
    let dated = fact(
      .number, "700", in: "In 1952 the relief crews flew 700 flights into Norvik.", value: "700",
      unit: "flights")
    #expect(
      phraser.shortQuestion(for: dated)
        == "How many flights did the relief crews fly into Norvik in 1952?")
    // "Under the deal" bounds what the bank lends: neither question nor statement drops it.
    let deal = fact(
      .money, "$40 million", in: "Under the deal, the Nordic Bank will lend $40 million to Orland.",
      value: "40000000 USD", unit: "USD")
    #expect(phraser.shortQuestion(for: deal) == nil)
    #expect(phraser.statement(for: deal) == nil)
    let plain = fact(
      .money, "$40 million", in: "The Nordic Bank will lend $40 million to Orland.",
      value: "40000000 USD", unit: "USD")
    #expect(phraser.statement(for: plain) == "The Nordic Bank will lend $40 million to Orland.")
    let part = fact(
      .money, "$40 million", in: "Of the total, the Nordic Bank will lend $40 million to Orland.",
      value: "40000000 USD", unit: "USD")
    #expect(phraser.statement(for: part) == nil)
  }

  @Test func aFrontedDateAmongOtherPhrasesIsCarried() {
    let f = fact(
      .organization, "the Baltic Fisheries Association",
      in: "In the same month, on 3 May 1950, Latvia joined the Baltic Fisheries Association.",
      value: "Baltic Fisheries Association")
    #expect(
      phraser.shortQuestion(for: f) == "Which organization did Latvia join on 3 May 1950?")
    let restated = fact(
      .number, "700",
      in: "In 1952, only two years after the war, the relief crews flew 700 flights into Norvik.",
      value: "700", unit: "flights")
    #expect(
      phraser.shortQuestion(for: restated)
        == "How many flights did the relief crews fly into Norvik in 1952?")
  }

  @Test func aParticiplePhraseAfterTheDateStays() {
    let f = fact(
      .year, "1348",
      in: "The bishop issued two letters in 1348 declaring that the guild was lawful.",
      value: "1348")
    #expect(
      phraser.shortQuestion(for: f)
        == "In what year did the bishop issue two letters declaring that the guild was lawful?")
  }

  @Test func wordsPointingAtAnotherEventAreRefused() {
    let also = fact(
      .year, "1990", in: "In 1990 the agency also drew up three new safety rules.", value: "1990")
    #expect(phraser.shortQuestion(for: also) == nil)
    let followed = fact(
      .date, "7 May 1950", in: "The Southern Republic followed in the south on 7 May 1950.",
      value: "1950-05-07", granularity: .day)
    #expect(phraser.shortQuestion(for: followed) == nil)
    let now = fact(
      .person, "Ada Kerr", in: "Ada Kerr could now claim that the guild spoke for the city.")
    #expect(phraser.shortQuestion(for: now) == nil)
    let byThen = fact(
      .person, "Lars Holm", in: "Lars Holm had by then gone home to face the assembly.")
    #expect(phraser.shortQuestion(for: byThen) == nil)
    let thatMonth = fact(
      .organization, "Harbour Union",
      in: "The Harbour Union held its last meeting in Bergen that April.")
    #expect(phraser.shortQuestion(for: thatMonth) == nil)
  }

  @Test func relationsNeedTheirPartner() {
    let bare = fact(
      .date, "3 June 1961", in: "Portugal broke off diplomatic relations on 3 June 1961.",
      value: "1961-06-03", granularity: .day)
    #expect(phraser.shortQuestion(for: bare) == nil)
    let partnered = fact(
      .date, "3 June 1961",
      in: "Portugal broke off diplomatic relations with Ghana on 3 June 1961.",
      value: "1961-06-03", granularity: .day)
    #expect(
      phraser.shortQuestion(for: partnered)
        == "When did Portugal break off diplomatic relations with Ghana?")
  }

  @Test func aPersonObjectIsAskedWithWhom() {
    let f = fact(
      .person, "Marek Olsen",
      in: "The defeat at Narva persuaded Marek Olsen that a larger attack would come.")
    #expect(
      phraser.shortQuestion(for: f)
        == "Whom did the defeat at Narva persuade that a larger attack would come?")
  }

  @Test func anObjectComplementStays() {
    let f = fact(
      .person, "Ada Kerr", in: "On 3 May 1921 the tribunal found Ada Kerr guilty of treason.")
    #expect(
      phraser.shortQuestion(for: f) == "Whom did the tribunal find guilty of treason on 3 May 1921?"
    )
  }

  @Test func aYearlessDateInAQuestionIsRefused() {
    let yearless = fact(.person, "Jon Tarr", in: "Jon Tarr was hanged at Kellsfield on 12 July.")
    #expect(phraser.shortQuestion(for: yearless) == nil)
    let dated = fact(
      .person, "Jon Tarr", in: "Jon Tarr was hanged at Kellsfield on 12 July 1402.")
    #expect(phraser.shortQuestion(for: dated) == "Who was hanged at Kellsfield on 12 July 1402?")
    let when = fact(
      .date, "12 July", in: "Jon Tarr was hanged at Kellsfield on 12 July.", value: "1402-07-12",
      granularity: .day)
    #expect(phraser.shortQuestion(for: when) == "When was Jon Tarr hanged at Kellsfield?")
  }

  @Test func aBackReferenceIsRefused() {
    let failure = fact(
      .person, "Ilse Varga", in: "The failure persuaded Ilse Varga that the war was lost.")
    #expect(phraser.shortQuestion(for: failure) == nil)
    let news = fact(
      .person, "Tomas Berg", in: "Tomas Berg broke the news to the queen in March 1911.")
    #expect(phraser.shortQuestion(for: news) == nil)
    let named = fact(
      .person, "Tomas Berg",
      in: "Tomas Berg broke the news of the armistice to the queen in March 1911.")
    #expect(
      phraser.shortQuestion(for: named)
        == "Who broke the news of the armistice to the queen in March 1911?")
  }

  @Test func aRelativeClauseOfTheRemovedObjectIsRefused() {
    let relative = fact(
      .organization, "Harbour League",
      in: "Norway joined the Harbour League that Olsen had founded.")
    #expect(phraser.shortQuestion(for: relative) == nil)
    let plain = fact(
      .organization, "Harbour League", in: "Norway joined the Harbour League in 1920.")
    #expect(phraser.shortQuestion(for: plain) == "Which organization did Norway join in 1920?")
    let told = fact(
      .person, "Per Lund", in: "In May 1921 the envoy told Per Lund that the port was closed.")
    #expect(
      phraser.shortQuestion(for: told)
        == "Whom did the envoy tell that the port was closed in May 1921?")
  }

  @Test func aVerbThatLosesItsObjectIsRefused() {
    let f = fact(
      .date, "3 June 1931", in: "The last Danish troops left on 3 June 1931.", value: "1931-06-03",
      granularity: .day)
    #expect(phraser.shortQuestion(for: f) == nil)
  }

  @Test func aBareVerbLeftByACutSecondVerbIsRefused() {
    let f = fact(
      .date, "May 1920", in: "The old king abdicated in May 1920 and was sent to Corfu.",
      value: "1920-05", granularity: .month)
    #expect(phraser.shortQuestion(for: f) == nil)
  }
}

extension WhQuestionTests {
  @Test func suchBeforeANounPointsAtTheSentenceBefore() {
    let sentence = "On 4 May 1911 the court ruled that Orland had no such duty to the guild."
    let date = fact(.date, "4 May 1911", in: sentence, value: "1911-05-04", granularity: .day)
    #expect(phraser.shortQuestion(for: date) == nil)
    let plain = "On 4 May 1911 the court ruled that Orland had a duty to the guild."
    let kept = fact(.date, "4 May 1911", in: plain, value: "1911-05-04", granularity: .day)
    #expect(phraser.shortQuestion(for: kept) != nil)
    #expect(
      !QuestionShape.pointsElsewhere(
        QuestionPhraser().sentences.tokens("Who led towns such as Orland?").tokens))
  }
}

@Test func aBodyThatSpeaksIsAskedWithWhichOrganization() {
  let body = fact(
    .organization, "Orland Water Board", in: "The Orland Water Board said the plant shut twice.")
  #expect(
    QuestionWriter.speakingBody("What said the plant shut twice?", body)
      == "Which organization said the plant shut twice?")
  #expect(
    QuestionWriter.speakingBody("What ran the plant?", body) == "What ran the plant?")
}
