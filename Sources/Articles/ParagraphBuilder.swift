/// Groups cleaned lines into headings and paragraphs, dropping page furniture on the way.
///
/// Two layouts are told apart: one paragraph per line (web copy), where a line only continues
/// the previous one when that one stopped mid-sentence and this one starts in lower case; and
/// hard-wrapped text (every line at most ~100 characters, most of them near the longest),
/// where the lines between blank lines form one paragraph.
struct ParagraphBuilder {
  enum Block: Equatable {
    case heading(String)
    case paragraph(String, isCaption: Bool)
  }

  let lines: [MarkdownLine]
  private let furniture = PageFurniture()

  init(lines: [MarkdownLine]) {
    self.lines = lines
  }

  func build() -> [Block] {
    let wrapWidth = hardWrapWidth()
    var blocks: [Block] = []
    var current: [String] = []
    var currentIsCaption = false
    var headings: [String] = []
    var seen: Set<String> = []
    // Room for every line up front: growing from empty rehashes every key at each doubling.
    seen.reserveCapacity(lines.count)
    var inRelatedList = false
    // After "Further reading", "Key words" or "Questions": back matter until body text comes
    // back. After "In this section you will learn:": the list of aims that follows.
    var inBackMatter = false
    var inLearningAims = false
    // Credits and readers' reviews: back matter to the next heading, prose-like lines or not.
    var untilHeading = false
    // After "Opening hours" or "About the reviewer": the box's lines, to the next blank line.
    var inBox = false
    // After "Key takeaways" or "Timeline": the list that retells the story.
    var inSummaryList = false

    func flush() {
      if !current.isEmpty {
        blocks.append(.paragraph(current.joined(separator: " "), isCaption: currentIsCaption))
      }
      current = []
      currentIsCaption = false
    }

    for (index, line) in lines.enumerated() {
      if line.kind == .rule || line.text.isEmpty {
        flush()
        inBox = false
        continue
      }
      if inBox { continue }
      let (text, isCaption) = furniture.stripCredits(line.text)
      if text.isEmpty || !text.unicodeScalars.contains(where: isLetter) {
        flush()
        continue
      }
      let words = 1 + spaceCount(text)
      let headlineLike = isHeadlineLike(text, words: words)
      if inLearningAims {
        if line.kind == .listItem || (text.unicodeScalars.first.map(isLower) ?? false) {
          continue
        }
        inLearningAims = false
      }
      if inBackMatter {
        if furniture.isBackMatterHeader(text) {
          untilHeading = furniture.runsToNextHeading(text)
          continue
        } else if line.kind == .heading {
          inBackMatter = false
        } else if !untilHeading, line.kind == .text, words >= 15, endsSentence(text),
          text.unicodeScalars.first.map(isUpper) ?? false
        {
          inBackMatter = false
        } else {
          continue
        }
      }
      if furniture.isBackMatterHeader(text) {
        flush()
        inBackMatter = true
        // "Curated by … Supported by …": credits, like readers' reviews, run on in long lines
        // till the next heading.
        untilHeading = furniture.runsToNextHeading(text)
        continue
      }
      if furniture.isBoxHeader(text) {
        flush()
        inBox = true
        continue
      }
      if furniture.isLearningAimsOpener(text) {
        flush()
        inLearningAims = true
        continue
      }
      if inRelatedList {
        if headlineLike || line.kind == .listItem || line.kind == .heading { continue }
        inRelatedList = false
      }
      if furniture.isRelatedHeader(text) {
        flush()
        inRelatedList = true
        continue
      }
      if furniture.isFurniture(text) || furniture.isSlug(text, titles: headings) {
        flush()
        continue
      }
      // Short lines (headlines, link lists) repeat with small differences; long ones repeat
      // exactly when a page repeats a paragraph.
      let key = text.utf8.count <= 120 ? PageFurniture.letterKey(text) : text
      // One hash: `insert` says whether the key was there already.
      if !seen.insert(key).inserted {
        flush()
        continue
      }

      if line.kind != .listItem {
        inSummaryList = furniture.isSummaryListHeader(text)
      }
      if line.kind == .heading {
        flush()
        headings.append(text)
        blocks.append(.heading(text))
        continue
      }
      if line.kind == .listItem {
        flush()
        current = [text]
        // A list that retells the story ("Dreyfus arrested.", "1896 — Picquart identifies
        // Esterhazy.") has no subject of its own: kept for its facts, like a caption, never
        // asked.
        currentIsCaption = isCaption || inSummaryList || PageFurniture.isTimelineEntry(text)
        flush()
        continue
      }
      let continues: Bool
      if current.isEmpty {
        continues = false
      } else if let wrapWidth, !currentIsCaption, !isCaption {
        continues = true
        _ = wrapWidth
      } else {
        let previous = current[current.count - 1]
        continues =
          !endsSentence(previous) && (text.unicodeScalars.first.map(isLower) ?? false)
          && currentIsCaption == isCaption
      }
      if continues {
        current.append(text)
        continue
      }
      if headlineLike && !isCaption && isHeadingInLayout(index, wrapWidth: wrapWidth) {
        flush()
        headings.append(text)
        blocks.append(.heading(text))
        continue
      }
      flush()
      current = [text]
      currentIsCaption = isCaption
    }
    flush()
    return blocks
  }

  /// A short line, capitalised, that does not end like a sentence.
  private func isHeadlineLike(_ text: String, words: Int) -> Bool {
    guard words <= 16, let first = text.unicodeScalars.first, isUpper(first) || isDigit(first)
    else { return false }
    return !endsSentence(text)
  }

  /// In hard-wrapped text a heading line is followed by a blank line or a new capitalised
  /// line, and is clearly shorter than the wrap width.
  private func isHeadingInLayout(_ index: Int, wrapWidth: Int?) -> Bool {
    guard let wrapWidth else { return true }
    let length = scalarCount(lines[index].text)
    guard length * 10 < wrapWidth * 7 else { return false }
    guard index + 1 < lines.count else { return true }
    let next = lines[index + 1].text
    guard let first = next.unicodeScalars.first else { return true }
    return !isLower(first)
  }

  /// The wrap width when the text is hard-wrapped, else nil.
  private func hardWrapWidth() -> Int? {
    var lengths: [Int] = []
    var multiLineBlock = false
    var previousNonEmpty = false
    for line in lines where line.kind != .rule {
      let n = scalarCount(line.text)
      if n == 0 {
        previousNonEmpty = false
        continue
      }
      if previousNonEmpty { multiLineBlock = true }
      previousNonEmpty = true
      lengths.append(n)
    }
    guard multiLineBlock, lengths.count >= 4, let longest = lengths.max(), longest <= 100,
      longest >= 40
    else { return nil }
    let nearFull = lengths.filter { $0 * 10 >= longest * 6 }.count
    return nearFull * 2 >= lengths.count && nearFull >= 3 ? longest : nil
  }
}

/// Whether a line ends the way a sentence or a quotation does.
func endsSentence(_ text: String) -> Bool {
  guard let last = text.unicodeScalars.last else { return false }
  return ".!?:;\"')…".unicodeScalars.contains(last)
}
