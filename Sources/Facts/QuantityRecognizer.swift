import Foundation

/// Finds money ("US$13.8 billion", "100,000 USD", "7.8 million USD", "$6.5 bn",
/// "VND 2 trillion", "€5m"), percentages ("12.5%", "40 percent") and counts with the noun
/// they count ("790 officers", "two million people", "twenty-five years"). Hedges before the
/// number ("over", "about", "more than") go to `qualifier`, never into the value, so the
/// value stays a plain decimal that distractors can vary.
struct QuantityRecognizer {
  /// Multi-word hedges, longest first.
  static let qualifierPhrases: [[String]] = [
    ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["up", "to"],
    ["close", "to"], ["as", "many", "as"], ["as", "much", "as"], ["an", "estimated"],
    ["upwards", "of"], ["some"], ["over"], ["about"], ["around"], ["approximately"],
    ["nearly"], ["almost"], ["roughly"], ["under"], ["estimated"], ["only"], ["just"],
    ["exactly"], ["circa"], ["almost", "exactly"],
  ].sorted { $0.count > $1.count }

  /// "100,000" → 100000, "7.8" → 7.8, without Foundation's locale-aware parser (slow).
  static func decimal(_ text: String) -> Decimal? {
    QuantityValue(digits: text)?.asDecimal
  }

  /// Nouns that are plural without an "s".
  static let irregularPlurals: WordSet = [
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "troops",
    "feet", "teeth", "mice", "geese", "sheep", "fish", "deer", "aircraft", "livestock",
    "tonnes", "tons", "km", "kg", "ha", "hectares", "metres", "meters", "kilometres",
    "data", "criteria", "phenomena", "strata", "bacteria", "fungi", "nuclei", "oxen", "dice",
  ]

  /// Currency signs written as capitalised letters before a figure, as the local press does:
  /// Uganda's "Shs87 billion" and "USh 5,000", Bolivia's "Bs 620 million".
  static let currencySigns: WordMap<String> = [
    "sh": "KES", "ksh": "KES", "tk": "BDT", "rp": "IDR", "bt": "THB", "br": "ETB", "tg": "MNT",
    "gs": "PYG", "shs": "UGX", "ush": "UGX", "bs": "BOB",
  ]
  /// Signs written with their abbreviation's point before a figure: "Gs. 3.500.000",
  /// "Bs. 1.200 millones".
  static let pointedSigns: [String: String] = ["Gs": "PYG", "Bs": "BOB"]
  /// Words between a count and its noun that say the count is of more of it.
  static let moreWords: Set<String> = ["more", "further", "extra"]
  /// Signs glued to their figure only: "N837.1 billion" is naira, "R7.4-billion" rand,
  /// "K48 million" kina; "N 5" is not.
  static let gluedOnlySigns: WordMap<String> = ["n": "NGN", "r": "ZAR", "k": "PGK"]

  /// Units of measure a figure may be glued to by a hyphen, with the plural a count names.
  static let measureUnits: WordMap<String> = [
    "metre": "metres", "meter": "meters", "kilometre": "kilometres", "kilometer": "kilometers",
    "km": "km", "mile": "miles", "foot": "feet", "inch": "inches", "yard": "yards",
    "tonne": "tonnes", "ton": "tons", "kilogram": "kilograms", "litre": "litres",
    "liter": "liters", "gallon": "gallons", "hectare": "hectares", "acre": "acres",
    "watt": "watts", "kilowatt": "kilowatts", "megawatt": "megawatts", "gigawatt": "gigawatts",
    "volt": "volts", "kilovolt": "kilovolts", "storey": "storeys", "knot": "knots",
    // "a 10-year plan", "a five-year programme": how long a plan runs.
    "year": "years", "month": "months",
  ]

  func recognize(_ scan: inout SentenceScan) {
    var i = 0
    while i < scan.count {
      if !scan.claimed[i], Self.mayOpen(scan.tokens, at: i), let end = quantity(&scan, at: i) {
        i = end
      } else {
        i += 1
      }
    }
  }

