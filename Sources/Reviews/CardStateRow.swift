import Foundation
import Scheduling

/// One element of `factdeck cards --format json`, in the contract's shape: `card`, `deck`,
/// `state`, `step`, `stability`, `difficulty`, `due`, `last_review`, `reps`, `lapses`, plus
/// `fact`, `suspended` and `buried_until`. Absent values are written as `null` so every key is
/// always there; times are ISO-8601 UTC.
public struct CardStateRow: Encodable, Sendable, Hashable {
  public var state: CardState

  public init(_ state: CardState) {
    self.state = state
  }

  enum CodingKeys: String, CodingKey {
    case card, deck, fact, state, step, stability, difficulty, due
    case lastReview = "last_review"
    case reps, lapses, suspended
    case buriedUntil = "buried_until"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    let schedule = state.schedule
    try container.encode(state.key.card, forKey: .card)
    try container.encode(state.key.deck, forKey: .deck)
    try container.encode(state.factID, forKey: .fact)
    try container.encode(schedule.state.rawValue, forKey: .state)
    try encodeOrNull(schedule.step, .step, &container)
    try encodeOrNull(schedule.stability, .stability, &container)
    try encodeOrNull(schedule.difficulty, .difficulty, &container)
    try container.encode(UTCTimestamp.string(schedule.due), forKey: .due)
    try encodeOrNull(schedule.lastReview.map(UTCTimestamp.string), .lastReview, &container)
    try container.encode(schedule.reps, forKey: .reps)
    try container.encode(schedule.lapses, forKey: .lapses)
    try container.encode(state.suspended, forKey: .suspended)
    try encodeOrNull(state.buriedUntil.map(UTCTimestamp.string), .buriedUntil, &container)
  }

  private func encodeOrNull<Value: Encodable>(
    _ value: Value?, _ key: CodingKeys, _ container: inout KeyedEncodingContainer<CodingKeys>
  ) throws {
    if let value {
      try container.encode(value, forKey: key)
    } else {
      try container.encodeNil(forKey: key)
    }
  }
}
