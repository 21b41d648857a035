import Testing

@testable import Facts

@Test(arguments: [
  ("The project cost US$13.8 billion in total.", "13800000000 USD", "US$13.8 billion"),
  ("Vietnam gave 100,000 USD in aid.", "100000 USD", "100,000 USD"),
  ("Donations worth 7.8 million USD arrived.", "7800000 USD", "7.8 million USD"),
  ("The bank lent $6.5 bn to the port.", "6500000000 USD", "$6.5 bn"),
  ("The state spent VND 2 trillion on roads.", "2000000000000 VND", "VND 2 trillion"),
  ("The club paid €5m for the player.", "5000000 EUR", "€5m"),
  ("The village raised 500 million dong for the school.", "500000000 VND", "500 million dong"),
  ("Tickets cost £12 each.", "12 GBP", "£12"),
  ("The zones cost 40 billion naira to build.", "40000000000 NGN", "40 billion naira"),
  ("The state spent N40 billion on the zones.", "40000000000 NGN", "N40 billion"),
  // Omani rials ("RO", a thousand baisa to the rial), Armenian drams, Jamaican dollars.
  ("The groves will get RO 18.4 million over five years.", "18400000 OMR", "RO 18.4 million"),
  ("Farmers will receive RO1.2mn in grants.", "1200000 OMR", "RO1.2mn"),
  ("Resin sells for only RO 3.750 a kilo.", "3.75 OMR", "RO 3.750"),
  ("Pickers earn 500 baisa for each sack.", "0.5 OMR", "500 baisa"),
  ("The rest, ֏4.2 billion, comes from a loan.", "4200000000 AMD", "֏4.2 billion"),
  ("The state approved an AMD 18.6 billion program.", "18600000000 AMD", "AMD 18.6 billion"),
  ("Another 650 million drams clears the sites.", "650000000 AMD", "650 million drams"),
  ("The works will cost J$2.1 billion in all.", "2100000000 JMD", "J$2.1 billion"),
])
func moneyForms(sentence: String, value: String, text: String) throws {
  let f = try extract(sentence)
  let money = try #require(f.of(.money).first)
  #expect(money.value == value)
  #expect(money.text == text)
  #expect(money.unit == value.split(separator: " ").last.map(String.init))
}

@Test func countsKeepTheirNoun() throws {
  let f = try extract("So far, Vietnam has sent 790 officers to peacekeeping missions.")
  let count = try #require(f.first(.number, "790"))
  #expect(count.unit == "officers")
  #expect(count.text == "790")
}

@Test func countsOfMoreOfANounKeepTheNoun() throws {
  let f = try extract("The pipe will reach 58 more communities. It runs 40 more than planned.")
  let count = try #require(f.first(.number, "58"))
  #expect(count.unit == "communities")
  #expect(f.first(.number, "40") == nil)
}

@Test func countsWithAdjectiveBeforeTheNoun() throws {
  let f = try extract("The ministry sent 200 technical experts abroad.")
  #expect(f.first(.number, "200")?.unit == "technical experts")
}

@Test func numbersWrittenAsWords() throws {
  let f = try extract("The flood displaced two million people. It lasted twenty-five days.")
  #expect(f.first(.number, "2000000")?.unit == "people")
  #expect(f.first(.number, "25")?.unit == "days")
}

@Test func percentages() throws {
  let f = try extract("Exports rose 12.5% last year and imports 40 percent.")
  #expect(f.first(.number, "12.5")?.unit == "%")
  #expect(f.first(.number, "40")?.unit == "%")
}

@Test(arguments: [
  ("over 150 soldiers", "over"), ("about 150 soldiers", "about"),
  ("more than 150 soldiers", "more than"), ("nearly 150 soldiers", "nearly"),
  ("some 150 soldiers", "some"),
])
func qualifiersStayOutOfTheValue(phrase: String, qualifier: String) throws {
  let f = try extract("The unit had \(phrase) in 1980.")
  let count = try #require(f.first(.number, "150"))
  #expect(count.qualifier == qualifier)
  #expect(count.text == "150")
}

@Test func qualifiedMoney() throws {
  let f = try extract("The fund received more than $2 million last year.")
  let money = try #require(f.of(.money).first)
  #expect(money.value == "2000000 USD")
  #expect(money.qualifier == "more than")
}

@Test func ordinalsAreNotCounts() throws {
  let f = try extract("It was the worst regime of the 20th century.")
  #expect(f.of(.number).isEmpty)
}

@Test func yearsInsideDatesAreNotCounts() throws {
  let f = try extract("On January 7, 1979 the city was freed.")
  #expect(f.of(.number).isEmpty)
}

