/// ANSI styling, decided once per run: on only when stdout is a terminal, `TERM` is not
/// `dumb` and `NO_COLOR` is unset.
public struct Style: Sendable {
  public let enabled: Bool

  public init(enabled: Bool) { self.enabled = enabled }

  public init(console: Console) {
    let env = console.environment
    let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
    enabled = console.stdoutIsTerminal && !noColor && env["TERM"] != "dumb"
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
