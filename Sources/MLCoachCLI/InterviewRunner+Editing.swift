import Foundation
import MLCoachCore
import Synchronization

/// The interview on a terminal: keys through our line editor in raw mode.
extension InterviewRunner {
  /// Reads keys until the interview ends. Raw mode is on only in here (and given back for
  /// `/edit`, on Ctrl-Z and on every way out, signals included). The clock, the window's width
  /// and a pending redraw (after `fg`) are checked at every key and at least every 250 ms, so
  /// the status line and time notices appear at once, without breaking the line being typed.
  func runWithEditor(_ keyboard: Keyboard) -> ExitCode {
    keyboard.enterRawMode()
    defer { keyboard.restoreMode() }
    var editor = LineEditor(prompt: promptText, width: keyboard.size.columns, history: pastLines())
    // Trial 18: a line cut by Ctrl-C came back on resume as a finished line that could not be
    // continued. It is now back at the prompt; Enter replaces the saved fragment with it.
    if let unfinished = recorder.perform({ $0.continueUnfinishedLine() }).result {
      editor.prefill(unfinished)
      typed.set(unfinished)
      console.line(TextLayout.wrap(style.dim("Your unfinished line is back at the prompt: finish it and press "
        + "Enter, and it replaces the fragment saved when you stopped; clear it (Ctrl-U) to drop it."),
        width: keyboard.size.columns, indent: "  ", hangingIndent: "  "))
    }
    console.out(editor.draw())
    drawStatus()
    while true {
      var output = LineEditor.Output()
      switch keyboard.read(timeoutMilliseconds: editor.isWaitingForSequence ? 50 : 250) {
      case .timeout:
        if editor.isWaitingForSequence { output = editor.flushPendingInput() }
      case .closed:
        // The terminal hung up (or a script of keys ended): keep the half-typed line and stop,
        // saved, as the end of piped input does.
        typed.set(editor.buffer.text)
        _ = Self.saveTypedLine(typed, recorder: recorder)
        console.out(editor.clear())
        return handle(perform { $0.endOfInput(now: $1, interactive: false) }) ?? .success
      case .bytes(let bytes):
        output = editor.feed(bytes)
      }
      // Lines are entered, and the line being typed shared, before anything is drawn: a signal
      // that comes once the echo is on screen finds every key either in the session or in the
      // shared line, never in neither (and never in both: one lock covers the two).
      let entered = typed.update { current -> [[InterviewEngine.Event]] in
        defer { current = editor.buffer.text }
        return output.events.map(enter)
      }
      console.out(belowStatusLine(output.terminal))
      for (event, events) in zip(output.events, entered) {
        if let code = apply(event, events, editor: &editor) { return code }
      }
      let ticked = perform { $0.tick(now: $1) }
      if !ticked.isEmpty, let code = show(ticked, editor: &editor) { return code }
      let width = keyboard.size.columns
      if width != editor.width {
        console.out(editor.resize(to: width))
        lastStatus = ""
      }
      if redrawRequested.take() {
        console.out(editor.draw())
        lastStatus = ""
      }
      drawStatus()
    }
  }

  /// Ctrl-L clears the screen and homes the cursor: with a status line, home is the first row
  /// under it (the editor knows nothing of the status line), which is then drawn again.
  private func belowStatusLine(_ output: String) -> String {
    let clear = "\u{1B}[H\u{1B}[2J"
    guard screen != nil, output.contains(clear) else { return output }
    lastStatus = ""
    return output.replacingOccurrences(of: clear, with: "\u{1B}[2J\u{1B}[2;1H")
  }

  /// What an event of the editor does to the interview (under the shared line's lock).
  private func enter(_ event: LineEditor.Event) -> [InterviewEngine.Event] {
    switch event {
    case .submitted(let line): return perform { $0.enter(line, now: $1) }
    // Ctrl-D on an empty line ends the step, as /next does.
    case .endOfInput: return perform { $0.endOfInput(now: $1, interactive: true) }
    case .interrupted, .suspended: return []
    }
  }

  /// Shows what an event of the editor did; an exit code once the interview is over.
  private func apply(_ event: LineEditor.Event, _ events: [InterviewEngine.Event],
                     editor: inout LineEditor) -> ExitCode? {
    switch event {
    case .submitted, .endOfInput:
      return show(events, editor: &editor)
    case .interrupted(let text):
      // Ctrl-C read as a key (a terminal without ISIG, or a script): what SIGINT does.
      typed.set(text)
      let kept = Self.saveTypedLine(typed, recorder: recorder)
      warnIfCheckpointFails()
      screen?.stop()
      console.line(TextLayout.wrap(Self.interruptionMessage(SIGINT, keptLine: kept, recorder: recorder),
                                   width: console.width))
      return .interrupted
    case .suspended:
      // Ctrl-Z read as a key: with ISIG on, the terminal sends SIGTSTP instead; nothing to do.
      return nil
    }
  }

  /// Prints `events` above the line being typed, then draws the prompt and the line again.
  private func show(_ events: [InterviewEngine.Event], editor: inout LineEditor) -> ExitCode? {
    guard !events.isEmpty else { return nil }
    console.out(editor.clear())
    if let code = handle(events) { return code }
    _ = editor.setPrompt(promptText)
    console.out(editor.draw())
    return nil
  }

  private func warnIfCheckpointFails() {
    if let failure = recorder.checkpoint() {
      console.errorLine(style.yellow("warning: ") + CLIError.printable(failure.description))
    }
  }

  /// The lines of the session so far, oldest first, for Up and Down: earlier steps' lines,
  /// then the current step's (the most recent), follow-up answers in their place.
  func pastLines() -> [String] {
    recorder.read { engine in
      // Questions first: in step 1 they are most of what was typed, and Up should recall them.
      engine.session.steps.flatMap { step in step.questions.map(\.question) + step.lines + (step.followUp?.lines ?? []) }
    }
  }
}

/// The line being typed, shared between the main thread (which types and enters it) and the
/// signal thread (which saves it on Ctrl-C, SIGTERM or SIGHUP).
final class TypedLine: Sendable {
  private let text = Mutex("")

  func set(_ value: String) { text.withLock { $0 = value } }

  /// Runs `body` on the line, under the lock.
  func update<T>(_ body: (inout String) -> T) -> T { text.withLock { body(&$0) } }

  /// Runs `body` with the line and empties it, under the lock.
  func take<T>(_ body: (String) -> T) -> T {
    text.withLock { current in
      defer { current = "" }
      return body(current)
    }
  }
}

/// A one-shot signal from another thread ("redraw after fg").
final class Flag: Sendable {
  private let value = Mutex(false)

  func set() { value.withLock { $0 = true } }

  /// Whether it was set since the last call.
  func take() -> Bool { value.withLock { flag in defer { flag = false }; return flag } }
}
