import Foundation

/// The value of a quantity read from digits ("100,000", "7.8", then perhaps "million").
///
/// Almost every value is an integer significand with a few fraction digits, and is scaled by
/// powers of ten and printed: kept that way, each step is a handful of integer operations,
/// where Foundation's `Decimal` costs a formatted-string round trip per number. A value that
/// does not fit (more than 18 digits, a scale that overflows) is a `Decimal` and behaves
/// exactly as before; both print the same text.
enum QuantityValue {
  case fixed(significand: UInt64, fractionDigits: Int)
  case decimal(Decimal)

  /// "100,000" → 100000, "7.8" → 7.8; nil for anything but digits, commas and one point.
  init?(digits text: String) {
    var significand: UInt64 = 0
    var digits = 0
    var fraction = 0
    var seenPoint = false
    for b in text.utf8 {
      switch b {
      case 48...57:
        guard digits < 18 else {
          guard let d = Decimal(string: text.filter { $0 != "," }) else { return nil }
          self = .decimal(d)
          return
        }
        significand = significand * 10 + UInt64(b - 48)
        digits += 1
        if seenPoint { fraction += 1 }
      case 44 where !seenPoint:
        continue
      case 46 where !seenPoint:
        seenPoint = true
      default:
        return nil
      }
    }
    guard digits > 0 else { return nil }
    self = .fixed(significand: significand, fractionDigits: fraction)
  }

  /// "3.500.000" → 3500000: points between groups of three digits, as Paraguay and much of
  /// Europe group thousands. Nil unless at least `groups` points each come before exactly
  /// three digits, and the figure begins with one to three: "7.8" and "1979.12" are no such
  /// figure, and "1.200" only where the caller knows the currency has no cents.
  init?(dottedThousands text: String, groups: Int) {
    let parts = text.utf8.split(separator: 46, omittingEmptySubsequences: false)
    guard parts.count > groups, let first = parts.first, (1...3).contains(first.count),
      parts.dropFirst().allSatisfy({ $0.count == 3 }),
      parts.allSatisfy({ $0.allSatisfy { (48...57).contains($0) } })
    else { return nil }
    self.init(digits: text.filter { $0 != "." })
  }

  var asDecimal: Decimal {
    switch self {
    case .fixed(let significand, let fraction):
      return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(significand))
    case .decimal(let d):
      return d
    }
  }

  /// The value times a scale word's factor (1e2 … 1e12).
  func scaled(by factor: Double) -> QuantityValue {
    if case .fixed(let significand, let fraction) = self, let power = Self.powerOfTen(factor) {
      // Dividing out fraction digits first keeps the significand small and exact.
      let shift = min(power, fraction)
      let (product, overflow) = significand.multipliedReportingOverflow(
        by: Self.powers[power - shift])
      if !overflow {
        return .fixed(significand: product, fractionDigits: fraction - shift)
      }
    }
    return .decimal(asDecimal * Decimal(factor))
  }

  /// The value divided by 10^`power`: a sum in coins ("850 millimes") as one in units.
  func divided(byPowerOfTen power: Int) -> QuantityValue {
    if case .fixed(let significand, let fraction) = self, fraction + power <= 18 {
      return .fixed(significand: significand, fractionDigits: fraction + power)
    }
    return .decimal(asDecimal / Decimal(sign: .plus, exponent: power, significand: 1))
  }

  /// Plain decimal text: no exponent, no grouping, at most six fraction digits (rounded half
  /// up), no trailing zeros, the same as `plain(_:)` prints for the same `Decimal`.
  var plainText: String {
    guard case .fixed(var significand, var fraction) = self else { return plain(asDecimal) }
    if fraction > 6 {
      guard fraction - 6 <= 19 else { return plain(asDecimal) }
      let divisor = Self.powers[fraction - 6]
      let (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
      significand = quotient
      // Half up: compare the remainder against half the divisor without overflowing.
      if remainder >= divisor - remainder { significand += 1 }
      fraction = 6
    }
    while fraction > 0, significand % 10 == 0 {
      significand /= 10
      fraction -= 1
    }
    let digits = String(significand)
    guard fraction > 0 else { return digits }
    if digits.utf8.count > fraction {
      let cut = digits.utf8.count - fraction
      return String(digits.prefix(cut)) + "." + String(digits.dropFirst(cut))
    }
    return "0." + String(repeating: "0", count: fraction - digits.utf8.count) + digits
  }

  /// 10^0 … 10^19, the powers a UInt64 holds.
  static let powers: [UInt64] = (0...19).map { p in (0..<p).reduce(UInt64(1)) { r, _ in r * 10 } }

  /// The exponent when `factor` is 10^0 … 10^18.
  static func powerOfTen(_ factor: Double) -> Int? {
    for p in 0...18 where Double(powers[p]) == factor { return p }
    return nil
  }
}
