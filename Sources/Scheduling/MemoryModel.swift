import Foundation

/// The FSRS-6 formulas for one set of weights, with every weight-only term worked out once so a
/// review costs a few `pow`/`exp` calls. The operation order follows py-fsrs 6.3.2 so results
/// agree with it to the last bit or two, not just approximately.
struct MemoryModel: Sendable {
  static let minimumStability = 0.001
  static let minimumDifficulty = 1.0
  static let maximumDifficulty = 10.0

  /// Exponent of the power forgetting curve: −w20.
  let decay: Double
  /// Chosen so that R = 0.9 when elapsed days = stability.
  let factor: Double
  /// DR^(1/decay) − 1: the interval for stability S is S / factor · this.
  let intervalScale: Double
  /// Unclamped initial difficulty of Easy, the target of difficulty's mean reversion.
  let easyInitialDifficulty: Double
  /// w0…w3, clamped to the minimum stability.
  let initialStabilities: (Double, Double, Double, Double)
  let initialDifficulties: (Double, Double, Double, Double)
  /// e^(w17 · (G − 3 + w18)) per grade G.
  let shortTermGrowth: (Double, Double, Double, Double)
  /// Difficulty step −w6 · (G − 3) per grade G.
  let difficultyDeltas: (Double, Double, Double, Double)
  /// w5, for the unclamped initial difficulty.
  let w4: Double, w5: Double
  /// Mean-reversion weight.
  let w7: Double
  /// Recall: e^w8 scale, stability exponent w9, retrievability weight w10, Hard penalty w15,
  /// Easy bonus w16.
  let expW8: Double, w9: Double, w10: Double, w15: Double, w16: Double
  /// Lapse: scale w11, difficulty exponent w12, stability exponent w13, retrievability weight w14.
  let w11: Double, w12: Double, w13: Double, w14: Double
  /// Same-day stability exponent.
  let w19: Double
  /// Stability never falls below S / e^(w17 · w18) after a lapse.
  let lapseFloorDivisor: Double

  init(parameters w: [Double], desiredRetention: Double) {
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    intervalScale = pow(desiredRetention, 1 / decay) - 1
    func initial(_ g: Double) -> Double { w[4] - exp(w[5] * (g - 1)) + 1 }
    easyInitialDifficulty = initial(4)
    func clampD(_ d: Double) -> Double { MemoryModel.clampDifficulty(d) }
    initialDifficulties = (
      clampD(initial(1)), clampD(initial(2)), clampD(initial(3)), clampD(initial(4))
    )
    func clampS(_ s: Double) -> Double { MemoryModel.clampStability(s) }
    initialStabilities = (clampS(w[0]), clampS(w[1]), clampS(w[2]), clampS(w[3]))
    func growth(_ g: Double) -> Double { exp(w[17] * (g - 3 + w[18])) }
    shortTermGrowth = (growth(1), growth(2), growth(3), growth(4))
    func delta(_ g: Double) -> Double { -(w[6] * (g - 3)) }
    difficultyDeltas = (delta(1), delta(2), delta(3), delta(4))
    w4 = w[4]
    w5 = w[5]
    w7 = w[7]
    expW8 = exp(w[8])
    w9 = w[9]
    w10 = w[10]
    w11 = w[11]
    w12 = w[12]
    w13 = w[13]
    w14 = w[14]
    w15 = w[15]
    w16 = w[16]
    w19 = w[19]
    lapseFloorDivisor = exp(w[17] * w[18])
  }

  @inline(__always)
  static func clampStability(_ s: Double) -> Double { max(s, minimumStability) }

  @inline(__always)
  static func clampDifficulty(_ d: Double) -> Double {
    min(max(d, minimumDifficulty), maximumDifficulty)
  }

  @inline(__always)
  func initialStability(_ rating: Rating) -> Double {
    switch rating {
    case .again: initialStabilities.0
    case .hard: initialStabilities.1
    case .good: initialStabilities.2
    case .easy: initialStabilities.3
    }
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
    w4 - exp(w5 * Double(rating.rawValue - 1)) + 1
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
    var days = rawInterval(stability: s)
    let cap = Double(maximum)
    // Capping before rounding gives the same result for a whole-number cap, keeps the value in
    // Int's range, and also catches NaN and infinity.
    if !(days < cap) { days = cap }
    return max(Int(FastRounding.halfToEven(days)), 1)
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
    let reverted = w7 * easyInitialDifficulty + (1 - w7) * damped
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
    var increase = w19 == 0 ? growth : growth * pow(s, -w19)
    if rating != .again { increase = max(increase, 1.0) }
    return MemoryModel.clampStability(s * increase)
  }

  /// Stability after a review a day or more after the previous one, at recall probability `r`.
  @inline(__always)
  func longTermStability(
    difficulty d: Double, stability s: Double, retrievability r: Double, rating: Rating
  ) -> Double {
    let next: Double
    if rating == .again {
      let longTerm = w11 * pow(d, -w12) * (pow(s + 1, w13) - 1) * exp((1 - r) * w14)
      let shortTerm = s / lapseFloorDivisor
      next = min(longTerm, shortTerm)
    } else {
      let hardPenalty = rating == .hard ? w15 : 1
      let easyBonus = rating == .easy ? w16 : 1
      next =
        s
        * (1 + expW8 * (11 - d) * pow(s, -w9) * (exp((1 - r) * w10) - 1) * hardPenalty
          * easyBonus)
    }
    return MemoryModel.clampStability(next)
  }
}

/// Rounding without a libm call (x86-64's baseline has no rounding instruction, so
/// `rounded(.toNearestOrEven)` becomes a call to `rint`).
enum FastRounding {
  /// 1.5 · 2^52: adding and subtracting it leaves x rounded half to even, for |x| < 2^51.
  private static let magic = 6_755_399_441_055_744.0

  @inline(__always)
  static func halfToEven(_ x: Double) -> Double {
    guard abs(x) < 2_251_799_813_685_248.0 else { return x.rounded(.toNearestOrEven) }
    return (x + magic) - magic
  }
}
