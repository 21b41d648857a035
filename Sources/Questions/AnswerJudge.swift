import Foundation

/// How a learner's typed answer compares with the expected one.
public enum Verdict: String, Sendable, Hashable, Codable {
  case correct
  /// Right, apart from a small typo: counted correct, but the difference is shown.
  case close
  case wrong
}

/// A piece of the comparison between what was typed and what was expected.
public struct AnswerDifference: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case same, missing, extra }
  public var kind: Kind
  public var text: String

  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}

public struct Judgement: Sendable, Hashable {
  public var verdict: Verdict
  /// The accepted answer the response was compared with.
  public var expected: String
  /// Character differences from the response to `expected`: `missing` text should have been
  /// typed, `extra` text should not.
  public var difference: [AnswerDifference]
}

/// Judges typed answers leniently: case, punctuation, diacritics and the order of a name's
/// words do not matter; numbers compare as numbers, dates as dates; a small typo (edit distance
/// scaled by length) is "close". Choices must match an option.
public struct AnswerJudge: Sendable {
  public init() {}

  public func judge(_ response: String, for question: Question) -> Judgement {
    switch question.kind {
    case .choice, .truefalse:
      let key = TextFolding.key(response)
      let verdict: Verdict = key == TextFolding.key(question.answer) ? .correct : .wrong
      return Judgement(
        verdict: verdict, expected: question.answer,
        difference: verdict == .correct ? [.init(kind: .same, text: question.answer)] : [])
    case .order:
      let items = response.components(separatedBy: CharacterSet(charactersIn: "→>|\n")).map(
        TextFolding.key
      ).filter { !$0.isEmpty }
      let expected = question.answer.components(separatedBy: orderSeparator).map(TextFolding.key)
      let verdict: Verdict = items == expected ? .correct : .wrong
      return Judgement(
        verdict: verdict, expected: question.answer,
        difference: AnswerJudge.difference(from: response, to: question.answer))
    case .cloze, .short:
      return judge(response, accepting: [question.answer] + question.accept)
    }
  }

  /// Compares `response` with each accepted answer; the first is the one shown.
  public func judge(_ response: String, accepting answers: [String]) -> Judgement {
    let shown = answers.first ?? ""
    var bestClose: String?
    for answer in answers {
      switch compare(response, answer) {
      case .correct:
        return Judgement(
          verdict: .correct, expected: answer, difference: [.init(kind: .same, text: response)])
      case .close where bestClose == nil:
        bestClose = answer
      default:
        break
      }
    }
    if let bestClose {
      return Judgement(
        verdict: .close, expected: bestClose,
        difference: AnswerJudge.difference(from: response, to: bestClose))
    }
    return Judgement(
      verdict: .wrong, expected: shown,
      difference: AnswerJudge.difference(from: response, to: shown))
  }

  func compare(_ response: String, _ answer: String) -> Verdict {
    let responseWords = AnswerJudge.meaningfulWords(response)
    let answerWords = AnswerJudge.meaningfulWords(answer)
    guard !responseWords.isEmpty else { return .wrong }
    if responseWords == answerWords || responseWords.sorted() == answerWords.sorted() {
      return .correct
    }
    if let expected = DateReading.read(answer) {
      if let given = DateReading.read(response) { return given == expected ? .correct : .wrong }
    }
    if let expected = NumberReading.read(answer) {
      guard let given = NumberReading.read(response) else { return .wrong }
      let sameCurrency =
        given.currency == nil || expected.currency == nil || given.currency == expected.currency
      return given.value == expected.value && sameCurrency ? .correct : .wrong
    }
    let joined = responseWords.joined(separator: " ")
    let target = answerWords.joined(separator: " ")
    let allowance = AnswerJudge.typoAllowance(target.count)
    if allowance > 0 {
      if AnswerJudge.editDistance(joined, target) <= allowance { return .close }
      let sortedResponse = responseWords.sorted().joined(separator: " ")
      let sortedTarget = answerWords.sorted().joined(separator: " ")
      if AnswerJudge.editDistance(sortedResponse, sortedTarget) <= allowance { return .close }
    }
    return .wrong
  }

  static func meaningfulWords(_ text: String) -> [String] {
    var words = TextFolding.words(text)
    if let first = words.first, ["the", "a", "an"].contains(first), words.count > 1 {
      words.removeFirst()
    }
    return words
  }

