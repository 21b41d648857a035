import Yams

/// The little of a YAML node tree the deck checks look at: scalars with their text, lists,
/// mappings, and the line each starts on. Both readers (Yams' full parser and the fast
/// canonical scanner) produce one, so every check and message is written once and cannot
/// differ between them.
protocol DeckTreeNode {
  /// 1-based line where the node starts, as Yams marks it.
  var line: Int? { get }
  /// The scalar's text, and whether YAML reads it as null (a plain `~`, `null` or nothing).
  var scalarValue: (text: String, isNull: Bool)? { get }
  var items: [Self]? { get }
  /// A mapping's keys and values, alternating, in file order: one array per mapping.
  var entries: [Self]? { get }
}

extension Node: DeckTreeNode {
  var line: Int? { mark?.line }

  var scalarValue: (text: String, isNull: Bool)? {
    guard let scalar else { return nil }
    // `Node.tag` resolves the implicit tag of a plain scalar; `scalar.tag` would not.
    let isNull =
      scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
      && tag.rawValue == Tag.Name.null.rawValue
    return (scalar.string, isNull)
  }

  var items: [Node]? { sequence.map { Array($0) } }

  var entries: [Node]? {
    mapping.map { $0.flatMap { [$0.key, $0.value] } }
  }
}

/// A node of the fast scanner's tree: only what a canonical deck file holds.
enum ScannedNode: DeckTreeNode {
  case scalar(line: Int, text: String, isNull: Bool)
  case sequence(line: Int, items: [ScannedNode])
  /// Keys and values, alternating.
  case mapping(line: Int, entries: [ScannedNode])

  var line: Int? {
    switch self {
    case .scalar(let line, _, _), .sequence(let line, _), .mapping(let line, _): line
    }
  }

  var scalarValue: (text: String, isNull: Bool)? {
    if case .scalar(_, let text, let isNull) = self { return (text, isNull) }
    return nil
  }

  var items: [ScannedNode]? {
    if case .sequence(_, let items) = self { return items }
    return nil
  }

  var entries: [ScannedNode]? {
    if case .mapping(_, let entries) = self { return entries }
    return nil
  }
}
