import Foundation
import MLCoachCore

struct ReviewCommand: Command {
  static let spec = CommandSpec(
    name: "review", usage: "mlcoach review [SESSION] [--print] [--restart]",
    summary: "Walk the rubric, confirm or override the coach, and compare your score with the coach's.",
    details: """
      SESSION is a session id, a unique prefix of one, or a scenario id (its latest session);
      without it, your latest finished session.

      Item by item, category by category: what the interviewer looks for, the coach's verdict with
      the sentence behind it, and the hint and reference where it was not fully met. Answer with
        Enter  agree with the coach      y  covered      n  not covered      p  partial
        b      back one item             q  save and stop (run review again to resume)
      Every answer is saved at once. At the end you see your score beside the coach's per
      category, the items where you disagreed, and the reference outline for your weakest steps;
      history and next then use your score.

      options:
        --print     print the same content without asking anything
        --restart   walk a completed review again (your earlier verdicts are the defaults)

      example: mlcoach review 20261122-2215
      """,
    flags: ["--print", "--restart"], positionals: 0...1)

  static func run(_ context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context)
    var session = try lookup.resolve(context.arguments.positionals.first, latestWhere: { $0.state == .finished })
    guard session.state == .finished else {
      throw CLIError("session '\(session.id)' is not finished, so there is nothing to review yet; "
        + "finish it with 'mlcoach resume \(session.id)'", code: .usage)
    }
    guard let scenario = try context.catalogue().scenario(id: session.scenarioID) else {
      throw CLIError("the scenario '\(session.scenarioID)' of session '\(session.id)' is no longer installed, so "
        + "its rubric cannot be walked; 'mlcoach report \(session.id)' still prints the record", code: .noInput)
    }
    // A finished session normally carries its score; if not, score it now and keep it, so the
    // review order (which follows the report) is the same when the review is resumed.
    let coach = session.score ?? Scorer(scenario: scenario).score(session.answer)
    session.score = coach
    var review = SelfReview(coach: coach, scenario: scenario, record: session.review, now: context.clock.now())
    let printer = ReviewPrinter(context: context, session: session, scenario: scenario)

    if context.arguments.has("--print") {
      context.console.out(printer.walk(review) + "\n" + printer.summary(review))
      return .success
    }
    if review.isComplete && !context.arguments.has("--restart") {
      let date = ReportDate.minute(review.record.updatedAt)
      context.console.line(printer.wrap("You finished reviewing this session on \(date). To walk it again: "
        + "mlcoach review \(session.id) --restart") + "\n")
      context.console.out(printer.summary(review))
      return .success
    }
    if context.arguments.has("--restart") { review.restart(now: context.clock.now()) }
    return try interact(&review, session: &session, printer: printer, lookup: lookup, context: context)
  }

  /// The interactive walk: one line per item, saved after each, stopped by `q` or end of input.
  private static func interact(_ review: inout SelfReview, session: inout Session, printer: ReviewPrinter,
                               lookup: SessionLookup, context: Context) throws(CLIError) -> ExitCode {
    let console = context.console
    // The walk saves after each answer: a second review of this session (another terminal)
    // would overwrite those answers, so it is told who has it instead. A folder that cannot
    // hold a lock file cannot hold the answers either; saving reports that.
    var sessionLock: SessionLock?
    do {
      sessionLock = try lookup.store.lock(session.id)
    } catch {
      if case .locked = error { throw CLIError(error) }
    }
    defer { sessionLock?.release() }
    // Every answer is already saved, so Ctrl-C only needs to say so (on a real terminal only:
    // tests drive the review through a scripted console and keep their own signal handling).
    let id = session.id
    let interrupt = console.stdinIsTerminal
      ? InterruptHandler { _ in
        console.out("\nStopped: your answers so far are saved. Continue with 'mlcoach review \(id)'.\n")
      }
      : nil
    defer { interrupt?.cancel() }
    console.out(printer.introduction(review))
    var previousCategory: Category?
    var showItem = true
    while let item = review.current {
      if showItem {
        if item.category != previousCategory { console.out(printer.categoryHeading(item.category, review: review)) }
        previousCategory = item.category
        console.out(printer.item(item, review: review))
      }
      console.out(printer.prompt(item, review: review))
      let line = console.readLine()
      // A terminal echoes what was typed; piped input does not, so echo it to keep a
      // readable transcript (and end the prompt's line at end of input either way).
      if !console.stdinIsTerminal {
        console.line(line ?? "")
      } else if line == nil {
        console.line()
      }
      let outcome = review.apply(ReviewAction.parse(line), now: context.clock.now())
      showItem = true
      switch outcome {
      case .invalid:
        console.line(printer.wrap(context.style.dim(
          review.position == 0 && ReviewAction.parse(line) == .back
            ? "This is the first item; there is nothing to go back to."
            : "Press Enter to agree, or type y (covered), n (not covered), p (partial), b (back) or q (stop)."),
          indent: "  ", hanging: "  "))
        showItem = false
      case .recorded, .movedBack:
        session.review = review.record
        try lookup.save(session)
        if outcome == .movedBack { previousCategory = nil }
      case .finished:
        session.review = review.record
        try lookup.save(session)
        console.line()
        console.out(printer.summary(review))
        return .success
      case .stopped:
        if session.review != nil || review.position > 0 {
          session.review = review.record
          try lookup.save(session)
        }
        console.line("Saved: \(review.position) of \(review.items.count) items reviewed. "
          + "Continue with 'mlcoach review \(session.id)'.")
        return .success
      }
    }
    // Only reached when the position was already past the last item (the rubric shrank).
    if review.completeIfWalked(now: context.clock.now()) {
      session.review = review.record
      try lookup.save(session)
    }
    console.out(printer.summary(review))
    return .success
  }
}

