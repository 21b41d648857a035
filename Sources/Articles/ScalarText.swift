/// Fast conversions between scalars and strings, and character classes with ASCII fast paths,
/// shared by the reader and the fact extractor. Appending scalars to a
/// `String.UnicodeScalarView` one by one is several times slower than encoding UTF-8 bytes
/// into an array and decoding that once, and the generator must keep up with megabytes a
/// second; they are inlinable so the extractor's loops inline them across the module boundary.
extension String {
  @inlinable public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count + 8)
    for c in scalars { appendUTF8(c, to: &bytes) }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

@inlinable @inline(__always) public func appendUTF8(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
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

/// The scalars of a string in one pass (`Array(s.unicodeScalars)` counts them first).
@inlinable public func scalarArray<S: StringProtocol>(_ s: S) -> [Unicode.Scalar] {
  var out: [Unicode.Scalar] = []
  out.reserveCapacity(s.utf8.count)
  for c in s.unicodeScalars { out.append(c) }
  return out
}

@inlinable @inline(__always) public func isDigit(_ c: Unicode.Scalar) -> Bool {
  c.value >= 48 && c.value <= 57
}

@inlinable @inline(__always) public func isLetter(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
  return c.properties.isAlphabetic
}

@inlinable @inline(__always) public func isUpper(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 128 { return v >= 65 && v <= 90 }
  return c.properties.isUppercase
}

@inlinable @inline(__always) public func isLower(_ c: Unicode.Scalar) -> Bool {
  let v = c.value
  if v < 128 { return v >= 97 && v <= 122 }
  return c.properties.isLowercase
}

@inlinable @inline(__always) public func isSpace(_ c: Unicode.Scalar) -> Bool {
  c == " " || c == "\t" || c == "\n"
}

/// Whether the UTF-8 of `s` holds `byte`: a scan of contiguous bytes, where iterating a
/// `String.UTF8View` checks every step.
@inlinable public func containsByte(_ s: String, _ byte: UInt8) -> Bool {
  s.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? s.utf8.contains(byte)
}
