import Foundation

/// Turns the bytes of a saved article (plain text or Markdown, UTF-8) into an `Article`:
/// typography normalised, page furniture dropped, hard-wrapped lines joined, headings set
/// aside (the page's `Headline` becomes the title), captions kept but flagged, and
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
    // The page's date stands in its first lines (front matter, byline), before any is dropped.
    var published = PublicationDate.find(
      in: lines.lazy.map(\.text).filter { !$0.isEmpty }.prefix(15).map { $0 })
    dropFrontMatter(&lines)
    dropAfterEndMark(&lines)
    dropLetters(&lines)
    joinDropCaps(&lines)
    dropSpeakerLabels(&lines)
    let blocks = ParagraphBuilder(lines: lines).build()
    let headlines = Headline()
    let headline = headlines.find(in: lines, blocks: blocks)
    let splitter = SentenceSplitter()
    let furniture = PageFurniture()
    var sentences: [Sentence] = []
    var title: String?
    var headings: [String] = []
    var paragraph = 0
    var sawBody = false
    var isDatelined = false
    var datelinePlaces: [String] = []
    for block in blocks {
      switch block {
      case .heading(let text):
        headings.append(text)
        // (A heading the headline rules find implausible, a box's label or a detail's line,
        // is no title either.)
        if title == nil && !sawBody && headlines.isPlausible(text) { title = text }
      case .paragraph(let text, let flagged):
        if PageFurniture.isVisitorInformation(text) { continue }
        // A standfirst or summary bullet under the headline ("Quota falls 18 per cent after
        // …; fleets promised $42 million"), or a line of links, tells the story in
        // headline words: kept for its facts, like a caption, but never asked.
        let isCaption = flagged || isHeadlineLine(text)
        var added = false
        for sentence in splitter.split(text) where !isSentenceFurniture(sentence, furniture) {
          // "GENEVA, March 12 (Meridian Press) - Governments pledged …": the story starts
          // after the dateline.
          var text = sentence
          if !added, let length = Dateline.prefixLength(sentence) {
            if !sawBody {
              isDatelined = true
              datelinePlaces = Dateline.places(sentence, length: length)
            }
            // (The slice's bytes copied: a String.UnicodeScalarView built from a slice is slow.)
            text = String(sentence.unicodeScalars.dropFirst(length))
            // "HANOI, March 3, 2026 –" dates the story when the page gives no date of its own:
            // its "on Tuesday" counts back from it.
            if published == nil {
              let dateline = sentence.unicodeScalars.prefix(length)
              published = PublicationDate.read(String(dateline).lowercased())
            }
          }
          sentences.append(
            Sentence(
              index: sentences.count, paragraph: paragraph, text: text,
              isCaption: isCaption || isFactBoxLine(text)))
          added = true
        }
        if added {
          paragraph += 1
          if !isCaption { sawBody = true }
        }
      }
    }
    guard !sentences.isEmpty else { throw .noText(file: name) }
    var emphasized: [String] = []
    for line in lines where !line.emphasized.isEmpty {
      for words in line.emphasized where !emphasized.contains(words) { emphasized.append(words) }
    }
    var article = Article(
      name: name, title: headline ?? title, sentences: sentences, headings: headings,
      published: published,
      emphasized: emphasized)
    article.isDatelined = isDatelined
    article.datelinePlaces = datelinePlaces
    return article
  }

  /// A paragraph of five words or more that ends without a full stop (or other sentence
  /// end), or a line of links ("› Video: …", "More in …: A | B").
  func isHeadlineLine(_ text: String) -> Bool {
    if opensWith(text, "›") || opensWith(text, "»") || foundationContains(text, " | ") {
      return true
    }
    // "… 6 March – 13 September 2026, Gallery 4 (Level 2)": a bracket ends no sentence.
    var body = Substring(text)
    if body.hasSuffix(")"), let open = body.lastIndex(of: "(") {
      body = body[..<open]
      while body.last == " " { body = body.dropLast() }
    }
    guard !body.isEmpty, !endsSentence(String(body)), let last = body.unicodeScalars.last,
      last != "”", last != "’"
    else { return false }
    return spaceCount(text) >= 4
  }

  /// "Died: 1368 or 1369, Morocco (place uncertain)", "Distance travelled: about 117,000 km": a
  /// profile's fact-box line, a label of one to three words and its value with no full stop.
  /// Kept for its facts, like a caption, but never asked: it names neither whose death nor
  /// whose distance.
  func isFactBoxLine(_ text: String) -> Bool {
    // (A colon Character needs a colon byte: memchr turns down most lines first.)
    guard !text.hasSuffix("."), !text.hasSuffix("!"), !text.hasSuffix("?"),
      containsByte(text, 0x3A), let colon = text.firstIndex(of: ":"),
      let first = text.first, first.isUppercase
    else { return false }
    let label = text[..<colon]
    return !label.isEmpty && label.split(separator: " ").count <= 3
      && label.allSatisfy { $0.isLetter || $0 == " " }
  }

  /// "Source: VOV" can share a line with the last sentence; it is still not article text.
  private func isSentenceFurniture(_ sentence: String, _ furniture: PageFurniture) -> Bool {
    let words = 1 + spaceCount(sentence)
    guard words <= 12 else { return false }
    if PageFurniture.startsWithCredit(sentence) { return true }
    return !endsSentence(sentence) && furniture.isFurniture(sentence)
  }

  /// A blog's YAML front matter ("---", "title: …", "date: …", "---") at the top of the file
  /// describes the page; none of it is article text.
  private func dropFrontMatter(_ lines: inout [MarkdownLine]) {
    guard let open = lines.firstIndex(where: { !$0.text.isEmpty || $0.kind == .rule }),
      lines[open].kind == .rule
    else { return }
    var close = open + 1
    var keys = 0
    while close < lines.count, close - open <= 40, lines[close].kind != .rule {
      let text = lines[close].text
      // Every line is "key: value" (one word before the colon), a list item or blank.
      if let colon = text.firstIndex(of: ":"), colon > text.startIndex,
        !text[..<colon].contains(" ")
      {
        keys += 1
      } else if !text.isEmpty && lines[close].kind != .listItem {
        return
      }
      close += 1
    }
    guard close < lines.count, close - open <= 40, keys > 0 else { return }
    lines.removeSubrange(open...close)
  }

  /// A press release ends at "###" (or "-30-", "ENDS"): what follows is notes to editors,
  /// the sender's own profile and its press contact, however much they read like prose.
  private func dropAfterEndMark(_ lines: inout [MarkdownLine]) {
    var sawProse = false
    for index in lines.indices {
      let line = lines[index]
      if line.kind == .heading && line.text.isEmpty && line.level == 3
        || (sawProse && line.text.utf8.count <= 9 && Self.endMarks.contains(line.text.lowercased()))
      {
        guard sawProse else { continue }
        lines.removeSubrange(index...)
        return
      }
      if !sawProse, line.kind == .text, spaceCount(line.text) >= 11 { sawProse = true }
    }
  }

  static let endMarks: Set<String> = ["-30-", "- 30 -", "# # #", "ends", "-ends-", "– ends –"]

  /// A newsletter's letter from its editor ("FROM THE EDITOR", "Dear members,", …, "Best
  /// wishes,", a name and a role) greets the members and introduces the issue; the article
  /// is what follows it. The letter and its label are blanked.
  private func dropLetters(_ lines: inout [MarkdownLine]) {
    var index = 0
    while index < lines.count {
      guard PageFurniture.isSalutation(lines[index].text),
        let signOff = lines[(index + 1)..<min(lines.count, index + 25)].firstIndex(where: {
          PageFurniture.isSignOff($0.text)
        })
      else {
        index += 1
        continue
      }
      // The signature: the short lines under the sign-off, to the next blank line.
      var end = signOff + 1
      while end < lines.count, !lines[end].text.isEmpty, spaceCount(lines[end].text) < 6 {
        end += 1
      }
      var start = index
      var label = index - 1
      while label >= 0, lines[label].text.isEmpty, lines[label].kind != .rule { label -= 1 }
      if label >= 0, PageFurniture.isLetterLabel(lines[label].text) { start = label }
      for blank in start..<end { lines[blank].text = "" }
      index = end
    }
  }

  /// "A: Magna Carta, Latin for …", "OWEN: In November 1810 …": a FAQ's "Q:" or "A:" or a
  /// transcript's speaker is no part of the sentence, and the interviewer's lines (the
  /// speaker of the first labelled question, when two or more speak: "PRIYA: Twenty-three
  /// pounds sounds like a lot.") only lead the answers on, so they are dropped.
  private func dropSpeakerLabels(_ lines: inout [MarkdownLine]) {
    var labels: [String?] = []
    labels.reserveCapacity(lines.count)
    for index in lines.indices {
      guard lines[index].text.utf8.count > 3,
        let (label, rest) = Self.speakerLabel(lines[index].text)
      else {
        labels.append(nil)
        continue
      }
      labels.append(label)
      lines[index].text = rest
    }
    let speakers = Set(labels.compactMap { $0 })
    guard speakers.count >= 2,
      let first = lines.indices.first(where: { labels[$0] != nil && lines[$0].text.contains("?") }),
      let host = labels[first]
    else { return }
    for index in lines.indices where labels[index] == host { lines[index].text = "" }
  }

  /// The label and the text of a labelled line: up to three words in capitals and a colon,
  /// before a capitalised sentence. Nil for any other line.
  static func speakerLabel(_ line: String) -> (label: String, text: String)? {
    // (A line with no colon byte has no colon Character: most are turned down by `memchr`.)
    guard containsByte(line, 0x3A) else { return nil }
    return labelBeforeColon(line)
  }

  /// `speakerLabel` read from the line's Characters alone, whatever its bytes.
  static func labelBeforeColon(_ line: String) -> (label: String, text: String)? {
    // (Only a line's first 25 characters are searched: most lines are long paragraphs.)
    guard let first = line.unicodeScalars.first, isUpper(first),
      let colon = line.prefix(25).firstIndex(of: ":")
    else { return nil }
    let label = line[..<colon]
    let rest = line[line.index(after: colon)...]
    guard rest.hasPrefix(" "), let next = rest.dropFirst().first, next.isUppercase,
      label.split(separator: " ").count <= 3,
      label.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" || $0 == "." }),
      label.contains(where: \.isLetter)
    else { return nil }
    return (String(label), String(rest.dropFirst()))
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
