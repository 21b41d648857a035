import Foundation

/// ISO-8601 times as the contract writes them ("2024-03-29T20:32:32.25Z") and as review-history
/// CSVs hold them ("2024-03-29T20:32:32.250000+00:00"). Hand-written rather than a date
/// formatter: exact to the millisecond, strict, and fast enough for logs of many thousand rows.
enum UTCTimestamp {
  /// Milliseconds since 1970 for `text`, or nil when it is not an ISO-8601 date-time with an
  /// explicit offset (`Z` or `±HH:MM`). Fractions finer than a millisecond are rounded.
  static func milliseconds(from text: some StringProtocol) -> Int64? {
    let bytes = Array(text.utf8)
    var index = 0
    func number(_ width: Int) -> Int64? {
      guard index + width <= bytes.count else { return nil }
      var value: Int64 = 0
      for byte in bytes[index..<(index + width)] {
        guard byte >= 48, byte <= 57 else { return nil }
        value = value * 10 + Int64(byte - 48)
      }
      index += width
      return value
    }
    func expect(_ character: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == character else { return false }
      index += 1
      return true
    }
    guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
      index < bytes.count, bytes[index] == 84 || bytes[index] == 32
    else { return nil }
    index += 1
    guard let hour = number(2), expect(58), let minute = number(2), expect(58),
      let second = number(2)
    else { return nil }
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24,
      minute < 60, second < 61
    else { return nil }
    var fraction = 0.0
    if expect(46) {
      var scale = 0.1
      let start = index
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
        fraction += Double(bytes[index] - 48) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    var offsetMinutes: Int64 = 0
    if expect(90) {
      // Z
    } else if index < bytes.count, bytes[index] == 43 || bytes[index] == 45 {
      let sign: Int64 = bytes[index] == 45 ? -1 : 1
      index += 1
      guard let offsetHours = number(2), expect(58), let offsetMins = number(2), offsetHours < 24,
        offsetMins < 60
      else { return nil }
      offsetMinutes = sign * (offsetHours * 60 + offsetMins)
    } else {
      return nil
    }
    guard index == bytes.count else { return nil }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    let seconds = ((days * 24 + hour) * 60 + minute) * 60 + second - offsetMinutes * 60
    return seconds * 1000 + Int64((fraction * 1000).rounded())
  }

  /// "YYYY-MM-DDTHH:MM:SSZ", with ".mmm" only when the time is not on a whole second.
  static func string(milliseconds: Int64) -> String {
    let (secondsTotal, millis) = floorDivision(milliseconds, 1000)
    let (daysTotal, secondOfDay) = floorDivision(secondsTotal, 86_400)
    let (year, month, day) = civilDate(daysSinceEpoch: daysTotal)
    func pad(_ value: Int64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    var text =
      "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
      + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    if millis != 0 { text += ".\(pad(millis, 3))" }
    return text + "Z"
  }

  static func string(_ date: Date) -> String { string(milliseconds: date.milliseconds) }

  private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let quotient = value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    return (quotient, value - quotient * divisor)
  }

  private static func isLeap(_ year: Int64) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil-calendar arithmetic).
  private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
