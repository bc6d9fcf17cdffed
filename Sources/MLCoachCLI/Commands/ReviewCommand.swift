import Foundation
import MLCoachCore

struct ReviewCommand: Command {
  static let spec = CommandSpec(
    name: "review", summary: "Walk the rubric, confirm or override the coach, and compare your score with the coach's.",
    arguments: [ArgumentSpec(name: "SESSION", help: SessionLookup.argumentHelp + "; without it, or for a scenario, the "
                               + "latest finished session", optional: true, completion: .session)],
    options: [
      OptionSpec("--print", help: "print the same content without asking anything (through $PAGER on a terminal)"),
      OptionSpec("--restart", help: "walk a completed review again (your earlier verdicts are the defaults)"),
    ],
    discussion: [
      "Item by item, category by category: what the interviewer looks for, the coach's verdict with the sentence "
        + "behind it, and the hint and reference where it was not fully met. Answer with (on a terminal each key "
        + "acts at once, no Enter needed; piped, one per line)",
      """
        Enter  agree with the coach    y  covered    n  not covered    p  partial
        b      back one item           q  save and stop (run review again to resume)
      """,
      "After the items, each red flag the coach raised: Enter or y if it stands, n if you did not do what it "
        + "names (a dismissed flag costs nothing in your score).",
      "Every answer is saved at once. At the end you see your score beside the coach's per category, the items "
        + "where you disagreed, and the reference outline for your weakest steps; history and next then use your "
        + "score.",
    ],
    examples: ["mlcoach review 20261122-2215"])

  static func run(_ context: Context) throws -> ExitCode {
    let name = context.arguments.positionals.first
    let lookup = SessionLookup(context: context, naming: [name])
    var session = try lookup.resolve(name, latestWhere: { $0.state == .finished })
    lookup.noteNewerUnfinished(than: session, named: name, verb: "reviewing", context: context)
    guard session.state == .finished else {
      throw CLIError.wrongState("session '\(session.id)' is not finished, so there is nothing to review yet; "
        + "finish it with 'mlcoach resume \(session.id)'")
    }
    guard let scenario = try context.catalogue().scenario(id: session.scenarioID) else {
      throw CLIError("the scenario '\(session.scenarioID)' of session '\(session.id)' is no longer installed, so "
        + "its rubric cannot be walked; 'mlcoach report \(session.id)' still prints the record", code: .noInput)
    }
    // A finished session normally carries its score; if not, score it now and keep it, so the
    // review order (which follows the report) is the same when the review is resumed.
    guard let coach = SessionReport.coachReport(session: session, scenario: scenario) else {
      throw CLIError("session '\(session.id)' cannot be scored against '\(scenario.id)'", code: .dataError)
    }
    session.score = coach
    var review = SelfReview(coach: coach, scenario: scenario, record: session.review, now: context.clock.now())
    let printer = ReviewPrinter(context: context, session: session, scenario: scenario)

    if context.arguments.has("--print") {
      Pager.show(printer.walk(review) + "\n" + printer.summary(review), context: context)
      return .success
    }
    if review.isComplete && !context.arguments.has("--restart") {
      let date = Format.dateTime(review.record.updatedAt, calendar: context.calendar)
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
    // On a terminal each verdict is one key (`VerdictKey`); the terminal's mode is given back on
    // every way out, Ctrl-C and Ctrl-Z included.
    let keyboard = console.keyboard
    let verdictKeys = keyboard.map(VerdictKey.Reader.init)
    keyboard?.enterRawMode()
    let interrupt = console.stdinIsTerminal
      ? InterruptHandler(suspend: { keyboard?.restoreMode() }, resume: { keyboard?.enterRawMode() }) { _ in
        keyboard?.restoreMode()
        console.out("\nStopped: your answers so far are saved. Continue with 'mlcoach review \(id)'.\n")
      }
      : nil
    defer {
      keyboard?.restoreMode()
      interrupt?.cancel()
    }
    console.out(printer.introduction(review))
    var previousCategory: Category?
    var showItem = true
    var flagsShown = false
    while review.current != nil || review.currentFlag != nil {
      if let item = review.current {
        if showItem {
          if item.category != previousCategory { console.out(printer.categoryHeading(item.category, review: review)) }
          previousCategory = item.category
          flagsShown = false
          console.out(printer.item(item, review: review))
        }
        console.out(printer.prompt(item, review: review))
      } else if let flag = review.currentFlag {
        if showItem {
          if !flagsShown { console.out(printer.flagsHeading(review)) }
          flagsShown = true
          console.out(printer.flag(flag, review: review))
        }
        console.out(printer.flagPrompt(flag, review: review))
      }
      let line = verdictKeys.map { $0.read(echo: { console.line($0) }) } ?? console.readLine()
      // A terminal echoes what was typed; piped input does not, so echo it to keep a
      // readable transcript (and end the prompt's line at end of input either way).
      if keyboard != nil {
        if line == nil { console.line() }
      } else if !console.stdinIsTerminal {
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
            : review.currentFlag != nil
              ? "Press Enter or y if the flag stands, n if you did not do this, b (back) or q (stop)."
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
        console.line(printer.wrap("Saved: \(review.position) of \(review.total) items reviewed. "
          + "Continue with 'mlcoach review \(session.id)'."))
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
