import Foundation
import MLCoachCore

struct PracticeCommand: Command {
  static let spec = CommandSpec(
    name: "practice", summary: "Run a timed mock interview, step by step, and score it.",
    arguments: [ArgumentSpec(name: "SCENARIO", help: "an id, a unique id prefix, or words from its title; without it, "
                               + "the scenario 'mlcoach next' recommends", optional: true, completion: .scenario)],
    options: [
      OptionSpec("--minutes", value: "N", help: "scale the step budgets to N minutes in total (default: the "
        + "scenario's, usually 45)"),
      OptionSpec("--strict", help: "close each step at its deadline (default: you may run over; it is recorded)"),
      OptionSpec("--no-timer", help: "no countdown and no time warnings"),
      OptionSpec("--no-followups", help: "no follow-up question after each step (for scripts)"),
      OptionSpec("--focus", value: "CATEGORY", help: "a shorter session with only the steps of one category",
                 completion: .choices(Category.allCases.map(\.rawValue))),
      OptionSpec("--resume", help: "continue the last unfinished interview (as 'mlcoach resume' does)"),
      OptionSpec("--new", help: "start a new interview even if this scenario has an unfinished one"),
    ],
    discussion: [
      "Walks the 7 steps with a time budget each. Type your answer; a line '/next' (or Ctrl-D) ends the step. In "
        + "step 1, a line with a sentence ending in '?' asks the interviewer a question. In-line commands: /next "
        + "/hint /time /ask /edit /skip /quit /help. Every line is saved as you type; Ctrl-C saves too, with the line being typed "
        + "(marked unfinished). Continue with 'mlcoach resume'.",
      "On a terminal, lines are edited as in the shells: arrows, Home/End, Ctrl-A/E/B/F/K/U/W/Y, Alt-B/F/D, "
        + "Up/Down for the lines entered so far (this step's first), bracketed paste of several lines. The top row "
        + "shows the time left in the step and the interview; Ctrl-Z gives the terminal back and fg redraws. With "
        + "TERM=dumb or from a pipe, lines are read as typed, with no status line.",
      "A notice comes a minute before the end of a step of two minutes or more, and half-way through a shorter "
        + "one. If the scenario has an unfinished interview, practice offers to resume it (on a terminal) or says "
        + "how to; --new starts afresh without asking.",
      "At the end a one-screen summary shows the score and what to work on. Every verdict with the sentence "
        + "behind it: 'mlcoach review ID --print' (or 'mlcoach review ID' to confirm or override each one), and "
        + "'mlcoach report ID' for the whole record. A whole interview is scored on the practice scale (its prompts "
        + "and follow-ups draw out more than a written answer does), a --focus session on the steps it walks. "
        + "Bands: \(Band.legend).",
    ],
    examples: [
      "mlcoach practice ads-ctr",
      "mlcoach practice image --minutes 30 --strict",
      "printf 'Revenue\\n/next\\n' | mlcoach practice ads-ctr --no-timer --no-followups",
    ])

