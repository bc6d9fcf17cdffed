import Foundation
import MLCoachCore

/// Drives an interview: reads lines, feeds the engine, prints its events and saves the session
/// after every line (through `InterviewRecorder`). On a terminal it adds the status line and
/// ticks the clock while waiting.
final class InterviewRunner {
  private let context: Context
  private let scenario: Scenario
  private let recorder: InterviewRecorder
  private let options: Session.Options
  private let interactive: Bool
  private let screen: TerminalScreen?
  private var lastStatus = ""
  /// What SIGINT, SIGTERM, SIGHUP, SIGQUIT and Ctrl-Z do while the interview runs.
  private var signals: InterruptHandler?
  /// Time notices raised while the candidate was typing: shown after their next Enter, so they
  /// never land in the middle of the line being typed. The status line and the bell say it at once.
  private var pendingNotices: [InterviewEngine.Event] = []

  /// - Parameters:
  ///   - lock: the session's lock, already held (`SessionStore.create` or `lock`); nil when the
  ///     session cannot be saved, with `saveProblem` saying why.
  init(context: Context, scenario: Scenario, session: Session, store: SessionStore, lock: SessionLock?,
       saveProblem: StorageError? = nil) {
    self.context = context
    self.scenario = scenario
    options = session.options
    let engine = InterviewEngine(scenario: scenario, session: session, now: context.clock.now())
    recorder = InterviewRecorder(engine: engine, store: store, lock: lock, failure: saveProblem, clock: context.clock)
    // The live terminal path needs a real terminal on both ends; scripts and tests get plain lines.
    interactive = context.console is SystemConsole && context.console.stdinIsTerminal && context.console.stdoutIsTerminal
    screen = interactive && session.options.timer ? TerminalScreen(console: context.console) : nil
  }

  private var console: Console { context.console }
  private var style: Style { context.style }
  private var sessionID: String { recorder.sessionID }

  func run() -> ExitCode {
    defer { recorder.release() }
    // A session that is already over has nothing to run: saving it in a loop would never end.
    guard recorder.read(\.isActive) else {
      console.errorLine("error: session '\(sessionID)' has no step left to answer")
      return .dataError
    }
    if let problem = recorder.failure {
      console.errorLine(style.yellow("warning: ") + "\(problem.description). Your answers will not be saved; "
        + "the whole transcript is printed at the end so you can keep it.")
    }
    warnIfFailed(recorder.checkpoint())
    if context.console is SystemConsole {
      let (recorder, screen, console, style) = (recorder, screen, console, style)
      signals = InterruptHandler(suspend: { screen?.suspend() }, resume: { screen?.resume() }) { signal in
        Self.interrupted(by: signal, recorder: recorder, screen: screen, console: console, style: style)
      }
    }
    defer {
      screen?.stop()
      signals?.cancel()
    }
    screen?.start()
    var exitCode = handle(perform { $0.begin(now: $1) })
    while exitCode == nil {
      if interactive {
        prompt()
        while !console.hasBufferedLine && !TerminalScreen.waitForInput(milliseconds: 250) {
          if let code = handleWhileTyping(perform { $0.tick(now: $1) }) { return finish(code) }
          drawStatus()
        }
      }
      let events: [InterviewEngine.Event]
      if let line = console.readLine() {
        // More piped lines already waiting: their journal lines are flushed with the last one.
        events = perform(sync: !console.hasBufferedLine) { $0.enter(line, now: $1) }
      } else {
        if interactive { console.line("") }  // Ctrl-D leaves the cursor after the prompt
        // Ctrl-D on a keyboard ends the step; the end of a pipe or file ends the session.
        let keyboard = console.stdinIsTerminal
        events = perform { $0.endOfInput(now: $1, interactive: keyboard) }
      }
      let notices = pendingNotices
      pendingNotices = []
      exitCode = handle(notices + events)
      // Piped input past the answer limit: save and stop rather than read the rest of it.
      if exitCode == nil, !console.stdinIsTerminal, recorder.read(\.isFull) {
        console.errorLine("error: standard input holds more answer than an interview keeps "
          + "(\(InterviewEngine.maximumAnswerBytes / 1_048_576) MB); the interview is saved up to there")
        exitCode = handle(perform { $0.endOfInput(now: $1, interactive: false) }).map { _ in .dataError }
      }
      // Every path out of the loop is an event today; this keeps a future one from spinning.
      if exitCode == nil && !recorder.read(\.isActive) { exitCode = .success }
    }
    return finish(exitCode ?? .success)
  }

