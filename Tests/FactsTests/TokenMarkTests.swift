import Testing

@testable import Facts

/// `Token.isMark` stands in for comparing a token's text with a one-mark string all over the
/// rules; it must answer exactly as that comparison does, Unicode's canonical equivalences
/// included.
@Test func isMarkAgreesWithComparingText() {
  let sentence =
    "Dr. Lan (UN), said: \"yes\"; no\u{037E} 'so' - 1979-89 / $5 50% ok? fine! x.y e\u{0301} 's"
  let tokens = Tokenizer().tokens(in: sentence)
  let marks: [Unicode.Scalar] = [
    ".", ",", "-", "(", ")", ":", "\"", "'", "/", "$", "%", ";", "!", "?",
  ]
  #expect(tokens.count > 20)
  for token in tokens {
    for mark in marks {
      #expect(token.isMark(mark) == (token.text == String(mark)), "\(token.text) vs \(mark)")
    }
  }
  let built = Token(text: ";", range: 0..<1, kind: .punctuation)
  #expect(built.isMark(";") && !built.isMark(","))
}
