import Foundation

/// Checks raw bytes before any decoding so that a PDF, an image or a UTF-16 export is refused
/// with a message naming the problem instead of being read as garbage.
struct ByteCheck: Sendable {
  func decode(_ data: Data, name: String) throws(ArticleError) -> String {
    let bytes = [UInt8](data)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .empty(file: name)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let utf32 = bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00])
      throw .unsupportedEncoding(file: name, encoding: utf32 ? "UTF-32" : "UTF-16")
    }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      throw .unsupportedEncoding(file: name, encoding: "UTF-32")
    }
    if isBinary(bytes) { throw .binary(file: name) }
    if let line = firstInvalidUTF8Line(bytes) { throw .notUTF8(file: name, line: line) }
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    return String(decoding: bytes[start...], as: UTF8.self)
  }

  /// NUL bytes, or more than one control byte in twenty, mean the file is not text.
  private func isBinary(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: Array("%PDF".utf8)) || bytes.starts(with: [0x89, 0x50, 0x4E, 0x47])
      || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xFF, 0xD8, 0xFF])
      || bytes.starts(with: Array("GIF8".utf8))
    {
      return true
    }
    var control = 0
    bytes.withUnsafeBytes { raw in
      let n = raw.count
      var i = 0
      // Eight bytes at a time: a word with no byte under 0x20 holds no NUL and no control
      // byte, and most words of text are such words.
      while i + 8 <= n {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        if Self.hasByteBelow0x20(word) {
          for k in i..<(i + 8) { Self.countControl(raw[k], &control) }
        }
        i += 8
      }
      while i < n {
        Self.countControl(raw[i], &control)
        i += 1
      }
    }
    return control < 0 || control * 20 > bytes.count
  }

  /// Adds one to `control` for a control byte other than tab, newline, form feed and carriage
  /// return; makes it negative for good on a NUL byte.
  @inline(__always) private static func countControl(_ b: UInt8, _ control: inout Int) {
    if b == 0 { control = Int.min / 2 }
    if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
  }

  /// Whether any byte of `word` is below 0x20 (exact: a borrow only starts at such a byte).
  @inline(__always) static func hasByteBelow0x20(_ word: UInt64) -> Bool {
    (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0
  }

  /// How many bytes of `word` are newlines (exact, with no carries between bytes).
  @inline(__always) static func newlineCount(_ word: UInt64) -> Int {
    let t = word ^ 0x0A0A_0A0A_0A0A_0A0A
    let y = (t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F
    return (~(y | t | 0x7F7F_7F7F_7F7F_7F7F)).nonzeroBitCount
  }

  /// The 1-based line of the first byte sequence that is not well-formed UTF-8.
  private func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
    var line = 1
    var i = 0
    let n = bytes.count
    while i < n {
      // Eight ASCII bytes at a time, counting their newlines.
      if i + 8 <= n {
        let word = bytes.withUnsafeBytes {
          UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        }
        if word & 0x8080_8080_8080_8080 == 0 {
          line += Self.newlineCount(word)
          i += 8
          continue
        }
      }
      let b = bytes[i]
      if b < 0x80 {
        if b == 0x0A { line += 1 }
        i += 1
        continue
      }
      let length: Int
      let minimum: UInt32
      var code: UInt32
      switch b {
      case 0xC2...0xDF:
        length = 2
        minimum = 0x80
        code = UInt32(b & 0x1F)
      case 0xE0...0xEF:
        length = 3
        minimum = 0x800
        code = UInt32(b & 0x0F)
      case 0xF0...0xF4:
        length = 4
        minimum = 0x10000
        code = UInt32(b & 0x07)
      default:
        return line
      }
      guard i + length <= n else { return line }
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return line }
        code = code << 6 | UInt32(c & 0x3F)
      }
      if code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) { return line }
      i += length
    }
    return nil
  }
}
