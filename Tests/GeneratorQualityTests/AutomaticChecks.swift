import Decks
import Testing

/// The automatic checks of one article's deck, shared by the development and held-out suites so
/// both sets are judged by the same rules: every failure is an issue, except those listed in
/// `QualityBar.knownProblems`, which show as known issues while their fix is under way.
enum AutomaticChecks {
  static func record(
    for article: DevelopmentArticle, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deck = try QualityRun.deck(for: article)
    #expect(!deck.cards.isEmpty, "\(article.name): no cards", sourceLocation: sourceLocation)
    var problems: [String] = []
    for card in deck.cards {
      for problem in QuestionAudit.problems(in: card) {
        problems.append("\(problem) in \(card.kind) “\(card.prompt)” → \(card.answer)")
      }
    }
    let budget = try QuestionAudit.budget(words: QualityRun.words(in: article))
    problems += QuestionAudit.deckProblems(deck, budget: budget)
    for problem in problems {
      if QualityBar.isKnown(problem, in: article.name) {
        withKnownIssue(isIntermittent: true) {
          Issue.record("\(article.name): \(problem)", sourceLocation: sourceLocation)
        }
      } else {
        Issue.record("\(article.name): \(problem)", sourceLocation: sourceLocation)
      }
    }
  }
}
