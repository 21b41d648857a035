import Articles
import Testing

@testable import Facts

// Tunisian dinars, Paraguayan guaraníes and Papua New Guinean kina as their own press writes
// them: codes, signs, the words after a figure and the small coins.

/// Each sentence, the value and the words of the money it holds (the code is the value's).
private let dinarForms: [(String, String, String)] = [
  ("Sfax port works will cost TND 74 million over four years.", "74000000 TND", "TND 74 million"),
  ("The utility borrowed TND 41m from local banks.", "41000000 TND", "TND 41m"),
  ("The state pledged DT 32 million for the olive sector.", "32000000 TND", "DT 32 million"),
  ("Farmers received 27 million DT in drought aid.", "27000000 TND", "27 million DT"),
  (
    "Exporters earned 16 million Tunisian dinars in May.", "16000000 TND",
    "16 million Tunisian dinars"
  ),
  ("The co-operative posted 14.5 MD in sales.", "14500000 TND", "14.5 MD"),
  ("A loaf of bread sells for 230 millimes in Sousse.", "0.23 TND", "230 millimes"),
]

/// Ugandan shillings, Bolivian bolivianos and Fijian dollars as their own press writes them.
private let shillingForms: [(String, String, String)] = [
  ("The Kigezi water scheme will cost Shs87 billion.", "87000000000 UGX", "Shs87 billion"),
  ("The council set aside Shs35b for feeder roads.", "35000000000 UGX", "Shs35b"),
  ("Each parish receives Shs4.5m a year.", "4500000 UGX", "Shs4.5m"),
  ("Coffee growers shared Shs600 million in bonuses.", "600000000 UGX", "Shs600 million"),
  ("A boda boda ride across Lira costs Shs 2,000.", "2000 UGX", "Shs 2,000"),
  ("A kilo of beans sells for USh 5,000 in Mbale.", "5000 UGX", "USh 5,000"),
  ("School fees rose to USh15,000 a term.", "15000 UGX", "USh15,000"),
  ("The ministry borrowed UGX 52 billion for clinics.", "52000000000 UGX", "UGX 52 billion"),
  (
    "Dairy exports earned 14 billion Ugandan shillings.", "14000000000 UGX",
    "14 billion Ugandan shillings"
  ),
]

private let bolivianoForms: [(String, String, String)] = [
  ("The Tarija gas plant will cost Bs 620 million.", "620000000 BOB", "Bs 620 million"),
  ("The council approved Bs340M for the cable car.", "340000000 BOB", "Bs340M"),
  ("The bill sets Bs. 1.200 millones for irrigation.", "1200000000 BOB", "Bs. 1.200 millones"),
  ("A minibus fare in Oruro rose to Bs 2,40 last week.", "2.4 BOB", "Bs 2,40"),
  ("Bakers asked for Bs 1,5 per loaf.", "1.5 BOB", "Bs 1,5"),
  ("The monthly grant is Bs 2,400 for each family.", "2400 BOB", "Bs 2,400"),
  ("The state oil firm paid BOB 410 million in dividends.", "410000000 BOB", "BOB 410 million"),
  ("Quinoa exports earned 210 million bolivianos.", "210000000 BOB", "210 million bolivianos"),
  ("A salteña costs 80 centavos more than in March.", "0.8 BOB", "80 centavos"),
  (
    "The mine paid 95 million Bolivian bolivianos in royalties.", "95000000 BOB",
    "95 million Bolivian bolivianos"
  ),
]

private let fijianDollarForms: [(String, String, String)] = [
  ("Suva's new seawall will cost FJ$46.5m.", "46500000 FJD", "FJ$46.5m"),
  ("The ministry set aside FJ$46.5 million for roads.", "46500000 FJD", "FJ$46.5 million"),
  ("The sugar mill needs F$18.5 million in repairs.", "18500000 FJD", "F$18.5 million"),
  ("Labasa's market cost FJD 28 million.", "28000000 FJD", "FJD 28 million"),
  ("Tourism earned 640 million Fijian dollars.", "640000000 FJD", "640 million Fijian dollars"),
]

@Test(
  arguments: dinarForms + guaraniForms + kinaForms + shillingForms + bolivianoForms
    + fijianDollarForms)
func localCurrencyForms(sentence: String, value: String, text: String) throws {
  let money = try #require(try extract(sentence).of(.money).first)
  #expect(money.value == value)
  #expect(money.text == text)
  #expect(money.unit == value.split(separator: " ").last.map(String.init))
}

