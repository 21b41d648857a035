import Foundation

/// FSRS-6 scheduling, as py-fsrs 6.3.2 does it: pure arithmetic on a card's schedule. There is no
/// clock (the caller passes the time) and no hidden randomness (fuzz is seeded from the card).
public struct Scheduler: Sendable {
  /// The configuration in force, with parameters upgraded to FSRS-6's 21.
  public let configuration: SchedulerConfiguration
  let model: MemoryModel

  public init(_ configuration: SchedulerConfiguration = SchedulerConfiguration())
    throws(SchedulerError)
  {
    var configuration = configuration
    let parameters = try ParameterUpgrade.upgraded(configuration.parameters)
    for (index, value) in parameters.enumerated() {
      let lower = ParameterBounds.lower[index]
      let upper = ParameterBounds.upper[index]
      guard value >= lower && value <= upper else {
        throw .parameterOutOfRange(index: index, value: value, lower: lower, upper: upper)
      }
    }
    configuration.parameters = parameters
    let retention = configuration.desiredRetention
    guard retention > 0 && retention < 1 else { throw .desiredRetentionOutOfRange(retention) }
    for (index, seconds) in configuration.learningSteps.enumerated()
    where !(seconds > 0 && seconds.isFinite) {
      throw .invalidLearningStep(index: index, seconds: seconds)
    }
    for (index, seconds) in configuration.relearningSteps.enumerated()
    where !(seconds > 0 && seconds.isFinite) {
      throw .invalidRelearningStep(index: index, seconds: seconds)
    }
    guard configuration.maximumInterval >= 1 else {
      throw .maximumIntervalTooSmall(configuration.maximumInterval)
    }
    self.configuration = configuration
    model = MemoryModel(parameters: parameters, desiredRetention: retention)
  }

  /// The card after `rating` at `now`. `cardKey` identifies the card (e.g. "deckid/cardid");
  /// fuzz is seeded from it and `card.reps`, so the same card at the same review count always
  /// gets the same interval.
  public func review(_ card: CardSchedule, rating: Rating, at now: Date, cardKey: String)
    -> ReviewOutcome
  {
    advance(card, rating: rating, at: now, cardKey: cardKey)
  }

  /// The outcome of each of the four ratings (for the buttons' intervals), same fuzz as review.
  public func preview(
    _ card: CardSchedule, at now: Date, cardKey: String
  ) -> [Rating: ReviewOutcome] {
    var outcomes: [Rating: ReviewOutcome] = [:]
    for rating in Rating.allCases {
      outcomes[rating] = advance(card, rating: rating, at: now, cardKey: cardKey)
    }
    return outcomes
  }

  /// Probability of recall at `now`, counting whole days since the last review as the scheduler
  /// does; 0 for a card never reviewed.
  public func retrievability(of card: CardSchedule, at now: Date) -> Double {
    guard let last = card.lastReview, let stability = card.stability else { return 0 }
    let days = Scheduler.wholeDays(
      now.timeIntervalSinceReferenceDate - last.timeIntervalSinceReferenceDate)
    return model.forgettingCurve(elapsedDays: Double(max(0, days)), stability: stability)
  }

  /// Probability of recall `elapsedDays` (fractional allowed) after a review that left the card
  /// at `stability`: the FSRS-6 forgetting curve, for charts and statistics.
  public func forgettingCurve(elapsedDays: Double, stability: Double) -> Double {
    model.forgettingCurve(elapsedDays: max(0, elapsedDays), stability: stability)
  }

  /// Whole 24-hour periods in `seconds`, rounded down (Python's `timedelta.days`). The span is
  /// first rounded to microseconds, the resolution of py-fsrs's times, so an exact number of days
  /// is not lost to binary fractions of a second.
  @inline(__always)
  static func wholeDays(_ seconds: Double) -> Int {
    let micro = FastRounding.halfToEven(seconds * 1_000_000)
    // Beyond ±292,000 years Int64 microseconds overflow; such spans only need to be far away.
    guard abs(micro) < 9.2e18 else { return micro < 0 ? Int.min / 2 : Int.max / 2 }
    let whole = Int64(micro)
    // Integer division by a constant compiles to a multiply; adjust truncation to floor.
    let days = whole / 86_400_000_000
    return Int(whole % 86_400_000_000 < 0 ? days - 1 : days)
  }