  /// Whether token `i` may open a quantity: a figure or a sign, or a word that is a number
  /// word, a currency's word, sign or code, or holds a hyphen ("five-year"). Most tokens are
  /// other words or punctuation; this small function reads their fields in place, where the
  /// long `quantity` copied the token (and its two strings) for every field it asked.
  private static func mayOpen(_ tokens: [Token], at i: Int) -> Bool {
    switch tokens[i].kind {
    case .number, .symbol: return true
    case .punctuation: return false
    case .word:
      return tokens[i].is([.numberWord, .currency]) || tokens[i].hasHyphen
        || (tokens[i].isAllCaps
          && (Lexicon.isoCurrencyCodes.contains(tokens[i].text)
            || Lexicon.capitalCurrencySigns[tokens[i].text] != nil))
        // (The signs glued to a figure are single letters: longer words are not looked up.)
        || (tokens[i].lower.utf8.count == 1 && gluedOnlySigns[tokens[i].lower] != nil)
        || tokens[i].text == "S"
    }
  }

  /// "a five-year plan", "a ten-metre wall": a number word glued to its unit of measure, one
  /// word, before the noun it measures. The fact spans the number word; its value is the
  /// number.
  private func wordGluedToUnit(_ scan: inout SentenceScan, at i: Int) -> Int? {
    let token = scan.tokens[i]
    guard token.kind == .word, token.hasHyphen, let next = scan.at(i + 1), next.kind == .word,
      !next.isCapitalized
    else { return nil }
    let parts = token.lower.split(separator: "-")
    guard parts.count == 2, let number = Lexicon.numberWordValues[String(parts[0])],
      let unit = Self.measureUnits[String(parts[1])]
    else { return nil }
    // The fact spans the number word alone, as a figure's does ("a _____-year plan").
    let index = scan.add(.number, i..<(i + 1), value: String(number), unit: unit)
    let span = scan.facts[index].source.span
    let numberSpan = span.lowerBound..<(span.lowerBound + parts[0].unicodeScalars.count)
    scan.facts[index].source.span = numberSpan
    scan.facts[index].text = scan.text(scalarRange: numberSpan)
    return i + 1
  }

