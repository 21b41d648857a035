import Articles
import Decks
import Foundation

@testable import Questions

/// What the generator must reach and what it reaches now.
enum QualityBar {
  /// The project's bar, measured on unseen articles: 85% of key facts answered.
  static let coverageTarget = 0.85
  /// Reached on the development set when the floor was last raised (about 78%); a drop is a
  /// regression. Lowered from 0.75 in session 8: once a byline's bare "09/10/2026 20:13" dated
  /// the typhoon story, its "on Friday" and "on Thursday" became dated facts and took two
  /// places of the budget from keys (73.9%); the ninth set's weekday keys need that reading.
  /// 0.72 in session 13, when titles came from the headline instead of the masthead (72.8%:
  /// the article's own event is asked again, and a budget place moved).
  static let coverageFloor = 0.72
  /// No article may fall below this.
  static let articleCoverageFloor = 0.45
  /// Reached on the second set (Tests/Fixtures/heldout), rounded down. The set was held out
  /// when it was written (58.6% then); since then its misses have guided fixes and its keys
  /// are part of the ranking's fit, so it is a regression guard, no longer unseen text.
  static let heldOutCoverageFloor = 0.77
  /// The third set (Tests/Fixtures/third): 67.0% when first measured blind, about 72% after
  /// session 3's fixes, 69% after session 4 stopped asking giveaways and cards whose only time
  /// points elsewhere (five of the keys it lost had only such cards).
  static let thirdCoverageFloor = 0.68
  /// The fourth set (Tests/Fixtures/fourth): 72.7% when measured blind at the end of session 3.
  static let fourthCoverageFloor = 0.70
  /// The fifth set (Tests/Fixtures/fifth): 63.2% when measured blind at the end of session 4,
  /// 67.6% after session 5's fixes (some of which its misses suggested); 71.4% after session 7's
  /// extraction rules (offices with a qualifier, places by context, "X's Treaty").
  static let fifthCoverageFloor = 0.71
  /// The sixth set (Tests/Fixtures/sixth): 65.0% (117/180) when measured blind in session 5;
  /// 62.8% after session 6 stopped cards its audit rejected, the only ones four keys had (the
  /// fragments "The _____, set up in 1865." and "The deal, signed in Kisumu on _____ with …
  /// shipbuilder in Mombasa.", and "Others, notably _____, …" with no one to be other than);
  /// 67.2% after session 7's extraction rules (vessel names, qualified offices).
  static let sixthCoverageFloor = 0.67
  /// The seventh set (Tests/Fixtures/seventh): 61.6% (101/164) when measured blind at the end
  /// of session 6; 69.5% after session 7's extraction rules (places by context, name forms).
  static let seventhCoverageFloor = 0.69
  /// The eighth set (Tests/Fixtures/eighth): 63.1% (101/160) when measured blind at the end
  /// of session 7; 62.5% once rand and ringgit were read as money ("R7.4-billion",
  /// "RM135mil": seven money keys answered pushed eight others over budget), 63.1% again once
  /// "Datuk Seri" was read as a title.
  /// 67.5% (108/160) after session 8 (readings of "them", "His", "it" after a fronted phrase,
  /// the page's bare date line, laws and portfolios read whole).
  /// 66.9% (107/160) in session 12: the Hungarian revolution, the article's own subject and no
  /// key, is asked once "revolution" in its prompt no longer counts as giving it away, and
  /// takes the place of a key over the budget.
  static let eighthCoverageFloor = 0.66
  /// The ninth set (Tests/Fixtures/ninth): 65.7% (111/169) when measured blind in session 8;
  /// 68.6% (116/169) after the fixes its misses and audit suggested in the same session (cedis,
  /// a byline's bare date, "yesterday", "Ibn Battuta" as a person and a profile's pronouns).
  static let ninthCoverageFloor = 0.68
  /// The tenth set (Tests/Fixtures/tenth): 53.3% (90/169) when measured blind in session 9;
  /// 59.8% (101/169) after the fixes its misses and audit suggested in the same session (soles
  /// and złoty, a woman's profile, a weekday pinning a yearless day's year).
  static let tenthCoverageFloor = 0.59
  /// The eleventh set (Tests/Fixtures/eleventh): 58.5% (96/164) when measured blind in session
  /// 10; 63.4% (104/164) after the fixes its misses and audit suggested in the same session
  /// (rupiah, Egyptian pounds and CFA francs, rulers' and kinsmen's names, weekday and
  /// future-tense yearless days, long sentences asked whole).
  static let eleventhCoverageFloor = 0.63
  /// The twelfth set (Tests/Fixtures/twelfth): 67.1% (106/158) when measured blind in session
  /// 11; 69.6% (110/158) after the fixes its misses and audit suggested in the same session
  /// (dirhams written MAD or DH, terms named after the naming verb's object, a woman's profile
  /// whose husband shares her surname).
  static let twelfthCoverageFloor = 0.69
  /// The thirteenth set (Tests/Fixtures/thirteenth): 76.2% (122/160) when measured blind in
  /// session 12; 78.1% (125/160) once baht, lira and kronor were read in their local forms;
  /// 77.5% (124/160) with titles read from the headline (session 13); 76.9% (123/160) once
  /// "the capital of New Spain" was read as the place it is, not a man, and ranked below the
  /// budget (session 14).
  static let thirteenthCoverageFloor = 0.76
  /// The fourteenth set (Tests/Fixtures/fourteenth): 70.8% (109/154) when measured blind in
  /// session 13; 76.6% (118/154) after the fixes it prompted (local currencies, dated news,
  /// a plan's length, glued sentences); 76.0% (117/154) once the interviewer's lines of its
  /// podcast transcript were dropped (its "£23" key had been hit only by the host's
  /// "_____ pounds sounds like a lot"); 76.6% (118/154) at the session's end.
  static let fourteenthCoverageFloor = 0.75
  /// The fifteenth set (Tests/Fixtures/fifteenth): 68.5% (102/149) when measured blind in
  /// session 14; 77.2% (115/149) after the fixes it prompted (dinars, guaraníes and kina in
  /// their local forms, yearless deadlines, the boxes of visitor and document pages, one-word
  /// names, glossed terms).
  static let fifteenthCoverageFloor = 0.75

