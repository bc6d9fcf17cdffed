import Testing
@testable import MLCoachCLI

/// The line editor driven by scripted bytes, as a terminal in raw mode would send them.
@Suite("line editor")
struct LineEditorTests {
  static let left = "\u{1B}[D", right = "\u{1B}[C", up = "\u{1B}[A", down = "\u{1B}[B"

  /// Feeds `input` and returns the lines submitted and the bytes drawn.
  func type(_ input: String, into editor: inout LineEditor) -> (lines: [String], events: [LineEditor.Event],
                                                                terminal: String) {
    let output = editor.feed(Array(input.utf8))
    let lines = output.events.compactMap { event -> String? in
      if case .submitted(let line) = event { return line }
      return nil
    }
    return (lines, output.events, output.terminal)
  }

  func submitted(_ input: String, history: [String] = []) -> [String] {
    var editor = LineEditor(prompt: "› ", width: 80, history: history)
    return type(input, into: &editor).lines
  }

  // MARK: - Keys

  @Test("arrows move the cursor: no escape code ever reaches the answer")
  func arrowsEditInPlace() {
    let lines = submitted("The objective is revenu" + Self.left + Self.left + "X\r")
    #expect(lines == ["The objective is reveXnu"])
    #expect(!lines[0].contains("\u{1B}"))
    // SS3 arrows (application cursor mode) work the same.
    #expect(submitted("ab\u{1B}ODX\u{1B}OCY\r") == ["aXbY"])
  }

  @Test("Home/End, Ctrl-A/E/B/F, Delete and Backspace")
  func movingAndDeleting() {
    #expect(submitted("world\u{01}hello \u{05}!\r") == ["hello world!"])
    #expect(submitted("acd\u{02}\u{02}b\u{06}\u{06}e\r") == ["abcde"])
    #expect(submitted("xabc\u{1B}[H\u{1B}[3~\u{1B}[F\u{7F}\r") == ["ab"])
    #expect(submitted("xy\u{1B}[1~z\u{1B}[4~w\r") == ["zxyw"])
    #expect(submitted("abc\u{08}\r") == ["ab"])
  }

  @Test("Ctrl-K, Ctrl-U, Ctrl-W kill; Ctrl-Y puts the text back")
  func killing() {
    #expect(submitted("one two three\u{17}\r") == ["one two "])
    #expect(submitted("one two  \u{17}\r") == ["one "])
    #expect(submitted("one two\u{02}\u{02}\u{02}\u{0B}\r") == ["one "])
    #expect(submitted("one two\u{02}\u{02}\u{02}\u{15}\r") == ["two"])
    #expect(submitted("one two\u{17}\u{01}\u{19} \r") == ["two one "])
  }

  @Test("word moves: Alt-B/F and Ctrl-arrows")
  func wordMoves() {
    #expect(submitted("one two\u{1B}bX\r") == ["one Xtwo"])
    #expect(submitted("one two\u{1B}[1;5D\u{1B}[1;5DX\u{1B}fY\r") == ["XoneY two"])
  }

  @Test("Up and Down walk this step's lines, then earlier steps'; the line being typed comes back")
  func history() {
    var editor = LineEditor(prompt: "› ", width: 80, history: ["step one line"])
    _ = type("first\rsecond\r", into: &editor)
    _ = type("draft" + Self.up, into: &editor)
    #expect(editor.buffer.text == "second")
    _ = type(Self.up + Self.up, into: &editor)
    #expect(editor.buffer.text == "step one line")
    _ = type(Self.up, into: &editor)  // the oldest stays
    #expect(editor.buffer.text == "step one line")
    _ = type(Self.down + Self.down + Self.down, into: &editor)
    #expect(editor.buffer.text == "draft")
    // A recalled line is edited and entered as a new line; the history keeps the original.
    let recalled = type(Self.up + "!\r", into: &editor)
    #expect(recalled.lines == ["second!"])
    #expect(editor.history.entries == ["step one line", "first", "second", "second!"])
    // Ctrl-P and Ctrl-N are Up and Down.
    _ = type("\u{10}\u{10}", into: &editor)
    #expect(editor.buffer.text == "second")
    _ = type("\u{0E}", into: &editor)
    #expect(editor.buffer.text == "second!")
  }