  static func run(_ context: Context) throws -> ExitCode {
    let arguments = context.arguments
    if arguments.has("--resume") {
      // A resumed interview keeps the options it was started with; "--resume --new" asks for
      // two things at once. Saying so beats silently doing one of them (trial 14).
      let started = ["--new", "--minutes", "--strict", "--no-timer", "--no-followups", "--focus"]
        .filter { arguments.has($0) || arguments.value($0) != nil }
      if let first = started.first {
        throw CLIError("--resume continues an interview with the options it was started with; \(first) cannot be "
          + "used with it" + (first == "--new" ? " (--new starts another interview)" : ""), code: .usage, usage: spec.usage)
      }
      return try ResumeCommand.resume(named: arguments.positionals.first, context: context)
    }
    var minutes: Double?
    if let text = arguments.value("--minutes") {
      guard let value = Self.minutes(text), value >= 1, value <= ScenarioLimits.totalMinutes else {
        throw CLIError("--minutes needs a number of minutes from 1 to 600 (got '\(UserText.excerpt(text, limit: 40))')", code: .usage,
                       usage: spec.usage)
      }
      minutes = value
    }
    var focus: Category?
    if let text = arguments.value("--focus") {
      guard let category = Category(rawValue: text.lowercased()) else {
        let known = Category.allCases.map(\.rawValue).joined(separator: ", ")
        throw CLIError("unknown category '\(UserText.excerpt(text, limit: 40))'; use one of: \(known)", code: .usage, usage: spec.usage)
      }
      focus = category
    }
    try context.console.refuseFolderInput("no session was saved")
    let lookup = SessionLookup(context: context)
    let scenario: Scenario
    if let name = arguments.positionals.first {
      scenario = try context.scenario(named: name)
    } else {
      scenario = try recommended(context: context, lookup: lookup)
    }
    if !arguments.has("--new"), let unfinished = lookup.unfinished.last(where: { $0.scenarioID == scenario.id }) {
      switch offerToResume(unfinished, context: context) {
      case .resume: return try ResumeCommand.start(try lookup.resolve(unfinished.id), lookup: lookup, context: context)
      case .startNew: break
      case .cancel: return .success
      }
    }
    let store = lookup.store
    let plan = InterviewPlan(scenario: scenario, totalMinutes: minutes, focus: focus)
    let options = Session.Options(
      totalMinutes: plan.totalSeconds / 60, strict: arguments.has("--strict"), timer: !arguments.has("--no-timer"),
      followUps: !arguments.has("--no-followups"), focus: focus)
    let now = context.clock.now()
    var session = InterviewEngine.newSession(id: store.newID(scenarioID: scenario.id, at: now), scenario: scenario,
                                             options: options, now: now)
    var lock: SessionLock?
    var problem: StorageError?
    do {
      (session, lock) = try store.create(session)
    } catch {
      problem = error  // the interview still runs; its transcript is printed at the end
    }
    return InterviewRunner(context: context, scenario: scenario, session: session, store: store, lock: lock,
                           saveProblem: problem, created: true).run()
  }

  /// `--minutes` as plain decimal digits (`30`, `12.5`). `Double("0x10")` would read hex and
  /// `Double("inf")` infinity, which nobody means by a number of minutes.
  static func minutes(_ text: String) -> Double? {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let digits = parts.allSatisfy { !$0.isEmpty && $0.count <= 6 && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    return digits ? Double(text) : nil
  }

  /// Without a scenario name: the one `mlcoach next` recommends, so both give one answer.
  static func recommended(context: Context, lookup: SessionLookup) throws -> Scenario {
    let catalogue = try context.catalogue()
    guard let next = Recommendation.recommend(summaries: lookup.sessions, scenarios: catalogue.scenarios,
                                              now: context.clock.now(), calendar: context.calendar),
          let scenario = catalogue.scenario(id: next.scenarioID) else {
      throw CLIError("no scenarios to practise; see 'mlcoach list'", code: .noInput)
    }
    var text = "No scenario named: practising what 'mlcoach next' recommends, \(next.reason)"
    if let focus = next.focus, context.arguments.value("--focus") == nil {
      text += " (add --focus \(focus.rawValue) to walk only those steps)"
    }
    context.console.line(TextLayout.wrap(context.style.dim(text), width: context.console.width))
    return scenario
  }

  enum ResumeChoice { case resume, startNew, cancel }

  /// A scenario with an unfinished interview: on a terminal, ask whether to resume it (Enter
  /// resumes); from a script, start a new one and say how to resume the old one.
  static func offerToResume(_ session: SessionSummary, context: Context) -> ResumeChoice {
    let console = context.console
    let when = Format.when(session.startedAt, now: context.clock.now(), calendar: context.calendar)
    let step = HumanName.progress(of: session)
    guard console.stdinIsTerminal else {
      console.errorLine("note: \(session.scenarioID) has an unfinished interview from \(when) (\(step)); starting a "
        + "new one. Resume the other with 'mlcoach resume \(session.id)'.")
      return .startNew
    }
    console.line(TextLayout.wrap("You have an unfinished \(session.scenarioID) interview from \(when) (\(step)).",
                                 width: console.width))
    // One key answers, as in `review`: a newcomer pressed Y and waited, since the prompt alone
    // still wanted Enter (thirty-fifth session). Without a keyboard (a test's script), a line.
    let keyboard = console.keyboard
    keyboard?.enterRawMode()
    defer { keyboard?.restoreMode() }
    while true {
      console.out("Resume it? [Y = resume, n = start a new one, q = quit] ")
      let typed = keyboard.map { VerdictKey.Reader($0).read(echo: { console.line($0) }) } ?? console.readLine()
      guard let answer = typed?.trimmingCharacters(in: .whitespaces).lowercased() else {
        console.line("")
        return .cancel
      }
      switch answer {
      case "", "y", "yes": return .resume
      case "n", "no", "new": return .startNew
      case "q", "quit": return .cancel
      default: continue
      }
    }
  }
}
