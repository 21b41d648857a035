import Foundation

/// The FSRS-6 formulas for one set of weights, with every weight-only term worked out once so a
/// review costs a handful of `pow`/`exp` calls. The operation order follows py-fsrs 6.3.2 so
/// results agree with it to the last bits, not just approximately.
struct MemoryModel: Sendable {
  static let minimumStability = 0.001
  static let minimumDifficulty = 1.0
  static let maximumDifficulty = 10.0

  let w: [Double]
  /// Exponent of the power forgetting curve: −w20.
  let decay: Double
  /// Chosen so that R = 0.9 when elapsed days = stability.
  let factor: Double
  /// DR^(1/decay) − 1: the interval for stability S is S / factor · this.
  let intervalScale: Double
  /// Unclamped initial difficulty of Easy, the target of difficulty's mean reversion.
  let easyInitialDifficulty: Double
  let initialDifficulties: (Double, Double, Double, Double)
  /// e^(w17 · (G − 3 + w18)) per grade G.
  let shortTermGrowth: (Double, Double, Double, Double)
  /// Difficulty step −w6 · (G − 3) per grade G.
  let difficultyDeltas: (Double, Double, Double, Double)
  let expW8: Double
  /// Stability never falls below S / e^(w17 · w18) after a lapse.
  let lapseFloorDivisor: Double

  init(parameters w: [Double], desiredRetention: Double) {
    self.w = w
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    intervalScale = pow(desiredRetention, 1 / decay) - 1
    func initial(_ g: Double) -> Double { w[4] - pow(M_E, w[5] * (g - 1)) + 1 }
    easyInitialDifficulty = initial(4)
    func clampD(_ d: Double) -> Double {
      min(max(d, MemoryModel.minimumDifficulty), MemoryModel.maximumDifficulty)
    }
    initialDifficulties = (
      clampD(initial(1)), clampD(initial(2)), clampD(initial(3)), clampD(initial(4))
    )
    func growth(_ g: Double) -> Double { pow(M_E, w[17] * (g - 3 + w[18])) }
    shortTermGrowth = (growth(1), growth(2), growth(3), growth(4))
    func delta(_ g: Double) -> Double { -(w[6] * (g - 3)) }
    difficultyDeltas = (delta(1), delta(2), delta(3), delta(4))
    expW8 = pow(M_E, w[8])
    lapseFloorDivisor = pow(M_E, w[17] * w[18])
  }

  @inline(__always)
  static func clampStability(_ s: Double) -> Double { max(s, minimumStability) }

  @inline(__always)
  static func clampDifficulty(_ d: Double) -> Double {
    min(max(d, minimumDifficulty), maximumDifficulty)
  }

  @inline(__always)
  func initialStability(_ rating: Rating) -> Double {
    MemoryModel.clampStability(w[rating.rawValue - 1])
  }

  @inline(__always)
  func initialDifficulty(_ rating: Rating) -> Double {
    switch rating {
    case .again: initialDifficulties.0
    case .hard: initialDifficulties.1
    case .good: initialDifficulties.2
    case .easy: initialDifficulties.3
    }
  }

  /// D0(G) = w4 − e^(w5·(G−1)) + 1, without clamping to 1…10.
  func unclampedInitialDifficulty(_ rating: Rating) -> Double {
    w[4] - pow(M_E, w[5] * Double(rating.rawValue - 1)) + 1
  }

  /// R(t, S) = (1 + factor · t / S)^decay.
  @inline(__always)
  func forgettingCurve(elapsedDays t: Double, stability s: Double) -> Double {
    pow(1 + factor * t / s, decay)
  }

  /// Days until recall probability falls to the desired retention, before rounding.
  @inline(__always)
  func rawInterval(stability s: Double) -> Double { s / factor * intervalScale }

  /// Whole days: rounded half to even, at least 1, at most `maximum`.
  @inline(__always)
  func intervalDays(stability s: Double, maximum: Int) -> Int {
    var days = rawInterval(stability: s).rounded(.toNearestOrEven)
    let cap = Double(maximum)
    if !(days < cap) { days = cap }  // also catches NaN and infinity
    return max(Int(days), 1)
  }

  /// Linear damping towards 10, then mean reversion towards Easy's unclamped initial difficulty.
  @inline(__always)
  func nextDifficulty(_ d: Double, rating: Rating) -> Double {
    let delta: Double
    switch rating {
    case .again: delta = difficultyDeltas.0
    case .hard: delta = difficultyDeltas.1
    case .good: delta = difficultyDeltas.2
    case .easy: delta = difficultyDeltas.3
    }
    let damped = d + (10.0 - d) * delta / 9.0
    let reverted = w[7] * easyInitialDifficulty + (1 - w[7]) * damped
    return MemoryModel.clampDifficulty(reverted)
  }

  /// Stability after a review on the same day as the previous one; Hard, Good and Easy never
  /// lower it.
  @inline(__always)
  func shortTermStability(_ s: Double, rating: Rating) -> Double {
    let growth: Double
    switch rating {
    case .again: growth = shortTermGrowth.0
    case .hard: growth = shortTermGrowth.1
    case .good: growth = shortTermGrowth.2
    case .easy: growth = shortTermGrowth.3
    }
    var increase = growth * pow(s, -w[19])
    if rating != .again { increase = max(increase, 1.0) }
    return MemoryModel.clampStability(s * increase)
  }

  /// Stability after a review a day or more after the previous one, at recall probability `r`.
  @inline(__always)
  func longTermStability(
    difficulty d: Double, stability s: Double, retrievability r: Double, rating: Rating
  )
    -> Double
  {
    let next: Double
    if rating == .again {
      let longTerm =
        w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(M_E, (1 - r) * w[14])
      let shortTerm = s / lapseFloorDivisor
      next = min(longTerm, shortTerm)
    } else {
      let hardPenalty = rating == .hard ? w[15] : 1
      let easyBonus = rating == .easy ? w[16] : 1
      next =
        s
        * (1 + expW8 * (11 - d) * pow(s, -w[9]) * (pow(M_E, (1 - r) * w[10]) - 1) * hardPenalty
          * easyBonus)
    }
    return MemoryModel.clampStability(next)
  }
}
