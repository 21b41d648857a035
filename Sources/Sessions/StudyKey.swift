/// A key press as the study model sees it, independent of the terminal library.
public enum StudyKey: Sendable, Hashable {
  case character(Character)
  /// Ctrl and a letter, lowercased: Ctrl-C quits, Ctrl-Z undoes, Ctrl-U clears the field.
  case control(Character)
  case enter, backspace, escape, tab
  case up, down, left, right
  case resize(columns: Int, rows: Int)
}
