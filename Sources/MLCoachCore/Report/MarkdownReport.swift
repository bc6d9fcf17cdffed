/// A session report as GitHub-flavoured Markdown: a complete record to keep or share.
/// A pure function of the report, so a golden file pins the format.
public enum MarkdownReport {
  public static func render(_ report: SessionReport) -> String {
    var out: [String] = []
    header(report, &out)
    scores(report, &out)
    transcript(report, &out)
    rubric(report, &out)
    reference(report, &out)
    return out.joined(separator: "\n") + "\n"
  }

  private static func header(_ report: SessionReport, _ out: inout [String]) {
    let session = report.session
    out.append("# \(session.scenarioTitle) — practice report")
    out.append("")
    out.append("- **Session:** `\(session.id)`")
    let installed = report.scenario == nil ? " (no longer installed)" : ""
    out.append("- **Scenario:** \(session.scenarioTitle) (`\(session.scenarioID)`)\(installed)")
    out.append("- **Date:** \(ReportDate.minute(session.startedAt))")
    let state = session.state == .finished
      ? "finished" + (session.finishedAt.map { " \(ReportDate.minute($0))" } ?? "")
      : "in progress (resume it with `mlcoach resume \(session.id)`)"
    out.append("- **State:** \(state)")
    out.append("- **Time:** \(ReportNumber.clock(session.usedSeconds)) used of \(ReportNumber.clock(report.budgetSeconds)) budgeted")
    var options = ["\(ReportNumber.score(session.options.totalMinutes)) minutes"]
    if session.options.strict { options.append("strict") }
    if !session.options.timer { options.append("no timer") }
    if !session.options.followUps { options.append("no follow-ups") }
    if let focus = session.options.focus { options.append("focus: \(focus.title.lowercased())") }
    out.append("- **Options:** \(options.joined(separator: ", "))")
    // Hints as the interviewer gave them, never by internal item id: a trial looked for the
    // hint it had been shown and found the rubric item's text instead.
    let hints = session.steps.flatMap { step in step.hintsUsed.map { (step.id, $0) } }
    let hintTexts = hints.map { step, id in
      "\u{201C}\(report.scenario?.item(id)?.hint ?? id)\u{201D} (step \(step.number))"
    }
    out.append("- **Hints used:** \(hints.isEmpty ? "none" : hintTexts.joined(separator: "; "))")
    if let coach = report.coach {
      var line = "- **Score:** \(ReportNumber.score(coach.overall))/100 (\(coach.band.rawValue))"
      if report.provisional { line += ", provisional: scored from the answers so far" }
      if let own = report.selfAssessed {
        line += " · **self-assessed:** \(ReportNumber.score(own.overall))/100 (\(own.band.rawValue))"
      }
      out.append(line)
    } else {
      out.append("- **Score:** none (the scenario is no longer installed, so it cannot be scored)")
    }
    if report.withholdsAnswers, report.coach != nil {
      out.append("- **Held back until you finish:** advice, hints, the reference outline and the rubric items "
        + "of the steps still ahead, so that resuming stays a fair test")
    }
    if let review = report.review, !review.isComplete {
      out.append("- **Self-review:** \(review.position) of \(review.total) items walked (not finished)")
    }
    out.append("")
  }

  private static func scores(_ report: SessionReport, _ out: inout [String]) {
    guard let coach = report.coach else { return }
    let own = report.selfAssessed
    out.append("## Scores")
    out.append("")
    out.append(own == nil ? "| Category | Coach | Items credited |"
      : "| Category | Coach | Items credited | Self-assessed |")
    out.append(own == nil ? "|---|---:|---:|" : "|---|---:|---:|---:|")
    let present = Set(coach.items.map(\.category))
    for category in Category.allCases where present.contains(category) {
      let tally = coach.itemTally(category)
      var row = "| \(category.title) | \(ReportNumber.score(coach.score(category))) | "
        + "\(tally.credited) of \(tally.counted)" + coach.partialNote(category)
      if let own { row += " | \(ReportNumber.score(own.score(category)))" }
      out.append(row + " |")
    }
    var total = "| **Overall** | **\(ReportNumber.score(coach.overall))** |"
    if let own { total += " | **\(ReportNumber.score(own.overall))**" }
    out.append(total + " |")
    out.append("")
    out.append(scaleNote(coach.scale, focus: report.session.options.focus != nil))
    out.append("")
    if let note = coach.overallNote {
      out.append("The coach's overall: \(note).")
      out.append("")
    }
    if !coach.advice.isEmpty {
      out.append("### Advice")
      out.append("")
      for (index, advice) in coach.advice.enumerated() { out.append("\(index + 1). \(advice)") }
      out.append("")
    }
    if let review = report.review, !review.disagreements.isEmpty {
      out.append("### Where you disagreed with the coach")
      out.append("")
      for disagreement in review.disagreements {
        out.append("- Coach **\(disagreement.coach.rawValue)**, you **\(disagreement.own.rawValue)**: "
          + report.text(of: disagreement.item))
      }
      out.append("")
    }
    out.append("### Red flags")
    out.append("")
    if coach.redFlags.isEmpty { out.append("None found.") }
    for flag in coach.redFlags {
      out.append("- **\(flag.text)** (\(flag.costText)) You said: “\(flag.evidence)” \(flag.why)")
    }
    out.append("")
  }

