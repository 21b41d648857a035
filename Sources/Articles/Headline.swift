/// The page's headline among the lines above its first paragraph of prose.
///
/// A saved web page opens on a skip link, a masthead and its tagline, a date bar, a menu and a
/// breadcrumb before the headline; a textbook page on its series and lesson number; a profile
/// on its series label. The first short line is rarely the title, and the title is what names
/// the deck and tells the rest of the generator what the article is about ("Kate Sheppard
/// (1847–1934): …" says whose life it is). The headline is the first plausible title line
/// after the last navigation line (menus and breadcrumbs sit just above it), or, when no
/// plausible line follows the last one, the first before it. A Markdown page's first "# "
/// heading is its title outright.
struct Headline {
  /// The longest line taken for a headline, in words.
  static let maxWords = 20

  private let furniture = PageFurniture()

  /// The headline of the page whose cleaned lines these are, or nil when none above its first
  /// paragraph of prose is plausible. `blocks` are the lines grouped into paragraphs: a
  /// headline stands alone, so a line that only begins a hard-wrapped paragraph is none.
  func find(in lines: [MarkdownLine], blocks: [ParagraphBuilder.Block]) -> String? {
    // (Only the blocks above the body's first paragraph: no later one is a candidate.)
    var alone: Set<String> = []
    for block in blocks {
      if case .paragraph(let text, false) = block, isProse(text) { break }
      switch block {
      case .heading(let text), .paragraph(let text, _): alone.insert(text)
      }
    }
    var segments: [[String]] = [[]]
    // "# On This Day: 12 April" over "## 1961: Yuri Gagarin becomes …": the page's date is
    // no title; the story's heading under it is.
    var dateLabel: String?
    for line in lines {
      let text = line.text
      // A standfirst's bullets are never the title, nor do their bullets make a menu.
      if text.isEmpty || line.kind == .rule || line.kind == .listItem { continue }
      if line.kind == .heading {
        if dateLabel != nil { return isPlausible(text) ? droppingSectionNumber(text) : dateLabel }
        if line.level == 1 {
          guard isDateLabel(text) else { return text }
          dateLabel = text
          continue
        }
      }
      // "Forwarded this email? Sign up … here.": a mailing's own line reads like prose.
      if PageFurniture.isMailingLine(text) { continue }
      if line.kind == .text, isProse(text) { break }
      // The byline ends the page's head: a headline found above it is the one.
      if isBylineOrStamp(text) {
        if !(segments.last?.isEmpty ?? true) { break }
        continue
      }
      if isNavigation(text) {
        if !(segments.last?.isEmpty ?? true) { segments.append([]) }
        continue
      }
      if alone.contains(text), isPlausible(text) { segments[segments.count - 1].append(text) }
    }
    if let dateLabel { return dateLabel }
    guard let segment = segments.last(where: { !$0.isEmpty }),
      // "Explainer", "Analysis": a one-word kicker above the headline.
      let chosen = segment.first(where: { spaceCount($0) > 0 && !isDateLabel($0) })
        ?? segment.first
    else { return nil }
    return droppingSectionNumber(chosen)
  }

  /// "On This Day: 12 April", "Today in History — April 12", "12 April": a page's date with
  /// nothing of its story.
  func isDateLabel(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    return !words.isEmpty
      && words.allSatisfy { word in
        // "12", "12th"
        (word.first?.isNumber ?? false)
          && ["", "st", "nd", "rd", "th"].contains(String(word.drop(while: \.isNumber)))
          || Self.dateLabelWords.contains(String(word))
          || PublicationDate.months.contains(String(word.prefix(3)))
            && (word.count == 3 || Self.monthNames.contains(String(word)))
      }
  }

  private static let dateLabelWords = Set(
    ["on", "this", "day", "today", "in", "history", "what", "happened"]
      + PublicationDate.weekdays)

