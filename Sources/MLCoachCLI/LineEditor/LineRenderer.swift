/// Where the edited line sits on screen after a draw, counted from the row the prompt starts on.
struct LineLayout: Equatable, Sendable {
  /// Row of the cursor (0 is the prompt's row).
  var cursorRow: Int
  /// Rows the prompt and text take.
  var rows: Int
}

/// Turns a prompt, the buffer and the terminal width into the bytes that redraw the line: a
/// long line wraps over several rows, as in the shells, and every position is counted in
/// terminal cells, as a terminal with auto-wrap places characters (a wide character that does
/// not fit in the last column moves to the next row). Pure: tests compare the bytes.
enum LineRenderer {
  /// The (row, column) after drawing `text` from (0, `column`) in `width` columns. A column
  /// equal to `width` means the terminal is waiting to wrap at the end of that row.
  static func position(after text: String, from start: (row: Int, column: Int) = (0, 0),
                       width: Int) -> (row: Int, column: Int) {
    var row = start.row
    var column = start.column
    for character in DisplayWidth.stripEscapes(text) {
      let cells = DisplayWidth.of(character)
      guard cells > 0 else { continue }
      if column + cells > width {
        row += 1
        column = 0
      }
      column += cells
    }
    return (row, column)
  }

  /// The bytes that erase the line drawn with `previous` layout (if any) and draw it anew,
  /// leaving the cursor at the buffer's cursor; and the new layout.
  static func redraw(prompt: String, buffer: LineBuffer, width rawWidth: Int,
                     previous: LineLayout?) -> (output: String, layout: LineLayout) {
    let width = max(1, rawWidth)
    var output = ""
    if let previous, previous.cursorRow > 0 { output += "\u{1B}[\(previous.cursorRow)A" }
    output += "\r\u{1B}[J" + prompt + buffer.text

    let promptEnd = position(after: prompt, width: width)
    var end = position(after: buffer.text, from: promptEnd, width: width)
    if end.column >= width {
      // The text ends exactly at the right margin: move to the next row ourselves, so the
      // cursor's row is known whatever the terminal does with its pending wrap.
      output += "\r\n"
      end = (end.row + 1, 0)
    }
    var cursor = position(after: buffer.beforeCursor, from: promptEnd, width: width)
    let next = buffer.characters.count > buffer.cursor ? DisplayWidth.of(buffer.characters[buffer.cursor]) : 0
    if cursor.column >= width || (next > 0 && cursor.column + next > width) {
      cursor = (cursor.row + 1, 0)
    }
    if end.row > cursor.row { output += "\u{1B}[\(end.row - cursor.row)A" }
    output += "\r"
    if cursor.column > 0 { output += "\u{1B}[\(cursor.column)C" }
    return (output, LineLayout(cursorRow: cursor.row, rows: end.row + 1))
  }

  /// The cursor's row after the terminal changed width. A terminal that reflows wrapped rows
  /// (tmux, VTE, kitty, iTerm2) moves the line's start; one that does not (xterm) keeps the
  /// cursor's row, so moving up by the reflowed count would erase earlier output: then the
  /// smaller of the two is used, which at worst leaves a stale row above, never erases one.
  static func cursorRowAfterResize(prompt: String, buffer: LineBuffer, previous: LineLayout, newWidth: Int,
                                   terminalReflows: Bool) -> Int {
    let width = max(1, newWidth)
    let end = position(after: prompt + buffer.beforeCursor, width: width)
    let reflowed = end.column >= width ? end.row + 1 : end.row
    return terminalReflows ? reflowed : min(reflowed, previous.cursorRow)
  }
}