  private static func transcript(_ report: SessionReport, _ out: inout [String]) {
    out.append("## Transcript")
    out.append("")
    for step in report.session.steps {
      out.append("### \(step.id.number). \(step.id.title)")
      out.append("")
      var time = "*Time: \(ReportNumber.clock(step.usedSeconds)) of \(ReportNumber.clock(step.budgetSeconds))"
      if step.overrunSeconds >= 1 { time += " (\(ReportNumber.clock(step.overrunSeconds)) over)" }
      if step.skipped { time += " · skipped" }
      if !step.hintsUsed.isEmpty {
        time += " · \(step.hintsUsed.count) hint\(step.hintsUsed.count == 1 ? "" : "s") used (listed above)"
      }
      out.append(time + "*")
      out.append("")
      for question in step.questions {
        out.append("- **You asked:** \(question.question)")
        out.append("  - **Interviewer:** \(question.answer)")
      }
      if !step.questions.isEmpty { out.append("") }
      // A line cut off by Ctrl-C (or SIGTERM, SIGHUP) says so: it was not finished.
      let unfinished = Set(step.unfinishedLines ?? [])
      out.append(contentsOf: quote(step.lines.enumerated().map { index, line in
        unfinished.contains(index) ? line + " *(unfinished: still being typed when the interview stopped)*" : line
      }))
      out.append("")
      if let followUp = step.followUp {
        out.append("**Follow-up:** \(followUp.question)")
        out.append("")
        out.append(contentsOf: followUp.lines.isEmpty ? ["*(no reply)*"] : quote(followUp.lines))
        out.append("")
      }
    }
  }

  private static func rubric(_ report: SessionReport, _ out: inout [String]) {
    guard let coach = report.coach else { return }
    let own = report.selfAssessed
    out.append("## Rubric")
    out.append("")
    out.append("Verdicts: **hit** (made with a reason), **partial** (named without one), **missed**, "
      + "**contradicted** (dismissed). Weight: 1 nice to have, 2 expected, 3 essential.")
    out.append("")
    for (category, items) in report.itemsByCategory {
      var heading = "### \(category.title) — coach \(ReportNumber.score(coach.score(category))), "
        + coach.itemTallyText(category)
      if let own { heading += ", self-assessed \(ReportNumber.score(own.score(category)))" }
      out.append(heading)
      out.append("")
      for item in items {
        let status = item.counts ? "**\(item.status.rawValue)**" : "**not expected** (you chose an alternative)"
        var line = "- \(status) · \(report.text(of: item)) *(weight \(item.weight), "
          + "step \(item.step.number): \(item.step.title))*"
        if let mine = report.review?.own(item.id), mine != item.status { line += " — **you: \(mine.rawValue)**" }
        out.append(line)
        if let evidence = item.evidence { out.append("  - Evidence: “\(evidence)”") }
        if let note = item.note { out.append("  - Note: \(note)") }
        if item.hintUsed { out.append("  - Hint used during the interview (reduced credit)") }
        let ownStatus = report.review?.own(item.id) ?? item.status
        if !report.withholdsAnswers, item.counts, item.status != .hit || ownStatus != .hit,
           let rubricItem = report.scenario?.item(item.id) {
          out.append("  - Hint: \(rubricItem.hint)")
          out.append("  - Reference: \(rubricItem.reference)")
        }
      }
      out.append("")
    }
    let withheld = report.withheldItemCount
    if withheld > 0 {
      out.append("\(withheld) more item\(withheld == 1 ? "" : "s"), of the step you are on and the steps after it, "
        + "will be listed once the interview is finished (`mlcoach resume \(report.session.id)`).")
      out.append("")
    }
  }

