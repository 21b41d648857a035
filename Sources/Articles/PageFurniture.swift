import Foundation

/// Recognises the parts of a saved web page that are not the article: navigation and
/// advertising, share buttons, bylines and datelines, source lines, photo credits, URL slugs
/// and "related articles" lists. Every rule looks at one line and its words, so the reader
/// stays linear in the size of the page.
struct PageFurniture: Sendable {
  /// Words that make up menus, share bars and advertising. A line made (mostly) of them, with
  /// at least one of the `strongWords`, is not article text.
  static let menuWords: Set<String> = [
    "advertisement", "advertising", "ads", "ad", "contact", "us", "about", "rss", "home",
    "subscribe", "subscription", "login", "log", "in", "sign", "up", "register", "share",
    "facebook", "twitter", "x", "email", "e-mail", "print", "menu", "search", "tweet",
    "pinterest", "linkedin", "whatsapp", "telegram", "zalo", "reddit", "copy", "link", "tags",
    "tag", "comments", "comment", "follow", "newsletter", "english", "vietnamese", "french",
    "spanish", "chinese", "russian", "japanese", "korean", "khmer", "lao", "deutsch",
    "español", "français", "back", "top", "to", "next", "previous", "prev", "more", "read",
    "news", "video", "videos", "photos", "photo", "gallery", "podcast", "podcasts", "live",
    "latest", "popular", "trending", "sections", "section", "skip", "content", "main",
    "account", "my", "the", "and", "|", "/", "-", "•", "·", "»", "›", "site", "map", "sitemap",
    "terms", "privacy", "policy", "cookie", "cookies", "settings", "accept", "close", "open",
    "app", "download", "on", "of", "use", "weather", "world", "business", "sports", "sport",
    "culture", "travel", "politics", "society", "opinion", "life", "lifestyle", "entertainment",
    "science", "tech", "technology", "health", "economy", "edition", "feedback", "help",
    "faq", "careers", "jobs", "donate", "shop", "messenger", "instagram", "youtube", "tiktok",
    "google", "mail", "like", "save", "bookmark", "font", "size", "a+", "a-", "listen",
  ]
  static let strongWords: Set<String> = [
    "advertisement", "advertising", "rss", "subscribe", "login", "facebook", "twitter",
    "tweet", "pinterest", "linkedin", "whatsapp", "telegram", "zalo", "reddit", "newsletter",
    "share", "print", "email", "e-mail", "sitemap", "cookies", "instagram", "youtube",
    "tiktok", "messenger", "menu", "bookmark",
  ]
  /// Lines that open a list of links to other articles.
  static let relatedHeaders: Set<String> = [
    "related articles", "related article", "related news", "related stories", "related",
    "read more", "read also", "see also", "more news", "you may also like", "recommended",
    "most read", "most viewed", "most popular", "latest news", "other news", "tags",
    "keywords", "related posts", "more stories", "also read", "you might also like",
    "more from this section", "top stories", "editor's picks",
  ]
  /// "Source: VOV", "Photo: VNA": credits and attributions that stand on their own line.
  static let creditPrefixes = [
    "source:", "sources:", "photo:", "photos:", "photo credit:", "image:", "images:",
    "credit:", "credits:", "video:", "tags:", "keywords:", "read more:", "see also:",
    "related:", "share:", "reporter:", "author:", "written by", "edited by", "translated by",
    "compiled by", "posted by", "published by", "by:", "updated:", "posted:", "published:",
    "feature by", "words by", "text by", "story by", "report by", "article by",
  ]
  /// What a caption's credit in parentheses starts with: "(photo: VNA)", "(Source: X/VNA)".
  static let creditWords = [
    "photo", "photos", "source", "image", "credit", "file photo", "archive photo",
    "illustrative photo", "illustration", "pic", "picture", "video", "graphic", "screenshot",
    "courtesy",
  ]
  /// Prefixes that mark a line as a caption and are dropped from it.
  static let captionPrefixes = [
    "archive photo:", "file photo:", "illustrative photo:", "illustration photo:",
    "photo:", "image:", "caption:", "pictured:", "in the photo:", "in photo:",
  ]
  static let dateWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a.m.",
    "p.m.", "gmt", "utc", "ict", "est", "edt", "pst", "bst", "cet", "updated", "posted",
    "published", "last", "on", "at", "|", "-", "/", "•", "·", ",", "ago", "hours", "hour",
    "minutes", "minute", "days", "day", "today", "yesterday", "gmt+7", "utc+7",
  ]

  /// Whether a line opens with one of `creditPrefixes`, in any case. Every prefix holds a
  /// colon or "by", so a line without either near its start is passed over without folding
  /// its case.
  static func startsWithCredit(_ line: String) -> Bool {
    // (The first 96 bytes read in place: a prefix of the UTF8View is walked index by index.)
    var line = line
    let marked = line.withUTF8 { bytes in
      var previous: UInt8 = 0
      for b in bytes.prefix(96) {
        if b == 58 || ((b == 121 || b == 89) && (previous == 98 || previous == 66)) {
          return true
        }
        previous = b
      }
      return false
    }
    guard marked else { return false }
    if let ascii = asciiHeadHasPrefix(line, limit: 24, creditPrefixBytes) { return ascii }
    let head = String(line.unicodeScalars.prefix(24)).lowercased()
    return creditPrefixes.contains(where: { head.hasPrefix($0) })
  }

  static let creditPrefixBytes = creditPrefixes.map { Array($0.utf8) }

  /// Whether the first `limit` scalars of `line`, lower-cased, start with one of `prefixes`
  /// (lower-case UTF-8), read from the line's bytes when those scalars are ASCII: such a head
  /// has no combining mark or CR-LF pair, so `hasPrefix` on it compares bytes. Nil for any
  /// other head, which takes the general path.
  static func asciiHeadHasPrefix(_ line: String, limit: Int, _ prefixes: [[UInt8]]) -> Bool? {
    asciiHeadPrefixIndex(line, limit: limit, prefixes).map { $0 != nil }
  }

  /// The index of the first of `prefixes` that the ASCII head starts with (nil inside when
  /// none does); nil for a head that is not ASCII.
  static func asciiHeadPrefixIndex(_ line: String, limit: Int, _ prefixes: [[UInt8]]) -> Int?? {
    let verdict = line.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
      let n = min(limit, bytes.count)
      for k in 0..<n where bytes[k] >= 128 { return .none }
      for (index, prefix) in prefixes.enumerated() where prefix.count <= n {
        var k = 0
        while k < prefix.count, AsciiWordSet.lower(bytes[k]) == prefix[k] { k += 1 }
        if k == prefix.count { return .some(index) }
      }
      return .some(nil)
    }
    return verdict ?? .none
  }

  static let captionPrefixBytes = captionPrefixes.map { Array($0.utf8) }

  /// Removes a caption's credit ("(photo: VNA)", "(Source: Quang Thanh/VNA) |", a trailing
  /// "Photo: VNA") and its "Archive photo:" prefix. `isCaption` tells whether anything was found.
  func stripCredits(_ line: String) -> (text: String, isCaption: Bool) {
    // Credits need "(", ":" or "|"; most lines have none of them.
    guard containsByte(line, 40) || containsByte(line, 58) || containsByte(line, 124) else {
      return (line, false)
    }
    // Prefixes such as "Archive photo:". Each ends in a colon within its first 20 scalars
    // (80 bytes), so a line without one there is passed over without folding its case.
    let colonNearStart = line.utf8.prefix(80).contains(58)
    // Each rule below needs something in the bytes: a colon near the start, "(" and ")", a
    // trailing marker, or a last "|" or " ". A line with none of them (most lines with a
    // colon or a parenthesis) is left as it is, without being decoded into scalars.
    guard
      colonNearStart || (containsByte(line, 40) && containsByte(line, 41))
        || line.utf8.last == 124 || line.utf8.last == 32
        || Self.trailingCreditBytes.contains(where: { containsBytes(line, $0) })
    else { return (line, false) }
    var s = scalarArray(line)
    var found = false
    if colonNearStart,
      let match = Self.asciiHeadPrefixIndex(line, limit: 24, Self.captionPrefixBytes)
    {
      // An ASCII head: the first prefix it starts with, read from the bytes.
      if let index = match {
        s.removeFirst(Self.captionPrefixes[index].unicodeScalars.count)
        found = true
      }
    } else {
      let head = colonNearStart ? String(line.unicodeScalars.prefix(24)).lowercased() : ""
      for prefix in Self.captionPrefixes where colonNearStart && head.hasPrefix(prefix) {
        s.removeFirst(prefix.unicodeScalars.count)
        found = true
        break
      }
    }
    // Parenthesised credits anywhere in the line.
    var i = 0
    while i < s.count {
      if s[i] == "(", let close = s[i..<min(s.count, i + 80)].firstIndex(of: ")") {
        let inner = String(scalars: s[(i + 1)..<close]).lowercased()
        // "(Pacific Wire Photo/Kenji Mori, File)": an agency's photo credit.
        if Self.creditWords.contains(where: { inner.hasPrefix($0) })
          || foundationContains(inner, "photo/") || inner.hasSuffix(", file")
        {
          var end = close + 1
          while end < s.count, s[end] == " " || s[end] == "|" { end += 1 }
          var start = i
          while start > 0, s[start - 1] == " " { start -= 1 }
          s.removeSubrange(start..<end)
          if start > 0, start < s.count { s.insert(" ", at: start) }
          found = true
          continue
        }
      }
      i += 1
    }
    // A trailing "Photo: VNA" after the caption's sentence.
    for marker in Self.trailingCredits {
      guard let at = lastIndex(of: marker, in: s, within: 60) else { continue }
      let tailWords = s[(at + marker.count)...].filter { $0 == " " }.count + 1
      if tailWords <= 5, at > 0, ".!?".unicodeScalars.contains(s[at - 1]) {
        s.removeSubrange(at...)
        found = true
      }
    }
    // A trailing " |" separator.
    while let last = s.last, last == "|" || last == " " {
      s.removeLast()
      found = true
    }
    guard found else { return (line, false) }
    trimSpaces(&s)
    return (String(scalars: s), true)
  }

  static let trailingCredits = trailingCreditBytes.map { Array($0.description.unicodeScalars) }
  static let trailingCreditBytes: [StaticString] = [
    " Photo: ", " Source: ", " Photo by ", " Image: ", " Credit: ",
  ]

  /// The last start of `marker` among the final `within` scalars of `s`.
  private func lastIndex(of marker: [Unicode.Scalar], in s: [Unicode.Scalar], within: Int) -> Int? {
    var i = s.count - marker.count
    let floor = max(0, s.count - within)
    while i >= floor {
      var k = 0
      while k < marker.count, s[i + k] == marker[k] { k += 1 }
      if k == marker.count { return i }
      i -= 1
    }
    return nil
  }

  /// A reporter's contact line ("Contact Ann Lee at alee@paper.example or 555-0100.") or a
  /// contribution note ("Wire writer Aiko Tanaka contributed from Tokyo."): about the page's
  /// making, not the story.
  static func isContactOrContribution(_ line: String) -> Bool {
    // Most lines hold neither an "@" nor "ontributed": they are passed over on their bytes.
    guard containsByte(line, 0x40) || containsBytes(line, "ontributed") else { return false }
    let lower = line.lowercased()
    if lower.hasPrefix("contact ") || lower.hasPrefix("reach ") || lower.hasPrefix("email ") {
      return line.contains("@")
    }
    return lower.hasSuffix(" contributed.") || lower.contains(" contributed from ")
      || lower.contains(" contributed to this report")
      || lower.contains(" contributed reporting")
  }

  /// A wire story's closing notes: "(Reporting by …; Editing by …)", "($1 = 0.92 euros)".
  static let wireNotePrefixes = [
    "(reporting by", "(additional reporting", "(editing by", "(writing by", "(compiled by",
    "(reported by", "(reporting and writing", "($1 =", "(us$1 =", "(£1 =", "(€1 =", "(1 euro =",
    "(1 dollar =", "reporting by ", "additional reporting by ", "editing by ", "writing by ",
    // A line of links to other posts, however long: "Related posts: … · … · …".
    "related posts:", "related articles:", "related stories:", "related reading:",
    "read more:", "read also:", "also read:", "see also:", "more on this:",
    // A reading list or the link to the next page: "Further reading: …", "Next profile: …".
    "further reading:", "suggested reading:", "next profile:", "previous profile:",
    "next article:", "previous article:", "next story:", "up next:",
    // A document page's citation and neighbours: "How to cite this document: …".
    "how to cite", "cite this", "previous document:", "next document:",
  ]

  /// A short paragraph with opening hours ("… Riverside Wharf, London. Open daily
  /// 10:00–17:00. Free entry."): a museum's or an office's visitor information, not the story.
  static func isVisitorInformation(_ paragraph: String) -> Bool {
    guard containsByte(paragraph, 0x3A), spaceCount(paragraph) < 30 else { return false }
    let scalars = Array(paragraph.unicodeScalars)
    // A clock time, a dash, a clock time: "10:00–17:00", "9:30 - 17:30".
    func clock(at index: Int) -> Int? {
      var i = index
      var digits = 0
      while i < scalars.count, isDigit(scalars[i]), digits < 2 {
        i += 1
        digits += 1
      }
      guard digits > 0, i + 2 < scalars.count, scalars[i] == ":", isDigit(scalars[i + 1]),
        isDigit(scalars[i + 2])
      else { return nil }
      return i + 3
    }
    for index in scalars.indices where isDigit(scalars[index]) {
      guard index == 0 || !isDigit(scalars[index - 1]), var end = clock(at: index) else {
        continue
      }
      while end < scalars.count, scalars[end] == " " { end += 1 }
      guard end < scalars.count, ["-", "–", "—"].contains(scalars[end]) else { continue }
      end += 1
      while end < scalars.count, scalars[end] == " " { end += 1 }
      if clock(at: end) != nil { return true }
    }
    return false
  }

  /// An encyclopedia's pointer to another page: "For the sack of the city in 1204, see Sack
  /// of Constantinople.", "Main article: …", "Not to be confused with …". It tells where to
  /// read, not what happened.
  static func isHatnote(_ line: String) -> Bool {
    // (Written as a page writes them, capital first: most lines fail the first byte test.)
    guard let first = line.utf8.first, [0x46, 0x4D, 0x53, 0x4E, 0x54].contains(first) else {
      return false
    }
    if [
      "Main article:", "Main articles:", "See also:", "Further information:",
      "Not to be confused with", "This article is about", "For other uses",
    ].contains(where: { hasASCIIPrefix(line, $0) }) {
      return true
    }
    return hasASCIIPrefix(line, "For ") && foundationContains(line, ", see ")
      && spaceCount(line) < 30
  }

  static func isWireNote(_ line: String) -> Bool {
    // (The first letters of the prefixes: "(", R, A, E, W, S, M, F, N, P, U, H, C in either
    // case.)
    guard let first = line.utf8.first,
      first == 40
        || [0x52, 0x41, 0x45, 0x57, 0x53, 0x4D, 0x46, 0x4E, 0x50, 0x55, 0x48, 0x43].contains(
          first & 0xDF)
    else { return false }
    // From the bytes when the head is ASCII (no prefix with other scalars matches it).
    if let ascii = asciiHeadHasPrefix(line, limit: 26, wireNotePrefixBytes) { return ascii }
    let head = String(line.unicodeScalars.prefix(26)).lowercased()
    return wireNotePrefixes.contains(where: { head.hasPrefix($0) })
  }

  static let wireNotePrefixBytes = wireNotePrefixes.map { Array($0.utf8) }

  /// Headings of a textbook's or a web page's back matter: what follows them is exercises,
  /// glossaries and reading lists (or a finding aid's boxes and access notes), not the
  /// article.
  static let backMatterHeaders: Set<String> = [
    "further reading", "key words", "key terms", "glossary", "questions", "exercises",
    "activities", "review questions", "discussion questions", "study questions", "references",
    "bibliography", "notes", "footnotes", "works cited", "external links", "suggested reading",
    "sources and further reading", "test yourself", "check your understanding", "credits",
    "exhibition credits", "episode credits", "also on this day", "born on this day",
    "died on this day", "what visitors say", "visitor reviews", "reader reviews",
    "readers' reviews", "customer reviews", "comments", "seminar questions",
    "reading for next week", "essential reading", "member notices", "members' notices",
    "notices", "dates for your diary", "diary dates", "upcoming events", "forthcoming events",
    "notes to editors", "notes for editors", "editor's notes", "press contact",
    "press contacts", "media contact", "media contacts", "media enquiries", "press enquiries",
    // An archive's finding aid describes its boxes after the history it tells.
    "scope and content", "arrangement", "administrative information", "container list",
    "subjects", "subject headings", "related materials", "related collections",
    "conditions governing access", "processing information", "acquisition information",
  ]

  /// Labels over a list that retells the article in short lines: "Key takeaways", "Timeline".
  static let summaryListHeaders: Set<String> = [
    "key takeaways", "takeaways", "key points", "in brief", "summary", "in summary", "tl;dr",
    "timeline", "key dates", "chronology", "the story so far", "what you need to know",
  ]

  /// Whether `line` labels a list that retells the story: one of `summaryListHeaders`, with
  /// or without a section number ("10. Timeline") or a colon.
  func isSummaryListHeader(_ line: String) -> Bool {
    guard let label = Self.label(line, upTo: 30) else { return false }
    return Self.summaryListHeaders.contains(
      String(label.drop { $0.isNumber || $0 == "." || $0 == " " }))
  }

  /// "Oct. 15, 1894 — Dreyfus arrested.", "1896 - Picquart identifies Esterhazy.": a
  /// timeline's entry, a date of a few words with a figure, a dash, then the event.
  static func isTimelineEntry(_ text: String) -> Bool {
    // (Foundation finds a dash only where its bytes are: most items hold none.)
    for dash in [" — ", " – ", " - "] where holdsBytes(text, of: dash) {
      guard let range = text.range(of: dash) else { continue }
      let date = text[..<range.lowerBound]
      return date.utf8.count <= 20 && date.contains(where: \.isNumber)
        && spaceCount(String(date)) <= 3
    }
    return false
  }

  /// A letter's greeting on a line of its own: "Dear members,", "Dear friends:".
  static func isSalutation(_ line: String) -> Bool {
    line.hasPrefix("Dear ") && (line.hasSuffix(",") || line.hasSuffix(":"))
      && spaceCount(line) < 6
  }

  /// A letter's closing on a line of its own: "Best wishes,", "Yours sincerely,".
  static func isSignOff(_ line: String) -> Bool {
    guard line.hasSuffix(","), line.utf8.count <= 30 else { return false }
    return signOffs.contains(String(line.dropLast()).lowercased())
  }

  static let signOffs: Set<String> = [
    "best wishes", "with best wishes", "all best wishes", "warm wishes", "yours",
    "yours sincerely", "yours faithfully", "yours ever", "sincerely", "regards",
    "kind regards", "warm regards", "best regards", "with thanks", "warmly", "all the best",
    "with kind regards", "cheers",
  ]

  /// The label over an editor's letter: "FROM THE EDITOR", "Editor's letter".
  static func isLetterLabel(_ line: String) -> Bool {
    guard let label = label(line, upTo: 40) else { return false }
    return letterLabels.contains(label.replacingOccurrences(of: "’", with: "'"))
  }

  static let letterLabels: Set<String> = [
    "from the editor", "editor's letter", "letter from the editor", "a word from the editor",
    "from the editor's desk", "from the chair", "chair's report", "chairman's report",
    "from the president", "president's message", "a message from the president",
  ]

  /// Labels of a page's boxes of practical or catalogue details ("Opening hours", "Tickets",
  /// "About the reviewer"): the lines under one, up to the next blank line, are the box's,
  /// however much they read like sentences ("The monument is closed on Christmas Day.").
  static let boxHeaders: Set<String> = [
    "opening hours", "opening times", "admission", "tickets", "ticket prices", "getting here",
    "getting there", "plan your visit", "facilities", "good to know", "accessibility",
    "document information", "about this document", "about the reviewer", "about the author",
    "about the book", "book details", "quick facts", "at a glance", "fact file", "key facts",
    "exhibition details", "event details", "in this issue", "inside this issue",
    "in this edition", "in this newsletter",
  ]

  /// Whether `line` is a box's label: short, and one of `boxHeaders` with or without a colon,
  /// or a textbook's "Source A", "Figure 2", "Interpretation B" over an extract, a picture's
  /// description or a historian's words (the lesson's evidence, not its narrative).
  func isBoxHeader(_ line: String) -> Bool {
    guard let lower = Self.label(line, upTo: 30) else { return false }
    if Self.boxHeaders.contains(lower) { return true }
    // (`spaceSplit` cuts at space bytes where the Character split would find every cluster.)
    let words = spaceSplit(lower)
    return words.count == 2 && Self.evidenceLabels.contains(String(words[0]))
      && words[1].count <= 2 && words[1].allSatisfy { $0.isLetter || $0.isNumber }
  }

  /// Words that label a textbook's pieces of evidence: "Source A", "Figure 2".
  static let evidenceLabels: Set<String> = ["source", "figure", "interpretation", "extract"]

  /// Lines that open a list of learning aims ("In this section you will learn:").
  static let learningAimsOpeners = [
    "in this section you will", "in this chapter you will", "in this unit you will",
    "in this lesson you will", "you will learn", "learning objectives", "learning outcomes",
    "by the end of this", "key questions", "what you will learn",
  ]

  /// Whether the back matter under `header` runs on to the next heading even through long
  /// lines that read like prose: credits, readers' reviews, comments and a finding aid's
  /// notes on its collection do.
  func runsToNextHeading(_ header: String) -> Bool {
    let lower = header.lowercased()
    return lower.hasSuffix("credits") || lower.contains("review") || lower.hasPrefix("comments")
      || lower.hasPrefix("what visitors say") || lower.hasSuffix("notices")
      || lower.contains("diary") || lower.hasSuffix("events") || lower.hasPrefix("notes ")
      || lower.hasSuffix("contact") || lower.hasSuffix("contacts")
      || lower.hasSuffix("enquiries")
      // A finding aid's description of its boxes reads like prose.
      || lower == "scope and content" || lower == "arrangement"
      || lower.hasPrefix("administrative") || lower.hasPrefix("container")
      || lower.hasPrefix("related ") || lower.hasSuffix(" information")
  }

  func isBackMatterHeader(_ line: String) -> Bool {
    Self.label(line, upTo: 40).map(Self.backMatterHeaders.contains) ?? false
  }

  /// A short line as a label reads: lower case, without a trailing colon or spaces. Nil for a
  /// line longer than `limit` bytes, which is no label.
  static func label(_ line: String, upTo limit: Int) -> String? {
    guard line.utf8.count <= limit else { return nil }
    var lower = line.lowercased()
    while let last = lower.last, last == ":" || last == " " { lower.removeLast() }
    return lower
  }

  func isLearningAimsOpener(_ line: String) -> Bool {
    guard line.utf8.count <= 80, line.hasSuffix(":") else { return false }
    let lower = line.lowercased()
    return Self.learningAimsOpeners.contains(where: { lower.hasPrefix($0) })
  }

  /// What an e-mailed newsletter or a press release says of itself, not of its story.
  static let mailingPrefixes = [
    "view this email", "view this e-mail", "view in browser", "view it in your browser",
    "view online", "forwarded this email", "forwarded this e-mail", "unsubscribe",
    "you are receiving this", "you received this", "our mailing address is",
    "update your preferences", "for immediate release", "embargoed until", "embargoed:",
    "not for publication until",
  ]

  static let mailingPrefixBytes = mailingPrefixes.map { Array($0.utf8) }

  /// Whether a line is a mailing's own line ("View this email in your browser", "FOR
  /// IMMEDIATE RELEASE", "Unsubscribe from this list | …").
  static func isMailingLine(_ line: String) -> Bool {
    // (The prefixes' first letters: V, F, U, Y, O, E, N in either case.)
    guard let first = line.utf8.first,
      [0x56, 0x46, 0x55, 0x59, 0x4F, 0x45, 0x4E].contains(first & 0xDF), spaceCount(line) < 30
    else { return false }
    if let ascii = asciiHeadHasPrefix(line, limit: 30, mailingPrefixBytes) { return ascii }
    let head = String(line.unicodeScalars.prefix(30)).lowercased()
    return mailingPrefixes.contains(where: { head.hasPrefix($0) })
  }

  /// Whether a whole line is page furniture.
  func isFurniture(_ line: String) -> Bool {
    if Self.isWireNote(line) { return true }
    if Self.isMailingLine(line) { return true }
    if Self.isHatnote(line) { return true }
    // "© 2026 Lives That Shaped Medicine. Text may be reused …": a copyright footer, however
    // long.
    // (The first byte first: '©' opens with 0xC2, "Copyright" with "C".)
    if let first = line.utf8.first, first == 0xC2 || first == 0x43,
      line.hasPrefix("©") || line.hasPrefix("Copyright ©")
    {
      return true
    }
    // "Carmen V. ★★★★★ — A fair and moving account.": a rating and its review.
    // (A star's bytes first: no other sequence is canonically a star, and walking the
    // Characters of every line with a dash or a curly quote is slow.)
    if holdsBytes(line, of: "★") || holdsBytes(line, of: "☆"),
      line.contains(where: { $0 == "★" || $0 == "☆" }),
      spaceCount(line) < 60
    {
      return true
    }
    // "The Project is a volunteer project. Translations © 2025 …": a footer with its © inside.
    if holdsBytes(line, of: "©"), line.contains("©"), spaceCount(line) < 40 { return true }
    let wordCount = 1 + spaceCount(line)
    if wordCount <= 24, Self.isContactOrContribution(line) { return true }
    // Cheap checks first: most lines are long paragraphs that end like a sentence.
    if wordCount <= 14, Self.startsWithCredit(line) { return true }
    if wordCount > 40 || (wordCount > 14 && endsSentence(line)) { return false }
    if let verdict = asciiProseVerdict(line) { return verdict }
    let lower = line.lowercased()
    let words = spaceSplit(lower)
    if words.isEmpty { return true }
    if !line.unicodeScalars.contains(where: { isLetter($0) || isDigit($0) }) { return true }
    if isByline(line, words: words) { return true }
    if isBreadcrumb(line, words: words) { return true }
    if isDateline(words) { return true }
    if isMenu(words) { return true }
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") {
      return words.count <= 2
    }
    if lower.hasPrefix("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ") {
      return true
    }
    return false
  }

  /// The verdict for a line of ASCII prose — letters, no path separators, not opening with
  /// "by", and digits only in a line of more than ten words — read from its bytes: no byline,
  /// breadcrumb or dateline rule can match such a line, so only the menu, address and
  /// copyright rules are left. Nil for any other line, which takes the general path.
  private func asciiProseVerdict(_ line: String) -> Bool? {
    let verdict = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      var hasLetter = false
      var hasDigit = false
      for b in bytes {
        if b >= 128 || b == 47 || b == 124 || b == 62 { return nil }
        if b >= 48 && b <= 57 { hasDigit = true }
        if b | 32 >= 97 && b | 32 <= 122 { hasLetter = true }
      }
      guard hasLetter else { return nil }
      let n = bytes.count
      var i = 0
      while i < n, bytes[i] == 32 { i += 1 }
      if i + 1 < n, bytes[i] | 32 == 98, bytes[i + 1] | 32 == 121 { return nil }
      var words = 0
      var inWord = false
      for b in bytes {
        if b == 32 {
          inWord = false
        } else if !inWord {
          inWord = true
          words += 1
        }
      }
      // The dateline rule reads lines of up to ten words, and needs a digit.
      if hasDigit && words <= 10 { return nil }
      // The menu rule, word by word ("Share:", "|Home|" and "A+" compare by their letters).
      // It needs seven words in ten from the menu: once more than three in ten are not, the
      // rest of the line is not looked up (prose is passed over in its first words).
      var menu = 0
      var others = 0
      var strong = false
      i = 0
      while i < n, others * 10 <= words * 3 {
        if bytes[i] == 32 {
          i += 1
          continue
        }
        var end = i
        while end < n, bytes[end] != 32 { end += 1 }
        var lower = i
        var upper = end
        while lower < upper, !isAsciiLetter(bytes[lower]) { lower += 1 }
        while upper > lower, !isAsciiLetter(bytes[upper - 1]), bytes[upper - 1] != 43 { upper -= 1 }
        let key = bytes[lower..<upper]
        if key.isEmpty || Self.menuWordSet.contains(key) {
          menu += 1
        } else {
          others += 1
        }
        if !key.isEmpty, Self.strongWordSet.contains(key) { strong = true }
        i = end
      }
      if strong && others * 10 <= words * 3 && menu * 10 >= words * 7 { return true }
      if hasPrefix(bytes, "http://") || hasPrefix(bytes, "https://") || hasPrefix(bytes, "www.") {
        return words <= 2
      }
      return hasPrefix(bytes, "copyright") || hasPrefix(bytes, "(c) ")
    }
    return verdict ?? nil
  }

  static let menuWordSet = AsciiWordSet(menuWords)
  static let strongWordSet = AsciiWordSet(strongWords)

  @inline(__always) private func isAsciiLetter(_ b: UInt8) -> Bool {
    b | 32 >= 97 && b | 32 <= 122
  }

  /// Whether `bytes` open with the lower-case ASCII `prefix`, in any case.
  private func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
    let p = prefix.utf8Start
    for k in 0..<prefix.utf8CodeUnitCount where AsciiWordSet.lower(bytes[k]) != p[k] {
      return false
    }
    return true
  }

  /// "HOME / WORLD / ASEAN", "BUSINESS | Trade & Investment": section paths.
  private func isBreadcrumb(_ line: String, words: [Substring]) -> Bool {
    guard !endsSentence(line) else { return false }
    var parts = 1
    var partWords = 0
    for w in words {
      if Self.pathSeparators.contains(String(w)) {
        guard partWords > 0 else { return false }
        parts += 1
        partWords = 0
      } else {
        partWords += 1
        if partWords > 4 { return false }
      }
    }
    return parts >= 2 && partWords > 0
  }

  static let pathSeparators: Set<String> = ["/", "|", "›", ">", "»", "·", "•"]

  /// "By Nguyen Van A", "By Jane Doe and John Roe", "By Minh Chau | 08/08/2024 09:00".
  private func isByline(_ line: String, words: [Substring]) -> Bool {
    guard words.count >= 2, words[0] == "by" else { return false }
    let original = spaceSplit(line)
    if original.count > 1, original[1].unicodeScalars.first.map(isUpper) == true,
      !endsSentence(line), words.count <= 25,
      line.unicodeScalars.contains(where: { "|·•-/".unicodeScalars.contains($0) || isDigit($0) })
    {
      return true
    }
    guard words.count <= 8 else { return false }
    return original.dropFirst().allSatisfy { w in
      let lw = w.lowercased()
      if lw == "and" || lw == "|" || lw == "-" || lw == "," { return true }
      return w.unicodeScalars.first.map(isUpper) ?? false
    }
  }

  /// "20:13 | 09/01/2019", "June 18, 2019 01:36", "Updated: Monday, 3 May 2021".
  func isDateline(_ words: [Substring]) -> Bool {
    guard words.count <= 10 else { return false }
    var sawNumber = false
    for raw in words {
      var w = raw
      while let last = w.last, last == "," || last == "." || last == ":" || last == ";" {
        w = w.dropLast()
      }
      if w.isEmpty { continue }
      if w.unicodeScalars.allSatisfy({
        isDigit($0) || $0 == ":" || $0 == "/" || $0 == "-" || $0 == "."
      }) {
        if w.unicodeScalars.contains(where: isDigit) { sawNumber = true }
        continue
      }
      // "1:36pm", "9th".
      if w.unicodeScalars.first.map(isDigit) ?? false,
        ["am", "pm", "st", "nd", "rd", "th", "h"].contains(
          String(scalars: w.unicodeScalars.lazy.filter(isLetter)))
      {
        sawNumber = true
        continue
      }
      if Self.dateWords.contains(String(w)) { continue }
      return false
    }
    return sawNumber
  }

  private func isMenu(_ words: [Substring]) -> Bool {
    var menu = 0
    var strong = false
    for w in words {
      // "Share:", "|Home|", "A+" compare by their letters.
      let scalars = w.unicodeScalars
      var lower = scalars.startIndex
      var upper = scalars.endIndex
      while lower < upper, !isLetter(scalars[lower]) { lower = scalars.index(after: lower) }
      while upper > lower {
        let last = scalars[scalars.index(before: upper)]
        if isLetter(last) || last == "+" { break }
        upper = scalars.index(before: upper)
      }
      let key = String(w[lower..<upper])
      if key.isEmpty || Self.menuWords.contains(key) { menu += 1 }
      if Self.strongWords.contains(key) { strong = true }
    }
    return strong && menu * 10 >= words.count * 7
  }

  func isRelatedHeader(_ line: String) -> Bool {
    guard line.utf8.count <= 40 else { return false }
    var lower = line.lowercased()
    while let last = lower.last, last == ":" || last == " " || last == "»" || last == ">" {
      lower.removeLast()
    }
    return Self.relatedHeaders.contains(lower)
  }

  /// A lower-case line that spells the title again, as a URL slug does
  /// ("vietnams noble mission to help cambodia revive", "vietnams-noble-mission").
  func isSlug(_ line: String, titles: [String]) -> Bool {
    guard !line.unicodeScalars.contains(where: isUpper) else { return false }
    if line.unicodeScalars.contains(where: { ".!?,;\"".unicodeScalars.contains($0) }) {
      return false
    }
    let key = Self.letterKey(line)
    guard key.count >= 8 else { return false }
    let scalars = line.unicodeScalars
    if !scalars.contains(" ") && scalars.contains("-") { return true }
    for title in titles {
      let titleKey = Self.letterKey(title)
      if titleKey == key || (key.count >= 16 && titleKey.hasPrefix(key)) { return true }
      let titleWords = Set(
        title.lowercased().split(separator: " ").map { Self.letterKey(String($0)) })
      let words = line.split(separator: " ").map { Self.letterKey(String($0)) }
      let shared = words.filter { titleWords.contains($0) }.count
      if words.count >= 3, shared * 10 >= words.count * 8 { return true }
    }
    return false
  }

  /// Lower-case letters and digits only, so "Vietnam's" and "vietnams" compare equal.
  static func letterKey(_ s: String) -> String {
    // An ASCII line straight from its bytes: its letters and digits, A–Z lower-cased.
    let fast = s.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      for b in bytes {
        if b >= 128 { return nil }
        if b >= 65 && b <= 90 {
          out.append(b + 32)
        } else if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) {
          out.append(b)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    if let fast, let fast { return fast }
    return generalLetterKey(s)
  }

  /// `letterKey` for any text, scalar by scalar.
  static func generalLetterKey(_ s: String) -> String {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(s.utf8.count)
    var ascii = true
    for c in s.unicodeScalars where isLetter(c) || isDigit(c) {
      if c.value < 128 {
        out.append(c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c)
      } else {
        ascii = false
        out.append(c)
      }
    }
    let key = String(scalars: out)
    return ascii ? key : key.lowercased()
  }
}
