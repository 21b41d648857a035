/// Names that hold other names: "United Nations Security Council" holds both "Security
/// Council" and "United Nations". Offered beside the one, the other is the body it belongs to,
/// and as good as true.
enum NameParts {
  /// `options` without those that, with `answer`, make up a longer name of `names` ("United
  /// Nations" when the answer is "Security Council" and the article names the "United Nations
  /// Security Council").
  static func withoutWholes(
    _ options: [DistractorOption], answer: String, names: [DistractorOption]
  ) -> [DistractorOption] {
    let shown = FoldedText(answer)
    let longer = names.filter {
      $0.key != shown.key && FoldedText.contains($0.folded, shown)
    }
    guard !longer.isEmpty else { return options }
    return options.filter { option in
      !longer.contains { FoldedText.contains($0.folded, option.folded) }
    }
  }
}
