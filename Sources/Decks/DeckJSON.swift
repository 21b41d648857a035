import Foundation
import Questions

/// The deck in the command-line contract's JSON shape, keys sorted so output is stable.
public enum DeckJSON {
  public static func encode(_ deck: Deck) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(deck), let text = String(data: data, encoding: .utf8)
    else { return "{}" }
    return text + "\n"
  }
}
