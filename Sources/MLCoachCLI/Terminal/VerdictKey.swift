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

  /// Reads one-key verdicts from a keyboard, keeping what it read but did not use for the next
  /// item. After a letter, the rest of a word ("yes") and one Enter typed within
  /// `typeAheadMilliseconds` belong to it; anything after that (more Enters, the next verdict)
  /// answers the next items. A newcomer (fiftieth session) typed "p" then Enter after Enter a
  /// quarter of a second apart: every Enter was thrown away, each one keeping the window open.
  final class Reader {
    private let keyboard: Keyboard
    /// Bytes of the last chunk read that no answer has used yet.
    private var pending: [UInt8] = []

    init(_ keyboard: Keyboard) { self.keyboard = keyboard }

    /// Waits for a key that answers, echoes it (raw mode does not) and returns it as a line;
    /// nil at the end of input.
    func read(echo: (String) -> Void) -> String? {
      while true {
        guard let chunk = nextChunk(timeoutMilliseconds: 1000) else { return nil }
        guard !chunk.isEmpty else { continue }
        switch reading(chunk) {
        case .ignored: continue
        case .end: return nil
        case .answer(let key):
          pending = Array(chunk.dropFirst())
          echo(key)
          if !key.isEmpty { swallowRestOfKey() }
          return key
        }
      }
    }

    /// The pending bytes, or the next chunk typed; empty after a timeout, nil at the end.
    private func nextChunk(timeoutMilliseconds: Int32) -> [UInt8]? {
      if !pending.isEmpty {
        defer { pending = [] }
        return pending
      }
      switch keyboard.read(timeoutMilliseconds: timeoutMilliseconds) {
      case .closed: return nil
      case .timeout: return []
      case .bytes(let bytes): return bytes
      }
    }

    /// Drops the letters that finish a word and one Enter typed right after a verdict key.
    private func swallowRestOfKey() {
      while let chunk = nextChunk(timeoutMilliseconds: typeAheadMilliseconds), !chunk.isEmpty {
        var index = 0
        while index < chunk.count, isLetter(chunk[index]) { index += 1 }
        if index < chunk.count, chunk[index] == UInt8(ascii: "\r") || chunk[index] == UInt8(ascii: "\n") {
          index += chunk[index] == UInt8(ascii: "\r") && index + 1 < chunk.count
            && chunk[index + 1] == UInt8(ascii: "\n") ? 2 : 1
          pending = Array(chunk[index...])
          return
        }
        guard index == chunk.count else {
          pending = Array(chunk[index...])
          return
        }
      }
    }

    private func isLetter(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
  }
}