  /// Reads a quantity starting at `i` (a currency sign or code, or the number itself);
  /// returns the index after it when one was recorded.
  private func quantity(_ scan: inout SentenceScan, at i: Int) -> Int? {
    if let end = wordGluedToUnit(&scan, at: i) { return end }
    var start = i
    var currency: String?
    var j = i
    // Currency before the number: "$", "US$", "€", "VND". (Tokens that cannot start a
    // quantity were passed over by `mayOpen`.)
    let t = scan[i]
    if t.kind == .symbol, t.isMark("%") == false {
      currency = Lexicon.currencyCodes[t.text]
      if t.isMark("$"), let prefix = scan.at(i - 1), !t.spaceBefore, !scan.claimed[i - 1],
        let code = Lexicon.dollarPrefixes[prefix.lower]
      {
        currency = code
        start = i - 1
      }
      // "E£2.4bn": the Egyptian pound's sign after its letter.
      if t.isMark("£"), let prefix = scan.at(i - 1), !t.spaceBefore, !scan.claimed[i - 1],
        prefix.text == "E"
      {
        currency = "EGP"
        start = i - 1
      }
      // "GH₵2.8 billion": the cedi's sign after the country's letters.
      if t.isMark("₵"), let prefix = scan.at(i - 1), !t.spaceBefore, !scan.claimed[i - 1],
        prefix.lower == "gh"
      {
        start = i - 1
      }
      j = i + 1
    } else if t.kind == .word, t.isAllCaps, let code = Self.currencyCode(t),
      let next = scan.at(i + 1), next.kind == .number
    {
      currency = code
      j = i + 1
    } else if t.kind == .word, t.isCapitalized,
      let code = Self.currencySigns[t.lower] ?? Self.gluedOnlySigns[t.lower],
      let next = scan.at(i + 1), next.kind == .number,
      !next.spaceBefore || Self.currencySigns[t.lower] != nil,
      // "a BS 2 years later": in capitals, a degree; the boliviano's sign is "Bs".
      !(t.isAllCaps && t.lower == "bs")
    {
      // "Sh6.2 billion", "KSh 850": Kenyan shillings; "Tk 3,150 crore": Bangladeshi taka;
      // "N837.1 billion": naira.
      currency = code
      j = i + 1
    } else if t.kind == .word, t.text.utf8.count == 2, scan.at(i + 1)?.text == ".",
      let code = Self.pointedSigns[t.text],
      let next = scan.at(i + 2), next.kind == .number
    {
      // "Gs. 3.500.000": guaraníes, the sign with its abbreviation's point.
      currency = code
      j = i + 2
    } else if t.kind == .word, t.text == "zł", let next = scan.at(i + 1), next.kind == .number {
      // "zł 640 million": the złoty's sign before its figure, in lower case.
      currency = "PLN"
      j = i + 1
    } else if t.kind == .word, t.text == "S", let slash = scan.at(i + 1), slash.isMark("/"),
      !slash.spaceBefore, let next = scan.at(i + 2), next.kind == .number
    {
      // "S/1.3 billion", "S/ 200 million": Peruvian soles.
      currency = "PEN"
      j = i + 2
    } else if t.kind == .word, t.lower == "rs", t.isCapitalized {
      // "Rs 55 crore", "Rs. 20 lakh": rupees.
      j = scan.at(i + 1)?.text == "." ? i + 2 : i + 1
      guard scan.at(j)?.kind == .number else { return nil }
      currency = "INR"
    } else if t.kind == .word, t.isAllCaps || t.lower == "r",
      Lexicon.dollarPrefixes[t.lower] != nil || t.lower == "gh",
      let sign = scan.at(i + 1), sign.isMark("$") || sign.isMark("₵"), !sign.spaceBefore
    {
      return nil  // handled when the scan reaches the sign
    }
    // "Directive 100", "Resolution 10": a document's number, not a quantity.
    if let previous = scan.at(j - 1), previous.isCapitalized,
      previous.is(.termHead)
    {
      return nil
    }
    guard let number = readNumber(scan, at: j) else { return nil }
    var value = number.value
    var end = number.end
    var scaledByWord = false
    if let currency, Lexicon.decimalCommaCurrencies.contains(currency), !number.fromWords,
      let cents = Self.decimalComma(scan, figure: j)
    {
      // "Bs 2,40": the comma marks cents.
      value = cents
      end += 2
    }
    // "₱48.7-billion", "€20-million": the scale hyphened to the figure.
    if let hyphen = scan.at(end), hyphen.isMark("-"), !hyphen.spaceBefore,
      let s = scan.at(end + 1), !s.spaceBefore, s.kind == .word, s.lower.count > 2,
      let factor = Lexicon.scaleValues[s.lower]
    {
      value = value.scaled(by: factor)
      end += 2
      scaledByWord = true
    }
    // Scale: "13.8 billion", "5m", "6.5 bn".
    if let s = scan.at(end), s.kind == .word, let factor = Lexicon.scaleValues[s.lower],
      s.lower != "hundred" || number.fromWords == false,
      // ("12 millones de guaraníes" is read with its currency, below.)
      s.lower != "millones" || scan.at(end + 1)?.lower != "de",
      (s.spaceBefore == false || s.lower.count > 2 || s.lower == "bn" || s.lower == "mn"
        || s.lower == "tn")
    {
      if !(s.spaceBefore && (s.lower == "m" || s.lower == "b" || s.lower == "k")) {
        // "41.000 millones": Spanish groups thousands with a point.
        if s.lower == "millones", !number.fromWords,
          let grouped = QuantityValue(dottedThousands: scan[j].text, groups: 1)
        {
          value = grouped
        }
        value = value.scaled(by: factor)
        end += 1
        scaledByWord = true
      }
    }
    // Currency after: "100,000 USD", "7.8 million USD", "2 trillion dong", "500 US dollars".
    if currency == nil, let c = scan.at(end), c.kind == .word {
      if Lexicon.currencyQualifiers.contains(c.lower), let d = scan.at(end + 1), d.kind == .word,
        let code = Lexicon.qualifiedCurrencies[c.lower + " " + d.lower]
      {
        // "650 million Egyptian pounds", "310 CFA francs".
        currency = code
        end += 2
      } else if c.isAllCaps, let code = Lexicon.capitalCurrencySigns[c.text] {
        // "655.957 FCFA".
        currency = code
        end += 1
      } else if !scaledByWord, c.isAllCaps, let code = Lexicon.millionCurrencySigns[c.text] {
        // "12.5 MD": millions of Tunisian dinars.
        value = value.scaled(by: 1e6)
        currency = code
        end += 1
      } else if !scaledByWord, !c.isCapitalized, let coin = Lexicon.currencySubunits[c.lower] {
        // "850 millimes", "20 toea": coins, counted as the unit they part.
        value = value.divided(byPowerOfTen: coin.power)
        currency = coin.code
        end += 1
      } else if !scaledByWord, c.lower == "millones", let de = scan.at(end + 1), de.lower == "de",
        let d = scan.at(end + 2), d.is(.currency), !d.isCapitalized,
        let code = Lexicon.currencyCodes[d.lower]
      {
        // "12 millones de guaraníes": the Spanish scale, with "de" before the currency. Spanish
        // groups thousands with points: "1.500 millones" is 1,500 millions.
        let grouped =
          number.fromWords ? nil : QuantityValue(dottedThousands: scan[j].text, groups: 1)
        value = (grouped ?? value).scaled(by: 1e6)
        scaledByWord = true
        currency = code
        end += 3
      } else if Lexicon.currencyCodes[c.lower] == "PYG", c.isCapitalized {
        // "60,000 Guaraní": the people or their language; the currency is written in lower case.
      } else if c.isAllCaps, Lexicon.isoCurrencyCodes.contains(c.text) {
        // "4,380 CLP": a code the word lexicon does not hold.
        currency = c.text
        end += 1
      } else if var code = Lexicon.currencyCodes[c.lower], c.is(.currency) {
        if code == "CHF", !c.isAllCaps {
          // Francs are Swiss only when the text says so ("Swiss francs"); otherwise French.
          code = scan.tokens.prefix(end).contains { $0.lower == "cfa" } ? "XOF" : "FRF"
        }
        if c.isAllCaps || !["won", "pound", "pounds"].contains(c.lower)
          || (isMoneyContext(scan, end) && !isWeightContext(scan))
        {
          currency = code
          end += 1
        }
      } else if c.lower == "swiss", let d = scan.at(end + 1), d.lower.hasPrefix("franc") {
        currency = "CHF"
        end += 2
      } else if c.lower == "us" || c.lower == "u.s.", let d = scan.at(end + 1),
        d.lower == "dollars" || d.lower == "dollar"
      {
        currency = "USD"
        end += 2
      }
    }
    let qualifier = readQualifier(scan, before: start)
    let qualifierStart = qualifier.map { start - $0.count } ?? start
    _ = qualifierStart
    // "₲ 3.400": no cents, so the point groups thousands.
    if let currency, Lexicon.wholeCurrencies.contains(currency), !scaledByWord, !number.fromWords,
      let whole = QuantityValue(dottedThousands: scan[j].text, groups: 1)
    {
      value = whole
    }
    if let currency {
      scan.add(
        .money, start..<end, value: "\(value.plainText) \(currency)", qualifier: qualifier?.text,
        unit: currency)
      return end
    }
    // "1.200.300" with no currency is a version or an address as often as a count.
    guard t.kind != .symbol, !number.dotted else { return nil }
    // "a 270-kilometre stretch", "a 70-megawatt plant": a figure glued to its unit of measure.
    // The fact spans the figure alone, so a gap leaves the unit standing ("the _____-kilometre
    // dam"): taken with the figure, the gap would ask a bare number that measures nothing.
    if !number.fromWords, end == number.end, let dash = scan.at(end), dash.isMark("-"),
      !dash.spaceBefore, let word = scan.at(end + 1), word.kind == .word, !word.spaceBefore,
      let unit = Self.measureUnits[word.lower]
    {
      scan.add(.number, start..<end, value: value.plainText, qualifier: qualifier?.text, unit: unit)
      for k in end..<(end + 2) { scan.claimed[k] = true }
      return end + 2
    }
    // Percentages.
    if let p = scan.at(end), p.isMark("%") || p.lower == "percent" {
      scan.add(
        .number, start..<(end + 1), value: value.plainText, qualifier: qualifier?.text, unit: "%")
      return end + 1
    }
    if let p = scan.at(end), p.lower == "per", let c = scan.at(end + 1), c.lower == "cent" {
      scan.add(
        .number, start..<(end + 2), value: value.plainText, qualifier: qualifier?.text, unit: "%")
      return end + 2
    }
    // "0.4C", "2°C": degrees of temperature, glued to the figure.
    // ("-4°C": the minus sign is a token of its own, so a temperature below zero is left out.)
    if !number.fromWords, end == number.end, let degrees = Self.degrees(scan, at: end),
      !(scan.at(j - 1)?.isMark("-") == true && !scan[j].spaceBefore)
    {
      scan.add(
        .number, start..<degrees.end, value: value.plainText, qualifier: qualifier?.text,
        unit: degrees.unit)
      return degrees.end
    }
    // Ordinals ("20th") and parts of other numbers are not counts.
    if let suffix = scan.at(number.end), !suffix.spaceBefore, suffix.kind == .word,
      ["st", "nd", "rd", "th", "s"].contains(suffix.lower)
    {
      return nil
    }
    // Counts: the noun phrase after the number, up to its first plural noun.
    guard let unit = countedNoun(scan, from: end) else {
      // "numbered more than 40,000", "range up to about 22,000": a hedged figure of
      // thousands is a count whose noun the sentence has already named.
      if number.scaled || end > number.end
        || (qualifier != nil && value.asDecimal >= 1000 && isClauseEnd(scan, at: end))
      {
        scan.add(.number, start..<end, value: value.plainText, qualifier: qualifier?.text)
        return end
      }
      return nil
    }
    if number.fromWords && value.asDecimal == 1 { return nil }
    scan.add(
      .number, start..<end, value: value.plainText, qualifier: qualifier?.text, unit: unit)
    return end
  }

