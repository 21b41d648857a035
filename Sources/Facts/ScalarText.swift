/// Fast conversions between scalars and strings. Appending scalars to a
/// `String.UnicodeScalarView` one by one is several times slower than encoding UTF-8 bytes
/// into an array and decoding that once, and the reader must keep up with megabytes a second.
extension String {
  init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count + 8)
    for c in scalars { appendUTF8(c, to: &bytes) }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

@inline(__always) func appendUTF8(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
  let v = c.value
  if v < 0x80 {
    bytes.append(UInt8(v))
  } else if v < 0x800 {
    bytes.append(UInt8(0xC0 | (v >> 6)))
    bytes.append(UInt8(0x80 | (v & 0x3F)))
  } else if v < 0x10000 {
    bytes.append(UInt8(0xE0 | (v >> 12)))
    bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
    bytes.append(UInt8(0x80 | (v & 0x3F)))
  } else {
    bytes.append(UInt8(0xF0 | (v >> 18)))
    bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
    bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
    bytes.append(UInt8(0x80 | (v & 0x3F)))
  }
}
