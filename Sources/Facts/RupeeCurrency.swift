import Articles

/// Which rupee an article's "Rs" means. India, Pakistan, Sri Lanka and Nepal all write "Rs",
/// so the sign alone is read as the Indian rupee; a page that writes another rupee's code
/// ("LKR 1.5 billion") or names only one of the other countries means that country's.
enum RupeeCurrency {
  /// Codes and the words that name each country, strongest first.
  static let countries: [(code: String, names: [String])] = [
    ("LKR", ["Sri Lanka", "Colombo"]),
    ("PKR", ["Pakistan", "Karachi", "Lahore", "Islamabad", "Sindh", "Punjab province"]),
    ("NPR", ["Nepal", "Kathmandu"]),
  ]

  /// The rupee `article` means by "Rs": the one code other than INR it writes, else the one
  /// country it names when it does not name India; nil when it stays the Indian rupee.
  static func code(of article: Article) -> String? {
    // Most articles write no "Rs": a byte scan of their sentences tells before anything else.
    guard
      article.sentences.contains(where: { sentence in
        var text = sentence.text
        return text.withUTF8 { bytes in
          bytes.indices.dropLast().contains { bytes[$0] == 0x52 && bytes[$0 + 1] == 0x73 }
        }
      })
    else { return nil }
    let texts = [article.title ?? ""] + article.headings + article.sentences.map(\.text)
    func writes(_ word: String) -> Bool { texts.contains { $0.contains(word) } }
    let written = countries.filter { writes($0.code) }.map(\.code)
    if written.count == 1, !writes("INR"), !writes("₹") { return written[0] }
    guard written.isEmpty, !writes("India") else { return nil }
    let named = countries.filter { $0.names.contains(where: writes) }.map(\.code)
    return named.count == 1 ? named[0] : nil
  }

  /// Gives `facts`' sums written with "Rs" or in rupees the article's own rupee.
  static func settle(_ facts: inout [Fact], in article: Article) {
    guard let code = code(of: article) else { return }
    for index in facts.indices where facts[index].kind == .money && facts[index].unit == "INR" {
      let text = facts[index].text
      guard text.hasPrefix("Rs") || text.lowercased().contains("rupee") else { continue }
      facts[index].unit = code
      if facts[index].value.hasSuffix(" INR") {
        facts[index].value = facts[index].value.dropLast(3) + code
      }
    }
  }
}
