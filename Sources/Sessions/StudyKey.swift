/// A key press as the study model sees it, independent of the terminal library.
public enum StudyKey: Sendable, Hashable {
  case character(Character)
  case enter, backspace, escape, tab
  case up, down, left, right
  case resize(columns: Int, rows: Int)
}