  /// The ISO code a word in capitals before an amount stands for: "VND", "NPR", "CHF".
  static func currencyCode(_ t: Token) -> String? {
    if let code = Lexicon.currencyCodes[t.lower] { return code }
    if let code = Lexicon.capitalCurrencySigns[t.text] { return code }
    return Lexicon.isoCurrencyCodes.contains(t.text) ? t.text : nil
  }

  /// "2,40" read as 2.40 where token `figure` ("2") is whole digits and a comma glued to it
  /// comes before one or two glued digits: thousands would need three ("2,400" is one token).
  static func decimalComma(_ scan: SentenceScan, figure: Int) -> QuantityValue? {
    guard let comma = scan.at(figure + 1), comma.isMark(","), !comma.spaceBefore,
      let cents = scan.at(figure + 2), cents.kind == .number, !cents.spaceBefore,
      (1...2).contains(cents.text.utf8.count),
      cents.text.utf8.allSatisfy({ (48...57).contains($0) }),
      scan[figure].text.utf8.allSatisfy({ (48...57).contains($0) })
    else { return nil }
    return QuantityValue(digits: scan[figure].text + "." + cents.text)
  }

  /// "C" or "°C" (and "F") right after a figure: the index after it and the unit.
  static func degrees(_ scan: SentenceScan, at i: Int) -> (end: Int, unit: String)? {
    var j = i
    if let sign = scan.at(j), sign.text == "°", !sign.spaceBefore { j += 1 }
    guard let letter = scan.at(j), letter.text == "C" || letter.text == "F",
      !letter.spaceBefore || j > i
    else { return nil }
    if j == i, letter.spaceBefore { return nil }
    // "5C" must end there: "5Cs" or "5C-1" is something else.
    if let next = scan.at(j + 1), !next.spaceBefore, next.kind == .word || next.isMark("-") {
      return nil
    }
    return (j + 1, "°" + letter.text)
  }

