import Foundation

@testable import Scheduling

/// The FSRS reference fixtures in Tests/Fixtures/fsrs, located from this file's path.
enum FixtureFiles {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures/fsrs")

  static func data(_ name: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(name))
  }

  static func text(_ name: String) throws -> String {
    String(decoding: try data(name), as: UTF8.self)
  }
}

enum FixtureError: Error, CustomStringConvertible {
  case badTimestamp(String)
  case badRow(file: String, line: Int, reason: String)

  var description: String {
    switch self {
    case .badTimestamp(let text): "not an ISO-8601 timestamp: \(text)"
    case .badRow(let file, let line, let reason): "\(file):\(line): \(reason)"
    }
  }
}

/// Parses the fixtures' timestamps ("2024-03-29T20:32:32.250000+00:00") exactly to the
/// microsecond, without Foundation's locale-dependent formatters.
enum Timestamp {
  static func parse(_ text: String) throws -> Date {
    let bytes = Array(text.utf8)
    var index = 0
    func number(_ width: Int) throws -> Int {
      guard index + width <= bytes.count else { throw FixtureError.badTimestamp(text) }
      var value = 0
      for _ in 0..<width {
        let b = bytes[index]
        guard b >= 48 && b <= 57 else { throw FixtureError.badTimestamp(text) }
        value = value * 10 + Int(b - 48)
        index += 1
      }
      return value
    }
    func expect(_ c: Character) throws {
      guard index < bytes.count, bytes[index] == c.asciiValue else {
        throw FixtureError.badTimestamp(text)
      }
      index += 1
    }
    let year = try number(4)
    try expect("-")
    let month = try number(2)
    try expect("-")
    let day = try number(2)
    try expect("T")
    let hour = try number(2)
    try expect(":")
    let minute = try number(2)
    try expect(":")
    let second = try number(2)
    var micro = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      var digits = 0
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
        if digits < 6 { micro = micro * 10 + Int(bytes[index] - 48) }
        digits += 1
        index += 1
      }
      for _ in digits..<max(digits, 6) { micro *= 10 }
    }
    var offset = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: "Z") {
      index += 1
    } else if index < bytes.count,
      bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
    {
      let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
      index += 1
      let hours = try number(2)
      try expect(":")
      let minutes = try number(2)
      offset = sign * (hours * 3600 + minutes * 60)
    }
    guard index == bytes.count else { throw FixtureError.badTimestamp(text) }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    // Whole seconds and microseconds are added separately so no precision is lost before the
    // one conversion to Double.
    return Date(timeIntervalSince1970: Double(seconds) + Double(micro) / 1_000_000)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

/// |a − b| ≤ 1e-9 · max(|a|, |b|), the agreement asked of the reference values.
func closeRelative(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
  if a == b { return true }
  return abs(a - b) <= tolerance * max(abs(a), abs(b))
}

func closeRelative(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
  switch (a, b) {
  case (nil, nil): true
  case (let a?, let b?): closeRelative(a, b, tolerance: tolerance)
  default: false
  }
}

/// Two instants agree "to the second": within a millisecond.
func sameInstant(_ a: Date?, _ b: Date?) -> Bool {
  switch (a, b) {
  case (nil, nil): true
  case (let a?, let b?): abs(a.timeIntervalSince(b)) < 0.001
  default: false
  }
}

extension Rating {
  init(fixtureName: String) throws {
    switch fixtureName {
    case "Again": self = .again
    case "Hard": self = .hard
    case "Good": self = .good
    case "Easy": self = .easy
    default: throw FixtureError.badTimestamp(fixtureName)
    }
  }
}

extension LearningState {
  /// py-fsrs state names; py-fsrs has no "new" (a new card is Learning at step 0).
  init(fixtureName: String) throws {
    switch fixtureName {
    case "Learning": self = .learning
    case "Review": self = .review
    case "Relearning": self = .relearning
    default: throw FixtureError.badTimestamp(fixtureName)
    }
  }
}
