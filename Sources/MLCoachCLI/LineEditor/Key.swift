/// A key press (or a paste) as the line editor sees it, decoded from the terminal's bytes.
/// Every escape sequence becomes a key or `.ignored`; none ever reaches the text.
enum Key: Equatable, Sendable {
  /// Printable text, one or more characters typed.
  case text(String)
  /// Text pasted in bracketed-paste mode, possibly several lines (line ends normalised to "\n").
  case paste(String)
  case enter
  case backspace
  /// Delete the character under the cursor (the Delete key).
  case delete
  /// Ctrl-D: delete under the cursor, or end of input on an empty line.
  case deleteOrEndOfInput
  case left, right, wordLeft, wordRight
  case home, end
  case up, down
  /// Ctrl-K
  case killToEnd
  /// Ctrl-U
  case killToStart
  /// Ctrl-W and Alt-Backspace
  case killWordBack
  /// Alt-D
  case killWordForward
  /// Ctrl-Y: insert the text last killed.
  case yank
  /// Ctrl-T: swap the two characters before the cursor.
  case transpose
  /// Ctrl-L
  case clearScreen
  /// Ctrl-C (seen only when the terminal does not turn it into SIGINT).
  case interrupt
  /// Ctrl-Z (likewise).
  case suspend
  case tab
  /// A lone Escape.
  case escape
  /// A sequence or control the editor has no use for (F-keys, Insert, unknown CSI): dropped.
  case ignored
}
