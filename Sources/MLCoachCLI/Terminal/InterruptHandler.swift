import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The signals that stop or suspend mlcoach, handled on one thread of their own.
///
/// `install()` blocks them in the main thread before any other thread exists (so every thread
/// inherits the mask) and starts a thread that waits for them with `sigwait`. Handling is then
/// ordinary code, not an async-signal handler, and it never races the main thread for a
/// terminal or a file: whatever it touches is behind a lock.
///
/// - SIGINT, SIGQUIT, SIGTERM, SIGHUP: the current `InterruptHandler` saves and restores the
///   terminal, then the process exits with 128 + the signal's number. (SIGQUIT used to reach
///   the Swift runtime's crash reporter, which printed a backtrace and waited for a key.)
/// - SIGTSTP (Ctrl-Z): the handler gives the terminal back, then the process stops; on SIGCONT
///   (`fg`) the handler takes it again and redraws.
///
/// Without `install()` (tests running the CLI in-process), handlers are kept but never called.
public enum ProcessSignals {
  /// Signals that end the program.
  static let terminating: [Int32] = [SIGINT, SIGQUIT, SIGTERM, SIGHUP]

  fileprivate struct State {
    var installed = false
    var handler: InterruptHandler?
    /// A terminating signal is being handled: the process is about to exit with its status.
    var handling = false
  }
  fileprivate static let state = Mutex(State())

  /// Signals handled: all of them, except those the parent asked us to ignore (a background
  /// job of a script ignores SIGINT and SIGQUIT, and must go on doing so).
  private static let handled = Mutex<[Int32]>([])

  /// Blocks the handled signals and starts the thread that waits for them. Call it first
  /// thing in `main`, before anything can start a thread.
  public static func install() {
    let chosen = (terminating + [SIGTSTP]).filter { !isIgnored($0) } + [SIGCONT]
    handled.withLock { $0 = chosen }
    var set = signalSet()
    pthread_sigmask(SIG_BLOCK, &set, nil)
    state.withLock { $0.installed = true }
    let thread = Thread { waitForSignals() }
    thread.name = "mlcoach-signals"
    thread.start()
  }

  /// Exits with `code` unless a terminating signal is being (or about to be) handled: then the
  /// handler's exit status wins, so a Ctrl-C that came before the end of input is never
  /// reported as a normal end (review W8).
  public static func exit(_ code: Int32) -> Never {
    InterruptHandler.claimExit()
    Glibc.exit(code)
  }

  fileprivate static func signalSet() -> sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in handled.withLock({ $0 }) { sigaddset(&set, signal) }
    return set
  }

  /// Whether `signal` was set to be ignored when the program started (SIG_IGN is 1).
  private static func isIgnored(_ signal: Int32) -> Bool {
    var current = sigaction()
    guard sigaction(signal, nil, &current) == 0 else { return false }
    return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1
  }

  /// A terminating signal that was sent but not yet taken by the signal thread.
  fileprivate static func terminatingSignalPending() -> Bool {
    var pending = sigset_t()
    sigpending(&pending)
    let watched = handled.withLock { $0 }
    return terminating.contains { watched.contains($0) && sigismember(&pending, $0) == 1 }
  }

  private static func waitForSignals() {
    var set = signalSet()
    while true {
      var received: Int32 = 0
      guard sigwait(&set, &received) == 0 else { continue }
      let handler = state.withLock { $0.handler }
      switch received {
      case SIGTSTP:
        handler?.suspend?()
        kill(getpid(), SIGSTOP)
        // kill() can return before the stop takes effect: the SIGCONT of `fg` is what says the
        // process was stopped and runs again.
        var continued = sigset_t()
        sigemptyset(&continued)
        sigaddset(&continued, SIGCONT)
        var ignored: Int32 = 0
        while sigwait(&continued, &ignored) != 0 {}
        handler?.resume?()
      case SIGCONT:
        // A SIGCONT without a stop of ours before it (kill -CONT): redraw in case it is needed.
        handler?.resume?()
      default:
        let claimed = state.withLock { state -> InterruptHandler? in
          if state.handling { return nil }
          state.handling = true
          return state.handler
        }
        if let claimed {
          claimed.action(received)
        } else if state.withLock({ $0.handler == nil }), isatty(STDERR_FILENO) == 1 {
          // No command is handling it (a [y/N] prompt, a long list): end the "^C" line the
          // terminal echoed, so the shell's prompt starts on a line of its own.
          _ = "\n".withCString { write(STDERR_FILENO, $0, 1) }
        }
        Glibc.exit(128 + received)
      }
    }
  }
}

/// What the current command does on a signal (see `ProcessSignals`). One at a time: creating
/// one replaces the previous, `cancel` removes it.
final class InterruptHandler: Sendable {
  /// Saves, restores the terminal and says how to continue; the process then exits 128 + n.
  let action: @Sendable (Int32) -> Void
  /// Gives the terminal back before the process stops (Ctrl-Z).
  let suspend: (@Sendable () -> Void)?
  /// Takes the terminal again and redraws after `fg`.
  let resume: (@Sendable () -> Void)?

  init(suspend: (@Sendable () -> Void)? = nil, resume: (@Sendable () -> Void)? = nil,
       action: @escaping @Sendable (Int32) -> Void) {
    self.action = action
    self.suspend = suspend
    self.resume = resume
    ProcessSignals.state.withLock { $0.handler = self }
  }

  /// The command is ending normally: from now on a signal just ends the process. If one came
  /// first and is being handled (or is still pending), this waits for that handler to finish
  /// and exit, so the command never reports success after the user interrupted it.
  func cancel() {
    let mustWait = ProcessSignals.state.withLock { state -> Bool in
      if state.installed && (state.handling || ProcessSignals.terminatingSignalPending()) { return true }
      if state.handler === self { state.handler = nil }
      return false
    }
    if mustWait { Self.waitForExit() }
  }

  fileprivate static func claimExit() {
    let mustWait = ProcessSignals.state.withLock { state in
      state.installed && (state.handling || ProcessSignals.terminatingSignalPending())
    }
    if mustWait { waitForExit() }
  }

  /// The signal thread is handling a signal (or will take the pending one): it exits the
  /// process when its handler is done.
  private static func waitForExit() -> Never {
    while true { pause() }
  }
}
