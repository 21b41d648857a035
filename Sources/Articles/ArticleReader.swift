import Foundation

/// Turns the bytes of a saved article (plain text or Markdown, UTF-8) into an `Article`:
/// typography normalised, page furniture dropped, hard-wrapped lines joined, headings set
/// aside (the first one before the body becomes the title), captions kept but flagged, and
/// paragraphs split into sentences.
public struct ArticleReader: Sendable {
  public init() {}

  public func read(_ data: Data, name: String) throws(ArticleError) -> Article {
    let text = try ByteCheck().decode(data, name: name)
    return try read(text: text, name: name)
  }

  /// The same as `read(_:name:)` for text already in memory.
  public func read(text: String, name: String) throws(ArticleError) -> Article {
    let normalized = TextNormalizer().normalize(text)
    // Split on the newline byte: splitting a String by Character walks grapheme clusters.
    var lines = byteSplit(normalized, 10, omittingEmpty: false).map(MarkdownLine.init)
    joinDropCaps(&lines)
    let blocks = ParagraphBuilder(lines: lines).build()
    let splitter = SentenceSplitter()
    let furniture = PageFurniture()
    var sentences: [Sentence] = []
    var title: String?
    var headings: [String] = []
    var paragraph = 0
    var sawBody = false
    for block in blocks {
      switch block {
      case .heading(let text):
        headings.append(text)
        if title == nil && !sawBody { title = text }
      case .paragraph(let text, let isCaption):
        var added = false
        for sentence in splitter.split(text) where !isSentenceFurniture(sentence, furniture) {
          sentences.append(
            Sentence(
              index: sentences.count, paragraph: paragraph, text: sentence, isCaption: isCaption))
          added = true
        }
        if added {
          paragraph += 1
          if !isCaption { sawBody = true }
        }
      }
    }
    guard !sentences.isEmpty else { throw .noText(file: name) }
    return Article(name: name, title: title, sentences: sentences, headings: headings)
  }

  /// "Source: VOV" can share a line with the last sentence; it is still not article text.
  private func isSentenceFurniture(_ sentence: String, _ furniture: PageFurniture) -> Bool {
    let words = 1 + spaceCount(sentence)
    guard words <= 12 else { return false }
    if PageFurniture.startsWithCredit(sentence) { return true }
    return !endsSentence(sentence) && furniture.isFurniture(sentence)
  }

  /// A drop cap: "P" alone on a line before "rime Minister…" becomes "Prime Minister…".
  private func joinDropCaps(_ lines: inout [MarkdownLine]) {
    var i = 0
    while i + 1 < lines.count {
      // One scalar is at most four bytes: longer lines are passed over without decoding.
      let letters = lines[i].text.utf8.count <= 4 ? scalarArray(lines[i].text) : []
      if letters.count == 1, isUpper(letters[0]) {
        var j = i + 1
        while j < lines.count, lines[j].text.isEmpty, j - i <= 2 { j += 1 }
        if j < lines.count, let first = lines[j].text.unicodeScalars.first, isLower(first) {
          lines[j].text = lines[i].text + lines[j].text
          lines.removeSubrange(i..<j)
          continue
        }
      }
      i += 1
    }
  }
}
