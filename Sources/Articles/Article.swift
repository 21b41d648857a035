/// An article after cleaning: page furniture dropped, typography normalised, split into
/// sentences. Every later stage refers back to it by `name` and sentence `index`, so a fact
/// can always be traced to the words it came from.
public struct Article: Sendable, Equatable {
  /// Identifies the article in decks and sources; usually the file name.
  public var name: String
  /// The headline, when the reader could find one.
  public var title: String?
  public var sentences: [Sentence]
  /// Section headings found in the text, in order (kept out of `sentences`).
  public var headings: [String]
  /// The page's own date (byline, front matter), when it gives one.
  public var published: PublicationDate?
  /// Words the body sets in single emphasis ("*glasnost*"), once each in order of first use:
  /// the terms an encyclopedia-style article introduces. Empty for plain text.
  public var emphasized: [String]
  /// The story opens on a news dateline ("BAHIR DAR, Ethiopia —"): it is news of its page's
  /// date, so its "on Monday" is that week's Monday whatever years it mentions.
  public var isDatelined = false
  /// The places the dateline names after its town ("LABASA, Vanua Levu —"): the story's
  /// setting.
  public var datelinePlaces: [String] = []

  public init(
    name: String, title: String?, sentences: [Sentence], headings: [String] = [],
    published: PublicationDate? = nil
  ) {
    self.name = name
    self.title = title
    self.sentences = sentences
    self.headings = headings
    self.published = published
    self.emphasized = []
  }

  /// An article whose body sets some words in emphasis.
  public init(
    name: String, title: String?, sentences: [Sentence], headings: [String],
    published: PublicationDate?, emphasized: [String]
  ) {
    self.init(
      name: name, title: title, sentences: sentences, headings: headings, published: published)
    self.emphasized = emphasized
  }

  /// Words of body text, the unit of the generator's question budget.
  public var wordCount: Int {
    sentences.reduce(0) { $0 + $1.wordCount }
  }
}

/// One sentence of cleaned article text.
public struct Sentence: Sendable, Equatable, Hashable {
  /// Position in the article, counting from 0.
  public var index: Int
  /// Paragraph the sentence belongs to, counting from 0.
  public var paragraph: Int
  public var text: String
  /// True when the sentence is a photo caption (its credit already removed): captions may
  /// carry facts but rank below the narrative.
  public var isCaption: Bool

  public init(index: Int, paragraph: Int, text: String, isCaption: Bool = false) {
    self.index = index
    self.paragraph = paragraph
    self.text = text
    self.isCaption = isCaption
  }

  public var wordCount: Int {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
  }
}
