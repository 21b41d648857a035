/// Rows of cells laid out in aligned columns, two spaces apart, for the human-readable
/// listings (`cards`, `decks`). The last column is not padded, so long titles do not leave
/// trailing spaces.
struct AlignedColumns {
  var rows: [[String]]

  var text: String {
    guard let width = rows.map(\.count).max() else { return "" }
    let widths = (0..<width).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
