import MLCoachCore

/// The interview's time at the end of an interview.
enum TimeTable {
  /// The interview's time in one line for the end-of-interview summary: used of budgeted, then
  /// the steps that ran over or were skipped ("Time: 41:20 used of 45:00 · over: 4. Model
  /// development +1:12"). The per-step table is in the report; on the summary screen its nine
  /// lines left the advice one line each, cut mid-sentence (trial 2026-12-01).
  static func summaryLine(_ session: Session, style: Style) -> String {
    let budget = session.steps.reduce(0) { $0 + $1.budgetSeconds }
    var text = "Time: \(Format.clock(session.usedSeconds)) used of \(Format.clock(budget))"
    let over = session.steps.filter { $0.overrunSeconds > 0 && !$0.skipped }
    if !over.isEmpty {
      text += " · over: " + over.map { "\($0.id.number). \($0.id.title) " + style.red("+" + Format.clock($0.overrunSeconds)) }
        .joined(separator: ", ")
    }
    let skipped = session.steps.filter(\.skipped)
    if !skipped.isEmpty { text += " · skipped: " + skipped.map { "\($0.id.number)" }.joined(separator: ", ") }
    return text
  }
}

/// Everything the candidate typed, as plain text: printed when nothing could be saved.
enum Transcript {
  static func render(_ session: Session) -> String {
    var out = ""
    for step in session.steps {
      out += "\n## \(step.id.number). \(step.id.title)\n"
      for question in step.questions { out += "Q: \(question.question)\nA: \(question.answer)\n" }
      for line in step.lines { out += line + "\n" }
      if let followUp = step.followUp {
        out += "\nFollow-up: \(followUp.question)\n"
        for line in followUp.lines { out += line + "\n" }
      }
    }
    return out
  }
}