  /// Feeds the engine under the recorder's lock and warns once if saving fails.
  private func perform(sync: Bool = true, _ body: (inout InterviewEngine, Date) -> [InterviewEngine.Event])
    -> [InterviewEngine.Event] {
    let now = context.clock.now()
    let (events, failure) = recorder.perform(sync: sync) { body(&$0, now) }
    warnIfFailed(failure)
    return events
  }

  private func warnIfFailed(_ failure: StorageError?) {
    guard let failure else { return }
    console.errorLine(style.yellow("warning: ") + CLIError.printable(failure.description)
      + "; the transcript will be printed at the end")
  }

  private func finish(_ code: ExitCode) -> ExitCode {
    warnIfFailed(recorder.checkpoint())
    screen?.stop()
    guard recorder.canSave else {
      printTranscript()
      // The interview ran, but nothing of it is on disk: a script must not read that as success.
      return code == .success ? .cantCreate : code
    }
    return code
  }

  // MARK: - Events

  /// Prints events; returns an exit code once the interview is over.
  private func handle(_ events: [InterviewEngine.Event]) -> ExitCode? {
    var result: ExitCode?
    for event in events {
      switch event {
      case .opening(let prompt):
        console.line(style.bold("\(scenario.title)") + style.dim("  ·  \(Format.minutes(options.totalMinutes)) minutes"
          + (options.strict ? ", strict" : "")))
        console.line(style.dim("Type your answer; '/next' ends a step, '/help' lists commands. Every line is saved."))
        console.line("")
        say(prompt)
      case let .stepStarted(index, count, step, budget, prompts, restored):
        console.line("")
        let time = options.timer ? " — \(Format.clock(budget))" : ""
        console.line(style.bold(style.cyan("Step \(index + 1)/\(count) · \(step.title)\(time)")))
        for prompt in prompts { console.line(TextLayout.wrap(prompt, width: console.width, indent: "  • ", hangingIndent: "    ")) }
        if step == .requirements { console.line(style.dim("  (Ask questions: end a line with '?'.)")) }
        if !restored.isEmpty {
          console.line(style.dim("  Restored \(restored.count) line\(restored.count == 1 ? "" : "s") you typed before:"))
          for line in restored { console.line(style.dim("  │ ") + line) }
        }
      case .interviewer(let text):
        say(text)
      case .note(let text):
        console.line(TextLayout.wrap(style.yellow("» ") + text, width: console.width, indent: "", hangingIndent: "  "))
      case .warning(let left):
        // A deferred warning reports the time left now, not when it was raised.
        let now = context.clock.now()
        let current = recorder.read { $0.status(now: now)?.stepSecondsLeft } ?? left
        guard options.timer, current > 0 else { break }
        console.line(style.yellow("» About \(Format.clock(current)) left in this step."))
      case .timeUp(let strict):
        guard options.timer || strict else { break }
        console.out("\u{07}")
        console.line(style.red(strict
          ? "» Time's up for this step: it is closed. Every line you entered is kept"
            + (interactive ? "; a line you had not finished goes to the next step when you press Enter." : ".")
          : "» Time's up for this step. Wrap up and /next when ready; the overrun is recorded."))
      case .editRequested(let text):
        edit(text)
      case .help:
        console.line(InterviewEngine.commandHelp)
      case .finished(let report):
        // From here the interview ends normally; a Ctrl-C that came first is honoured instead.
        signals?.cancel()
        warnIfFailed(recorder.checkpoint())
        screen?.stop()
        printReport(report)
        result = .success
      case .quit:
        signals?.cancel()
        warnIfFailed(recorder.checkpoint())
        screen?.stop()
        console.line("")
        console.line(recorder.canSave
          ? "Saved. Continue with: mlcoach resume \(sessionID)"
          : "Stopped. (Nothing could be saved; your transcript follows.)")
        result = .success
      }
    }
    drawStatus()
    return result
  }