@Test func francsAreFrenchUnlessSwiss() throws {
  #expect(
    try extract("The war cost 3 billion francs a year.").of(.money).first?.value == "3000000000 FRF"
  )
  #expect(
    try extract("The bank paid 40 million Swiss francs.").of(.money).first?.value == "40000000 CHF")
}

@Test func aPeopleCounted() throws {
  let f = try extract("As many as 3 million Vietnamese died in the war.")
  let count = try #require(f.first(.number, "3000000"))
  #expect(count.unit == "Vietnamese")
  #expect(count.qualifier == "as many as")
}

@Test func rupeesInCroreAndLakhAreMoney() throws {
  let f = try extract(
    "The state paid Rs 12 crore for the dam and Rs 40 lakh for the road in 1962.")
  #expect(f.values(.money) == ["120000000 INR", "4000000 INR"])
}

@Test func aLatinPluralIsACountedNoun() throws {
  let f = try extract("Divers counted more than 250 amphorae near the reef in 2019.")
  #expect(f.first(.number, "250")?.unit == "amphorae")
  #expect(f.first(.number, "250")?.qualifier == "more than")
}

@Test func aPeopleNamedInCapitalsIsCounted() throws {
  let f = try extract("In the port town some 2,000 Jews were driven out that spring.")
  let count = try #require(f.first(.number, "2000"))
  #expect(count.unit == "Jews")
  // A capitalised name after a number is not its noun.
  let g = try extract("The rebels held 300 Royal Marines at the fort.")
  #expect(g.first(.number, "300")?.unit != "Royal")
}

@Test func aHedgedFigureOfThousandsEndingAClauseIsACount() throws {
  let f = try extract("At its height the workforce numbered more than 40,000.")
  let count = try #require(f.first(.number, "40000"))
  #expect(count.qualifier == "more than")
  // Without a hedge, or in the middle of a phrase, a bare figure stays unread.
  #expect(try extract("The workforce numbered 40,000.").first(.number, "40000") == nil)
}

@Test(arguments: [
  ("The district council set aside NPR 40 million for new bridges.", "40000000 NPR"),
  ("Farmers lost PKR 2.5 billion in the storm.", "2500000000 PKR"),
  ("The ticket costs 4,380 CLP at the border.", "4380 CLP"),
  ("The museum paid 500 CHF for the letter.", "500 CHF"),
  ("The city borrowed INR 300 crore for the metro.", "3000000000 INR"),
])
func isoCodesBeforeOrAfterTheAmountMakeMoney(sentence: String, value: String) throws {
  let f = try extract(sentence)
  #expect(f.values(.money) == [value])
  #expect(f.of(.number).isEmpty)
  #expect(f.of(.organization).isEmpty)
}

@Test func wordsInCapitalsAreNotCurrencies() throws {
  let f = try extract("ALL 12 CREWS RETURNED SAFELY after the storm.")
  #expect(f.of(.money).isEmpty)
}

@Test(arguments: [
  ("The plan could avoid up to 0.6C of warming by 2100.", "0.6", "°C"),
  ("Days reached 31°C in the valley.", "31", "°C"),
])
func degreesGluedToAFigureAreItsUnit(sentence: String, value: String, unit: String) throws {
  let f = try extract(sentence)
  let degrees = try #require(f.first(.number, value))
  #expect(degrees.unit == unit)
}

@Test func aTemperatureBelowZeroIsNotReadWithoutItsSign() throws {
  let f = try extract("Nights fell to -4°C in the valley.")
  #expect(f.first(.number, "4") == nil)
}

@Test func kenyanShillingsWrittenShAreMoney() throws {
  let f = try extract(
    "The port signed a Sh4.8 billion deal, and the county plans a Sh320 million depot. Tickets "
      + "cost KSh 150.")
  #expect(f.values(.money) == ["4800000000 KES", "320000000 KES", "150 KES"])
  #expect(f.first(.money, "4800000000 KES")?.text == "Sh4.8 billion")
}

@Test func aWordOpeningWithShIsNotMoney() throws {
  let f = try extract("Shell paid 40 workers in Shanghai, and Sha2 plots were sold.")
  #expect(f.values(.money).isEmpty)
}

@Test func bangladeshiTakaWrittenTkAreMoney() throws {
  let f = try extract("The cabinet approved a Tk 2,400 crore plan and Tk 90 for each farmer.")
  #expect(f.values(.money) == ["24000000000 BDT", "90 BDT"])
}

