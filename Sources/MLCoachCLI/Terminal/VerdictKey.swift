/// A self-review verdict typed as one key on a terminal: 65 items each needing a letter and
/// Enter was slow, and trial 24 asked why the keys did not act at once. Piped input still
/// reads lines (`ReviewAction.parse`), so scripts and the transcript are unchanged.
enum VerdictKey {
  /// What one chunk of typed bytes says.
  enum Reading: Equatable {
    /// The answer as `ReviewAction.parse` reads a line: "" for Enter, else the key typed.
    case answer(String)
    /// Ctrl-D: the end of input, as at the end of a pipe (the review stops and saves).
    case end
    /// An escape sequence (an arrow, a paste) or a control key: no answer.
    case ignored
  }

  /// The first key of `bytes`.
  static func reading(_ bytes: [UInt8]) -> Reading {
    guard let first = bytes.first else { return .ignored }
    switch first {
    case UInt8(ascii: "\r"), UInt8(ascii: "\n"): return .answer("")
    case 4: return .end
    case 0x21...0x7E: return .answer(String(UnicodeScalar(first)))
    default: return .ignored
    }
  }

  /// How long after a key what else is typed still belongs to it: "y" then Enter, as a line
  /// prompt taught, or "yes", must not answer the next item too.
  static let typeAheadMilliseconds: Int32 = 300

  /// Waits for a key that answers, echoes it (raw mode does not) and returns it as a line;
  /// nil at the end of input.
  static func read(from keyboard: Keyboard, echo: (String) -> Void) -> String? {
    while true {
      switch keyboard.read(timeoutMilliseconds: 1000) {
      case .closed: return nil
      case .timeout: continue
      case .bytes(let bytes):
        switch reading(bytes) {
        case .ignored: continue
        case .end: return nil
        case .answer(let key):
          echo(key)
          if !key.isEmpty {
            while case .bytes = keyboard.read(timeoutMilliseconds: typeAheadMilliseconds) {}
          }
          return key
        }
      }
    }
  }
}