  /// Typos forgiven: none in short words, one in up to 7 letters, then one per 6 letters.
  static func typoAllowance(_ length: Int) -> Int {
    switch length {
    case ..<4: 0
    case ..<8: 1
    default: min(4, length / 6)
    }
  }

  /// Edit distance counting a swap of neighbouring letters as one edit ("Chae" for "Chea").
  static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in 0...x.count { table[i][0] = i }
    for j in 0...y.count { table[0][j] = j }
    for i in 1...x.count {
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[x.count][y.count]
  }

  /// Character diff by longest common subsequence, case-insensitive, merged into runs.
  public static func difference(from response: String, to expected: String) -> [AnswerDifference] {
    let a = Array(response)
    let b = Array(expected)
    let lowerA = a.map { $0.lowercased() }
    let lowerB = b.map { $0.lowercased() }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    if !a.isEmpty && !b.isEmpty {
      for i in stride(from: a.count - 1, through: 0, by: -1) {
        for j in stride(from: b.count - 1, through: 0, by: -1) {
          table[i][j] =
            lowerA[i] == lowerB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
      }
    }
    var result: [AnswerDifference] = []
    func add(_ kind: AnswerDifference.Kind, _ character: Character) {
      if let last = result.last, last.kind == kind {
        result[result.count - 1].text.append(character)
      } else {
        result.append(AnswerDifference(kind: kind, text: String(character)))
      }
    }
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, lowerA[i] == lowerB[j] {
        add(.same, b[j])
        i += 1
        j += 1
      } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
        add(.missing, b[j])
        j += 1
      } else {
        add(.extra, a[i])
        i += 1
      }
    }
    return result
  }
}

/// Reads the spellings of a date a learner may type: "7 January 1979", "January 7, 1979",
/// "Jan 7 1979", "1979-01-07", "December 1978", "1999".
public enum DateReading {
  public struct Reading: Hashable, Sendable {
    public var year: Int
    public var month: Int?
    public var day: Int?
  }

  public static func read(_ text: String) -> Reading? {
    let trimmed = trimmedSpaces(text)
    let iso = trimmed.split(separator: "-")
    if iso.count >= 2, iso.count <= 3, iso.allSatisfy({ $0.allSatisfy(\.isNumber) }),
      iso[0].count == 4, let year = Int(iso[0]), let month = Int(iso[1]), (1...12).contains(month)
    {
      let day = iso.count == 3 ? Int(iso[2]) : nil
      return Reading(year: year, month: month, day: day)
    }
    let words = TextFolding.words(trimmed)
    guard !words.isEmpty, words.count <= 3 else { return nil }
    var year: Int?
    var month: Int?
    var day: Int?
    for raw in words {
      var word = raw
      for suffix in ["st", "nd", "rd", "th"]
      where word.count > 2 && word.hasSuffix(suffix)
        && word.dropLast(2).allSatisfy(\.isNumber)
      {
        word = String(word.dropLast(2))
      }
      if let number = Int(word) {
        if word.count == 4 || number > 31 {
          guard year == nil else { return nil }
          year = number
        } else {
          guard day == nil, (1...31).contains(number) else { return nil }
          day = number
        }
      } else if let index = monthIndex(word) {
        guard month == nil else { return nil }
        month = index
      } else if ["st", "nd", "rd", "th", "of"].contains(word) {
        continue
      } else {
        return nil
      }
    }
    guard let year, day == nil || month != nil else { return nil }
    if words.count == 1 && month == nil { return Reading(year: year, month: nil, day: nil) }
    guard month != nil else { return nil }
    return Reading(year: year, month: month, day: day)
  }

  /// `text.trimmingCharacters(in: .whitespaces)`, on the bytes when the text is ASCII.
  static func trimmedSpaces(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.trimmingCharacters(in: .whitespaces)
    }
    let bytes = text.utf8
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
      let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
    else { return "" }
    if first == bytes.startIndex, last == bytes.index(before: bytes.endIndex) { return text }
    return String(text[first...last])
  }

  static func monthIndex(_ word: String) -> Int? {
    let lower = word.lowercased()
    guard lower.count >= 3 else { return nil }
    for (index, name) in lowerMonths.enumerated() where name.hasPrefix(lower) {
      return index + 1
    }
    for (index, name) in lowerMonths.enumerated() where lower.hasPrefix(name) {
      return index + 1
    }
    return nil
  }

  static let lowerMonths = Lexicon.months.map { $0.lowercased() }
}
