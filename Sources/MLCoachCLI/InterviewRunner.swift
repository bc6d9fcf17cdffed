import Foundation
import MLCoachCore

/// Drives an interview: reads lines, feeds the engine, prints its events and saves the session
/// after every line (through `InterviewRecorder`). On a terminal it reads keys through our
/// line editor in raw mode (`InterviewRunner+Editing.swift`), with the status line pinned
/// above; with `TERM=dumb` it reads the terminal's own lines; piped input is read line by line,
/// exactly as before the editor existed.
final class InterviewRunner {
  let context: Context
  let scenario: Scenario
  let recorder: InterviewRecorder
  let options: Session.Options
  /// Canonical-mode lines from a real terminal (`TERM=dumb`): the clock ticks between lines.
  private let interactive: Bool
  /// Raw key bytes for the line editor; nil for pipes, files and dumb terminals.
  let keyboard: Keyboard?
  let screen: TerminalScreen?
  var lastStatus = ""
  /// What SIGINT, SIGTERM, SIGHUP, SIGQUIT and Ctrl-Z do while the interview runs.
  private var signals: InterruptHandler?
  /// The line being typed in the editor, which a signal saves before the process exits.
  let typed = TypedLine()
  /// Set after `fg` (from the signal thread): the editor's line is drawn again.
  let redrawRequested = Flag()
  /// A line said first, once the screen is set up (where a resumed interview stands).
  private let intro: String?
  /// Whether this run created the session (`practice`), rather than resuming one.
  private let created: Bool
  private let store: SessionStore
  /// Time notices raised while a canonical-mode line was being typed, with the step they are
  /// about: shown after the next Enter, and dropped if that step is over by then.
  private var pendingNotices: [(event: InterviewEngine.Event, step: Int)] = []
  /// The warning about bytes that are not UTF-8 has been given.
  private var warnedNotUTF8 = false
  private var warnedControl = false
  private var warnedCut = false
  /// Lines read from standard input in this run.
  private var linesRead = 0

  /// - Parameters:
  ///   - lock: the session's lock, already held (`SessionStore.create` or `lock`); nil when the
  ///     session cannot be saved, with `saveProblem` saying why.
  init(context: Context, scenario: Scenario, session: Session, store: SessionStore, lock: SessionLock?,
       saveProblem: StorageError? = nil, intro: String? = nil, created: Bool = false) {
    self.context = context
    self.intro = intro
    self.created = created
    self.store = store
    self.scenario = scenario
    options = session.options
    let engine = InterviewEngine(scenario: scenario, session: session, now: context.clock.now())
    recorder = InterviewRecorder(engine: engine, store: store, lock: lock, failure: saveProblem, clock: context.clock)
    let console = context.console
    let capabilities = TerminalCapabilities.decide(
      stdinIsTerminal: console.stdinIsTerminal, stdoutIsTerminal: console.stdoutIsTerminal,
      environment: console.environment, timer: session.options.timer)
    keyboard = capabilities.lineEditing ? console.keyboard : nil
    // The canonical-mode path polls fd 0 itself, so it needs the real terminal.
    interactive = keyboard == nil && console is SystemConsole && console.stdinIsTerminal && console.stdoutIsTerminal
    if capabilities.statusLine && (keyboard != nil || interactive) {
      let keyboard = keyboard
      screen = TerminalScreen(console: console, height: { keyboard?.size.rows ?? Platform.terminalHeight() })
    } else {
      screen = nil
    }
  }