  /// Clock events that arrive while a line may be half typed.
  private func handleWhileTyping(_ events: [InterviewEngine.Event]) -> ExitCode? {
    var now: [InterviewEngine.Event] = []
    for event in events {
      switch event {
      case .warning:
        pendingNotices.append(event)
      case .timeUp(strict: false):
        if options.timer { console.out("\u{07}") }
        pendingNotices.append(.note("Time's up for this step. Wrap up and /next when ready; the overrun is recorded."))
      default:
        now.append(event)
      }
    }
    guard !now.isEmpty else { return nil }
    // The step closed under a half-typed line: start on a fresh line; what is still typed
    // goes to the next step when Enter is pressed.
    console.line("")
    let result = handle(now)
    if result == nil { prompt() }
    return result
  }

  private func say(_ text: String) {
    console.line(TextLayout.wrap(style.bold("Interviewer: ") + text, width: console.width, indent: "", hangingIndent: "  "))
  }

  private func prompt() {
    console.out(style.dim(recorder.read(\.phase) == .followUp ? "↳ " : "› "))
  }

  private func drawStatus() {
    let now = context.clock.now()
    guard let screen, let status = recorder.read({ $0.status(now: now) }) else { return }
    let step = "Step \(status.stepIndex + 1)/\(status.stepCount) \(status.step.title)"
    let left = status.stepSecondsLeft
    let stepText = left >= 0 ? "\(Format.clock(left)) left" : "over by \(Format.clock(-left))"
    var text = "\(scenario.id) · \(step) · step \(stepText) · interview \(Format.clock(max(0, status.totalSecondsLeft))) left"
    text = String(text.prefix(max(10, console.width - 1)))
    let styled = left < 0 ? style.red(text) : left <= StepTimer.warningLead(budget: 120) ? style.yellow(text) : style.bold(text)
    guard styled != lastStatus else { return }
    lastStatus = styled
    screen.drawStatus(styled)
  }

  private func edit(_ text: String) {
    screen?.stop()
    defer { screen?.start() }
    do {
      let edited = try EditorLauncher.edit(text, environment: context.environment, interactive: interactive)
      _ = handle(perform { $0.applyEdit(edited, now: $1) })
    } catch {
      console.line(style.yellow("» ") + error.message)
    }
  }

  // MARK: - Signals

  /// Ctrl-C, SIGTERM, SIGHUP, SIGQUIT (Ctrl-\): save with the time used so far, give the terminal back,
  /// say how to resume; `ProcessSignals` then exits with 128 + the signal. Runs on the signal
  /// thread, so it touches only what is safe to share.
  private static func interrupted(by signal: Int32, recorder: InterviewRecorder, screen: TerminalScreen?,
                                  console: Console, style: Style) {
    recorder.checkpoint()
    screen?.stop()
    let what = signal == SIGINT ? "Interrupted" : "Stopped by \(signalName(signal))"
    console.line("")
    console.line(recorder.canSave
      ? "\(what). Your answers are saved; continue with: mlcoach resume \(recorder.sessionID)"
      : "\(what). Nothing could be saved.")
    if !recorder.canSave { printTranscript(recorder.read(\.session), console: console, style: style) }
    recorder.release()
  }

  private static func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGTERM: return "SIGTERM"
    case SIGHUP: return "SIGHUP (the terminal closed)"
    case SIGQUIT: return "SIGQUIT"
    default: return "signal \(signal)"
    }
  }

  // MARK: - End

  private func printReport(_ report: ScoreReport) {
    console.line("")
    console.line(style.bold("Interview over.") + " Here is how it went.")
    console.line("")
    console.out(ScoreRenderer(scenario: scenario, style: style, width: console.width).render(report))
    console.line("")
    console.out(TimeTable.render(recorder.read(\.session), style: style, width: console.width))
    console.line("")
    if recorder.canSave {
      console.line("Saved to \(recorder.store.path(of: sessionID))")
      console.line("Next: compare with the rubric and the reference: mlcoach review \(sessionID)")
    }
  }

  private func printTranscript() { Self.printTranscript(recorder.read(\.session), console: console, style: style) }

  private static func printTranscript(_ session: Session, console: Console, style: Style) {
    console.line("")
    console.line(style.bold("Your transcript (copy it to keep it):"))
    console.out(Transcript.render(session))
  }
}