/// The review's text, styled for the terminal and wrapped to its width.
struct ReviewPrinter {
  let context: Context
  let session: Session
  let scenario: Scenario

  private var style: Style { context.style }
  private var width: Int { context.console.width }

  func introduction(_ review: SelfReview) -> String {
    let coach = review.coach
    var text = style.bold("Self-review: \(session.scenarioTitle)") + "\n"
    text += style.dim("Session \(session.id), \(ReportDate.minute(session.startedAt))") + "\n"
    text += "Coach: \(ReportNumber.score(coach.overall))/100 (\(coach.band.rawValue)). "
      + "\(review.items.count) items, grouped by category.\n"
    if review.position > 0 {
      text += "Resuming at item \(review.position + 1) of \(review.items.count).\n"
    }
    text += wrap("For each item, press Enter to agree with the coach, or type y (covered), n (not covered), "
      + "p (partial); b goes back, q saves and stops.") + "\n"
    return text
  }

  func categoryHeading(_ category: Category, review: SelfReview) -> String {
    "\n" + style.bold("── \(category.title) ") + style.dim("(coach \(ReportNumber.score(review.coach.score(category)))/100)")
      + "\n"
  }

  /// One item as the candidate sees it before deciding.
  func item(_ item: ItemVerdict, review: SelfReview) -> String {
    let number = "[\(index(of: item, in: review) + 1)/\(review.items.count)] "
    let indent = String(repeating: " ", count: number.count + 2)
    var text = "\n" + wrap(style.bold(number) + (scenario.item(item.id)?.text ?? item.id), indent: "  ", hanging: indent)
    text += "\n" + indent + style.dim("\(weightName(item.weight)) · step \(item.step.number), \(item.step.title)")
    text += "\n" + details(item, review: review, indent: indent, showAdvice: item.status != .hit)
    return text
  }

  func prompt(_ item: ItemVerdict, review: SelfReview) -> String {
    "  Your verdict [Enter = \(review.defaultStatus(item).rawValue), y / n / p, b, q]: "
  }

  /// The walk in one go, for `--print`.
  func walk(_ review: SelfReview) -> String {
    var text = style.bold("Self-review: \(session.scenarioTitle)") + "\n"
    text += style.dim("Session \(session.id), \(ReportDate.minute(session.startedAt))") + "\n"
    var previous: Category?
    for item in review.items {
      if item.category != previous { text += categoryHeading(item.category, review: review) }
      previous = item.category
      let own = review.own(item.id)
      let mark = own.map { $0 == item.status ? "you agreed" : "you: \($0.rawValue)" } ?? "not yet reviewed"
      text += "\n" + wrap("[" + status(item.status) + "] " + (scenario.item(item.id)?.text ?? item.id), indent: "  ",
                          hanging: "    ")
      text += "\n    " + style.dim("\(weightName(item.weight)) · step \(item.step.number) · \(mark)") + "\n"
      text += details(item, review: review, indent: "    ", showAdvice: item.status != .hit || (own ?? .hit) != .hit)
    }
    return text
  }