  var console: Console { context.console }
  var style: Style { context.style }
  var sessionID: String { recorder.sessionID }

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
      let (recorder, screen, console, style, keyboard, typed, redraw) =
        (recorder, screen, console, style, keyboard, typed, redrawRequested)
      // Ctrl-Z: the screen and the terminal's mode are given back before the process stops;
      // after `fg` both are taken again and the line is redrawn by the main loop.
      signals = InterruptHandler(
        suspend: {
          screen?.suspend()
          keyboard?.restoreMode()
        },
        resume: {
          keyboard?.enterRawMode()
          screen?.resume()
          redraw.set()
        }) { signal in
          Self.interrupted(by: signal, recorder: recorder, screen: screen, keyboard: keyboard, typed: typed,
                           console: console, style: style)
        }
    }
    // A closed pipe (`practice … | head`) must not kill the process mid-write: the write fails
    // with EPIPE instead, and the loop below stops the interview (`stopIfOutputClosed`).
    let previousPipeAction = context.console is SystemConsole ? signal(SIGPIPE, SIG_IGN) : nil
    defer {
      screen?.stop()
      keyboard?.restoreMode()
      signals?.cancel()
      if let previousPipeAction { signal(SIGPIPE, previousPipeAction) }
    }
    screen?.start()
    if let intro { console.line(fitted(style.dim(intro))) }
    var exitCode = handle(perform { $0.begin(now: $1) })
    if exitCode == nil, let keyboard { return finish(runWithEditor(keyboard)) }
    while exitCode == nil {
      if let code = stopIfOutputClosed() { return code }
      if interactive {
        prompt()
        while !console.hasBufferedLine && !TerminalScreen.waitForInput(milliseconds: 250) {
          if let code = handleWhileTyping(perform { $0.tick(now: $1) }) { return finish(code) }
          drawStatus()
        }
      }
      let events: [InterviewEngine.Event]
      if let line = console.readLine() {
        linesRead += 1
        warnOnceIfNotUTF8()
        warnOnceIfControl(line)
        warnOnceIfCut()
        // More piped lines already waiting: their journal lines are flushed with the last one.
        events = perform(sync: !console.hasBufferedLine) { $0.enter(line, now: $1) }
        echoQuestionIfPiped(line, events: events)
      } else {
        // A script whose input was empty: an interview with nothing in it is not worth a file
        // that `sessions`, `next` and `resume` would then offer.
        if created && !console.stdinIsTerminal && recorder.read({ $0.session.hasNothingEntered }) {
          return discardEmpty()
        }
        if let failure = console.inputFailure {
          // `resume < folder` reads nothing at all: an error, as for practice, and the
          // interview is left as it was rather than ended (trial 13).
          if linesRead == 0 {
            console.errorLine("error: \(failure.saying("standard input")); nothing was entered")
            return finish(.noInput)
          }
          console.errorLine(style.yellow("warning: ") + failure.saying("standard input") + "; the interview ends here")
        }
        if interactive { console.line("") }  // Ctrl-D leaves the cursor after the prompt
        // Ctrl-D on a keyboard ends the step; the end of a pipe or file ends the session.
        let keyboard = console.stdinIsTerminal
        events = perform { $0.endOfInput(now: $1, interactive: keyboard) }
      }
      // A notice about a step that has ended meanwhile (--strict, /next) is dropped.
      let current = recorder.read { $0.status(now: context.clock.now()) }
      let notices = pendingNotices.filter { notice in
        guard let current else { return false }
        // "Time's up" stays true once the step has run out; it was dropped with the warnings
        // for having no time left, so a terminal without the line editor (TERM=dumb) never
        // heard that its time was up (trial 14).
        if case .note = notice.event { return notice.step == current.stepIndex }
        return TimeNotice(stepIndex: notice.step).isCurrent(stepIndex: current.stepIndex,
                                                            secondsLeft: current.stepSecondsLeft)
      }.map(\.event)
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
  func perform(sync: Bool = true, _ body: (inout InterviewEngine, Date) -> [InterviewEngine.Event])
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

  /// Says once per run that piped lines held bytes that are not UTF-8: they are saved as U+FFFD,
  /// which the candidate should know before trusting the transcript.
  private func warnOnceIfNotUTF8() {
    guard !warnedNotUTF8, console.invalidUTF8Lines > 0 else { return }
    warnedNotUTF8 = true
    console.errorLine(style.yellow("warning: ") + "standard input is not all UTF-8 text; each byte that is not was "
      + "saved as \u{FFFD} (convert the file with iconv first)")
  }

  /// Control characters (NUL, ESC, …) are left out of answers, since a report or a resume
  /// would print them raw to a terminal; leaving them out without a word lost typed bytes
  /// silently (trial 13), so the first line that had any is named once.
  private func warnOnceIfControl(_ line: String) {
    guard !warnedControl, UserText.containsControlCharacter(line) else { return }
    warnedControl = true
    var names: [String] = []
    for scalar in line.unicodeScalars where UserText.isControl(scalar) {
      let name = Self.controlNames[scalar.value] ?? String(format: "U+%04X", scalar.value)
      if !names.contains(name) { names.append(name) }
    }
    console.errorLine(style.yellow("warning: ") + "line \(linesRead) of standard input has control characters ("
      + names.prefix(4).joined(separator: ", ") + "); they were left out of the answer, here and in any later line")
  }

  /// A line longer than `LineReader.maximumLineBytes` is kept in pieces, one saved line each:
  /// nothing is lost, but the answer's lines are not the input's, so it is said once.
  private func warnOnceIfCut() {
    guard !warnedCut, console.linePiecesCut > 0 else { return }
    warnedCut = true
    console.errorLine(style.yellow("warning: ") + "line \(linesRead) of standard input is longer than "
      + "\(LineReader.maximumLineBytes / 1_048_576) MiB; it is saved in pieces of that size, as separate lines")
  }

  private static let controlNames: [UInt32: String] = [0x00: "NUL", 0x08: "backspace", 0x1B: "ESC", 0x7F: "DEL"]

  /// Stops the interview when whoever read its output went away (`practice … | head`): nothing
  /// more can be shown, so nothing more should be asked. What was entered stays saved and can be
  /// resumed; a session this run created with nothing in it is deleted without a word, as the
  /// closed pipe is (`CLI.run` turns it into 141). A newcomer's `practice ads-ctr | head` left an
  /// empty unfinished session behind each time, which `sessions`, `next` and `resume` then
  /// offered (trial, thirty-fifth session). Nil while output can still be written.
  private func stopIfOutputClosed() -> ExitCode? {
    guard console.outputFailure?.code == EPIPE else { return nil }
    guard created, recorder.read({ $0.session.hasNothingEntered }) else { return finish(.success) }
    deleteSession()
    return .success
  }

  /// Deletes the session this run created, which holds nothing the candidate entered.
  private func discardEmpty() -> ExitCode {
    deleteSession()
    // `practice < folder` fails on its first read: say so, not that the input was empty.
    let why = console.inputFailure.map { $0.saying("standard input") } ?? "standard input ended before any answer"
    console.errorLine("error: \(why); no session was saved")
    return .noInput
  }

  /// Stops the screen and deletes this run's session file, if it was ever saved.
  private func deleteSession() {
    screen?.stop()
    let saved = recorder.canSave
    recorder.release()  // the lock is given up first: discarding takes it again
    if saved { try? SessionFiles.discard(id: sessionID, in: store) }
  }

  func finish(_ code: ExitCode) -> ExitCode {
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
  func handle(_ events: [InterviewEngine.Event]) -> ExitCode? {
    var result: ExitCode?
    for event in events {
      switch event {
      case .opening(let prompt):
        console.line(fitted(style.bold("\(scenario.title)") + style.dim("  ·  "
          + Format.minutesWithUnit(options.totalMinutes) + (options.strict ? ", strict" : ""))))
        // Not "Every line is saved" right after the warning that nothing can be (trial 10).
        console.line(fitted(style.dim("Type your answer; '/next' ends a step, '/help' lists commands."
          + (recorder.canSave ? " Every line is saved." : " Nothing can be saved: the transcript comes at the end."))))
        console.line("")
        say(prompt)
      case let .stepStarted(index, count, step, budget, prompts, restored):
        console.line("")
        // A resumed step says the time it has left, not its full budget.
        let used = recorder.read { $0.session.steps.indices.contains(index) ? $0.session.steps[index].usedSeconds : 0 }
        let header = StepHeader.text(index: index, count: count, title: step.title, budget: budget, used: used,
                                     timer: options.timer)
        console.line(style.bold(style.cyan(header)))
        for prompt in prompts { console.line(TextLayout.wrap(prompt, width: console.width, indent: "  • ", hangingIndent: "    ")) }
        if step == .requirements { console.line(style.dim("  (Ask questions: end a sentence with '?'.)")) }
        let asked = recorder.read { $0.session.steps.indices.contains(index) ? $0.session.steps[index].questions : [] }
        if !asked.isEmpty { showAsked(asked) }
        if !restored.isEmpty { showRestored(restored) }
      case .interviewer(let text):
        say(text)
      case .restoredReply(let lines):
        showRestored(lines, reply: true)
      case .note(let text):
        console.line(TextLayout.wrap(style.yellow("» ") + text, width: console.width, indent: "", hangingIndent: "  "))
      case .warning(let left):
        // A deferred warning reports the time left now, not when it was raised.
        let now = context.clock.now()
        let current = recorder.read { $0.status(now: now)?.stepSecondsLeft } ?? left
        guard options.timer, current > 0 else { break }
        console.line(style.yellow("» " + TimeNotice.text(secondsLeft: current)))
      case .timeUp(let strict):
        guard options.timer || strict else { break }
        console.out("\u{07}")
        console.line(fitted(style.red(strict
          ? "» Time's up for this step: it is closed. Every line you entered is kept"
            + (interactive || keyboard != nil
              ? "; a line you had not finished goes to the next step when you press Enter." : ".")
          : "» Time's up for this step. Wrap up and /next when ready; the overrun is recorded."), hangingIndent: "  "))
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
          ? TextLayout.wrap("Saved. Continue with: mlcoach resume \(sessionID)", width: console.width)
          : "Stopped. (Nothing could be saved; your transcript follows.)")
        result = .success
      }
    }
    drawStatus()
    return result
  }

  /// Clock events that arrive while a canonical-mode line may be half typed.
  private func handleWhileTyping(_ events: [InterviewEngine.Event]) -> ExitCode? {
    var now: [InterviewEngine.Event] = []
    let step = recorder.read { $0.session.currentStep }
    for event in events {
      switch event {
      case .warning:
        pendingNotices.append((event, step))
      case .timeUp(strict: false):
        if options.timer { console.out("\u{07}") }
        pendingNotices.append((.note("Time's up for this step. Wrap up and /next when ready; the overrun is recorded."),
                               step))
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

  /// `text` wrapped to the window on a terminal; unchanged for pipes and files, whose output
  /// stays what scripts have always read.
  private func fitted(_ text: String, hangingIndent: String? = nil) -> String {
    guard keyboard != nil || interactive else { return text }
    return TextLayout.wrap(text, width: keyboard?.size.columns ?? console.width, hangingIndent: hangingIndent)
  }

  /// From a pipe or a file the typed lines are not on screen, so a log of replies did not say
  /// which question each answers (trial 24): the question is printed before its reply.
  private func echoQuestionIfPiped(_ line: String, events: [InterviewEngine.Event]) {
    guard !interactive, keyboard == nil else { return }
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.hasPrefix("/") || trimmed.lowercased().hasPrefix("/ask"),
          events.contains(where: { if case .interviewer = $0 { return true } else { return false } }) else { return }
    console.line(TextLayout.wrap(style.dim("› " + trimmed), width: console.width, indent: "", hangingIndent: "  "))
  }

  private func say(_ text: String) {
    console.line(TextLayout.wrap(style.bold("Interviewer: ") + text, width: console.width, indent: "", hangingIndent: "  "))
  }

  private func prompt() { console.out(promptText) }

  /// "› " for an answer, "↳ " for the answer to a follow-up question.
  var promptText: String { style.dim(recorder.read(\.phase) == .followUp ? "↳ " : "› ") }

  /// The status line, truncated by priority to the window's width (see `StatusLine`).
  func drawStatus() {
    let now = context.clock.now()
    guard let screen, let current = recorder.read({ engine in
      engine.status(now: now).map { (status: $0, budget: engine.session.steps[$0.stepIndex].budgetSeconds) }
    }) else { return }
    let (status, budget) = current
    let width = keyboard?.size.columns ?? console.width
    let styled = StatusLine(status: status, scenarioID: scenario.id, budget: budget).render(width: width, style: style)
    guard styled != lastStatus else { return }
    lastStatus = styled
    screen.drawStatus(styled)
  }

  /// The lines restored on resume: the last few, so the candidate sees where they stopped
  /// without the whole step scrolling the screen away (all of them are in Up's history).
  private func showRestored(_ typed: [String], reply: Bool = false) {
    // Empty Enter presses are kept as lines (a paragraph break), but quoted back they are only
    // blank rows (a newcomer trial).
    let restored = typed.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    guard !restored.isEmpty else { return }
    let shown = restored.suffix(5)
    let earlier = restored.count - shown.count
    let what = reply ? "your reply so far, \(restored.count) line\(restored.count == 1 ? "" : "s")"
      : "\(restored.count) line\(restored.count == 1 ? "" : "s") you typed before"
    console.line(style.dim(earlier > 0
      ? "  Restored \(what); the last \(shown.count) (Up recalls them all):"
      : "  Restored \(what):"))
    // A pasted paragraph of 12,000 characters would fill the screen: two rows of each at most.
    for line in shown { showQuoted(line) }
  }

  /// A restored line or reply under "  │ ", at most two rows, cut after a whole sentence where
  /// one fits ("must return within 100 m…" hid the unit; trial 21), with "…" when more was cut.
  private func showQuoted(_ text: String, dimmed: Bool = false) {
    let room = max(20, console.width - 4)
    for row in TextLayout.clip(text, to: 2, width: room, layout: { TextLayout.lines($0, width: room) }) {
      console.line(style.dim("  │ ") + (dimmed ? style.dim(row) : row))
    }
  }

  /// On resume, the questions already asked in this step with the interviewer's replies: the
  /// facts a candidate got before stopping are what the design rests on. The last few, replies
  /// cut to two lines; `mlcoach report` has them all.
  private func showAsked(_ asked: [QuestionRecord]) {
    let shown = asked.suffix(5)
    console.line(style.dim(asked.count > shown.count
      ? "  You asked \(asked.count) questions before; the last \(shown.count) (Up recalls them all):"
      : "  You asked before:"))
    for record in shown {
      console.line(style.dim("  │ ") + DisplayWidth.truncate("› " + record.question, to: max(20, console.width - 4)))
      showQuoted("Interviewer: " + record.answer, dimmed: true)
    }
  }

  private func edit(_ text: String) {
    // Trial 18: vi opened unannounced; a user who never chose it should know how to leave it.
    if EditorLauncher.configured(in: context.environment) == nil, interactive || keyboard != nil {
      console.line(style.dim("» No $VISUAL or $EDITOR is set: opening vi. ':wq' keeps your edit, ':q!' leaves "
        + "your text as it was."))
    }
    screen?.stop()
    // The editor gets the terminal as the shell left it, not in our raw mode.
    keyboard?.restoreMode()
    defer {
      keyboard?.enterRawMode()
      screen?.start()
      lastStatus = ""
    }
    do {
      // On a terminal, with or without the line editor, vi stands in for an unset $EDITOR.
      let edited = try EditorLauncher.edit(text, environment: context.environment,
                                           interactive: interactive || keyboard != nil)
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
                                  keyboard: Keyboard?, typed: TypedLine, console: Console, style: Style) {
    var keptLine = saveTypedLine(typed, typedAhead: keyboard?.drain() ?? [], recorder: recorder)
    // A piped line whose end had not arrived yet ("echo -n …", a script killed mid-write) is
    // what the user typed last: kept as the line editor's half-typed line is.
    if !keptLine, let piped = console.takeUnfinishedLine() {
      keptLine = saveUnfinished(piped, recorder: recorder)
    }
    recorder.checkpoint()
    screen?.stop()
    keyboard?.restoreMode()
    console.line("")
    let message = interruptionMessage(signal, keptLine: keptLine, recorder: recorder)
    // Wrapped on the line editor's terminal; a pipe's output stays as scripts read it.
    console.line(keyboard.map { TextLayout.wrap(message, width: $0.size.columns) } ?? message)
    if !recorder.canSave { printTranscript(recorder.read(\.session), console: console, style: style) }
    recorder.release()
  }

  /// Enters the half-typed line as a line of the step, so nothing typed is lost; keys typed
  /// ahead and not yet read (`typedAhead`) are applied to it first, and whole lines among them
  /// entered as lines. A half-typed command ("/ne") is not an answer and is not run either.
  /// - Returns: whether a half-typed line was kept.
  static func saveTypedLine(_ typed: TypedLine, typedAhead: [UInt8] = [], recorder: InterviewRecorder) -> Bool {
    typed.take { text in
      var lines: [String] = []
      var last = text
      if !typedAhead.isEmpty {
        var editor = LineEditor(prompt: "", width: 80)
        let output = editor.feed(Array(text.utf8) + typedAhead)
        for case .submitted(let line) in output.events { lines.append(line) }
        last = editor.buffer.text
      }
      let now = recorder.clock.now()
      for line in lines where recorder.read(\.isActive) {
        _ = recorder.perform { $0.enter(line, now: now) }
      }
      return saveUnfinished(last, now: now, recorder: recorder)
    }
  }

  /// Enters `text`, a line whose end never came, marked unfinished; a half-typed command
  /// ("/ne") is neither an answer nor run. - Returns: whether it was kept.
  static func saveUnfinished(_ text: String, now: Date? = nil, recorder: InterviewRecorder) -> Bool {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, !trimmed.hasPrefix("/"), recorder.read(\.isActive) else { return false }
    recorder.enterUnfinished(text, now: now ?? recorder.clock.now())
    return true
  }

  static func interruptionMessage(_ signal: Int32, keptLine: Bool, recorder: InterviewRecorder) -> String {
    let what = signal == SIGINT ? "Interrupted" : "Stopped by \(signalName(signal))"
    guard recorder.canSave else { return "\(what). Nothing could be saved." }
    return "\(what). Your answers are saved" + (keptLine ? ", with the line you were typing" : "")
      + "; continue with: mlcoach resume \(recorder.sessionID)"
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

  /// The summary that fits a screen (at most `SummaryRenderer.maximumLines`), then where the
  /// rest is: every verdict with its evidence is in the report, the comparison in review.
  private func printReport(_ report: ScoreReport) {
    console.line("")
    console.line(style.bold("Interview over.") + " Saved; here is how it went.")
    console.line("")
    let footer = recorder.canSave
      ? "full report: mlcoach report \(sessionID) · compare with the rubric: mlcoach review \(sessionID)"
      : "nothing could be saved: your transcript follows"
    console.out(SummaryRenderer(scenario: scenario, style: style, width: console.width,
                                fitsScreen: console.stdoutIsTerminal)
      .render(report, session: recorder.read(\.session), footer: footer))
  }

  private func printTranscript() { Self.printTranscript(recorder.read(\.session), console: console, style: style) }

  private static func printTranscript(_ session: Session, console: Console, style: Style) {
    console.line("")
    console.line(style.bold("Your transcript (copy it to keep it):"))
    console.out(Transcript.render(session))
  }
}