  @Test("a bracketed paste of several lines enters each line; the last stays to be edited")
  func multiLinePaste() {
    var editor = LineEditor(prompt: "› ", width: 80)
    let result = type("Xend" + Self.left + Self.left + Self.left
      + "\u{1B}[200~first\r\nsecond\nthird \u{1B}[201~", into: &editor)
    #expect(result.lines == ["Xfirst", "second"])
    #expect(editor.buffer.text == "third end")
    #expect(editor.buffer.cursor == "third ".count)
    // A paste split across reads, with tabs and a stray escape byte, stores only printable text.
    var split = LineEditor(prompt: "› ", width: 80)
    _ = type("\u{1B}[200~a\tb\u{1B}", into: &split)
    _ = type("[201", into: &split)
    let end = type("~\r", into: &split)
    #expect(end.lines == ["a    b"])
  }

  @Test("Ctrl-D ends input on an empty line, deletes otherwise; Ctrl-C hands back the half-typed line")
  func controlKeys() {
    var editor = LineEditor(prompt: "› ", width: 80)
    #expect(type("\u{04}", into: &editor).events == [.endOfInput])
    #expect(type("ab\u{02}\u{04}\r", into: &editor).lines == ["a"])
    #expect(type("We retrain the ranker\u{03}", into: &editor).events == [.interrupted("We retrain the ranker")])
    #expect(editor.buffer.isEmpty)
    #expect(type("\u{1A}", into: &editor).events == [.suspended])
  }

  @Test("UTF-8 split across reads, wide characters and emoji edit as one character each")
  func unicode() {
    var editor = LineEditor(prompt: "› ", width: 80)
    #expect(editor.feed([0xE4, 0xB8]).events.isEmpty)
    _ = editor.feed([0xAD] + Array("文👍🏽".utf8))
    _ = type(Self.left + "x\u{7F}\u{7F}" + "\r", into: &editor)
    #expect(editor.history.entries == ["中👍🏽"])
    // Invalid UTF-8 becomes U+FFFD rather than being dropped silently.
    #expect(submitted("a\u{FFFD}b\r") == ["a\u{FFFD}b"])
    var invalid = LineEditor(prompt: "", width: 80)
    #expect(invalid.feed([0x61, 0xFF, 0x62, 0x0D]).events == [.submitted("a\u{FFFD}b")])
  }

  // MARK: - Decoder

  @Test("the decoder: sequences split anywhere, CR LF as one Enter, a lone Escape after a pause")
  func decoder() {
    var decoder = KeyDecoder()
    #expect(decoder.feed(Array("\u{1B}[".utf8)).isEmpty)
    #expect(decoder.feed(Array("1;5C".utf8)) == [.wordRight])
    #expect(decoder.feed(Array("a\r\nb\n".utf8)) == [.text("a"), .enter, .text("b"), .enter])
    #expect(decoder.feed([0x1B]).isEmpty)
    #expect(decoder.hasPendingBytes)
    #expect(decoder.flush() == [.escape])
    #expect(decoder.feed(Array("\u{1B}[15~\u{1B}OP\u{1B}[2~".utf8)) == [.ignored, .ignored, .ignored])
    #expect(decoder.feed(Array("\u{1B}[3~\u{1B}[7~\u{1B}[8~".utf8)) == [.delete, .home, .end])
  }

  // MARK: - Drawing

  @Test("the cursor is placed in cells: wide characters count 2, combining marks 0")
  func cursorInCells() {
    var editor = LineEditor(prompt: "› ", width: 80)
    let drawn = type("中文ab" + Self.left + Self.left, into: &editor).terminal
    #expect(drawn.hasSuffix("\r\u{1B}[J› 中文ab\r\u{1B}[6C"))
    var accents = LineEditor(prompt: "> ", width: 80)
    #expect(type("e\u{301}te\u{301}" + Self.left, into: &accents).terminal.hasSuffix("\r\u{1B}[4C"))
  }

  @Test("a long line wraps over rows; a redraw first goes back up to the prompt's row")
  func wrapping() {
    var editor = LineEditor(prompt: "> ", width: 10)
    let first = type("abcdefghijkl", into: &editor).terminal  // 2 + 12 cells: two rows
    #expect(first.hasSuffix("\r\u{1B}[4C"))
    let second = type(Self.left, into: &editor).terminal
    #expect(second.hasPrefix("\u{1B}[1A\r\u{1B}[J> abcdefghijkl"))
    #expect(second.hasSuffix("\r\u{1B}[3C"))
    // Moving to the start puts the cursor on the prompt's row: up one row from the end.
    #expect(type("\u{01}", into: &editor).terminal.hasSuffix("\u{1B}[1A\r\u{1B}[2C"))
  }