  private func isMoneyContext(_ scan: SentenceScan, _ i: Int) -> Bool {
    let words = [
      "worth", "cost", "costs", "paid", "pay", "spent", "budget", "fund", "funds", "donated",
    ]
    return scan.tokens.contains { words.contains($0.lower) }
  }

  /// "loads of 50 pounds", "weighing 200 pounds": pounds of weight, even where the sentence
  /// also speaks of paying.
  private func isWeightContext(_ scan: SentenceScan) -> Bool {
    let words = [
      "load", "loads", "weigh", "weighs", "weighed", "weighing", "weight", "weights", "carried",
      "carry", "carrying", "pack", "packs", "lifted", "ounces", "ton", "tons", "tonnes",
    ]
    return scan.tokens.contains { words.contains($0.lower) }
  }

  struct Number {
    var value: QuantityValue
    var end: Int
    var fromWords: Bool
    var scaled: Bool
    /// Thousands grouped by points ("3.500.000"), read as money only.
    var dotted = false
  }

  /// Digits ("100,000", "7.8") or number words ("two million", "twenty-five", "a dozen").
  private func readNumber(_ scan: SentenceScan, at i: Int) -> Number? {
    guard let t = scan.at(i), !scan.claimed[i] else { return nil }
    if t.kind == .number {
      if let d = QuantityValue(digits: t.text) {
        return Number(value: d, end: i + 1, fromWords: false, scaled: false)
      }
      // "Gs. 3.500.000": two points or more can only group thousands.
      guard let d = QuantityValue(dottedThousands: t.text, groups: 2) else { return nil }
      return Number(value: d, end: i + 1, fromWords: false, scaled: false, dotted: true)
    }
    guard t.kind == .word, let first = wordValue(t.lower) else { return nil }
    var total: Decimal = 0
    var current = Decimal(first)
    var j = i + 1
    var scaled = false
    while let w = scan.at(j), w.kind == .word, !scan.claimed[j] {
      if w.lower == "hundred" {
        current *= 100
      } else if w.lower == "thousand" || w.lower == "million" || w.lower == "billion"
        || w.lower == "trillion"
      {
        total += current * Decimal(Lexicon.scaleValues[w.lower]!)
        current = 0
        scaled = true
      } else if w.lower == "and", let n = scan.at(j + 1), wordValue(n.lower) != nil, current >= 100
      {
        j += 1
        continue
      } else if let v = wordValue(w.lower), v < 100 {
        current += Decimal(v)
      } else {
        break
      }
      j += 1
    }
    return Number(value: .decimal(total + current), end: j, fromWords: true, scaled: scaled)
  }