@Test func currencySignsGluedToTheirFiguresAreMoney() throws {
  let f = try extract(
    "The board approved a Rs18.6 billion plan and Rs60 crore for seeds, about N837.1 billion in "
      + "all, with a ₱48.7-billion loan and a €20-million grant.")
  #expect(
    f.values(.money) == [
      "18600000000 INR", "600000000 INR", "837100000000 NGN", "48700000000 PHP", "20000000 EUR",
    ])
  #expect(f.first(.money, "48700000000 PHP")?.text == "₱48.7-billion")
}

@Test func randAndRinggitAsTheirPressWritesThem() throws {
  let f = try extract(
    "The city borrowed R7.4-billion and R950-million, and the state set aside RM135mil, "
      + "RM1.2bil and RM180 a dose.")
  #expect(
    f.values(.money) == [
      "7400000000 ZAR", "950000000 ZAR", "135000000 MYR", "1200000000 MYR", "180 MYR",
    ])
  // "R2" alone is a road or a model, not rand.
  #expect(try extract("Trucks on the R2 carried 40 tonnes of grain.").values(.money).isEmpty)
}

@Test func poundsCarriedArePoundsOfWeight() throws {
  let f = try extract("Since few could pay porters, most carried loads of 50 pounds or more.")
  #expect(f.values(.money).isEmpty)
  let paid = try extract("The porters were paid 50 pounds for the season.")
  #expect(paid.values(.money) == ["50 GBP"])
}

@Test func aRoadNamedNIsNoNaira() throws {
  let f = try extract("Trucks on the N1 and the N2 carried 40 tonnes of grain.")
  #expect(f.values(.money).isEmpty)
}

@Test func aWeekdayAfterANameIsNoPartOfIt() throws {
  let f = try extract("Pakistan and the United Kingdom on Monday signed a mangrove pact.")
  #expect(f.values(.place).contains("United Kingdom"))
  #expect(!f.values(.place).contains { $0.contains("Monday") })
}

@Test func cedisAndReaisBySign() throws {
  let f = try extract(
    "The board set aside GH₵2.8 billion and ₵40 million, and São Paulo lent R$3 billion.")
  #expect(f.values(.money) == ["2800000000 GHS", "40000000 GHS", "3000000000 BRL"])
  #expect(f.first(.money, "2800000000 GHS")?.text == "GH₵2.8 billion")
  #expect(try extract("The fund paid 300 cedis a month.").values(.money) == ["300 GHS"])
}

@Test func aRupeeIsTheOneTheArticleMeans() throws {
  // A page that writes "LKR" means the Sri Lankan rupee by "Rs." too.
  let lanka = try extract(
    "The Cabinet approved a Rs. 6.4 billion fence plan on Tuesday. Of the total, LKR 1.5 billion"
      + " comes from a loan.")
  #expect(lanka.values(.money) == ["6400000000 LKR", "1500000000 LKR"])
  // A page that names Pakistan and not India means the Pakistani rupee.
  let sindh = try extract("The Sindh government will spend Rs18 billion on mangroves in Pakistan.")
  #expect(sindh.values(.money) == ["18000000000 PKR"])
  // Both countries named: the sign stays the Indian rupee.
  let both = try extract("India and Pakistan each pledged Rs 40 crore for the flood relief.")
  #expect(both.values(.money) == ["400000000 INR"])
}

@Test func solesAndZlotysAreMoney() throws {
  let peru = try extract(
    "The plan costs S/1.3 billion, of which S/ 200 million comes from the region in 2026.")
  #expect(peru.values(.money) == ["1300000000 PEN", "200000000 PEN"])
  let poland = try extract("The region will pay zł 640 million, and the state 300 mln złoty.")
  #expect(poland.values(.money) == ["640000000 PLN", "300000000 PLN"])
}

@Test func rupiahEgyptianPoundsAndCfaFrancsAreMoney() throws {
  let java = try extract(
    "The wall costs Rp 3.6 trillion (Rp3.6tn), and the city adds 150 billion rupiah.")
  #expect(java.values(.money) == ["3600000000000 IDR", "3600000000000 IDR", "150000000000 IDR"])
  let cairo = try extract(
    "The works cost LE 2.4 billion (E£2.4bn); donors gave EGP 1.5 billion and 650 million Egyptian pounds."
  )
  #expect(
    cairo.values(.money) == [
      "2400000000 EGP", "2400000000 EGP", "1500000000 EGP", "650000000 EGP",
    ])
  let senegal = try extract(
    "Growers get 310 CFA francs a kilo, and the state lends FCFA 95 billion at 655.957 FCFA to the euro."
  )
  #expect(senegal.values(.money) == ["310 XOF", "95000000000 XOF", "655.957 XOF"])
  let elsewhere = try extract(
    "Ankara paid 40 million Turkish lira, Rabat 300 million dirhams and Mexico 12 million Mexican pesos."
  )
  #expect(elsewhere.values(.money) == ["40000000 TRY", "300000000 MAD", "12000000 MXN"])
}

