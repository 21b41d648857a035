/// Deck and article text is untrusted: it must never move the cursor, change colours or
/// retitle the terminal. Anything that is not printable becomes a space.
public enum TerminalText {
  public static func sanitize(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:
        // ESC starts a sequence: skip through its final byte so no parameters leak as text.
        skipEscapeSequence(&scalars)
      case 0x09, 0x0A:
        out.append(" ")
      case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        continue
      default:
        out.append(scalar)
      }
    }
    return String(out)
  }

  private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let introducer = scalars.next() else { return }
    switch introducer {
    case "[":
      // CSI: parameters and intermediates until a byte in @…~.
      while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
    case "]", "P", "_", "^", "X":
      // OSC, DCS, APC, PM, SOS: until BEL or ESC \.
      while let s = scalars.next() {
        if s.value == 0x07 { break }
        if s.value == 0x1B {
          _ = scalars.next()
          break
        }
      }
    default:
      break
    }
  }
}
