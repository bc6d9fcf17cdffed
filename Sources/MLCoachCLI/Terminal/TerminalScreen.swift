import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The interview's terminal: a status line pinned to the top row above a scroll region, so the
/// countdown updates in place without touching the line being typed (the line editor, or the
/// terminal's canonical mode, draws below it; the status is drawn with the cursor saved and
/// restored around it).
final class TerminalScreen: @unchecked Sendable {
  private let console: Console
  /// Rows of the window now: asked at every draw, so a resize is noticed.
  private let height: @Sendable () -> Int
  private let lock = NSLock()
  private var rows = 0
  private var active = false
  /// Stopped by Ctrl-Z: `resume` takes the screen again.
  private var suspended = false
  /// The status line last drawn, redrawn after `fg`.
  private var lastText = ""

  init(console: Console, height: @escaping @Sendable () -> Int = { Platform.terminalHeight() }) {
    self.console = console
    self.height = height
  }

  /// Reserves the top row for the status line.
  func start() { lock.withLock { begin() } }

  private func begin() {
    rows = height()
    guard rows >= 5 else { return }
    active = true
    // Scroll region rows 2...N; park the cursor on the last row where text scrolls up.
    console.out("\n\u{1B}[2;\(rows)r\u{1B}[\(rows);1H")
  }

  /// Draws the status line, saving and restoring the cursor around it.
  func drawStatus(_ text: String) {
    lock.withLock {
      guard active else { return }
      let now = height()
      if now != rows {  // the window was resized: redraw the region for the new height
        rows = now
        console.out("\u{1B}7\u{1B}[2;\(rows)r\u{1B}8")
      }
      console.out("\u{1B}7\u{1B}[1;1H\u{1B}[2K\(text)\u{1B}8")
      lastText = text
    }
  }

  /// Gives the whole screen back: no scroll region, no status line. Safe to call twice.
  func stop() {
    lock.withLock {
      suspended = false
      end()
    }
  }

  private func end() {
    guard active else { return }
    active = false
    console.out("\u{1B}7\u{1B}[1;1H\u{1B}[2K\u{1B}8\u{1B}[r\u{1B}[\(rows);1H")
  }

  /// Ctrl-Z: gives the whole screen back (as `stop`) so the shell is not left scrolling under a
  /// pinned row while mlcoach is stopped. Called from the signal thread.
  func suspend() {
    lock.withLock {
      guard active else { return }
      end()
      suspended = true
    }
  }

  /// After `fg`: takes the screen again and redraws the status line. Called from the signal
  /// thread.
  func resume() {
    lock.withLock {
      guard suspended else { return }
      suspended = false
      begin()
      if active && !lastText.isEmpty { console.out("\u{1B}7\u{1B}[1;1H\u{1B}[2K\(lastText)\u{1B}8") }
    }
  }

  /// Waits up to `milliseconds` for a complete line on standard input.
  static func waitForInput(milliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    let result = poll(&descriptor, 1, milliseconds)
    return result > 0
  }
}