  /// The sixteenth set (Tests/Fixtures/sixteenth): 69.7% (106/152) when measured blind in
  /// session 15 at 472e2ca. Two keys were answered only by cards from an explainer's timeline
  /// list ("_____ - Convicted by court-martial."), which the auditors rejected and which are
  /// no longer asked. 73.7% (112/152) after the fixes it prompted (shillings, bolivianos and
  /// Fijian dollars in their local forms, newsletters and press releases, portfolios before a
  /// minister's name).
  static let sixteenthCoverageFloor = 0.73

  /// The seventeenth set (Tests/Fixtures/seventeenth): 62.3% (96/154) when measured blind in
  /// session 16 at aae47de; 66.2% (102/154) after the fixes it prompted (years of three
  /// digits, rials, drams and Jamaican dollars, headlines opening on a sum's sign, title-case
  /// titles, a finding aid's back matter).
  static let seventeenthCoverageFloor = 0.66

  /// Automatic-check failures the generator still has (article, start of the problem), each
  /// reported to the stage that owns it. They show as known issues; any other problem fails,
  /// and a known one that is fixed simply stops showing.
  static let knownProblems: [(article: String, problem: String)] = [
    // Development set: none since stage/questions 313963b and stage/facts 535aa6e. Add one as
    // ("article.txt", "start of the problem message") while its fix is under way.
    // Held-out set: none since stage/extract-quality dropped textbook exercise lines.
  ]

  static func isKnown(_ problem: String, in article: String) -> Bool {
    knownProblems.contains { $0.article == article && problem.hasPrefix($0.problem) }
  }
}

/// One article's deck measured against its key facts.
struct ArticleResult {
  var name: String
  var words: Int
  var budget: Int
  var deck: Deck
  var keys: [KeyFact]
  /// Keys answered by some card (answer, accepted variant or the card's fact).
  var covered: [KeyFact]
  /// Keys a learner must type or pick (answers and variants of non-true/false cards).
  var coveredByAnswers: [KeyFact]
  var cardProblems: [(card: Question, problems: [String])]
  var deckProblems: [String]
  var deterministic: Bool
  /// For each missed key, what became of the facts that match it, so a miss can be traced to
  /// extraction ("not extracted") or to choosing ("over budget, score 0.83 < 1.02").
  var missReasons: [String: String] = [:]
  /// Every fact the writer looked at, with its ranking features.
  var choices: [FactChoice] = []