  private func details(_ item: ItemVerdict, review: SelfReview, indent: String, showAdvice: Bool) -> String {
    var lines: [String] = []
    let evidence = item.evidence.map { " — “\($0)”" } ?? (item.status == .missed ? " — not found in your answer" : "")
    lines.append(wrap("Coach: " + status(item.status) + evidence, indent: indent, hanging: indent + "  "))
    if let note = item.note { lines.append(wrap("Note: \(note)", indent: indent, hanging: indent + "  ")) }
    if item.hintUsed { lines.append(indent + "You asked for its hint during the interview (reduced credit).") }
    if showAdvice, let rubric = scenario.item(item.id) {
      lines.append(wrap(style.cyan("Hint: ") + rubric.hint, indent: indent, hanging: indent + "  "))
      lines.append(wrap(style.cyan("Reference: ") + rubric.reference, indent: indent, hanging: indent + "  "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Both scores side by side, the disagreements, and the reference for the weakest steps.
  func summary(_ review: SelfReview) -> String {
    let summary = ReviewSummary(review: review)
    var text = style.bold("Your score beside the coach's") + "\n"
    if summary.reviewed < summary.total {
      text += wrap(style.dim("You have reviewed \(summary.reviewed) of \(summary.total) items; the rest count "
        + "with the coach's verdict.")) + "\n"
    }
    let nameWidth = max(12, summary.rows.map { $0.category.title.count }.max() ?? 0)
    func row(_ name: String, _ coach: String, _ own: String, _ change: String) -> String {
      "  " + TextLayout.pad(name, nameWidth) + "  " + right(coach, 5) + "  " + right(own, 5) + "  " + right(change, 5)
    }
    text += "\n" + style.bold(row("CATEGORY", "COACH", "YOU", "DIFF")) + "\n"
    for line in summary.rows {
      text += row(line.category.title, ReportNumber.score(line.coach), ReportNumber.score(line.own),
                  difference(line.own - line.coach)) + "\n"
    }
    text += style.bold(row("Overall", ReportNumber.score(summary.coachOverall), ReportNumber.score(summary.ownOverall),
                           difference(summary.ownOverall - summary.coachOverall))) + "\n"
    text += "  " + TextLayout.pad("Band", nameWidth) + "  coach: \(summary.coachBand.rawValue), "
      + "you: \(summary.ownBand.rawValue)\n\n"

    if summary.disagreements.isEmpty {
      text += "You agreed with the coach on every item you reviewed.\n"
    } else {
      let count = summary.disagreements.count
      text += style.bold("You disagreed with the coach on \(count) item\(count == 1 ? "" : "s"):") + "\n"
      for disagreement in summary.disagreements {
        let sign = disagreement.generous ? style.green("+") : style.red("−")
        let name = scenario.item(disagreement.item.id)?.text ?? disagreement.item.id
        text += wrap("\(sign) you: \(disagreement.own.rawValue), coach: \(disagreement.coach.rawValue) — \(name)",
                     indent: "  ", hanging: "    ") + "\n"
      }
    }
    if !summary.weakestSteps.isEmpty {
      text += "\n" + wrap(style.bold("Compare your design with the reference, noting what you missed.")) + "\n"
      for step in summary.weakestSteps {
        text += "\n  \(step.step.number). \(step.step.title) " + style.dim("(\(ReportNumber.score(step.score))/100)") + "\n"
        for bullet in step.bullets { text += wrap("- " + bullet, indent: "    ", hanging: "      ") + "\n" }
      }
    }
    return text
  }

  private func index(of item: ItemVerdict, in review: SelfReview) -> Int {
    review.items.firstIndex { $0.id == item.id } ?? 0
  }

  private func status(_ status: ItemStatus) -> String {
    switch status {
    case .hit: return style.green(status.rawValue)
    case .partial: return style.yellow(status.rawValue)
    case .missed, .contradicted: return style.red(status.rawValue)
    }
  }

  private func weightName(_ weight: Int) -> String {
    switch weight {
    case 3...: return "essential"
    case 2: return "expected"
    default: return "nice to have"
    }
  }

  private func difference(_ value: Double) -> String {
    value == 0 ? "0" : (value > 0 ? "+" : "−") + ReportNumber.score(abs(value))
  }

  private func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - TextLayout.visibleLength(text))) + text
  }

  func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    TextLayout.wrap(text, width: width, indent: indent, hangingIndent: hanging)
  }
}
