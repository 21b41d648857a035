/// How an answer came about, which decides what it does to the card.
public enum ReviewKind: String, Sendable, Codable, CaseIterable, Hashable {
  /// A scheduled study answer: the scheduler moves the card.
  case normal
  /// Extra practice outside the schedule: logged, but the card's schedule does not move.
  case cram
  /// Replayed from another program's review history (`factdeck history import`).
  case imported
}
