/// Breaks text into lines that fit a width in terminal columns: at spaces where it can, inside
/// a word only when the word alone is too long (as in CJK text, which has no spaces).
public enum TextWrap {
  public static func lines(_ text: String, width: Int, measure: DisplayWidth) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += wrapParagraph(String(paragraph), width: width, measure: measure)
    }
    return lines
  }

  private static func wrapParagraph(_ text: String, width: Int, measure: DisplayWidth)
    -> [String]
  {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = measure.columns(of: word)
      let gap = line.isEmpty ? 0 : 1
      if lineWidth + gap + wordWidth <= width {
        if gap == 1 { line += " " }
        line += word
        lineWidth += gap + wordWidth
        continue
      }
      if !line.isEmpty {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if wordWidth <= width {
        line = String(word)
        lineWidth = wordWidth
        continue
      }
      for character in word {
        let w = max(measure.columns(of: character), 1)
        if lineWidth + w > width {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line.append(character)
        lineWidth += w
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
