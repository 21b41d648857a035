/// Which currency an article's bare "francs", "pounds", "pesos" or "dinars" means. Many
/// countries share those words, and a page writes the qualified form once ("310 CFA francs",
/// "LE 2.4 billion", "Mexican pesos", "DT 25 million") and the bare word after it ("305
/// francs"): the bare word is that country's, as a reader takes it.
enum LocalCurrency {
  /// Currency words several countries share, each with the codes the qualified forms give
  /// ("pounds": EGP, LBP, GBP …; the signs "LE" and "E£" read as EGP, "FCFA" as XOF).
  static let families: [String: Set<String>] = {
    var families: [String: Set<String>] = [:]
    for (key, code) in Lexicon.qualifiedCurrencies.pairs {
      guard let word = key.split(separator: " ").last else { continue }
      families[String(word), default: []].insert(code)
    }
    return families
  }()

  /// Gives `facts`' sums written with a bare shared word the one other currency of that word
  /// the article writes; leaves them when it writes none, or more than one, or writes the
  /// bare word's own currency with a sign or code too.
  static func settle(_ facts: inout [Fact]) {
    let money = facts.indices.filter { facts[$0].kind == .money }
    guard money.count > 1 else { return }
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
      facts[index].unit = code
      if facts[index].value.hasSuffix(" " + unit) {
        facts[index].value = facts[index].value.dropLast(unit.count) + code
      }
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
