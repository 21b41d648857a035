/// The coins a currency's unit is divided into ("20 toea", "500 baisa", "70 cents"), read from
/// the same table that reads sums in them: the answer writer shows such a sum in the coins the
/// article counted, and the two cannot disagree on which words are coins.
public enum CurrencyCoin {
  /// The share of its currency's unit one coin named `word` is (0.01 for "toea", 0.001 for
  /// "baisa"), or nil when the word names no coin.
  public static func share(of word: String) -> Double? {
    guard let coin = Lexicon.currencySubunits[word.lowercased()] else { return nil }
    var share = 1.0
    for _ in 0..<coin.power { share /= 10 }
    return share
  }
}
