import Testing

@testable import Sessions

@Test func escapeSequencesNeverReachTheTerminal() {
  #expect(TerminalText.sanitize("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
  #expect(TerminalText.sanitize("x\u{1B}]0;pwned\u{07}y") == "xy")
  #expect(TerminalText.sanitize("tab\there\r\nnext") == "tab here next")
  #expect(TerminalText.sanitize("Nguyễn Văn Đệ 日本") == "Nguyễn Văn Đệ 日本")
}
