/// What the interview may do with the terminal, decided once from plain facts so each rule is
/// tested: line editing needs raw mode on a real terminal at both ends, and the status line
/// needs cursor addressing. `TERM=dumb` (an editor's shell buffer) or no `TERM` gets neither:
/// such a terminal would print the escape sequences as text, once a second.
struct TerminalCapabilities: Equatable, Sendable {
  /// Our line editor in raw mode; otherwise the terminal's canonical mode, as with a pipe.
  var lineEditing: Bool
  /// The status line pinned to the top row, above a scroll region.
  var statusLine: Bool

  static func decide(stdinIsTerminal: Bool, stdoutIsTerminal: Bool, environment: [String: String],
                     timer: Bool) -> TerminalCapabilities {
    let term = environment["TERM"] ?? ""
    let addressable = !term.isEmpty && term != "dumb"
    let interactive = stdinIsTerminal && stdoutIsTerminal && addressable
    return TerminalCapabilities(lineEditing: interactive, statusLine: interactive && timer)
  }
}

/// The heading of a step. A resumed step says the time it has left, not its full budget
/// (newcomer trial, finding 25: "Step 4/7 · Model development — 2:13" while 1:41 was left).
enum StepHeader {
  static func text(index: Int, count: Int, title: String, budget: Double, used: Double, timer: Bool) -> String {
    let head = "Step \(index + 1)/\(count) · \(title)"
    guard timer else { return head }
    guard used >= 1 else { return head + " — \(Format.clock(budget))" }
    let left = budget - used
    return head + (left > 0 ? " — \(Format.clock(left)) left of \(Format.clock(budget))"
                            : " — over by \(Format.clock(-left)) (budget \(Format.clock(budget)))")
  }
}