  /// Under the scores table: which curve the scores are on, and why a category can score well
  /// with items missed. A category's score puts its items' credit on the report's scale and
  /// takes a share from the whole answer (`Scorer.wholeAnswerShareOfCategory`); trial 48 read
  /// "Trade-offs 85.1" beside four missed trade-off items as the coach contradicting itself. A
  /// focus session's report says that only its steps' items count.
  static func scaleNote(_ scale: ScoreScale?, focus: Bool = false) -> String {
    let share = Int((Scorer.wholeAnswerShareOfCategory * 100).rounded())
    let blend = "\(share)% of a category's score comes from the whole answer, since a point counts wherever it is "
      + "made; so a category can score well with some of its items missed. The rubric below lists them."
    if focus {
      return "A focus session scores the items of the steps it walks and nothing else, on the interviewer's scale, "
        + "where a strong answer earns about half of the items' weight; so it can score well with some of its items "
        + "missed. The rubric below lists them."
    }
    switch scale ?? .interviewer {
    case .interviewer:
      return "Scores are on the interviewer's scale, where a strong written answer earns about half of a rubric's "
        + "weight, and " + blend
    case .practice:
      return "Scores are on the practice scale: the steps' prompts, the follow-ups and the interviewer's answers draw "
        + "out more of a rubric than a written answer does, so a strong interview earns about four fifths of its "
        + "weight, and " + blend
    }
  }

  private static func reference(_ report: SessionReport, _ out: inout [String]) {
    out.append("## Reference outline")
    out.append("")
    if report.withholdsAnswers {
      out.append("Held back until the interview is finished: `mlcoach resume \(report.session.id)`.")
      return
    }
    guard let scenario = report.scenario else {
      out.append("The scenario `\(report.session.scenarioID)` is no longer installed, so its reference is not available.")
      return
    }
    let weakest = report.weakestStepScores
    if !weakest.isEmpty {
      let names = weakest.map {
        "\($0.step.number). \($0.step.title) (\(ReportNumber.score($0.score))% of its items' weight)"
      }
        .joined(separator: " and ")
      // A trial read "Deployment & serving (76)" beside a Serving bar of 96.6 as a contradiction,
      // and trial 48 read "step score 54" beside Serving 91.2 as one: a step's figure is a raw
      // share, so it is written as a percentage of weight, not as a second kind of score.
      out.append("Compare your design with the reference, noting what you missed; start with \(names), "
        + "the steps where you earned least. Those are raw shares of each step's own items; the category "
        + "scores above are on the interviewer's scale and count a category's items from every step.")
      out.append("")
    }
    for step in StepID.allCases {
      guard let bullets = scenario.reference[step], !bullets.isEmpty else { continue }
      // Two steps may be named: calling each "your weakest step" read as a contradiction
      // (a newcomer's trial, forty-first session).
      let which = weakest.count == 1 ? "your weakest step" : "one of your weakest steps"
      let mark = weakest.first { $0.step == step }
        .map { " (\(which): \(ReportNumber.score($0.score))% of its items' weight)" } ?? ""
      out.append("### \(step.number). \(step.title)\(mark)")
      out.append("")
      out.append(contentsOf: bullets.map { "- \($0)" })
      out.append("")
    }
    if out.last == "" { out.removeLast() }
  }

  /// The candidate's lines as a block quote, one paragraph per line they typed, so their line
  /// breaks survive without trailing spaces (which editors strip) and their own Markdown
  /// (lists, code) still renders.
  static func quote(_ lines: [String]) -> [String] {
    var quoted: [String] = []
    for line in lines {
      var text = line[...]
      while let last = text.last, last.isWhitespace { text = text.dropLast() }
      guard !text.isEmpty else { continue }
      if !quoted.isEmpty { quoted.append(">") }
      quoted.append("> \(text)")
    }
    return quoted.isEmpty ? ["*(no answer)*"] : quoted
  }
}