@Test func dirhamsWrittenMadOrDhAreMoney() throws {
  let rabat = try extract(
    "The state gives MAD 700 million, the region DH 350 million and each farm 4,000 MAD.")
  #expect(rabat.values(.money) == ["700000000 MAD", "350000000 MAD", "4000 MAD"])
  // Without a figure beside it, "MAD" is a word in capitals.
  let headline = try extract("MAD DASH FOR WATER: the valley waits for 12 new pumps.")
  #expect(headline.of(.money).isEmpty)
}

@Test func capitalSignsAreMoneyOnlyBeforeOrAfterAFigure() throws {
  // "LE" alone, or a French article in a name, is no money.
  let text = try extract("Le Duc Tho met Kissinger in 1973, and the LE team scored 12 points.")
  #expect(text.values(.money).isEmpty)
}

@Test func aBareSharedCurrencyWordIsTheOneThePageQualifies() throws {
  let senegal = try extract(
    "Growers were paid 310 CFA francs a kilo in 2025. This year they get 305 francs a kilo.")
  #expect(senegal.values(.money) == ["310 XOF", "305 XOF"])
  // A page that names two francs, or none, leaves the bare word as it reads alone.
  let two = try extract(
    "Geneva paid 5 million Swiss francs and Dakar 310 CFA francs. Lyon paid 305 francs.")
  #expect(two.values(.money) == ["5000000 CHF", "310 XOF", "305 FRF"])
  let cairo = try extract(
    "The works cost LE 2.4 billion in 2025. The ministry has spent 650 million pounds on them.")
  #expect(cairo.values(.money) == ["2400000000 EGP", "650000000 EGP"])
}

@Test func bahtLiraAndKronorInTheirLocalForms() throws {
  let bangkok = try extract(
    "The cabinet approved a ฿4.5 billion fund, Bt800 million for crews and Bt 200 million more.")
  #expect(bangkok.values(.money) == ["4500000000 THB", "800000000 THB", "200000000 THB"])
  let ankara = try extract("The ministry pays ₺45,000 a hectare and TRY 3.2 billion in all.")
  #expect(ankara.values(.money) == ["45000 TRY", "3200000000 TRY"])
  // "kr" is the page's own krone: Swedish beside kronor, Norwegian beside NOK.
  let sweden = try extract(
    "Each family gets 25\u{00A0}000 kr a year and the firm 30 million kronor.")
  #expect(sweden.values(.money) == ["25000 SEK", "30000000 SEK"])
  let norway = try extract("Each family gets 25\u{00A0}000 kr a year and the firm NOK 30 million.")
  #expect(norway.values(.money) == ["25000 NOK", "30000000 NOK"])
  // A capital "TRY" with no figure beside it is a word.
  #expect(try extract("TRY AGAIN, say farmers as 12 wells run dry.").of(.money).isEmpty)
}

@Test func birrTogrogAndChileanPesosInTheirLocalForms() throws {
  let addis = try extract(
    "Officials launched a Br 2.4 billion plan: ETB 900 million for machines and Br150m for boats.")
  #expect(addis.values(.money) == ["2400000000 ETB", "900000000 ETB", "150000000 ETB"])
  let ulaanbaatar = try extract(
    "The government approved ₮1.2trn, Tg 90 billion for fodder and 130 billion tugriks for hay.")
  #expect(
    ulaanbaatar.values(.money) == ["1200000000000 MNT", "90000000000 MNT", "130000000000 MNT"])
  let valparaiso = try extract("The region adds Ch$18 billion to the CLP$ 40 billion it spent.")
  #expect(valparaiso.values(.money) == ["18000000000 CLP", "40000000000 CLP"])
  // "Br." before a name is a brother, not the birr.
  #expect(try extract("Br. Anselm Tesfaye kept the monastery's records.").of(.money).isEmpty)
}

@Test func aPlansLengthGluedToItsNumberIsACountOfYears() throws {
  let plans = try extract(
    "The council approved a five-year plan and a 10-year programme for the harbour.")
  let counts = plans.of(.number)
  #expect(counts.map(\.text) == ["five", "10"])
  #expect(counts.map(\.value) == ["5", "10"])
  #expect(counts.map(\.unit) == ["years", "years"])
  // A number word with no unit glued to it is no measure ("a five-member board").
  #expect(try extract("The council named a five-member board.").of(.number).isEmpty)
}
