/// Units of measure a figure is glued to by a hyphen ("a 13-kilometre dam", "a 40-acre
/// site"). The number fact spans the figure alone, so a question's gap may stand right before
/// the hyphen ("the _____-kilometre dam"), the unit telling what the number measures.
public enum GluedUnit {
  /// The units in lower case, singular as the compound writes them ("kilometre", "km").
  public static let words: Set<String> = Set(QuantityRecognizer.measureUnits.keys)

  /// Whether `text` opens with "-" and a glued unit that ends there: "-kilometre Kokaral".
  public static func opens(_ text: Substring) -> Bool {
    guard text.first == "-" else { return false }
    let word = text.dropFirst().prefix { $0.isLetter }
    return !word.isEmpty && words.contains(word.lowercased())
  }
}