@Test func bareDinarsAreTunisianBesideATunisianSign() throws {
  let gabes = try extract(
    "The region asked for DT 52 million. The ministry granted 19 million dinars in June.")
  #expect(gabes.values(.money) == ["52000000 TND", "19000000 TND"])
  let bizerte = try extract(
    "The yard's order book holds 8.2 MD. Its owners expect 3 million dinars more next year.")
  #expect(bizerte.values(.money) == ["8200000 TND", "3000000 TND"])
  let monastir = try extract(
    "Tourism brought in 40 million Tunisian dinars; hotels kept 9 million dinars of it.")
  #expect(monastir.values(.money) == ["40000000 TND", "9000000 TND"])
  // A page that writes no dinar's code or country keeps the bare dinars' Iraqi default, and an
  // Iraqi page keeps its own dinars beside a Tunisian sum.
  #expect(
    try extract("The fund paid 6 million dinars to farmers.").values(.money) == [
      "6000000 IQD"
    ])
  let basra = try extract(
    "Basra spent IQD 90 billion on pumps and 20 billion dinars on canals, against DT 4 million.")
  #expect(basra.values(.money) == ["90000000000 IQD", "20000000000 IQD", "4000000 TND"])
}

private let guaraniForms: [(String, String, String)] = [
  ("Itaipú royalties reached ₲ 520 billion last year.", "520000000000 PYG", "₲ 520 billion"),
  ("The senate approved a ₲610bn road plan.", "610000000000 PYG", "₲610bn"),
  ("Each family receives Gs 1.450.000 in aid.", "1450000 PYG", "Gs 1.450.000"),
  ("A bus ticket now costs ₲ 3.400 in Asunción.", "3400 PYG", "₲ 3.400"),
  ("The central bank holds PYG 270 billion in bonds.", "270000000000 PYG", "PYG 270 billion"),
  (
    "Soy exports brought 290 billion guaraníes to Alto Paraná.", "290000000000 PYG",
    "290 billion guaraníes"
  ),
  ("Teachers were paid 4 million guaranis each.", "4000000 PYG", "4 million guaranis"),
  ("The fine was 900,000 guaraní per hectare.", "900000 PYG", "900,000 guaraní"),
  (
    "The ministry spent 11 millones de guaraníes on each school.", "11000000 PYG",
    "11 millones de guaraníes"
  ),
  (
    "The dam's budget is 1.500 millones de guaraníes.", "1500000000 PYG",
    "1.500 millones de guaraníes"
  ),
  ("Itaipú paid ₲ 1.250 billion in royalties.", "1250000000 PYG", "₲ 1.250 billion"),
  // A budget line's "millones" after the sign: thousands grouped by the point.
  ("The bill sets aside ₲ 37.000 millones for pipes.", "37000000000 PYG", "₲ 37.000 millones"),
  (
    "The loan came to 350 billion Paraguayan guaraníes.", "350000000000 PYG",
    "350 billion Paraguayan guaraníes"
  ),
]

/// The money `QuantityRecognizer` reads in `text` taken as one sentence, as the splitter may
/// not yet leave it.
private func moneyInSentence(_ text: String) -> [String] {
  var scan = SentenceScan(
    sentence: Sentence(index: 0, paragraph: 0, text: text), article: "fixture.txt",
    tokenizer: Tokenizer())
  QuantityRecognizer().recognize(&scan)
  return scan.facts.filter { $0.kind == .money }.map(\.value)
}

@Test func guaraniesAfterTheSignsAbbreviationPoint() throws {
  #expect(moneyInSentence("The minimum wage rose to Gs. 2.798.309 a month.") == ["2798309 PYG"])
  #expect(moneyInSentence("A ticket costs Gs. 3.400 now.") == ["3400 PYG"])
  // In a whole article too: the sentence does not end at "Gs.", as it does not at "Rs.".
  let wage = try extract("The minimum wage rose to Gs. 2.798.309 a month.")
  #expect(wage.values(.money) == ["2798309 PYG"])
}

private let kinaForms: [(String, String, String)] = [
  ("Lae's new wharf will cost K53 million.", "53000000 PGK", "K53 million"),
  ("The province set aside K27m for clinics.", "27000000 PGK", "K27m"),
  ("Cocoa growers shared K14.5m in bonuses.", "14500000 PGK", "K14.5m"),
  ("Public servants earn K180 a fortnight at the lowest grade.", "180 PGK", "K180"),
  ("The district grant of K3 million went to roads.", "3000000 PGK", "K3 million"),
  ("Loans of K2,500 were given to market sellers.", "2500 PGK", "K2,500"),
  ("The mine pays K1.2bn in royalties.", "1200000000 PGK", "K1.2bn"),
  ("Each household received K150.", "150 PGK", "K150"),
  ("Port Moresby paid PGK 61 million for buses.", "61000000 PGK", "PGK 61 million"),
  ("Coffee growers earned 72 million kina in March.", "72000000 PGK", "72 million kina"),
  ("A bilum sells for 45 kina at the market.", "45 PGK", "45 kina"),
  ("A betel nut costs 50 toea in Goroka.", "0.5 PGK", "50 toea"),
]

