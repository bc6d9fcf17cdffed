import MLCoachCore

/// The interview's status line as a pure function of the clock and the width. When space runs
/// short it gives up parts by priority, so what matters most stays: the time left in the step,
/// then in the interview, then the step number, then its title (and the scenario id first of
/// all). It never wraps: its text takes at most `width - 1` cells, so writing it never moves
/// the terminal into its pending-wrap state.
struct StatusLine {
  struct Fields: Equatable, Sendable {
    var scenarioID: String
    /// 0-based.
    var stepIndex: Int
    var stepCount: Int
    var stepTitle: String
    var stepBudget: Double
    /// Negative once the step is over time.
    var stepSecondsLeft: Double
    var totalSecondsLeft: Double
  }

  let fields: Fields

  init(_ fields: Fields) { self.fields = fields }

  init(status: InterviewEngine.Status, scenarioID: String, budget: Double) {
    fields = Fields(scenarioID: scenarioID, stepIndex: status.stepIndex, stepCount: status.stepCount,
                    stepTitle: status.step.title, stepBudget: budget, stepSecondsLeft: status.stepSecondsLeft,
                    totalSecondsLeft: status.totalSecondsLeft)
  }

  /// The line, styled: yellow from the time warning on, red once over time.
  func render(width: Int, style: Style) -> String {
    let line = text(width: width)
    let left = fields.stepSecondsLeft
    if left < 0 { return style.red(line) }
    if left <= StepTimer.warningLead(budget: fields.stepBudget) { return style.yellow(line) }
    return style.bold(line)
  }

  /// The longest form that fits in `width - 1` cells.
  func text(width: Int) -> String {
    let room = max(1, width - 1)
    for candidate in candidates(room: room) where DisplayWidth.of(candidate) <= room { return candidate }
    return DisplayWidth.truncate(stepTime(.short), to: room, ellipsis: "")
  }

  private enum Form { case long, medium, short }

  private func stepTime(_ form: Form) -> String {
    let left = fields.stepSecondsLeft
    let clock = Format.clock(abs(left))
    switch form {
    case .long: return left >= 0 ? "step \(clock) left" : "step over by \(clock)"
    case .medium: return left >= 0 ? "\(clock) left" : "over by \(clock)"
    case .short: return left >= 0 ? clock : "+\(clock)"
    }
  }

  private func interviewTime(_ form: Form) -> String {
    let clock = Format.clock(max(0, fields.totalSecondsLeft))
    return form == .long ? "interview \(clock) left" : "total \(clock)"
  }

  private var number: String { "\(fields.stepIndex + 1)/\(fields.stepCount)" }

  /// Every form, from the fullest to the barest, in the order parts are given up.
  private func candidates(room: Int) -> [String] {
    func join(_ parts: [String]) -> String { parts.filter { !$0.isEmpty }.joined(separator: " · ") }
    let step = "Step \(number)"
    var forms: [String] = []
    forms.append(join([fields.scenarioID, "\(step) \(fields.stepTitle)", stepTime(.long), interviewTime(.long)]))
    forms.append(join(["\(step) \(fields.stepTitle)", stepTime(.long), interviewTime(.long)]))
    // The title, cut to what is left (worth keeping only if a word or so survives).
    let rest = join([stepTime(.long), interviewTime(.long)])
    let titleRoom = room - DisplayWidth.of(step) - 1 - DisplayWidth.of(" · " + rest)
    if titleRoom >= 8 {
      forms.append(join(["\(step) \(DisplayWidth.truncate(fields.stepTitle, to: titleRoom))", rest]))
    }
    forms.append(join([step, stepTime(.long), interviewTime(.long)]))
    forms.append(join([step, stepTime(.long), interviewTime(.short)]))
    forms.append(join([number, stepTime(.long), interviewTime(.short)]))
    forms.append(join([number, stepTime(.medium), interviewTime(.short)]))
    forms.append(join([stepTime(.medium), interviewTime(.short)]))
    forms.append(join([stepTime(.short), interviewTime(.short)]))
    forms.append(stepTime(.medium))
    forms.append(stepTime(.short))
    return forms
  }
}
