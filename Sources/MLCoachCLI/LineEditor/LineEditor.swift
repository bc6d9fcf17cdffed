/// The interview's line editor, in the spirit of linenoise: bytes from a terminal in raw mode
/// in, bytes to draw and finished lines out. It never touches the terminal itself, so every
/// key is tested with scripted bytes; the runner owns raw mode and the read loop.
struct LineEditor: Sendable {
  enum Event: Equatable, Sendable {
    /// Enter: the line, as typed (never an escape sequence).
    case submitted(String)
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-C read as a key: the half-typed line, for the caller to keep.
    case interrupted(String)
    /// Ctrl-Z read as a key: the caller gives the terminal back and stops.
    case suspended
  }

  struct Output: Equatable, Sendable {
    /// Bytes for the terminal.
    var terminal = ""
    var events: [Event] = []
  }

  /// Spaces a Tab inserts: a tab's width depends on the column, which would break the layout.
  static let tabText = "    "

  private(set) var prompt: String
  private(set) var buffer = LineBuffer()
  private(set) var history: LineHistory
  private(set) var width: Int
  /// Whether the terminal re-wraps long rows when resized (see `LineRenderer`).
  var terminalReflows = true
  private var decoder = KeyDecoder()
  private var layout: LineLayout?

  init(prompt: String, width: Int, history: [String] = []) {
    self.prompt = prompt
    self.width = max(1, width)
    self.history = LineHistory(entries: history)
  }

  /// Draws the prompt and whatever is in the buffer (a new line, or after a notice).
  mutating func draw() -> String { redraw(from: nil) }

  /// Puts `text` in the buffer, the cursor at its end, as if typed: a line saved half typed,
  /// back to be finished. Call before `draw`.
  mutating func prefill(_ text: String) {
    buffer = LineBuffer(text)
  }

  /// Decodes `bytes` and applies every key; several lines may finish in one call (a paste).
  mutating func feed(_ bytes: [UInt8]) -> Output {
    apply(decoder.feed(bytes))
  }

  /// Gives up waiting for the rest of a sequence (a lone Escape).
  mutating func flushPendingInput() -> Output { apply(decoder.flush()) }

  /// Whether bytes are waiting for the rest of a sequence: the caller then waits a moment
  /// (about 50 ms) for more before calling `flushPendingInput`.
  var isWaitingForSequence: Bool { decoder.hasPendingBytes }

  /// The terminal is now `newWidth` columns wide: redraw the line for it.
  mutating func resize(to newWidth: Int) -> String {
    let newWidth = max(1, newWidth)
    guard newWidth != width else { return "" }
    var previous = layout
    if let old = layout {
      previous = LineLayout(cursorRow: LineRenderer.cursorRowAfterResize(
        prompt: prompt, buffer: buffer, previous: old, newWidth: newWidth, terminalReflows: terminalReflows),
        rows: old.rows)
    }
    width = newWidth
    return redraw(from: previous)
  }

  /// Erases the line being edited, leaving the cursor where its prompt began, so a notice can
  /// be printed there; `draw()` then puts the prompt and the half-typed text back below it.
  mutating func clear() -> String {
    guard let layout else { return "" }
    self.layout = nil
    return (layout.cursorRow > 0 ? "\u{1B}[\(layout.cursorRow)A" : "") + "\r\u{1B}[J"
  }

  /// A new prompt (a follow-up question's), redrawn at once.
  mutating func setPrompt(_ prompt: String) -> String {
    self.prompt = prompt
    return layout == nil ? "" : redraw(from: layout)
  }

  /// Adds lines to the history without typing them (lines restored on resume).
  mutating func remember(_ line: String) { history.add(line) }

  // MARK: - Keys

  private mutating func apply(_ keys: [Key]) -> Output {
    var output = Output()
    for key in keys { apply(key, to: &output) }
    return output
  }

  private mutating func apply(_ key: Key, to output: inout Output) {
    switch key {
    case .text(let text):
      buffer.insert(Self.printable(text))
    case .paste(let text):
      // Several lines: each is entered in turn, and what followed the cursor ends the last one.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.printable(String($0)) }
      let tail = lines.count > 1 ? buffer.takeTail() : ""
      for (index, line) in lines.enumerated() {
        if index > 0 { submit(to: &output) }
        buffer.insert(line)
      }
      buffer.insertAfterCursor(tail)
    case .tab: buffer.insert(Self.tabText)
    case .enter:
      submit(to: &output)
      return
    case .backspace: buffer.backspace()
    case .delete: buffer.deleteForward()
    case .deleteOrEndOfInput:
      guard !buffer.isEmpty else {
        output.terminal += finishLine()
        output.events.append(.endOfInput)
        return
      }
      buffer.deleteForward()
    case .left: buffer.moveLeft()
    case .right: buffer.moveRight()
    case .wordLeft: buffer.moveWordLeft()
    case .wordRight: buffer.moveWordRight()
    case .home: buffer.moveHome()
    case .end: buffer.moveEnd()
    case .up:
      guard let line = history.older(current: buffer.text) else { return }
      buffer.replace(with: line)
    case .down:
      guard let line = history.newer(current: buffer.text) else { return }
      buffer.replace(with: line)
    case .killToEnd: buffer.killToEnd()
    case .killToStart: buffer.killToStart()
    case .killWordBack: buffer.killWordBack()
    case .killWordForward: buffer.killWordForward()
    case .yank: buffer.yank()
    case .transpose: buffer.transpose()
    case .clearScreen:
      layout = nil
      output.terminal += "\u{1B}[H\u{1B}[2J"
    case .interrupt:
      let text = buffer.text
      output.terminal += finishLine()
      buffer = LineBuffer()
      output.events.append(.interrupted(text))
      return
    case .suspend:
      output.events.append(.suspended)
      return
    case .escape, .ignored:
      return
    }
    output.terminal += redraw(from: layout)
  }

  /// Enter: the cursor goes below the line, the line is returned and a new one begins.
  private mutating func submit(to output: inout Output) {
    let line = buffer.text
    output.terminal += finishLine()
    output.events.append(.submitted(line))
    history.add(line)
    buffer = LineBuffer()
    output.terminal += redraw(from: nil)
  }

  /// Redraws the finished line wrapped at spaces, under a hanging indent as wide as the prompt,
  /// and moves to a fresh row below it. While typing, the terminal wraps a long line wherever
  /// the margin falls ("accur" / "ate"); the line left in the transcript reads like the
  /// interviewer's replies. Only the screen changes: the line itself is returned as typed.
  private mutating func finishLine() -> String {
    let erase = (layout.map { $0.cursorRow > 0 ? "\u{1B}[\($0.cursorRow)A" : "" } ?? "") + "\r\u{1B}[J"
    layout = nil
    let hanging = String(repeating: " ", count: DisplayWidth.of(prompt))
    // A row that fills the width leaves the terminal waiting to wrap; "\r\n" then moves down
    // one row, not two.
    let rows = TextLayout.lines(buffer.text, width: width, indent: prompt, hangingIndent: hanging)
    return erase + rows.joined(separator: "\r\n") + "\r\n"
  }

  private mutating func redraw(from previous: LineLayout?) -> String {
    let (text, newLayout) = LineRenderer.redraw(prompt: prompt, buffer: buffer, width: width, previous: previous)
    layout = newLayout
    return text
  }

  /// Text as it may be stored: tabs as spaces, other control characters dropped, so no
  /// escape sequence or stray byte ever reaches a saved answer.
  static func printable(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "\t" {
        result += tabText
      } else if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }) {
        result.append(character)
      }
    }
    return result
  }
}