  /// The review itself. The card key is hashed only when an interval is actually fuzzed.
  @inline(__always)
  func advance(_ card: CardSchedule, rating: Rating, at now: Date, cardKey: String)
    -> ReviewOutcome
  {
    let nowSeconds = now.timeIntervalSinceReferenceDate
    var next = card
    var elapsedDays: Int? = nil
    var retrievability: Double? = nil
    var state = card.state
    var step = max(0, card.step ?? 0)

    if let stability = card.stability, let difficulty = card.difficulty, card.state != .new {
      // Without a last review (not a card this scheduler wrote) recall counts as 0, as in py-fsrs.
      var r = 0.0
      if let last = card.lastReview {
        let days = Scheduler.wholeDays(nowSeconds - last.timeIntervalSinceReferenceDate)
        r = model.forgettingCurve(elapsedDays: Double(max(0, days)), stability: stability)
        elapsedDays = days
        retrievability = r
      }
      if let days = elapsedDays, days < 1 {
        next.stability = model.shortTermStability(stability, rating: rating)
      } else {
        next.stability = model.longTermStability(
          difficulty: difficulty, stability: stability, retrievability: r, rating: rating)
      }
      next.difficulty = model.nextDifficulty(difficulty, rating: rating)
    } else {
      // A card without memory yet (new, or one missing stability or difficulty) is a learning
      // card at its first step.
      state = .learning
      step = 0
      if let last = card.lastReview {
        elapsedDays = Scheduler.wholeDays(nowSeconds - last.timeIntervalSinceReferenceDate)
      }
      next.stability = model.initialStability(rating)
      next.difficulty = model.initialDifficulty(rating)
    }
    let stability = next.stability ?? MemoryModel.minimumStability

    let interval: TimeInterval
    var nextState = state
    var nextStep: Int? = nil
    switch state {
    case .new, .learning, .relearning:
      let steps = state == .relearning ? configuration.relearningSteps : configuration.learningSteps
      if steps.isEmpty || (step >= steps.count && rating != .again) {
        nextState = .review
        interval = reviewInterval(stability: stability, cardKey: cardKey, reps: card.reps)
      } else {
        switch rating {
        case .again:
          nextStep = 0
          interval = steps[0]
        case .hard:
          nextStep = step
          if step == 0 {
            interval = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0
          } else {
            interval = steps[step]
          }
        case .good:
          if step + 1 == steps.count {
            nextState = .review
            interval = reviewInterval(stability: stability, cardKey: cardKey, reps: card.reps)
          } else {
            nextStep = step + 1
            interval = steps[step + 1]
          }
        case .easy:
          nextState = .review
          interval = reviewInterval(stability: stability, cardKey: cardKey, reps: card.reps)
        }
      }
    case .review:
      if rating == .again {
        next.lapses += 1
        if configuration.relearningSteps.isEmpty {
          interval = reviewInterval(stability: stability, cardKey: cardKey, reps: card.reps)
        } else {
          nextState = .relearning
          nextStep = 0
          interval = configuration.relearningSteps[0]
        }
      } else {
        interval = reviewInterval(stability: stability, cardKey: cardKey, reps: card.reps)
      }
    }

    next.state = nextState
    next.step = nextStep
    next.reps += 1
    next.lastReview = now
    next.due = Date(timeIntervalSinceReferenceDate: nowSeconds + interval)
    return ReviewOutcome(
      card: next, elapsedDays: elapsedDays, retrievability: retrievability, interval: interval)
  }

  /// Seconds until a review-state card is next due: whole days, fuzzed when fuzz is on.
  @inline(__always)
  func reviewInterval(stability: Double, cardKey: String, reps: Int) -> TimeInterval {
    var days = model.intervalDays(stability: stability, maximum: configuration.maximumInterval)
    if configuration.fuzz && IntervalFuzz.applies(days: days) {
      days = IntervalFuzz.fuzzed(
        days: days, maximumInterval: configuration.maximumInterval,
        seed: FuzzSeed.make(cardKey: cardKey, reps: reps))
    }
    return Double(days) * 86_400
  }
}