  private static let monthNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept",
  ]

  /// "4.2 The Treaty of Versailles, 1919" → "The Treaty of Versailles, 1919", "Lecture 9 -
  /// Opium and gunboats" → "Opium and gunboats": a textbook's or a course's numbering is not
  /// part of the title.
  func droppingSectionNumber(_ title: String) -> String {
    // "Lecture 9 - Opium, silver and gunboats": the series' number, then the title.
    let words = title.split(separator: " ", maxSplits: 3)
    if words.count == 4, Self.numberedWords.contains(words[0].lowercased()),
      words[1].allSatisfy({ $0.isNumber || $0 == "." }), ["-", "–", "—", "|"].contains(words[2])
    {
      return String(words[3])
    }
    guard let space = title.firstIndex(of: " ") else { return title }
    let number = title[..<space]
    guard number.contains("."), number.allSatisfy({ $0.isNumber || $0 == "." }) else {
      return title
    }
    let rest = title[title.index(after: space)...]
    return rest.isEmpty ? title : String(rest)
  }

  /// "By Brian Omondi | Wednesday …", "Published: 05/11/2026", "Reading time: 7 minutes",
  /// "4 min read": the byline and the stamps beside it, just under the headline.
  func isBylineOrStamp(_ text: String) -> Bool {
    if text.hasPrefix("By "), text.unicodeScalars.dropFirst(3).first.map(isUpper) ?? false {
      return true
    }
    let lower = text.lowercased()
    return Self.stamps.contains { lower.hasPrefix($0) } || lower.hasSuffix(" min read")
      || lower.hasSuffix(" minute read") || lower.hasPrefix("listen to this")
  }

  private static let stamps = [
    "posted", "published", "updated", "last updated", "reading time", "filed under", "share:",
    "released", "hosted by", "presented by", "listen on", "narrated by", "written by",
    "words by", "script by", "text by", "compiled by",
  ]

  /// A paragraph of the article: a dozen words or more ending like a sentence, or a short
  /// sentence with its full stop ("The bridge opened in 2002."), which no headline has.
  private func isProse(_ text: String) -> Bool {
    let words = spaceCount(text) + 1
    if words >= 5, text.hasSuffix("."), !foundationContains(text, " | ") { return true }
    return words >= 12 && endsSentence(text) && !foundationContains(text, " | ")
  }

  /// A menu, breadcrumb, date bar or series label ("News » Environment", "Home | Visit |
  /// Shop", "Unit 3 · Empires of the Americas"), or a skip link.
  func isNavigation(_ text: String) -> Bool {
    if text.hasPrefix("Skip to ") || text.hasPrefix("Jump to") { return true }
    // A date bar may end on a bracket: "… | PM2.5 AQI 168 (Unhealthy)".
    if foundationContains(text, " | ") { return true }
    guard !endsSentence(text) else { return false }
    if holdsSeparator(text) { return true }
    return isMenu(text)
  }

  /// "News  Sports  Business  Opinion  Obituaries  e-Edition": six or more capitalised words
  /// with no small word, figure or punctuation between them. A headline in title case has
  /// its "of", "in" or "a".
  private func isMenu(_ text: String) -> Bool {
    let words = spaceSplit(text)
    guard words.count >= 6 else { return false }
    // "The King Who Gave Korea Its Alphabet": a title in title case has words no menu does.
    if words.contains(where: { Self.titleCaseSmallWords.contains($0.lowercased()) }) {
      return false
    }
    return words.allSatisfy { word in
      word.allSatisfy { $0.isLetter || $0 == "-" }
        && (word.first?.isUppercase ?? false || word.hasPrefix("e-"))
    }
  }

  /// Small words a title in title case capitalises and a menu never holds.
  private static let titleCaseSmallWords: Set<String> = [
    "the", "a", "an", "who", "its", "his", "her", "their", "that", "which", "what", "how",
    "why", "was", "were", "is", "are",
  ]

  /// What menus and breadcrumbs put between their items ("»" reads as a double quotation
  /// mark once typography is normalised).
  private static let separators = [
    " | ", " » ", " › ", " > ", " · ", " • ", " / ", " \" ",
  ]

  /// Whether `text` holds one of `separators`, as Foundation's `contains` finds them. The
  /// ASCII ones are looked for in the bytes first (`foundationContains`); no text of ASCII
  /// alone holds the others, nor anything canonically equal to them, so only a line with other
  /// bytes asks Foundation for those. Every line above the body is searched for each separator,
  /// and Foundation's search is slow.
  func holdsSeparator(_ text: String) -> Bool {
    let ascii = text.utf8.allSatisfy { $0 < 0x80 }
    return Self.separators.contains { separator in
      separator.utf8.allSatisfy { $0 < 0x80 }
        ? foundationContains(text, separator) : !ascii && text.contains(separator)
    }
  }

  /// Labels of a page's sections that stand alone on their line above the text they head.
  static let sectionLabels: Set<String> = [
    "transcript", "full transcript", "contents", "table of contents", "summary", "introduction",
    "abstract", "overview", "background", "in brief", "the story", "article", "text",
  ]

  /// "Transcript", "Contents": a section's label names no story; nor does a box's ("Tour
  /// details", "Visitor information").
  static func isSectionLabel(_ text: String) -> Bool {
    let lowered = text.lowercased()
    if sectionLabels.contains(lowered) { return true }
    return spaceCount(lowered) <= 2
      && (lowered.hasSuffix(" details") || lowered.hasSuffix(" information"))
  }

  /// A line that could be a title: short, not ending on a full stop, not page furniture, not
  /// a section's label, a masthead in capitals, a label and its value ("Posted: …", "Born:
  /// …"), a lesson number or a site's tagline.
  func isPlausible(_ text: String) -> Bool {
    let words = spaceSplit(text)
    guard (1...Self.maxWords).contains(words.count), !text.hasSuffix("."),
      // ("֏18.6 bln plan to …", "$5bn deal …": a sum's sign may open a headline.)
      text.unicodeScalars.first.map({
        isUpper($0) || isDigit($0) || $0 == "\"" || $0 == "“"
          || $0.properties.generalCategory == .currencySymbol
      }) ?? false
    else { return false }
    if Self.isSectionLabel(text) { return false }
    // "THE LANNA HERALD" is a masthead; "THE CONGRESS OF VIENNA, 1814–15" a title.
    let letters = text.unicodeScalars.filter(isLetter)
    if letters.count >= 4, !letters.contains(where: isLower), !holdsFourDigits(text) {
      return false
    }
    // "Farmers load sacks … Photo: Sani Mohammed": a photo's caption.
    if furniture.stripCredits(text).isCaption { return false }
    if isLabelLine(text) || isSectionNumber(words) || isTagline(text, words: words) {
      return false
    }
    return !furniture.isFurniture(text)
  }

  /// "Posted: 04/03/2026", "Reading time: 8 minutes", "Born: 10 March 1847": a label of one
  /// to three words, later ones in lower case, and a value. "Kate Sheppard (1847–1934): The
  /// Woman …", "The Day the Hills Held: …" and "The first ferry: how …" are titles with a
  /// subtitle.
  private func isLabelLine(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":") else { return false }
    let label = text[..<colon].split(separator: " ")
    guard (1...3).contains(label.count),
      label.allSatisfy({ $0.allSatisfy(\.isLetter) }),
      label.dropFirst().allSatisfy({ $0.first?.isLowercase ?? false }),
      !["The", "A", "An"].contains(label[0])
    else { return false }
    if label.count > 1 { return true }
    let value = text[text.index(after: colon)...].drop { $0 == " " }
    return value.first?.isNumber ?? true
      || Self.labels.contains(label[0].lowercased())
  }

  private static let labels: Set<String> = [
    "posted", "published", "updated", "date", "born", "died", "by", "tags", "filed", "source",
    "location", "result", "category", "categories", "author", "spouse", "spouses", "children",
    "nationality", "occupation", "cause", "edited", "photo", "image", "caption",
    // A box of practical details: "Duration: about 50 minutes", "Start: Gwanghwamun Square".
    "duration", "length", "start", "finish", "distance", "admission", "accessible", "stops",
    "venue", "hours", "tickets", "price",
  ]

  /// "Lesson 7.3", "Unit 3", "Chapter 4: Making the Peace", "No. 27": a place in a series,
  /// not a title.
  private func isSectionNumber(_ words: [Substring]) -> Bool {
    guard words.count >= 2 else { return false }
    // "Documents of Empire, no. 12": a series and its number, written after it.
    if ["no.", "no", "number", "issue", "vol.", "volume", "episode"].contains(
      words[words.count - 2].lowercased()),
      words[words.count - 1].allSatisfy(\.isNumber)
    {
      return true
    }
    guard Self.sectionWords.contains(words[0].lowercased()) else { return false }
    return words[1].first?.isNumber ?? false
  }

  /// Words that number a title in front of it: "Lecture 9 - …". ("Lecture" is no section
  /// word: that would turn the whole headline line away before its number is dropped.)
  private static let numberedWords = sectionWords.union(["lecture"])

  private static let sectionWords: Set<String> = [
    "lesson", "unit", "chapter", "part", "section", "no.", "issue", "volume", "vol.",
    "episode", "grade", "page", "module", "week",
  ]

  /// "From Civitas, the open encyclopedia of cities", "Northern Thailand's English-language
  /// newspaper", "Keeping the towpath's story since 1962": what a site says of itself.
  private func isTagline(_ text: String, words: [Substring]) -> Bool {
    let lower = text.lowercased()
    if Self.siteWords.contains(where: { foundationContains(lower, $0) }) { return true }
    guard words.count >= 3, words[words.count - 2].lowercased() == "since",
      let year = Int(words[words.count - 1]), (1000...2100).contains(year)
    else { return false }
    return true
  }

  private static let siteWords = [
    "encyclopedia", "encyclopaedia", "newspaper", "free reference", "the reference for",
  ]
}
