import MLCoachCore

/// When the interviewer's time warning is shown, and what it says. The timing itself is
/// `StepTimer`'s: a minute before the end of a step of two minutes or more, half-way through
/// a shorter one. A warning raised while a line was being typed waits for a moment when it can
/// be shown; by then its step may have ended (`--strict`, or `/next`), and a warning about a
/// step that is over is dropped rather than shown with the next step's time.
struct TimeNotice: Equatable, Sendable {
  /// The step (0-based) the warning is about.
  var stepIndex: Int

  /// Seconds before a step's end at which its warning comes.
  static func lead(budget: Double) -> Double { StepTimer.warningLead(budget: budget) }

  /// Whether the warning still applies: same step, and time still left in it.
  func isCurrent(stepIndex current: Int, secondsLeft: Double) -> Bool {
    current == stepIndex && secondsLeft > 0
  }

  /// The words, with the time left now (not when the warning was raised).
  static func text(secondsLeft: Double) -> String {
    "About \(Format.clock(secondsLeft)) left in this step."
  }
}