  var coverage: Double { keys.isEmpty ? 1 : Double(covered.count) / Double(keys.count) }
  var facts: Int { QuestionAudit.factsTested(by: deck) }
  var missed: [KeyFact] {
    keys.filter { key in !covered.contains { $0.text == key.text && $0.kind == key.kind } }
  }
}

/// Runs the generator the way `factdeck generate` does, one deck per article.
enum QualityRun {
  static let seed: UInt64 = 1

  static func deck(for article: DevelopmentArticle, seed: UInt64 = seed) throws -> Deck {
    let generator = DeckGenerator(title: article.name, seed: seed, maxFacts: nil)
    return try generator.generate([ArticleInput(name: article.name, data: article.data)])
  }

  /// Two runs with the same seed give the same deck.
  static func isDeterministic(_ article: DevelopmentArticle) throws -> Bool {
    try deck(for: article, seed: 7) == deck(for: article, seed: 7)
  }

  /// Body words as the article reader counts them: the unit of the question budget.
  static func words(in article: DevelopmentArticle) throws -> Int {
    try ArticleReader().read(article.data, name: article.name).wordCount
  }

  static func measure(_ article: DevelopmentArticle) throws -> ArticleResult {
    let generator = DeckGenerator(title: article.name, seed: seed, maxFacts: nil)
    let report = try generator.generateWithReport([
      ArticleInput(name: article.name, data: article.data)
    ])
    let deck = report.deck
    let words = try words(in: article)
    let budget = QuestionAudit.budget(words: words)
    let covered = article.keys.filter { key in
      deck.cards.contains { KeyFactMatcher.covers($0, key) }
    }
    let byAnswers = article.keys.filter { key in
      deck.cards.contains { KeyFactMatcher.covers($0, key, reading: .answerOnly) }
    }
    let problems = deck.cards.map { ($0, QuestionAudit.problems(in: $0)) }
      .filter { !$0.1.isEmpty }
    let cut = report.questions.selected.map(\.score).min() ?? 0
    var reasons: [String: String] = [:]
    for key in article.keys where !covered.contains(where: { $0.text == key.text }) {
      let prepared = PreparedKey(key)
      let candidates = report.questions.facts.filter {
        KeyFactMatcher.matches(prepared, ReadAnswer($0.fact.value))
          || KeyFactMatcher.matches(prepared, ReadAnswer($0.fact.text))
      }
      if let best = candidates.max(by: { $0.score < $1.score }) {
        reasons[key.text] = String(
          format: "%@ as %@ “%@”, score %.2f (lowest kept %.2f)", best.reason ?? "kept",
          best.fact.kind.rawValue, best.fact.text, best.score, cut)
      } else {
        reasons[key.text] = "not extracted"
      }
    }
    return ArticleResult(
      name: article.name, words: words, budget: budget, deck: deck, keys: article.keys,
      covered: covered, coveredByAnswers: byAnswers,
      cardProblems: problems.map { (card: $0.0, problems: $0.1) },
      deckProblems: QuestionAudit.deckProblems(deck, budget: budget),
      deterministic: try self.deck(for: article) == deck, missReasons: reasons,
      choices: report.questions.facts)
  }

  /// One CSV row per fact the writer ranked: the article, the fact, whether it could be asked
  /// at all, whether it matches one of the teacher's keys, and its ranking features — the data
  /// `Benchmarks/Ranking/fit.py` fits `FactRanking.weights` on.
  static func rankingRows(_ result: ArticleResult, set: String) -> [String] {
    let keys = result.keys.map(PreparedKey.init)
    return result.choices.map { choice in
      let readings = [ReadAnswer(choice.fact.value), ReadAnswer(choice.fact.text)]
      let key = keys.firstIndex { key in readings.contains { KeyFactMatcher.matches(key, $0) } }
      let fields: [String] = [
        set, result.name, "\(result.budget)", "\(result.keys.count)", choice.fact.kind.rawValue,
        choice.fact.value,
        choice.score > -100 && choice.reason != "caption" ? "1" : "0",
        key == nil ? "0" : "1", key.map { result.keys[$0].text } ?? "",
      ]
      return (fields.map(csvField) + choice.features.map { String($0) })
        .joined(separator: ",")
    }
  }

  static var rankingHeader: String {
    (["set", "article", "budget", "keys", "kind", "value", "askable", "key", "key_text"]
      + FactFeatures.Feature.allCases.map { String(describing: $0) })
      .joined(separator: ",")
  }

  private static func csvField(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
