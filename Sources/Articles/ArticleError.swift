/// Why an input could not be read as an article. Each message names the file (and the line
/// when one is to blame) and says what to do, so a teacher can fix the input themselves.
public enum ArticleError: Error, Equatable, CustomStringConvertible {
  /// The file has no bytes, or only whitespace.
  case empty(file: String)
  /// The file holds NUL bytes or many control characters: an image, a PDF, a word-processor file.
  case binary(file: String)
  /// A byte sequence that is not UTF-8, first seen on `line` (counting from 1).
  case notUTF8(file: String, line: Int)
  /// A byte-order mark of another Unicode encoding (UTF-16, UTF-32).
  case unsupportedEncoding(file: String, encoding: String)
  /// Every line was page furniture (navigation, credits, datelines): nothing to learn from.
  case noText(file: String)

  public var description: String {
    switch self {
    case .empty(let file):
      return "\(file): the file is empty; give an article in plain text or Markdown"
    case .binary(let file):
      return "\(file): this is a binary file, not text; save the article as plain text (UTF-8)"
    case .notUTF8(let file, let line):
      return "\(file):\(line): the text is not UTF-8; save the article as UTF-8 text"
    case .unsupportedEncoding(let file, let encoding):
      return "\(file): the text is \(encoding); save the article as UTF-8 text"
    case .noText(let file):
      return "\(file): no article text found (only headings, links or credits)"
    }
  }
}