@Test(arguments: [
  "K2 is the second-highest mountain on Earth.",
  "Students at Kings K-12 school planted 40 trees.",
  "The MD of the firm said 12 staff would move.",
  "Gs is an abbreviation some engineers use.",
  "The DT team won 3 races in the season.",
  "The pilot pulled 9 Gs in the turn.",
  "The K9 unit searched 14 cars.",
  "Some 60,000 Guaraní live in the forests of the east.",
  "Version 1.200.300 of the tool was released.",
  "K2, the peak, and K2. Both were climbed by 14 teams.",
  "The K300S engine and the K12-B rocket flew 3 times.",
  "A team of 12 MDs and 30 nurses arrived.",
  "She earned a BS 2 years before her doctorate.",
  "The BS 4 programme admits 30 students.",
  "Bs and Cs were given to 14 pupils.",
])
func localCurrencyLookalikesAreNoMoney(sentence: String) throws {
  #expect(try extract(sentence).of(.money).isEmpty)
}

@Test func aHedgeBeforeShillingsStaysOutOfTheValue() throws {
  let money = try #require(
    try extract("Masaka district spent more than Shs200 billion on schools.").of(.money).first)
  #expect(money.value == "200000000000 UGX")
  #expect(money.qualifier == "more than")
  #expect(money.text == "Shs200 billion")
}

@Test func bareShillingsAreThePagesOwn() throws {
  let gulu = try extract(
    "The agency asked for Shs40b for the bridge. Parliament approved 52 billion shillings in June.")
  #expect(gulu.values(.money) == ["40000000000 UGX", "52000000000 UGX"])
  // A page that writes no shilling's sign keeps bare shillings Kenyan, as "Sh" is.
  #expect(try extract("The county paid 3 million shillings.").values(.money) == ["3000000 KES"])
  let nyeri = try extract("The county paid Sh6 million, and 2 million shillings more in May.")
  #expect(nyeri.values(.money) == ["6000000 KES", "2000000 KES"])
}

@Test func bolivianosAfterTheSignsAbbreviationPoint() throws {
  // The sentence does not end at "Bs." before a figure, and does where no figure follows.
  let budget = try extract("The line reads Bs. 1.200 millones for irrigation.")
  #expect(budget.values(.money) == ["1200000000 BOB"])
  let grades = try extract("Most of the class got Bs. Three pupils got 12 marks more.")
  #expect(grades.of(.money).isEmpty)
  #expect(grades.contains { $0.source.text == "Three pupils got 12 marks more." })
}

@Test func centavosAreThePagesOwnCoins() throws {
  let cebu = try extract("Fares rose to ₱13 in Cebu, and to 50 centavos more for students.")
  #expect(cebu.values(.money) == ["13 PHP", "0.5 PHP"])
}

@Test func aBareDollarIsThePagesFijianDollar() throws {
  let nadi = try extract(
    "The council set aside FJ$12 million for the jetty. Each vendor pays $9 a day and 70 cents "
      + "for water.")
  #expect(nadi.values(.money) == ["12000000 FJD", "9 FJD", "0.7 FJD"])
  // "US$" names the American dollar on a Fijian page; a bare "$" stays the page's own.
  let levuka = try extract(
    "The bank lent US$20 million; Levuka added FJ$5 million and $3 million more.")
  #expect(levuka.values(.money) == ["20000000 USD", "5000000 FJD", "3000000 FJD"])
  // No Fijian sum: a bare "$" and its cents stay American.
  #expect(try extract("Tickets cost $9 and 70 cents.").values(.money) == ["9 USD", "0.7 USD"])
  // Jamaica's press does the same.
  let negril = try extract(
    "The fund will provide J$2.1 billion, the bank will lend US$12 million, or about "
      + "$1.9 billion, and the state $800 million.")
  #expect(
    negril.values(.money)
      == ["2100000000 JMD", "12000000 USD", "1900000000 JMD", "800000000 JMD"])
  // A Canadian sum on an American page leaves its bare dollars American.
  #expect(
    try extract("Canada gave C$40 million and the city $5 million.").values(.money)
      == ["40000000 CAD", "5000000 USD"])
}

@Test func aCoinIsItsShareOfTheUnitTheSumsWereReadIn() throws {
  #expect(CurrencyCoin.share(of: "toea") == 0.01)
  #expect(CurrencyCoin.share(of: "Baisa") == 0.001)
  #expect(CurrencyCoin.share(of: "kina") == nil)
  // The sums of the same words are read in the unit by that share.
  #expect(try extract("Pickers earn 500 baisa a sack.").values(.money) == ["0.5 OMR"])
}
