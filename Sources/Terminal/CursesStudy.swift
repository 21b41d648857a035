import Foundation
import Sessions

/// The full-screen study loop: draw, read a key, let the model decide, perform its effects
/// (committing every grade before the next card is drawn), repeat until quit.
public enum CursesStudy {
  /// `afterFirstFrame` runs once the first screen is up (the deferred deck sync); an event it
  /// returns (a failure to report) goes to the model.
  public static func run(
    _ model: StudyScreen, terminal: CursesScreen, runner: EffectRunner,
    clock: () throws -> Date, afterFirstFrame: () -> StudyEvent? = { nil }
  ) throws {
    var model = model
    let renderer = ScreenRenderer(measure: CursesScreen.measure)
    let (columns, rows) = terminal.size
    _ = model.handle(.key(.resize(columns: columns, rows: rows)), at: try clock())
    var pending = model.initialEffects
    var first = true
    while true {
      if try perform(&pending, on: &model, runner: runner, clock: clock) { return }
      terminal.draw(renderer.render(model))
      if first {
        first = false
        if let event = afterFirstFrame() {
          pending = model.handle(event, at: try clock())
        } else if model.page == .home {
          pending = [.refreshDecks]
        }
        if !pending.isEmpty { continue }
      }
      let key = terminal.readKey()
      let now = try clock()
      pending = model.handle(key.map { .key($0) } ?? .tick, at: now)
    }
  }

  /// Performs effects in order, feeding each answer back; true when the learner quit.
  static func perform(
    _ effects: inout [StudyEffect], on model: inout StudyScreen, runner: EffectRunner,
    clock: () throws -> Date
  ) throws -> Bool {
    while !effects.isEmpty {
      let effect = effects.removeFirst()
      if effect == .quit { return true }
      if let event = runner.perform(effect, cram: model.options.cram) {
        effects += model.handle(event, at: try clock())
      }
    }
    return false
  }
}
