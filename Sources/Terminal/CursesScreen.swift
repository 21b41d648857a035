import CNcursesw
import Foundation
import Sessions

/// The curses side of the interface: opens the terminal, turns key codes into `StudyKey`s,
/// copies a `ScreenGrid` out, and always puts the terminal back (normal exit, error, Ctrl-C,
/// SIGTERM, SIGHUP).
public final class CursesScreen {
  public enum OpenError: Error, CustomStringConvertible {
    case noTerminal(String)

    public var description: String {
      switch self {
      case .noTerminal(let term):
        "cannot use the terminal (TERM=\(term)) full screen"
      }
    }
  }

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let palette: CellPalette
  private var closed = false

  /// The width table of the C library for the current locale: the terminal's own measure.
  public static let measure = DisplayWidth { scalar in
    Int(wcwidth(wchar_t(bitPattern: scalar.value)))
  }

  /// Opens the terminal on stdin/stdout; `outputPath` sends the output to a file instead (for
  /// measuring drawing without a terminal).
  public init(outputPath: String? = nil) throws {
    Self.selectUTF8Locale()
    let output = outputPath.flatMap { fopen($0, "w") } ?? factdeck_stdout()
    guard let screen = newterm(nil, output, factdeck_stdin()),
      let window = factdeck_stdscr()
    else {
      throw OpenError.noTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "unset")
    }
    self.screen = screen
    self.window = window
    set_term(screen)
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    // A tick a second keeps the elapsed time moving.
    wtimeout(window, 1000)
    let wantsColour = (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    if wantsColour && has_colors() {
      start_color()
      use_default_colors()
      palette = CellPalette.colour()
    } else {
      palette = CellPalette.monochrome()
    }
    SignalGuard.install()
  }

  deinit { close() }

  public var size: (columns: Int, rows: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Gives the terminal back as it was. Safe to call twice.
  public func close() {
    guard !closed else { return }
    closed = true
    endwin()
    delscreen(screen)
    SignalGuard.active = false
  }

  /// Waits up to a second for a key; nil on timeout.
  public func readKey() -> StudyKey? {
    var code: wint_t = 0
    let result = wget_wch(window, &code)
    if result == KEY_CODE_YES {
      switch Int32(code) {
      case KEY_RESIZE:
        // The terminal reflowed what it showed: repaint every cell on the next refresh.
        clearok(window, true)
        let (c, r) = size
        return .resize(columns: c, rows: r)
      case KEY_UP: return .up
      case KEY_DOWN: return .down
      case KEY_LEFT: return .left
      case KEY_RIGHT: return .right
      case KEY_BACKSPACE, KEY_DC: return .backspace
      case KEY_ENTER: return .enter
      default: return nil
      }
    }
    guard result == OK else { return nil }
    switch code {
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 9: return .tab
    case 27: return .escape
    case 1...26: return .control(Character(UnicodeScalar(UInt8(code) + 96)))
    default:
      guard let scalar = UnicodeScalar(UInt32(code)), code >= 32 else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Copies the grid to the terminal; curses sends only what changed.
  public func draw(_ grid: ScreenGrid) {
    werase(window)
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(grid.columns * 2)
    for row in 0..<grid.rows {
      var x = 0
      while x < grid.columns {
        let style = grid[row, x].style
        let start = x
        buffer.removeAll(keepingCapacity: true)
        while x < grid.columns, grid[row, x].style == style {
          for scalar in grid[row, x].text.unicodeScalars {
            buffer.append(wchar_t(bitPattern: scalar.value))
          }
          x += 1
        }
        let (attributes, pair) = palette[style]
        wattr_set(window, attr_t(attributes), pair, nil)
        buffer.withUnsafeBufferPointer {
          _ = mvwaddnwstr(window, Int32(row), Int32(start), $0.baseAddress, Int32($0.count))
        }
      }
    }
    wattr_set(window, 0, 0, nil)
    wrefresh(window)
  }

  /// Curses needs a UTF-8 locale to draw anything but ASCII; `env -i` and CI give "C".
  static func selectUTF8Locale() {
    setlocale(LC_ALL, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
      if setlocale(LC_ALL, "C.UTF-8") == nil { setlocale(LC_ALL, "C.utf8") }
    }
  }
}

/// Attributes and colour pair for each cell style.
struct CellPalette {
  private var entries: [CellStyle: (Int32, Int16)] = [:]

  subscript(style: CellStyle) -> (Int32, Int16) { entries[style] ?? (0, 0) }

  static func monochrome() -> CellPalette {
    let bold = factdeck_a_bold()
    let reverse = factdeck_a_reverse()
    let dim = factdeck_a_dim()
    let underline = factdeck_a_underline()
    var p = CellPalette()
    p.entries = [
      .plain: (0, 0), .dim: (dim, 0), .bold: (bold, 0), .title: (bold, 0), .accent: (underline, 0),
      .good: (bold, 0), .bad: (bold | underline, 0), .warning: (bold, 0), .selected: (reverse, 0),
      .field: (underline, 0), .bar: (reverse, 0), .barFill: (0, 0), .key: (bold, 0),
    ]
    return p
  }

  static func colour() -> CellPalette {
    let pairs: [(Int16, Int16, Int16)] = [
      (1, Int16(COLOR_CYAN), -1), (2, Int16(COLOR_GREEN), -1), (3, Int16(COLOR_RED), -1),
      (4, Int16(COLOR_YELLOW), -1), (5, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
    ]
    for (n, fg, bg) in pairs { init_pair(n, fg, bg) }
    let bold = factdeck_a_bold()
    var p = monochrome()
    p.entries[.title] = (bold, 1)
    p.entries[.accent] = (0, 1)
    p.entries[.good] = (0, 2)
    p.entries[.bad] = (bold, 3)
    p.entries[.warning] = (bold, 4)
    p.entries[.bar] = (0, 5)
    p.entries[.barFill] = (0, 1)
    p.entries[.key] = (bold, 1)
    return p
  }
}

/// Ctrl-C (when it arrives as a signal), SIGTERM and SIGHUP end the program with the terminal
/// restored. Every answer is committed when given, so nothing is lost by stopping here.
enum SignalGuard {
  nonisolated(unsafe) static var active = false

  static func install() {
    active = true
    // A parent may have started us with these blocked (some test runners do): unblock them so
    // the handlers below really run and curses hears of resizes (SIGWINCH).
    var set = sigset_t()
    sigemptyset(&set)
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&set, sig) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      signal(sig) { received in
        if SignalGuard.active { endwin() }
        _exit(128 + received)
      }
    }
    // A crash (a Swift trap is SIGILL or SIGTRAP) also gives the terminal back first, then
    // carries on as it would have.
    for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
      signal(sig) { received in
        if SignalGuard.active { endwin() }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