  /// "twenty-five" → 25, "seven" → 7.
  private func wordValue(_ lower: String) -> Int? {
    if let v = Lexicon.numberWordValues[lower] { return v }
    guard lower.utf8.contains(45) else { return nil }
    let parts = lower.split(separator: "-")
    guard parts.count == 2, let tens = Lexicon.numberWordValues[String(parts[0])],
      let ones = Lexicon.numberWordValues[String(parts[1])], tens >= 20, ones < 10
    else { return nil }
    return tens + ones
  }

  private func readQualifier(_ scan: SentenceScan, before start: Int) -> (text: String, count: Int)?
  {
    // Every hedge ends in a qualifier word or a preposition; most numbers follow neither.
    guard let previous = scan.at(start - 1), previous.is([.qualifier, .preposition]) else {
      return nil
    }
    for phrase in Self.qualifierPhrases {
      let first = start - phrase.count
      guard first >= 0 else { continue }
      var matches = true
      for (k, word) in phrase.enumerated() where scan[first + k].lower != word {
        matches = false
        break
      }
      if matches { return (phrase.joined(separator: " "), phrase.count) }
    }
    return nil
  }

  /// The counted noun: lower-case words after the number up to the first plural noun
  /// ("officers", "technical experts", "people"); nil when none follows.
  func countedNoun(_ scan: SentenceScan, from i: Int) -> String? {
    var j = i
    var words: [String] = []
    while let w = scan.at(j), w.kind == .word, !scan.claimed[j], words.count < 3 {
      // "58 more communities", "12 further wells": the count is of the noun; "58 more than …"
      // stops at "than".
      if j == i, Self.moreWords.contains(w.lower) {
        j += 1
        continue
      }
      if w.is(.closedClass) && !w.is(.title) { break }
      // "2,000 Jews were …", "40 Britons": a people named in capitals, right after the number.
      // (Written in figures: "Nine Principles" is a name.)
      if w.isCapitalized, j == i, scan.at(j - 1)?.kind == .number, Self.isPlural(w.lower),
        !w.isAllCaps,
        scan.at(j + 1).map({ !$0.isWord || !$0.isCapitalized }) ?? true
      {
        return w.text
      }
      if w.isCapitalized && !w.is(.nationality) && Lexicon.placeAcronyms[w.text] == nil {
        break
      }
      words.append(w.text)
      // "3 million Vietnamese": a people counted.
      if w.is(.nationality), w.isCapitalized,
        scan.at(j + 1).map({ !$0.isWord }) ?? true
          || scan.at(j + 1)?.isCapitalized == false && scan.at(j + 1)?.is(.closedClass) == false
      {
        if Self.isPlural(w.lower) || w.lower.hasSuffix("ese") {
          return words.joined(separator: " ")
        }
      }
      if Self.isPlural(w.lower) { return words.joined(separator: " ") }
      j += 1
    }
    return nil
  }

  /// True when token `i` ends the clause: punctuation, the sentence's end, or a conjunction.
  func isClauseEnd(_ scan: SentenceScan, at i: Int) -> Bool {
    guard let token = scan.at(i) else { return true }
    return token.kind == .punctuation && !token.isMark("%") || token.is(.conjunction)
  }

  static func isPlural(_ lower: String) -> Bool {
    if irregularPlurals.contains(lower) { return true }
    // "amphorae", "larvae": Latin plurals.
    if lower.count > 4 && lower.hasSuffix("ae") { return true }
    return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss")
      && !lower.hasSuffix("us") && !lower.hasSuffix("is")
  }
}

/// A decimal without exponent or grouping: "13800000000", "7.8".
func plain(_ d: Decimal) -> String {
  var d = d
  var rounded = Decimal()
  NSDecimalRound(&rounded, &d, 6, .plain)
  return "\(rounded)"
}
