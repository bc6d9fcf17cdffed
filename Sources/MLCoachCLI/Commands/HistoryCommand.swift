import Foundation
import MLCoachCore

struct HistoryCommand: Command {
  static let spec = CommandSpec(
    name: "history", usage: "mlcoach history [--scenario ID] [--json]",
    summary: "Show your sessions, score trends per category, and best and latest per scenario.",
    details: """
      Scores are the coach's, with your self-assessed score beside them once you have reviewed a
      session ('mlcoach review'); trends, best and latest use your score where there is one.
      Trends cover your last \(History.trendLength) scored sessions, oldest on the left, on a fixed
      0–100 scale (▁ low, █ high). Dates are in UTC. Unreadable session files are skipped with a
      warning and left untouched.

      options:
        --scenario ID   only sessions of this scenario (an id or a unique prefix)
        --json          print JSON for scripts (see docs/report-format.md)

      example: mlcoach history --scenario ads-ctr
      """,
    flags: ["--json"], options: ["--scenario"])

  static func run(_ context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context)
    let console = context.console
    var scenarioID: String?
    if let wanted = context.arguments.value("--scenario") {
      scenarioID = try resolveScenario(wanted, sessions: lookup.sessions, context: context)
    }
    let history = History(summaries: lookup.sessions, scenarioID: scenarioID)
    if context.arguments.has("--json") {
      console.out(try JSONOutput.encode(history))
      return .success
    }
    guard !history.sessions.isEmpty else {
      if let scenarioID {
        console.line("No sessions of \(scenarioID) yet: start one with 'mlcoach practice \(scenarioID)'.")
      } else {
        console.line("No sessions yet: start one with 'mlcoach practice' (see 'mlcoach list' for scenarios).")
      }
      return .success
    }
    console.out(render(history, style: context.style, width: console.width))
    return .success
  }

  /// The scenario id to filter on: one seen in the sessions (even if no longer installed),
  /// else one from the catalogue (which then has no sessions yet).
  private static func resolveScenario(_ wanted: String, sessions: [SessionSummary], context: Context) throws(CLIError)
    -> String {
    let name = wanted.lowercased()
    let practised = Array(Set(sessions.map(\.scenarioID))).sorted()
    if practised.contains(name) { return name }
    let prefixed = practised.filter { $0.hasPrefix(name) }
    if prefixed.count == 1 { return prefixed[0] }
    if prefixed.count > 1 {
      throw CLIError("'\(UserText.excerpt(wanted))' matches several scenarios: \(prefixed.joined(separator: ", ")); name one of them",
                     code: .usage)
    }
    if let scenario = try? context.catalogue().resolve(name) { return scenario.id }
    let known = Array(Set(practised + ((try? context.catalogue().scenarios.map(\.id)) ?? []))).sorted()
    let suggestions = EditDistance.ranked(name, known, limit: 3)
    let hint = suggestions.isEmpty
      ? "run 'mlcoach list' to see the scenarios"
      : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
    throw CLIError("no scenario named '\(UserText.excerpt(wanted))'; \(hint)", code: .usage)
  }

  static func render(_ history: History, style: Style, width: Int) -> String {
    var text = style.bold("Sessions") + style.dim(" (dates in UTC; SELF is your score from 'mlcoach review')") + "\n"
    let rows = history.sessions.map { entry -> [String] in
      [ReportDate.short(entry.startedAt), entry.scenarioID, ReportNumber.score(entry.minutesUsed),
       entry.overall.value.map(ReportNumber.score) ?? "—",
       entry.state == .inProgress ? style.dim("in progress") : (entry.band.value?.rawValue ?? "—"),
       entry.selfAssessed.value.map(ReportNumber.score) ?? "—"]
    }
    text += Columns.render(header: ["DATE", "SCENARIO", "MIN", "OVERALL", "BAND", "SELF"], rows: rows,
                           rightAligned: [2, 3, 5], style: style)

    if !history.overall.isEmpty {
      let count = history.overall.count
      text += "\n" + style.bold("Trends") + style.dim(" (last \(count) scored session\(count == 1 ? "" : "s"), "
        + "oldest first; yours where reviewed)") + "\n"
      var trendRows = [trendRow("Overall", history.overall.map(\.score), style: style)]
      trendRows += history.trends.map { trendRow($0.category.title, $0.points.map(\.score), style: style) }
      text += Columns.render(header: ["", "TREND", "LATEST", "CHANGE"], rows: trendRows, rightAligned: [2, 3],
                             style: style)
    }

    text += "\n" + style.bold("By scenario") + style.dim(" (LAST: last practised)") + "\n"
    let scenarioRows = history.scenarios.map { progress -> [String] in
      [progress.scenarioID, String(progress.sessions), progress.best.value.map(ReportNumber.score) ?? "—",
       progress.latest.value.map(ReportNumber.score) ?? "—", ReportDate.day(progress.lastPractised),
       progress.scenarioTitle]
    }
    text += Columns.render(header: ["SCENARIO", "SESSIONS", "BEST", "LATEST", "LAST", "TITLE"], rows: scenarioRows,
                           rightAligned: [1, 2, 3], style: style, width: width)
    return text
  }

  private static func trendRow(_ name: String, _ scores: [Double], style: Style) -> [String] {
    let latest = scores.last.map(ReportNumber.score) ?? "—"
    var change = ""
    if scores.count >= 2, let first = scores.first, let last = scores.last {
      let delta = last - first
      let sign = delta > 0 ? "+" : (delta < 0 ? "−" : "±")
      let shown = "\(sign)\(ReportNumber.score(abs(delta)))"
      change = delta > 0 ? style.green(shown) : (delta < 0 ? style.red(shown) : shown)
    }
    return ["  " + name, Sparkline.render(scores), latest, change]
  }
}

/// Aligned columns with some of them right-aligned (numbers), two spaces apart.
enum Columns {
  /// A left-aligned last column is cut with "…" to fit `width`.
  static func render(header: [String]?, rows: [[String]], rightAligned: Set<Int>, style: Style,
                     width: Int = 0) -> String {
    let all = (header.map { [$0] } ?? []) + rows
    let count = all.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: count)
    for row in all {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], TextLayout.visibleLength(cell)) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[index] - TextLayout.visibleLength(cell)))
        let isLast = index == cells.count - 1
        if rightAligned.contains(index) {
          parts.append(padding + cell)
        } else if isLast {
          let used = widths.prefix(index).reduce(0, +) + 2 * index
          let room = max(10, width - used)
          let cut = width > 0 && TextLayout.visibleLength(cell) > room
          parts.append(cut ? String(cell.prefix(room - 1)) + "…" : cell)
        } else {
          parts.append(cell + padding)
        }
      }
      return parts.joined(separator: "  ")
    }
    var text = header.map { style.bold(line($0)) + "\n" } ?? ""
    for row in rows { text += line(row) + "\n" }
    return text
  }
}
