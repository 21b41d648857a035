/// The small closed lexicons the tagger uses, built once into one dictionary so a word costs
/// one look-up. Lists are written as space-separated words for readability.
enum Lexicon {
  static let determiners = """
    the a an this that these those some any each every all both either neither no another such \
    what which whose my your his her its our their much many few several most more less other
    """
  static let prepositions = """
    of in on at to from by with for about against between into through during before after \
    above below under over since until till upon within without along across behind beyond near \
    among around toward towards despite via per amid amongst onto off out up down like than as \
    throughout inside outside beside besides following regarding concerning including
    """
  static let pronouns = """
    i me mine you he him she it we us they them who whom whose which what myself himself herself \
    itself ourselves themselves someone everyone nobody anyone something everything nothing there
    """
  static let auxiliaries = """
    be is am are was were been being have has had having do does did will would shall should can \
    could may might must 's isn't wasn't aren't weren't don't doesn't didn't won't can't couldn't \
    it's that's there's
    """
  static let conjunctions = """
    and or but nor so yet because although though while whereas if unless when whenever where \
    wherever whether once
    """
  static let adverbs = """
    recently however meanwhile also then now today yesterday tomorrow moreover furthermore \
    therefore thus still already immediately instead currently previously later finally first \
    second third last next even just only especially particularly again always never often \
    sometimes here not very too soon afterwards accordingly additionally consequently hence \
    nevertheless nonetheless overall similarly indeed notably importantly initially eventually \
    ultimately subsequently earlier elsewhere together perhaps maybe certainly clearly since \
    every each ago almost nearly according regarding despite because following unlike like \
    yes no thanks hello please
    """
  static let monthNames = """
    january february march april may june july august september october november december \
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
  static let weekdays = """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri \
    sat sun
    """
  static let titles = """
    president prime minister premier chairman chairwoman chairperson chair secretary general \
    deputy vice ambassador king queen prince princess emperor empress pope sultan sheikh emir \
    senator governor mayor director chancellor judge justice chief commander lieutenant colonel \
    major captain sergeant admiral marshal bishop archbishop cardinal ceo spokesman spokeswoman \
    spokesperson dr mr mrs ms miss mx prof professor associate assistant sir dame lord lady \
    samdech techo akka moha sena padei excellency comrade madam mister venerable reverend \
    representative congressman congresswoman councillor councilor lawmaker secretary-general \
    general-secretary vice-president vice-chairman vice-chairwoman deputy-minister \
    head superintendent inspector officer ambassador-designate envoy consul chargé commodore \
    foreign defence defense interior shogun tun datuk dato seri haji adviser advisor brigadier \
    commandant duke duchess earl marquess marquis count countess baron baroness viscount \
    viscountess archduke archduchess commissioner treasurer prefect intendant viceroy regent \
    magistrate attorney solicitor lieutenants captains majors generals colonels sergeants \
    admirals commanders
    """
  static let abbreviatedTitles = """
    dr mr mrs ms mx prof gen lt col maj capt sgt adm gov rep supt cmdr brig pres st hon rev \
    engr cdr fr pvt cpl lieut insp amb cllr msgr revd ing eng atty drs dra ir hj
    """
  static let roleModifiers = """
    former late then current acting interim incumbent outgoing incoming senior retired ex \
    founding honorary permanent standing executive managing
    """
  static let organizationHeads = """
    front chambers chamber institute academy association party army council committee ministry \
    bank university court courts tribunal agency organization organisation union nations \
    assembly congress government corporation company group fund commission federation league \
    movement department office school college foundation times tribune post news press \
    herald journal gazette magazine forces force navy police senate parliament club society \
    center centre service authority board bureau alliance coalition inc corp ltd co plc \
    programme program network institution hospital museum library airlines airways \
    television radio broadcasting station secretariat cabinet politburo guard corps \
    brigade division regiment battalion command organisation unesco observatory \
    project initiative council federation enterprise holdings industries group team \
    administration community exchange zeitung officers superintendency directorate \
    inspectorate commissariat confederation trust railways railroad railway rifles diet horde \
    chiefs cooperative co-operative patrol knights partners governorate sultanate caliphate \
    khanate ilkhanate emirate shogunate gmbh staff \
    autoridad agencia comisión comision comité compañía companhia sociedad société gesellschaft \
    instituto institut universidad universidade università ministerio ministério ministère \
    partido parti partei banco banque liga koleje coimisiún bizottmány
    """
  static let eventHeads = """
    war wars accords accord agreement agreements treaty treaties conference revolution summit games olympics uprising \
    offensive battle campaign crisis massacre election elections declaration festival cup \
    championship championships genocide invasion operation pandemic protests riots siege \
    liberation earthquake tsunami typhoon hurricane expo forum congress plenum session \
    referendum reform reforms rebellion incident disaster talks negotiations crusade \
    occupation independence coup killings trial trials pogrom blockade airlift mutiny revolt \
    scandal affair peace famine parade accident meltdown explosion catastrophe plague death \
    truce armistice compromise panic
    """
  static let placeHeads = """
    province city river sea mountains mountain mount island islands bay gulf lake valley street \
    square region district peninsula strait ocean desert bridge palace temple pagoda airport \
    delta plateau coast county state states republic kingdom territory territories highlands \
    plain plains park reservoir canal port harbour harbor road avenue boulevard hill hills \
    capital commune village ward town prefecture oblast municipality archipelago pass falls \
    cape basin border zone straits isthmus channel lagoon glacier estuary heights bazaar cut \
    locks forest isles gates ashram empire presidency countries embankment tunnel monarchy \
    creek trail wharf quay docks tract fault bab città ciudad bahía presidio quilombo salar \
    darya pokhari wadi jebel bukit gunung pulau sungai beach beaches cove headland
    """
  static let qualifiers = """
    over about around approximately nearly almost some roughly under more less fewer least \
    up close estimated upwards than exactly just only circa c some over
    """
  static let numberWords = """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety \
    hundred dozen
    """
  static let scales = """
    thousand million billion trillion m mn mln bn b bln k tn tr trn lakh lakhs crore crores mil \
    bil millones
    """
  static let nationalities = """
    vietnamese cambodian khmer american australian japanese chinese french british english russian \
    soviet thai lao laotian korean indian german italian spanish palestinian israeli turkish \
    syrian ukrainian european asian african canadian mexican brazilian indonesian malaysian \
    filipino philippine singaporean burmese myanmar arab arabic iranian iraqi afghan pakistani \
    egyptian dutch swedish norwegian danish finnish polish greek portuguese swiss belgian \
    austrian hungarian czech cuban western eastern northern southern buddhist christian muslim \
    islamic catholic communist jewish hindu international latin nordic scandinavian \
    bangladeshi nepalese sri lankan mongolian taiwanese argentine chilean colombian peruvian \
    venezuelan nigerian kenyan ethiopian south-african saudi emirati qatari lebanese jordanian \
    yemeni libyan tunisian moroccan algerian sudanese somali irish scottish welsh icelandic \
    serbian croatian romanian bulgarian slovak slovenian bosnian albanian georgian armenian \
    kazakh uzbek belarusian lithuanian latvian estonian
    """
  /// "North", "Southeast": with a nationality they name a people ("East Germans"), with a
  /// place a part of it ("West Berlin").
  static let compassWords = """
    north south east west northern southern eastern western central northeast northwest \
    southeast southwest northeastern northwestern southeastern southwestern upper lower
    """
  static let speechVerbs = """
    said says say told tells stated states added adds noted notes stressed stresses emphasised \
    emphasized emphasises emphasizes affirmed affirms asked asks explained explains wrote writes \
    declared declares remarked remarks commented comments recalled recalls insisted insists \
    announced announces confirmed confirms underlined underlines highlighted highlights \
    continued continues concluded concludes replied replies shared shares acknowledged \
    according
    """
  static let roleNouns = """
    director minister president expert leader leaders head chairman chairwoman chief official \
    officials spokesman spokeswoman spokesperson ambassador author founder member secretary \
    commander researcher historian scholar journalist correspondent teacher professor student \
    veteran soldier officer ceo manager editor writer scientist engineer doctor lawyer judge \
    general deputy vice representative advisor adviser governor mayor chair coordinator \
    analyst economist activist survivor witness prosecutor investigator inspector diplomat \
    envoy delegate politician lecturer dean rector principal photographer artist poet \
    representative premier king queen prince monk specialist consultant councillor lawmaker \
    experts members veterans soldiers statesman stateswoman orator philosopher playwright \
    novelist composer painter sculptor explorer inventor astronaut cosmonaut priest pharaoh \
    consul dictator revolutionary ruler rulers caliph khan archduke archduchess emperor empress \
    sultan shah tsar chieftain warlord pirate cousin nephew niece grandson granddaughter heir \
    successor rival merchant missionary son daughter brother sister father mother wife husband \
    uncle aunt grandfather grandmother
    """
  static let eventNouns = """
    conflict war earthquake tsunami crisis election elections revolution genocide invasion \
    uprising massacre pandemic epidemic famine flood floods flooding typhoon storm hurricane \
    cyclone summit protests protest attack attacks bombing bombings coup offensive occupation \
    disaster wildfire wildfires eruption drought outbreak ceasefire siege referendum landslide \
    accident meltdown explosion catastrophe blockade airlift scandal
    """
  /// Event nouns specific enough to stand alone as an answer when the sentence dates them
  /// ("In February 2023, an earthquake …"); "the war" or "the crisis" alone is too vague.
  static let datedEventNouns: WordSet = [
    "earthquake", "tsunami", "typhoon", "hurricane", "cyclone", "flood", "floods", "flooding",
    "storm", "eruption", "drought", "famine", "pandemic", "epidemic", "outbreak", "wildfire",
    "wildfires", "landslide", "coup", "massacre", "bombing", "invasion", "uprising",
  ]
  /// Lower-case nouns that make the name before them a place: "Mo Duc district".
  static let placeNouns: WordSet = [
    "province", "district", "commune", "village", "town", "city", "county", "prefecture",
    "region", "island", "islands", "river", "valley", "border", "coast", "capital", "port",
    "delta", "plateau", "mountains", "peninsula", "state", "municipality", "ward", "township",
    "oasis", "kingdom", "fortress", "harbour", "harbor", "reservoir", "reservoirs", "lake",
    "lakes", "provinces", "districts", "villages", "towns", "cities",
    "regions", "rivers", "valleys",
  ]
  /// Vietnamese and Khmer name parts and common given names in news. A run of capitalised
  /// words with one of these is a person unless a head word says otherwise.
  static let nameParts = """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai \
    trinh cao ha luong luu quach doan tong thai chu kieu van thi duc minh huu quoc xuan thanh \
    ngoc anh cong trong manh chi tan phu hai hung tuan dung long quang khai kim thu thuong \
    phuc giap duan lam sinh hieu nhan chinh khanh nam son tien trung hoa thang vinh hien \
    hun sen pol pot nuon chea khieu samphan ieng sary thirith ta mok kang kek iew duch lon nol \
    norodom sihanouk sihamoni ranariddh rainsy kem sokha manet heng samrin sy banh kheng prak \
    sokhonn hor namhong sar kheng chan tea sim son sann \
    xi jinping mao zedong deng xiaoping hu jintao li wen jiabao zhou enlai kim jong il un \
    park moon yoon shinzo abe kishida fumio suzuki tanaka \
    john james robert michael william david richard joseph thomas charles christopher daniel \
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george edward \
    ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin \
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry \
    tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl jeremy keith \
    roger gerald ethan arthur terry christian sean lawrence austin joe noah jesse albert bryan \
    billy bruce willie jordan dylan alan ralph gabriel roy juan wayne eugene logan randy louis \
    russell vincent philip bobby johnny bradley barack joe emmanuel vladimir angela boris \
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty \
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah \
    stephanie rebecca sharon laura cynthia kathleen amy shirley anna brenda pamela emma nicole \
    helen samantha katherine christine debra rachel catherine carolyn janet ruth maria heather \
    diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan \
    cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean \
    alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa \
    sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary theresa \
    narendra recep tayyip erdogan putin biden obama trump macron merkel xi antonio guterres \
    ban ki-moon kofi annan \
    muhammad muhammed mohammed mohamed mohammad ahmed ahmad hassan hasan hussein husayn omar \
    umar abdullah abdul abdel khalid yusuf youssef ibrahim ismail mustafa mahmoud mahmud \
    salah saleh hamid karim faisal fahad tariq walid rashid syed sayyid
    """
  /// Well-known names that are also written without their spaces ("Hunsen"), keyed by the
  /// joined lower-case letters.
  static let joinedNames: WordMap<String> = {
    let names = [
      "Hun Sen", "Hun Manet", "Pol Pot", "Ta Mok", "Lon Nol", "Ieng Sary", "Nuon Chea",
      "Khieu Samphan", "Heng Samrin", "Chea Sim", "Son Sann", "Xi Jinping", "Mao Zedong",
      "Deng Xiaoping", "Ho Chi Minh", "Kim Jong Un", "Kim Il Sung", "Le Duan", "To Lam",
    ]
    var table: [String: String] = [:]
    for name in names { table[String(name.lowercased().filter { $0 != " " })] = name }
    return WordMap(table.map { ($0.key, $0.value) })
  }()

  static let knownOrganizations: WordMap<String> = [
    "khmer rouge": "Khmer Rouge", "viet cong": "Viet Cong", "viet minh": "Viet Minh",
    "taliban": "Taliban", "hamas": "Hamas", "hezbollah": "Hezbollah", "red cross": "Red Cross",
    "red crescent": "Red Crescent", "interpol": "Interpol", "reuters": "Reuters",
    "khmer issarak": "Khmer Issarak", "pathet lao": "Pathet Lao", "white house": "White House",
    "kremlin": "Kremlin", "pentagon": "Pentagon", "vatican": "Vatican", "treasury": "Treasury",
  ]
  /// Acronyms with a widely known expansion. Acronyms the article defines itself
  /// ("… Cambodia (ECCC)") take precedence.
  static let acronyms: WordMap<String> = [
    "UN": "United Nations", "U.N.": "United Nations",
    "ASEAN": "Association of Southeast Asian Nations",
    "EU": "European Union", "NATO": "North Atlantic Treaty Organization",
    "WHO": "World Health Organization", "UNESCO": "UNESCO", "UNICEF": "UNICEF",
    "IMF": "International Monetary Fund", "WTO": "World Trade Organization", "APEC": "APEC",
    "VNA": "Vietnam News Agency", "VOV": "Voice of Vietnam", "UNDP": "UNDP", "BBC": "BBC",
    "CNN": "CNN", "AFP": "AFP", "AP": "Associated Press", "UNHCR": "UNHCR", "FAO": "FAO",
    "ICRC": "International Committee of the Red Cross", "CPV": "Communist Party of Vietnam",
    "CPP": "Cambodian People's Party", "UNTAC": "UNTAC", "ADB": "ADB",
    "ECCC": "ECCC", "ICC": "International Criminal Court", "ICJ": "International Court of Justice",
    "G20": "G20", "G7": "G7", "OPEC": "OPEC", "NASA": "NASA", "FBI": "FBI", "CIA": "CIA",
  ]
  /// Full names back to their acronym: "Association of Southeast Asian Nations" → "ASEAN".
  static let acronymOf: WordMap<String> = {
    var table: [String: String] = [:]
    for (acronym, name) in acronyms.pairs where acronym != name && !acronym.contains(".") {
      table[name] = acronym
    }
    return WordMap(table.map { ($0.key, $0.value) })
  }()

  /// Acronyms that name countries, not organisations.
  static let placeAcronyms: WordMap<String> = [
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "UAE": "United Arab Emirates",
    "USSR": "Soviet Union", "DPRK": "North Korea", "PRC": "China", "ROK": "South Korea",
    "DRC": "Democratic Republic of the Congo", "HCMC": "Ho Chi Minh City",
  ]

  static let compassSet = WordSet(
    compassWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  static let monthNumbers: WordMap<Int> = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  static let numberWordValues: WordMap<Int> = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12,
  ]

  static let scaleValues: WordMap<Double> = [
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12,
    "trn": 1e12,
    // Malaysian press: "RM135mil", "RM1.2bil".
    "mil": 1e6, "bil": 1e9,
    // South Asian scales: "Rs 55 crore" is 550 million rupees.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    // Spanish budget lines: "₲ 41.000 millones" (the point groups thousands).
    "millones": 1e6,
  ]

  /// ISO codes for currency words, codes and signs.
  static let currencyCodes: WordMap<String> = [
    "usd": "USD", "dollar": "USD", "dollars": "USD", "$": "USD", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "€": "EUR", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "£": "GBP",
    "jpy": "JPY", "yen": "JPY", "¥": "JPY", "vnd": "VND", "dong": "VND", "₫": "VND",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "khr": "KHR", "riel": "KHR", "riels": "KHR",
    "thb": "THB", "baht": "THB", "aud": "AUD", "cad": "CAD", "sgd": "SGD", "inr": "INR",
    "rupee": "INR", "rupees": "INR", "₹": "INR", "rs": "INR", "rub": "RUB", "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "₽": "RUB", "krw": "KRW", "won": "KRW", "₩": "KRW",
    "chf": "CHF", "franc": "CHF", "francs": "CHF", "hkd": "HKD", "nzd": "NZD", "lak": "LAK",
    "kip": "LAK", "myr": "MYR", "ringgit": "MYR", "idr": "IDR", "rupiah": "IDR", "php": "PHP",
    "peso": "PHP", "pesos": "PHP", "sh": "KES", "ksh": "KES", "tk": "BDT", "taka": "BDT",
    "₦": "NGN", "naira": "NGN", "₱": "PHP", "rm": "MYR", "₵": "GHS", "cedi": "GHS",
    "cedis": "GHS", "zł": "PLN", "złoty": "PLN", "zloty": "PLN", "złotys": "PLN",
    "zlotys": "PLN", "soles": "PEN", "lira": "TRY", "lire": "TRY", "₺": "TRY", "reais": "BRL",
    "dirham": "MAD", "dirhams": "MAD", "riyal": "SAR", "riyals": "SAR", "rial": "IRR",
    "rials": "IRR", "shekel": "ILS", "shekels": "ILS", "₪": "ILS", "birr": "ETB",
    "kwacha": "ZMW", "forint": "HUF", "forints": "HUF", "rand": "ZAR", "hryvnia": "UAH",
    "hryvnias": "UAH", "₴": "UAH", "tenge": "KZT", "₸": "KZT", "kyat": "MMK", "kyats": "MMK",
    "kronor": "SEK", "kroner": "NOK", "quetzales": "GTQ", "colones": "CRC",
    "bolivianos": "BOB", "afghanis": "AFN", "rp": "IDR", "฿": "THB",
    // Thai papers' "Bt800 million"; Scandinavian "25 000 kr" (a Norwegian or Danish page's
    // "kr" is settled to its own krone by `LocalCurrency`).
    "bt": "THB", "kr": "SEK", "krona": "SEK",
    // Ethiopian "Br 2.4 billion"; Mongolian "₮1.2trn", "Tg 90 billion", "tögrög".
    "etb": "ETB", "br": "ETB", "mnt": "MNT", "₮": "MNT", "tg": "MNT", "tugrik": "MNT",
    "tugriks": "MNT", "tögrög": "MNT", "togrog": "MNT", "tugrug": "MNT", "clp": "CLP",
    // Bare "dinars" are Iraqi, the dinar English news names most, until the page writes
    // another dinar's code or sign ("DT 25 million"): `LocalCurrency` then settles them to it.
    "dinar": "IQD", "dinars": "IQD",
    // Paraguayan "₲480bn", "350 billion guaraníes"; Papua New Guinean "48 million kina".
    "₲": "PYG", "guarani": "PYG", "guaraní": "PYG", "guaranis": "PYG", "guaranies": "PYG",
    "guaraníes": "PYG", "kina": "PGK",
    // Bare "shillings" are Kenyan, as "Sh" is, until the page writes another shilling's sign
    // or code ("Shs87 billion"): `LocalCurrency` then settles them to it.
    "shilling": "KES", "shillings": "KES", "boliviano": "BOB",
    // Armenian "֏18.6 bln", "650 million drams".
    "֏": "AMD", "dram": "AMD", "drams": "AMD",
  ]
  /// The coins a currency's unit is divided into, with the power of ten that makes a unit:
  /// "850 millimes" is 0.85 Tunisian dinars, "20 toea" 0.2 kina. Cents and centavos part many
  /// currencies: "70 cents" are American and "80 centavos" Bolivian until `LocalCurrency`
  /// settles them to the page's own dollars or pesos.
  static let currencySubunits: WordMap<(code: String, power: Int)> = [
    "millime": ("TND", 3), "millimes": ("TND", 3), "toea": ("PGK", 2), "cents": ("USD", 2),
    // Oman's "500 baisa": a thousand to the rial.
    "baisa": ("OMR", 3), "baiza": ("OMR", 3),
    "centavos": ("BOB", 2),
  ]
  /// Signs after a figure that carry the scale with the currency: Tunisian papers write
  /// "12.5 MD" for 12.5 million dinars.
  static let millionCurrencySigns: WordMap<String> = ["MD": "TND"]
  /// Signs written in capitals beside an amount that are no ISO code: "LE 2.4 billion"
  /// (Egyptian pounds), "FCFA 95 billion" (CFA francs), "DH 350 million" (Moroccan dirhams);
  /// and "MAD", a code the ISO list leaves out as an English word, which beside a figure is the
  /// dirham. (Shorter signs such as "SR" or "TL" are also roads and grades: "SR 520".)
  /// "DT 25 million" is the Tunisian dinar's: read only beside a figure, as every sign here.
  static let capitalCurrencySigns: WordMap<String> = [
    "LE": "EGP", "FCFA": "XOF", "CFA": "XOF", "MAD": "MAD", "DH": "MAD", "TRY": "TRY",
    "DT": "TND",
    // Oman's "RO 18.4 million", "RO 3.750" (rial Omani).
    "RO": "OMR",
  ]
  /// "Egyptian pounds", "CFA francs", "Mexican pesos": a currency word after the word that
  /// says whose it is, keyed "qualifier word" (lower case, the word as written).
  static let qualifiedCurrencies: WordMap<String> = {
    let table: [(String, [String], String)] = [
      ("egyptian", ["pound", "pounds"], "EGP"), ("lebanese", ["pound", "pounds"], "LBP"),
      ("sudanese", ["pound", "pounds"], "SDG"), ("syrian", ["pound", "pounds"], "SYP"),
      ("british", ["pound", "pounds"], "GBP"), ("sterling", ["pound", "pounds"], "GBP"),
      ("cfa", ["franc", "francs"], "XOF"), ("swiss", ["franc", "francs"], "CHF"),
      ("french", ["franc", "francs"], "FRF"), ("rwandan", ["franc", "francs"], "RWF"),
      ("congolese", ["franc", "francs"], "CDF"), ("guinean", ["franc", "francs"], "GNF"),
      ("burundian", ["franc", "francs"], "BIF"), ("djiboutian", ["franc", "francs"], "DJF"),
      ("mexican", ["peso", "pesos"], "MXN"), ("argentine", ["peso", "pesos"], "ARS"),
      ("argentinian", ["peso", "pesos"], "ARS"), ("chilean", ["peso", "pesos"], "CLP"),
      ("colombian", ["peso", "pesos"], "COP"), ("cuban", ["peso", "pesos"], "CUP"),
      ("dominican", ["peso", "pesos"], "DOP"), ("uruguayan", ["peso", "pesos"], "UYU"),
      ("philippine", ["peso", "pesos"], "PHP"), ("brazilian", ["real", "reais"], "BRL"),
      ("turkish", ["lira", "lire"], "TRY"), ("moroccan", ["dirham", "dirhams"], "MAD"),
      ("emirati", ["dirham", "dirhams"], "AED"), ("uae", ["dirham", "dirhams"], "AED"),
      ("saudi", ["riyal", "riyals"], "SAR"), ("qatari", ["riyal", "riyals"], "QAR"),
      ("omani", ["rial", "rials"], "OMR"), ("iranian", ["rial", "rials"], "IRR"),
      ("jordanian", ["dinar", "dinars"], "JOD"), ("kuwaiti", ["dinar", "dinars"], "KWD"),
      ("iraqi", ["dinar", "dinars"], "IQD"), ("tunisian", ["dinar", "dinars"], "TND"),
      ("algerian", ["dinar", "dinars"], "DZD"), ("libyan", ["dinar", "dinars"], "LYD"),
      ("serbian", ["dinar", "dinars"], "RSD"), ("bahraini", ["dinar", "dinars"], "BHD"),
      ("kenyan", ["shilling", "shillings"], "KES"), ("ugandan", ["shilling", "shillings"], "UGX"),
      ("tanzanian", ["shilling", "shillings"], "TZS"),
      ("somali", ["shilling", "shillings"], "SOS"), ("indian", ["rupee", "rupees"], "INR"),
      ("pakistani", ["rupee", "rupees"], "PKR"), ("nepalese", ["rupee", "rupees"], "NPR"),
      ("nepali", ["rupee", "rupees"], "NPR"), ("lankan", ["rupee", "rupees"], "LKR"),
      ("mauritian", ["rupee", "rupees"], "MUR"), ("indonesian", ["rupiah"], "IDR"),
      ("danish", ["krone", "kroner", "kr"], "DKK"),
      ("norwegian", ["krone", "kroner", "kr"], "NOK"),
      ("swedish", ["krona", "kronor", "kr"], "SEK"), ("icelandic", ["krona", "kronur"], "ISK"),
      ("czech", ["koruna", "korunas", "crowns"], "CZK"),
      ("hungarian", ["forint", "forints"], "HUF"),
      ("australian", ["dollar", "dollars"], "AUD"), ("canadian", ["dollar", "dollars"], "CAD"),
      ("singapore", ["dollar", "dollars"], "SGD"), ("taiwan", ["dollar", "dollars"], "TWD"),
      ("zimbabwean", ["dollar", "dollars"], "ZWL"), ("jamaican", ["dollar", "dollars"], "JMD"),
      ("namibian", ["dollar", "dollars"], "NAD"), ("fijian", ["dollar", "dollars"], "FJD"),
      ("liberian", ["dollar", "dollars"], "LRD"), ("nigerian", ["naira"], "NGN"),
      ("ghanaian", ["cedi", "cedis"], "GHS"), ("ethiopian", ["birr"], "ETB"),
      ("zambian", ["kwacha"], "ZMW"), ("malawian", ["kwacha"], "MWK"),
      ("peruvian", ["sol", "soles"], "PEN"), ("chinese", ["yuan"], "CNY"),
      ("japanese", ["yen"], "JPY"), ("thai", ["baht"], "THB"), ("vietnamese", ["dong"], "VND"),
      ("malaysian", ["ringgit"], "MYR"),
      ("russian", ["rouble", "roubles", "ruble", "rubles"], "RUB"),
      ("ukrainian", ["hryvnia", "hryvnias"], "UAH"), ("israeli", ["shekel", "shekels"], "ILS"),
      ("polish", ["zloty", "złoty", "zlotys", "złotys"], "PLN"),
      ("bangladeshi", ["taka"], "BDT"), ("cambodian", ["riel", "riels"], "KHR"),
      ("paraguayan", ["guarani", "guaraní", "guaranis", "guaranies", "guaraníes"], "PYG"),
      ("bolivian", ["boliviano", "bolivianos"], "BOB"),
    ]
    var map = WordMap<String>()
    for (qualifier, words, code) in table {
      for word in words { map[qualifier + " " + word] = code }
    }
    return map
  }()
  /// The first words of `qualifiedCurrencies`: most words after a figure are none of them, and
  /// are passed over before any key is put together.
  static let currencyQualifiers = WordSet(
    qualifiedCurrencies.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
  /// ISO 4217 codes read as a currency only when written in capitals ("NPR 180 million",
  /// "4,380 CLP"). Codes that are also English words in capitals ("ALL", "TRY", "PEN", "MAD")
  /// are left out: a headline in capitals would turn counts into money.
  static let isoCurrencyCodes: WordSet = [
    "NPR", "PKR", "BDT", "LKR", "MMK", "AFN", "IRR", "IQD", "SAR", "AED", "QAR", "KWD", "BHD",
    "OMR", "JOD", "ILS", "EGP", "TND", "DZD", "NGN", "KES", "GHS", "ZAR", "ETB", "UGX", "TZS",
    "XOF", "XAF", "BRL", "MXN", "ARS", "CLP", "COP", "UYU", "VES", "TWD", "MNT", "KZT", "UZS",
    "UAH", "PLN", "CZK", "HUF", "RON", "BGN", "SEK", "NOK", "DKK", "ISK", "RSD", "BND", "MVR",
    "BTN", "FJD", "PGK", "XDR", "PYG", "BOB",
    // Codes read beside a figure ("TOP", "CUP" and "ALL" are left out: words in capitals).
    // Codes of `currencyCodes` ("usd", "php") and `capitalCurrencySigns` ("MAD", "TRY") are
    // read from those tables. (Alone, a code is no body either: "SOS" is no organisation.)
    "AMD", "JMD", "GEL", "AZN", "MDL", "MKD", "BAM", "TTD", "BBD", "BSD", "BZD", "XCD", "HTG",
    "NIO", "HNL", "GTQ", "PAB", "CRC", "DOP", "LRD", "SLE", "GMD", "MZN", "AOA", "NAD", "BWP",
    "SZL", "LSL", "MUR", "SCR", "MGA", "MWK", "ZMW", "CDF", "RWF", "BIF", "SDG", "SSP", "DJF",
    "SOS", "LYD", "SYP", "LBP", "YER", "TJS", "KGS", "TMT", "WST", "VUV", "SBD", "XPF", "PEN",
  ]
  /// Currencies with no coins in use: a point before one group of three digits in their sums
  /// groups thousands ("₲ 3.400" is 3,400 guaraníes), as it never marks cents.
  static let wholeCurrencies: Set<String> = ["PYG"]
  /// Currencies whose press writes cents after a comma ("Bs 2,40" is 2.40 bolivianos): one or
  /// two digits after a comma mark cents, as thousands are grouped by three.
  static let decimalCommaCurrencies: Set<String> = ["BOB"]
  /// Prefixes glued to "$": "US$", "A$", "S$", Fiji's "FJ$" and "F$".
  static let dollarPrefixes: WordMap<String> = [
    "us": "USD", "a": "AUD", "au": "AUD", "s": "SGD", "c": "CAD", "ca": "CAD", "hk": "HKD",
    "nz": "NZD", "nt": "TWD", "r": "BRL", "ch": "CLP", "clp": "CLP", "fj": "FJD", "f": "FJD",
    "j": "JMD",
  ]

  /// `classes` for the tokenizer's byte look-ups.
  static let wordTable = WordTable(classes)

  static let classes: [String: WordClass] = {
    var table: [String: WordClass] = [:]
    func add(_ list: String, _ c: WordClass) {
      for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        table[String(word), default: []].insert(c)
      }
    }
    add(determiners, .determiner)
    add(prepositions, .preposition)
    add(pronouns, .pronoun)
    add(auxiliaries, .auxiliary)
    add(conjunctions, .conjunction)
    add(adverbs, .adverb)
    add(monthNames, .month)
    add(weekdays, .weekday)
    add(titles, .title)
    add(abbreviatedTitles, .abbreviatedTitle)
    add(roleModifiers, .roleModifier)
    add(organizationHeads, .organizationHead)
    add(eventHeads, .eventHead)
    add(placeHeads, .placeHead)
    add(qualifiers, .qualifier)
    add(numberWords, .numberWord)
    add(scales, .scale)
    // The currency words, and the signs the local press writes before a figure ("Shs87
    // billion", "Bs 620 million"), from the tables that read them: the lists cannot drift.
    for key in currencyCodes.keys + QuantityRecognizer.currencySigns.keys
    where key.first?.isLetter == true {
      table[key, default: []].insert(.currency)
    }
    add(nationalities, .nationality)
    // "Germans", "Americans": the plural names a people, still not a place or a person.
    for word in nationalities.split(whereSeparator: { $0 == " " || $0 == "\n" })
    where !word.hasSuffix("ese") && !word.hasSuffix("sh") && !word.hasSuffix("ch") {
      table[String(word) + "s", default: []].insert(.nationality)
    }
    add(compassWords, .nationality)
    add(speechVerbs, .speechVerb)
    add(roleNouns, .roleNoun)
    add(eventNouns, .eventNoun)
    add(nameParts, .namePart)
    // Sets the name rules test word by word, folded in so a token carries the answer.
    for word in NameRecognizer.connectors.members { table[word, default: []].insert(.connector) }
    for word in NameRecognizer.termHeads.members { table[word, default: []].insert(.termHead) }
    for word in NameContext.termFollowers.members { table[word, default: []].insert(.termFollower) }
    for word in NameContext.namingVerbs.members { table[word, default: []].insert(.namingVerb) }
    for word in compassSet.members { table[word, default: []].insert(.compass) }
    for word in NameRecognizer.nameParticles.members {
      table[word, default: []].insert(.nameParticle)
    }
    for word in NameContext.placePrepositions.members {
      table[word, default: []].insert(.placePreposition)
    }
    for word in DefinedTermRecognizer.objectNamingVerbs.union(["known"]) {
      table[word, default: []].insert(.termCue)
    }
    return table
  }()
}