  @Test("text that fills a row exactly, and a wide character at the margin")
  func margins() {
    let exact = LineRenderer.redraw(prompt: "> ", buffer: LineBuffer("12345678"), width: 10, previous: nil)
    #expect(exact.output == "\r\u{1B}[J> 12345678\r\n\r")
    #expect(exact.layout == LineLayout(cursorRow: 1, rows: 2))
    // 中 does not fit in the last cell of row 0, so the terminal puts it on row 1.
    let wide = LineRenderer.redraw(prompt: "", buffer: LineBuffer("abcd中"), width: 5, previous: nil)
    #expect(wide.layout == LineLayout(cursorRow: 1, rows: 2))
    #expect(wide.output.hasSuffix("\r\u{1B}[2C"))
    let beforeWide = LineRenderer.redraw(prompt: "", buffer: LineBuffer("abcd中", cursor: 4), width: 5, previous: nil)
    #expect(beforeWide.layout.cursorRow == 1)
    #expect(beforeWide.output.hasSuffix("\r"))
    // Entering a line that filled its row adds no blank row.
    var editor = LineEditor(prompt: "> ", width: 10)
    #expect(type("12345678\r", into: &editor).terminal.contains("> 12345678\r\n\r\u{1B}[J> "))
  }

  @Test("an entered line is redrawn wrapped at spaces under the prompt, and returned as typed")
  func enteredLineWrapsAtSpaces() {
    var editor = LineEditor(prompt: "› ", width: 20)
    let line = "The business goal is accurate delivery estimates"
    let output = type(line + "\r", into: &editor)
    #expect(output.events == [.submitted(line)])
    // While typing, the terminal wrapped it mid-word; the redraw goes back to the prompt's row.
    #expect(output.terminal.contains("\u{1B}[2A\r\u{1B}[J› The business goal\r\n  is accurate\r\n"
      + "  delivery estimates\r\n"))
    // A word longer than a row is still cut, never lost.
    var narrow = LineEditor(prompt: "› ", width: 20)
    let long = type("https://example.com/a/very/long/path\r", into: &narrow)
    #expect(long.events == [.submitted("https://example.com/a/very/long/path")])
    let redrawn = long.terminal.components(separatedBy: "\u{1B}[J").dropLast().last ?? ""
    #expect(redrawn.replacingOccurrences(of: "\r\n  ", with: "").hasPrefix("› https://example.com/a/very/long/path\r\n"),
            "\(redrawn)")
  }

  @Test("a resize redraws for the new width without erasing earlier output")
  func resize() {
    var editor = LineEditor(prompt: "> ", width: 20)
    _ = type(String(repeating: "x", count: 30), into: &editor)  // 32 cells: rows 0-1, cursor on row 1
    // Narrower, on a terminal that reflows: the cursor is now on row 3 of 8-cell rows.
    var reflowing = editor
    let narrower = reflowing.resize(to: 8)
    #expect(narrower.hasPrefix("\u{1B}[4A\r\u{1B}[J> xxx"))
    // On one that does not, never go up further than the cursor's old row.
    var fixed = editor
    fixed.terminalReflows = false
    #expect(fixed.resize(to: 8).hasPrefix("\u{1B}[1A\r\u{1B}[J"))
    // Wider: everything fits on one row again.
    let wider = reflowing.resize(to: 100)
    #expect(wider.hasPrefix("\r\u{1B}[J> "))
    #expect(wider.hasSuffix("\r\u{1B}[32C"))
    #expect(reflowing.resize(to: 100) == "")
  }

  @Test("clear() makes room for a notice; draw() puts the half-typed line back")
  func noticeAboveTheLine() {
    var editor = LineEditor(prompt: "> ", width: 10)
    _ = type("abcdefghijkl", into: &editor)
    #expect(editor.clear() == "\u{1B}[1A\r\u{1B}[J")
    #expect(editor.clear() == "")
    #expect(editor.draw() == "\r\u{1B}[J> abcdefghijkl\r\u{1B}[4C")
    #expect(editor.buffer.text == "abcdefghijkl")
  }
}
