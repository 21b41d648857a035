import Foundation
import Testing

enum TmuxError: Error {
  case cannotStart(Int32)
}

/// A private tmux server for one test: a detached 80×24 session running one command.
struct Tmux {
  let socket = "factdeck-\(UUID().uuidString.prefix(8))"

  static var path: String? {
    for dir in ["/usr/bin", "/usr/local/bin", "/bin"]
    where FileManager.default.isExecutableFile(
      atPath: dir + "/tmux")
    {
      return dir + "/tmux"
    }
    return nil
  }

  /// Runs tmux with posix_spawn and waitpid rather than Foundation's Process: the tmux server
  /// the first command starts would inherit Process's termination pipe and keep
  /// `waitUntilExit` waiting forever. Every descriptor above stderr is closed in the child, and
  /// the output goes through a file, which the server cannot hold open.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(socket)-\(UUID().uuidString).out")
    defer { try? FileManager.default.removeItem(at: file) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for fd in open.compactMap({ Int32($0) }) where fd > 2 {
      posix_spawn_file_actions_addclose(&actions, fd)
    }
    var env = ProcessInfo.processInfo.environment
    env["LANG"] = "C.UTF-8"
    env.removeValue(forKey: "TMUX")
    let argv = ([Tmux.path!, "-L", socket] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    // Test runners block signals in their threads; a tmux server that inherited that mask
    // never sees its children exit and ignores kill-server. Start it with a clean slate.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, Tmux.path!, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw TmuxError.cannotStart(spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
  }

  func start(_ command: String, columns: Int = 80, rows: Int = 24) throws {
    try run([
      "-u", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "study", command,
    ])
  }

  func screen() throws -> String { try run(["capture-pane", "-p", "-t", "study"]) }

  /// The screen with its attributes and colours as escape sequences.
  func styledScreen() throws -> String { try run(["capture-pane", "-e", "-p", "-t", "study"]) }

  func keys(_ keys: String...) throws { try run(["send-keys", "-t", "study"] + keys) }

  func literal(_ text: String) throws { try run(["send-keys", "-t", "study", "-l", text]) }

  func resize(columns: Int, rows: Int) throws {
    try run(["resize-window", "-t", "study", "-x", "\(columns)", "-y", "\(rows)"])
  }

  var isRunning: Bool {
    (try? run(["list-sessions"]).contains("study")) ?? false
  }

  func panePID() throws -> Int32? {
    Int32(
      try run(["list-panes", "-t", "study", "-F", "#{pane_pid}"]).trimmingCharacters(
        in: .whitespacesAndNewlines))
  }

  /// Waits (up to 10 s) until the screen shows `text`; a test issue if it never does.
  @discardableResult
  func waitFor(
    _ text: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if last.contains(text) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("the screen never showed \"\(text)\":\n\(last)", sourceLocation: sourceLocation)
    return last
  }

  func waitForExit(timeout: TimeInterval = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if !isRunning { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return false
  }

  /// Ends the server (and the program in it) and removes its socket.
  func kill() {
    _ = try? run(["kill-server"])
    let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
    try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
  }
}
