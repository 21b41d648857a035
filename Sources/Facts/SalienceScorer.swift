import Articles

/// Scores how much an article leans on each fact, so the question writer asks about the
/// narrative's key dates, people and sums before passing mentions.
///
/// salience = kind weight + recurrence of the same value (up to four more mentions)
///          + early position + named in the title − caption and quotation penalties.
/// Scores fall roughly between 0 and 2; only their order matters.
struct SalienceScorer {
  let article: Article

  static func weight(_ kind: FactKind) -> Double {
    switch kind {
    case .date: 1.0
    case .year: 0.9
    case .money: 0.95
    case .number: 0.75
    case .person: 0.9
    case .organization: 0.8
    case .place: 0.6
    case .event: 0.8
    case .term: 0.55
    case .quote: 0.3
    }
  }

  func score(_ facts: inout [Fact]) {
    // Mentions of one thing share a group: one hash of each fact's key, and the per-value
    // answers below are kept per group instead of in more String-keyed tables.
    var groupOf: [Int] = []
    groupOf.reserveCapacity(facts.count)
    var counts: [Int] = []
    // Groups by value; groups of one value but different kinds (a year shares the date's
    // kind) are chained from the value's first group.
    var firstGroup = WordMap<Int>()
    firstGroup.reserveCapacity(facts.count)
    var groupSlot: [Int] = []
    var nextOfValue: [Int] = []
    for index in facts.indices {
      let slot = Self.groupSlot(facts[index].kind)
      var group = -1
      if let first = firstGroup[facts[index].value] {
        var g = first
        while true {
          if groupSlot[g] == slot {
            group = g
            break
          }
          if nextOfValue[g] < 0 { break }
          g = nextOfValue[g]
        }
        if group < 0 {
          group = counts.count
          nextOfValue[g] = group
        }
      } else {
        group = counts.count
        firstGroup[facts[index].value] = group
      }
      if group == counts.count {
        counts.append(0)
        groupSlot.append(slot)
        nextOfValue.append(-1)
      }
      counts[group] += 1
      groupOf.append(group)
    }
    var inTitle: [Bool?] = Array(repeating: nil, count: counts.count)
    let titleWords = WordSet(spaceSplit((article.title ?? "").lowercased()).map(String.init))
    let total = Double(max(article.sentences.count, 1))
    var quoteRanges: [[Range<Int>]?] = Array(repeating: nil, count: article.sentences.count + 1)
    for index in facts.indices {
      let group = groupOf[index]
      // Read fields in place: copying a Fact retains a dozen strings.
      let kind = facts[index].kind
      let sentence = facts[index].source.sentence
      var s = Self.weight(kind)
      s += 0.15 * Double(min(counts[group] - 1, 4))
      s += 0.2 * (1 - Double(sentence) / total)
      if !titleWords.isEmpty,
        kind == .person || kind == .place || kind == .organization
          || kind == .event || kind == .term
      {
        let named =
          inTitle[group]
          ?? {
            let found = Self.inTitle(facts[index].value, titleWords)
            inTitle[group] = found
            return found
          }()
        if named { s += 0.1 }
      }
      if kind == .person, facts[index].role != nil { s += 0.1 }
      if kind == .year || kind == .date, facts[index].qualifier != nil { s -= 0.05 }
      if kind == .number, facts[index].unit != "%", let v = Double(facts[index].value), v < 10 {
        s -= 0.3
      }
      if kind == .date, facts[index].value.hasPrefix("--") { s -= 0.2 }
      if kind != .quote, kind != .term {
        let slot = min(max(sentence, 0), quoteRanges.count - 1)
        let ranges =
          quoteRanges[slot]
          ?? {
            let r = Self.quotations(in: facts[index].source.text)
            quoteRanges[slot] = r
            return r
          }()
        if ranges.contains(where: { $0.contains(facts[index].source.span.lowerBound) }) {
          s -= 0.3
        }
      }
      if article.sentences.indices.contains(sentence), article.sentences[sentence].isCaption {
        s *= 0.6
      }
      facts[index].salience = (s * 1000).rounded() / 1000
    }
  }

  /// Facts of the same kind and value are mentions of one thing; a year and a date share a
  /// table of values.
  private static func groupSlot(_ kind: FactKind) -> Int {
    switch kind {
    case .date, .year: 0
    case .number: 1
    case .money: 2
    case .person: 3
    case .place: 4
    case .organization: 5
    case .term: 6
    case .event: 7
    case .quote: 8
    }
  }

  /// Whether every word of a name appears in the title.
  static func inTitle(_ value: String, _ titleWords: WordSet) -> Bool {
    asciiInTitle(value, titleWords) ?? generalInTitle(value, titleWords)
  }

  /// `inTitle` for any value, word by word as strings.
  static func generalInTitle(_ value: String, _ titleWords: WordSet) -> Bool {
    let words = byteSplit(value, 32, omittingEmpty: true)
    return !words.isEmpty && words.allSatisfy { titleWords.contains(String($0).lowercased()) }
  }

  /// `inTitle` for an ASCII value, its words lower-cased and looked up as bytes (ASCII
  /// `lowercased()` changes only A–Z); nil for any other value.
  static func asciiInTitle(_ value: String, _ titleWords: WordSet) -> Bool? {
    let verdict = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      var lower = [UInt8](repeating: 0, count: bytes.count)
      var words = 0
      for (k, b) in bytes.enumerated() {
        if b >= 128 { return nil }
        lower[k] = b >= 65 && b <= 90 ? b + 32 : b
      }
      return lower.withUnsafeBufferPointer { lower -> Bool in
        var i = 0
        let n = lower.count
        while i < n {
          if lower[i] == 32 {
            i += 1
            continue
          }
          var end = i
          while end < n, lower[end] != 32 { end += 1 }
          words += 1
          if !titleWords.contains(ascii: UnsafeBufferPointer(rebasing: lower[i..<end])) {
            return false
          }
          i = end
        }
        return words > 0
      }
    }
    return verdict ?? nil
  }

  /// Scalar ranges between double quotation marks: facts inside someone's quoted words are
  /// weaker evidence than the narrative's own.
  static func quotations(in text: String) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    guard containsByte(text, 34) else { return ranges }
    var open: Int?
    for (offset, c) in text.unicodeScalars.enumerated() where c == "\"" {
      if let o = open {
        ranges.append(o..<offset)
        open = nil
      } else {
        open = offset
      }
    }
    return ranges
  }
}
