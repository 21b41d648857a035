import Foundation

/// Several megabytes of article text made from the development articles, each copy with its
/// numbers and names varied so that no stage can get away with caching a repeated input.
struct Corpus {
  struct Item {
    var name: String
    var data: Data
  }

  var items: [Item]

  var bytes: Int { items.reduce(0) { $0 + $1.data.count } }

  /// Copies of `articles` until the corpus holds at least `targetBytes` (or `maxItems` items).
  init(articles: [(name: String, text: String)], targetBytes: Int, maxItems: Int = .max) {
    var items: [Item] = []
    var total = 0
    var copy = 0
    while total < targetBytes, items.count < maxItems, !articles.isEmpty {
      for article in articles where items.count < maxItems {
        let text = Self.vary(article.text, copy: copy)
        let data = Data(text.utf8)
        items.append(Item(name: "\(copy)-\(article.name)", data: data))
        total += data.count
      }
      copy += 1
    }
    self.items = items
  }

  static let givenNames = ["Minh", "Anh", "Sokha", "Dara", "Hiro", "Lena", "Omar", "Paul", "Thu"]
  static let familyNames = ["Tran", "Pham", "Chea", "Sato", "Holt", "Lund", "Vo", "Keo", "Ito"]

  /// Shifts years by up to a few decades, other numbers by a small amount (days stay valid),
  /// and renames every two-word capitalised name that starts a family-name slot.
  static func vary(_ text: String, copy: Int) -> String {
    guard copy > 0 else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 64)
    var digits = ""
    func flushDigits() {
      guard !digits.isEmpty else { return }
      if let value = Int(digits) {
        if digits.count == 4, (1000...2999).contains(value) {
          out += String(value - copy % 40)
        } else if value > 31 {
          out += String(value + copy % 97)
        } else {
          out += digits
        }
      } else {
        out += digits
      }
      digits = ""
    }
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
      } else {
        flushDigits()
        out.append(character)
      }
    }
    flushDigits()
    // A different cast in every copy: swap a few frequent capitalised names.
    let given = givenNames[copy % givenNames.count]
    let family = familyNames[(copy / givenNames.count) % familyNames.count]
    for (from, to) in [
      ("Hun Sen", "\(family) \(given)"), ("Le Duc Tho", "\(family) Van \(given)"),
      ("Kissinger", "\(given)son"), ("Marshall", "\(family)ford"), ("Honecker", "\(given)er"),
      ("Nguyen", family), ("Vietnam", copy % 2 == 0 ? "Vietnam" : "Viet Nam"),
    ] {
      out = out.replacingOccurrences(of: from, with: to)
    }
    return out
  }
}
