/// How many terminal columns text takes. The terminal shell measures with the C library's
/// `wcwidth`, which knows the locale's tables; the pure model and its tests use the built-in
/// approximation, which agrees with it on the scripts decks are written in.
public struct DisplayWidth: Sendable {
  private let scalarWidth: @Sendable (Unicode.Scalar) -> Int

  /// `scalarWidth` follows `wcwidth`: 0 for combining marks, 2 for wide, negative for
  /// unprintable.
  public init(scalarWidth: @escaping @Sendable (Unicode.Scalar) -> Int) {
    self.scalarWidth = scalarWidth
  }

  /// Columns of one grapheme: 1 or 2, or 0 when it has nothing printable.
  public func columns(of character: Character) -> Int {
    var total = 0
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { return 2 }  // emoji presentation
      let width = scalarWidth(scalar)
      if width > 0 { total += width }
    }
    return min(total, 2)
  }

  public func columns(of text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + columns(of: $1) }
  }

  /// An approximation of East Asian Width and the zero-width classes, enough for Latin,
  /// Vietnamese, Cyrillic, Greek, CJK, Hangul and the common emoji.
  public static let unicode = DisplayWidth { scalar in
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return -1 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels and final consonants
    for range in wideRanges where range.contains(v) { return 2 }
    return 1
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F3,
    0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
    0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
    0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F5, 0x26FA...0x26FD, 0x2705...0x2705,
    0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C, 0x2753...0x2755, 0x2757...0x2757,
    0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50,
    0x2B55...0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
    0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
    0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
    0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F64F,
    0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
