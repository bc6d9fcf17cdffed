import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// ANSI styling, decided once per output stream: on only when that stream is a terminal,
/// `TERM` is not `dumb`, `NO_COLOR` is absent or empty (as no-color.org says) and `--no-color`
/// was not given. Standard output and standard error are decided separately, so a warning
/// sent to a log file carries no escape codes while the terminal still gets colour.
public struct Style: Sendable {
  public enum Stream: Sendable { case standardOutput, standardError }

  public let enabled: Bool

  public init(enabled: Bool) { self.enabled = enabled }

  public init(console: Console, stream: Stream = .standardOutput, noColorFlag: Bool = false) {
    let isTerminal = stream == .standardOutput ? console.stdoutIsTerminal : console.stderrIsTerminal
    enabled = Self.decide(isTerminal: isTerminal, environment: console.environment, noColorFlag: noColorFlag)
  }

  /// The rule itself, pure so each case is tested.
  static func decide(isTerminal: Bool, environment: [String: String], noColorFlag: Bool) -> Bool {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return isTerminal && !noColor && !noColorFlag && environment["TERM"] != "dumb"
  }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func red(_ text: String) -> String { wrap(text, "31") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  public func cyan(_ text: String) -> String { wrap(text, "36") }
}

extension Console {
  /// Unknown for a console that does not say: assumed to follow standard output.
  public var stderrIsTerminal: Bool { stdoutIsTerminal }
}

extension SystemConsole {
  /// Checked on its own: `mlcoach list 2>log` must not write colour codes into the log.
  public var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
