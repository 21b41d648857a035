import Questions

/// Writes a deck as YAML by hand rather than through an encoder, so the key order, the block
/// style and the quoting are always the same: regenerating an unchanged deck gives the same
/// bytes, and diffs show only what a teacher changed.
public struct DeckWriter: Sendable {
  public init() {}

  static let header = """
    # factdeck deck. Edit prompts, answers, accepted answers and choices freely, but keep
    # each card's id: learners' progress is stored under it. Check with: factdeck check FILE

    """

  public func yaml(_ deck: Deck) -> String {
    var out = DeckWriter.header
    out += "id: \(scalar(deck.id))\n"
    out += "title: \(scalar(deck.title))\n"
    if deck.sources.isEmpty {
      out += "sources: []\n"
    } else {
      out += "sources:\n"
      for source in deck.sources {
        out += "  - path: \(scalar(source.path))\n"
        if let title = source.title { out += "    title: \(scalar(title))\n" }
        out += "    sha256: \(scalar(source.sha256))\n"
      }
    }
    if deck.cards.isEmpty {
      out += "cards: []\n"
      return out
    }
    out += "cards:\n"
    for (index, card) in deck.cards.enumerated() {
      if index > 0 { out += "\n" }
      out += "  - id: \(scalar(card.id))\n"
      out += "    kind: \(card.kind.rawValue)\n"
      out += "    prompt: \(scalar(card.prompt))\n"
      out += "    answer: \(scalar(card.answer))\n"
      out += list("accept", card.accept)
      out += list("choices", card.choices)
      out += "    fact:\n"
      out += "      id: \(scalar(card.fact.id))\n"
      out += "      kind: \(card.fact.kind.rawValue)\n"
      out += "      text: \(scalar(card.fact.text))\n"
      out += "      value: \(scalar(card.fact.value))\n"
      out += "    source:\n"
      out += "      article: \(scalar(card.source.article))\n"
      out += "      sentence: \(card.source.sentence)\n"
      out += "      text: \(scalar(card.source.text))\n"
    }
    return out
  }

  func list(_ key: String, _ items: [String]) -> String {
    if items.isEmpty { return "    \(key): []\n" }
    return "    \(key):\n" + items.map { "      - \(scalar($0))\n" }.joined()
  }

  /// Words YAML readers could take for booleans or null.
  static let reserved: Set<String> = [
    "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=",
  ]

  /// A plain scalar when that is unambiguous, else a double-quoted one with escapes.
  public func scalar(_ text: String) -> String {
    isPlainSafe(text) ? text : quoted(text)
  }

  func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    if DeckWriter.reserved.contains(text.lowercased()) { return false }
    if "-?:,[]{}#&*!|>'\"%@`+.0123456789 \t".unicodeScalars.contains(first) { return false }
    if last == " " || last == ":" || last == "\t" { return false }
    if text.contains(": ") || text.contains(" #") { return false }
    for scalar in text.unicodeScalars where needsEscape(scalar) || scalar == "\t" {
      return false
    }
    return true
  }

  func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028
      || value == 0x2029 || value == 0xFEFF || (0xFFF9...0xFFFF).contains(value)
  }

  func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16)
          if scalar.value <= 0xFF {
            out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
          } else {
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
