import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The terminal as the interview's line editor uses it: raw bytes in, raw mode on and off, and
/// the window's size. `SystemKeyboard` is the real one; `ScriptedKeyboard` replays byte chunks,
/// so the whole interactive interview runs in a test through `CLI.run`.
public protocol Keyboard: AnyObject, Sendable {
  /// Raw mode (no echo, bytes as typed, `ISIG` kept so Ctrl-C, Ctrl-\ and Ctrl-Z still raise
  /// their signals) and bracketed paste. Safe to call again after `restoreMode`.
  func enterRawMode()
  /// The terminal exactly as it was before `enterRawMode`; safe to call twice and from the
  /// signal thread.
  func restoreMode()
  /// Waits up to `milliseconds` for input.
  func read(timeoutMilliseconds milliseconds: Int32) -> KeyboardRead
  /// Columns and rows of the window now (it may be resized at any time).
  var size: (columns: Int, rows: Int) { get }
  /// Bytes already typed but not yet read, without waiting: what a signal saves when it comes
  /// before the main loop has read them (keys typed ahead while mlcoach was starting).
  func drain() -> [UInt8]
}

/// What one wait for input brought.
public enum KeyboardRead: Equatable, Sendable {
  case bytes([UInt8])
  /// Nothing arrived in time.
  case timeout
  /// The terminal is gone (hang-up) or the script has ended.
  case closed
}

/// Standard input when it is a terminal.
final class SystemKeyboard: Keyboard, @unchecked Sendable {
  private struct State {
    var saved: termios?
    var raw = false
  }
  private let state = Mutex(State())
  private let environment: [String: String]

  init(environment: [String: String]) { self.environment = environment }

  func enterRawMode() {
    state.withLock { state in
      guard !state.raw else { return }
      var original = termios()
      guard tcgetattr(STDIN_FILENO, &original) == 0 else { return }
      if state.saved == nil { state.saved = original }
      var raw = original
      raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
      raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR)
      withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
        bytes[Int(VMIN)] = 1
        bytes[Int(VTIME)] = 0
      }
      // TCSADRAIN, not TCSAFLUSH: keys typed ahead (before raw mode) are kept, not thrown away.
      guard tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0 else { return }
      state.raw = true
      Platform.write("\u{1B}[?2004h", to: STDOUT_FILENO)  // bracketed paste on
    }
  }

  func restoreMode() {
    state.withLock { state in
      guard state.raw, var saved = state.saved else { return }
      Platform.write("\u{1B}[?2004l", to: STDOUT_FILENO)
      tcsetattr(STDIN_FILENO, TCSADRAIN, &saved)
      state.raw = false
    }
  }

  func read(timeoutMilliseconds milliseconds: Int32) -> KeyboardRead {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds)
    if ready == 0 || (ready < 0 && errno == EINTR) { return .timeout }
    guard ready > 0 else { return .closed }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
    if count < 0 && (errno == EINTR || errno == EAGAIN) { return .timeout }
    guard count > 0 else { return .closed }
    return .bytes(Array(buffer[0..<count]))
  }

  func drain() -> [UInt8] {
    var bytes: [UInt8] = []
    while bytes.count < 1_048_576, case .bytes(let more) = read(timeoutMilliseconds: 0) { bytes += more }
    return bytes
  }

  var size: (columns: Int, rows: Int) {
    // COLUMNS, when set, is what the user asked for; otherwise the window, which may change.
    (Platform.terminalWidth(environment: environment), Platform.terminalHeight())
  }
}

/// Replays a script of keys, waits and window resizes, one step per read, then reports the
/// end: the test double of `SystemKeyboard`.
public final class ScriptedKeyboard: Keyboard, @unchecked Sendable {
  public enum Step: Equatable, Sendable {
    /// Bytes that arrive in one read.
    case bytes([UInt8])
    /// A wait that times out (the clock's tick).
    case wait
    /// The window is resized before the next read (as SIGWINCH would say).
    case resize(columns: Int, rows: Int)

    /// The UTF-8 bytes of `text`, in one read.
    public static func keys(_ text: String) -> Step { .bytes(Array(text.utf8)) }
  }

  private struct State {
    var steps: [Step]
    var columns: Int
    var rows: Int
    var raw = false
    var modeChanges: [String] = []
  }
  private let state: Mutex<State>

  public init(_ steps: [Step], columns: Int = 80, rows: Int = 24) {
    state = Mutex(State(steps: steps, columns: columns, rows: rows))
  }

  public func enterRawMode() {
    state.withLock { state in
      guard !state.raw else { return }
      state.raw = true
      state.modeChanges.append("raw")
    }
  }

  public func restoreMode() {
    state.withLock { state in
      guard state.raw else { return }
      state.raw = false
      state.modeChanges.append("restored")
    }
  }

  /// "raw" and "restored", in the order they happened: a test checks the terminal is given back.
  public var modeChanges: [String] { state.withLock { $0.modeChanges } }

  public func read(timeoutMilliseconds milliseconds: Int32) -> KeyboardRead {
    state.withLock { state in
      while case .resize(let columns, let rows)? = state.steps.first {
        state.steps.removeFirst()
        (state.columns, state.rows) = (columns, rows)
      }
      guard !state.steps.isEmpty else { return .closed }
      switch state.steps.removeFirst() {
      case .bytes(let bytes): return .bytes(bytes)
      case .wait, .resize: return .timeout
      }
    }
  }

  public var size: (columns: Int, rows: Int) { state.withLock { ($0.columns, $0.rows) } }

  /// The script's next chunk of bytes, if it is one.
  public func drain() -> [UInt8] {
    state.withLock { state in
      guard case .bytes(let bytes)? = state.steps.first else { return [] }
      state.steps.removeFirst()
      return bytes
    }
  }
}
