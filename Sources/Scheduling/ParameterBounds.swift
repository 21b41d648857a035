import Foundation

/// The ranges FSRS-6 weights must lie in (the optimizer's clipping bounds in py-fsrs and
/// fsrs-rs); weights outside them give meaningless or non-finite schedules.
enum ParameterBounds {
  static let lower: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001,
    0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  ]
  static let upper: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0,
    2.0, 2.0, 0.8, 0.8,
  ]
}

/// Brings weights of older FSRS versions to the 21 of FSRS-6, as fsrs-rs does
/// (`check_and_fill_parameters` in src/model.rs): FSRS-5 gets w19 = 0 and FSRS-5's fixed decay
/// w20 = 0.5; FSRS-4.5 additionally has its initial-difficulty formula re-expressed
/// (w4 += 2·w5, w5 = ln(1 + 3·w5) / 3, w6 += 0.5) and no short-term weights (w17 = w18 = 0).
enum ParameterUpgrade {
  static let fsrs5Decay = 0.5

  static func upgraded(_ parameters: [Double]) throws(SchedulerError) -> [Double] {
    switch parameters.count {
    case 21:
      return parameters
    case 19:
      return parameters + [0.0, fsrs5Decay]
    case 17:
      var w = parameters
      w[4] = w[5] * 2.0 + w[4]
      w[5] = log(w[5] * 3.0 + 1.0) / 3.0
      w[6] += 0.5
      return w + [0.0, 0.0, 0.0, fsrs5Decay]
    default:
      throw .wrongParameterCount(parameters.count)
    }
  }
}
