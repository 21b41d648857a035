/// Which currency an article's bare "francs", "pounds", "pesos", "dinars", "shillings" or
/// coins ("cents", "centavos") mean. Many countries share those words, and a page writes the
/// qualified form once ("310 CFA francs", "LE 2.4 billion", "Mexican pesos", "DT 25 million",
/// "Shs87 billion") and the bare word after it ("305 francs"): the bare word is that
/// country's, as a reader takes it. A Fijian page's bare "$" is its own dollar likewise.
enum LocalCurrency {
  /// Currency words several countries share, each with the codes the qualified forms give
  /// ("pounds": EGP, LBP, GBP …; the signs "LE" and "E£" read as EGP, "FCFA" as XOF).
  static let families: [String: Set<String>] = {
    var families: [String: Set<String>] = [:]
    for (key, code) in Lexicon.qualifiedCurrencies.pairs {
      guard let word = key.split(separator: " ").last else { continue }
      families[String(word), default: []].insert(code)
    }
    // Coins: "70 cents" are hundredths of the page's dollars, "80 centavos" of its pesos or
    // bolivianos.
    families["cents"] = families["dollars"]
    families["centavos"] = families["pesos", default: []].union(families["bolivianos"] ?? [])
    return families
  }()

  /// Dollars a page's bare "$" means when it writes them by name elsewhere: Fiji's press
  /// writes "FJ$46.5m" or "FJD 28 million" once and "$9" after it, and "US$" for the American
  /// dollar; so do Jamaica's ("J$2.1 billion", then "$4.8 billion"), Trinidad's, Barbados's,
  /// the Bahamas' and Namibia's. (Not Canada's or Australia's: an American page may write
  /// "C$40 million" once and its own dollars bare.)
  static let localDollars: Set<String> = ["FJD", "JMD", "TTD", "BBD", "BSD", "NAD"]

  /// Gives `facts`' sums written with a bare shared word the one other currency of that word
  /// the article writes; leaves them when it writes none, or more than one, or writes the
  /// bare word's own currency with a sign or code too. Bare "$" sums are settled first, so a
  /// Fijian page's "70 cents" beside "$9" are Fijian too.
  static func settle(_ facts: inout [Fact]) {
    let money = facts.indices.filter { facts[$0].kind == .money }
    guard money.count > 1 else { return }
    settleBareDollars(&facts, money: money)
    let bare = money.map { bareWord(facts[$0].text) }
    guard bare.contains(where: { $0 != nil }) else { return }
    let units = Set(money.compactMap { facts[$0].unit })
    // "£5 million" beside "20 million pounds": the pound is the page's own too.
    let writtenWithSign = Set(zip(money, bare).compactMap { $1 == nil ? facts[$0].unit : nil })
    for (index, word) in zip(money, bare) {
      guard let word, let family = families[word], let unit = facts[index].unit,
        !writtenWithSign.contains(unit)
      else { continue }
      let others = units.filter { family.contains($0) && $0 != unit }
      guard others.count == 1, let code = others.first else { continue }
      recode(&facts[index], to: code)
    }
  }

  /// Gives the sums `facts` write with a bare "$" (indices `money`) the one `localDollars`
  /// currency the page writes; leaves them American when it writes none.
  static func settleBareDollars(_ facts: inout [Fact], money: [Int]) {
    let local = Set(money.compactMap { facts[$0].unit }).intersection(localDollars)
    guard local.count == 1, let code = local.first else { return }
    for index in money where facts[index].unit == "USD" && facts[index].text.hasPrefix("$") {
      recode(&facts[index], to: code)
    }
  }

  /// `fact`'s currency and the code its value ends on made `code`.
  static func recode(_ fact: inout Fact, to code: String) {
    guard let unit = fact.unit else { return }
    fact.unit = code
    if fact.value.hasSuffix(" " + unit) {
      fact.value = fact.value.dropLast(unit.count) + code
    }
  }

  /// The shared currency word a sum ends on with nothing before it that says whose it is
  /// ("305 francs", "20 million pounds"); nil for "310 CFA francs" or "£5 million".
  static func bareWord(_ text: String) -> String? {
    let words = text.split(separator: " ")
    guard words.count >= 2, let last = words.last?.lowercased(), families[last] != nil else {
      return nil
    }
    let before = words[words.count - 2].lowercased()
    guard Lexicon.qualifiedCurrencies[before + " " + last] == nil,
      before.first?.isNumber ?? false || Lexicon.scaleValues[before] != nil
    else { return nil }
    return last
  }
}
