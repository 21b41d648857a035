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
    for b in bytes {
      if b == 0 { return true }
      if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
    }
    return control * 20 > bytes.count
  }

  /// The 1-based line of the first byte sequence that is not well-formed UTF-8.
  private func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
    var line = 1
    var i = 0
    let n = bytes.count
    while i < n {
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
