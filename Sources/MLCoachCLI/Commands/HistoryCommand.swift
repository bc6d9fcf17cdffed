import Foundation
import MLCoachCore

struct HistoryCommand: Command {
  static let spec = CommandSpec(
    name: "history", summary: "Show your sessions, score trends per category, and best and latest per scenario.",
    options: [
      OptionSpec("--scenario", value: "ID", help: "only sessions of this scenario (an id or a unique prefix)",
                 completion: .scenario),
      OptionSpec("--json", help: "print JSON for scripts (see docs/report-format.md)"),
    ],
    discussion: [
      "Scores are the coach's, with your self-assessed score beside them once you have reviewed a session "
        + "('mlcoach review'); trends, best and latest use your score where there is one. Trends cover your last "
        + "\(History.trendLength) scored sessions, oldest on the left, on a fixed 0–100 scale (▁ low, █ high). "
        + "Dates are in your local time. Unreadable session files are skipped with a warning and left untouched.",
    ],
    examples: ["mlcoach history --scenario ads-ctr"])

  static func run(_ context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context, warnings: .everyFile)
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
      } else if !lookup.problems.isEmpty && lookup.sessions.isEmpty {
        console.line("No readable sessions (see the warnings above).")
      } else {
        console.line("No sessions yet: start one with 'mlcoach practice' (see 'mlcoach list' for scenarios).")
      }
      return .success
    }
    Pager.show(render(history, style: context.style, width: console.tableWidth, calendar: context.calendar),
               context: context)
    return .success
  }

  /// The scenario id to filter on: one seen in the sessions (even if no longer installed),
  /// else one from the catalogue (which then has no sessions yet).
  private static func resolveScenario(_ wanted: String, sessions: [SessionSummary], context: Context)
    throws(CLIError) -> String {
    let installed = (try? context.catalogue().scenarios.map(\.id)) ?? []
    let known = Array(Set(sessions.map(\.scenarioID) + installed)).sorted()
    switch NameResolver(known, id: { $0 }).resolve(wanted) {
    case .found(let id):
      return id
    case .ambiguous(let ids):
      throw CLIError(Context.message(for: .ambiguous(name: wanted, candidates: ids)), code: .usage)
    case .notFound(let suggestions):
      throw CLIError(Context.message(for: .unknown(name: wanted, suggestions: suggestions)), code: .usage)
    }
  }

  /// The BAND cell: "unfinished", or the band, with the category of a focus session after it
  /// ("strong hire, metrics only"): its overall is that category's score alone.
  static func bandColumn(_ entry: History.Entry, style: Style) -> String {
    if entry.state == .inProgress { return style.dim("unfinished") }
    let band = entry.band.value?.rawValue ?? "—"
    guard let focus = entry.focus.value else { return band }
    return band + style.dim(", \(focus.title.lowercased()) only")
  }

  /// The SELF cell: the completed self-review's score; else, for a review stopped part-way
  /// (trial 24), how far it got ("review 6/65"), since a dash read as never reviewed.
  static func selfColumn(_ entry: History.Entry, style: Style) -> String {
    if let own = entry.selfAssessed.value { return Format.score(own) }
    if let progress = entry.reviewProgress.value { return style.dim("review \(progress.position)/\(progress.total)") }
    return "—"
  }

  static func render(_ history: History, style: Style, width: Int, calendar: Calendar) -> String {
    var text = style.bold("Sessions") + style.dim(" (local time; SELF is your score from 'mlcoach review')") + "\n"
    let rows = history.sessions.map { entry -> [String] in
      [Format.dateTime(entry.startedAt, calendar: calendar), entry.scenarioID, Format.clock(Double(entry.secondsUsed)),
       entry.overall.value.map(Format.score) ?? "—",
       bandColumn(entry, style: style), selfColumn(entry, style: style)]
    }
    text += Table(columns: [Table.Column("DATE", flexible: false), Table.Column("SCENARIO"),
                            Table.Column("TIME", alignment: .right), Table.Column("OVERALL", alignment: .right),
                            Table.Column("BAND"), Table.Column("SELF", alignment: .right)],
                  rows: rows).render(width: width, style: style)
    if history.sessions.contains(where: { $0.focus.value != nil }) {
      text += TextLayout.wrap(style.dim("A focus session scores its one category: the Overall trend and a "
        + "scenario's BEST and LATEST leave it out."), width: width > 0 ? width : 1_000) + "\n"
    }

    if !history.overall.isEmpty {
      // The sessions the rows draw on: a category's row also counts the focus sessions of it,
      // which the Overall row leaves out (trial 36 read "last 1 scored session" above a
      // Metrics row of two bars).
      let shown = Set(history.overall.map(\.session) + history.trends.flatMap { $0.points.map(\.session) })
      let count = shown.count
      let focus = count - Set(history.overall.map(\.session)).count
      // Said when the sessions span scenarios: a newcomer read one line over three scenarios as
      // one scenario's progress. '--scenario ID' gives that.
      let scenarioOf = Dictionary(history.sessions.map { ($0.id, $0.scenarioID) },
                                  uniquingKeysWith: { first, _ in first })
      let scenarios = Set(shown.compactMap { scenarioOf[$0] }).count
      let across = scenarios > 1 ? "across \(scenarios) scenarios, see --scenario ID for one; " : ""
      let drills = focus > 0 ? "\(focus) of them focus session\(focus == 1 ? "" : "s"), in their category's row only; " : ""
      text += "\n" + style.bold("Trends") + style.dim(" (last \(count) scored session\(count == 1 ? "" : "s"), "
        + drills + across + "oldest first; yours where reviewed; CHANGE is latest minus oldest)") + "\n"
      var trendRows = [trendRow("Overall", scores: history.overall.map(\.score), change: change(history.overall),
                                style: style)]
      trendRows += history.trends.map {
        trendRow(HumanName.category($0.category), scores: $0.points.map(\.score), change: $0.change, style: style)
      }
      text += Table(columns: [Table.Column(""), Table.Column("TREND", flexible: false),
                              Table.Column("LATEST", alignment: .right), Table.Column("CHANGE", alignment: .right)],
                    rows: trendRows, indent: "  ").render(width: width, style: style)
    }

    // A scenario with only unfinished sessions has no best or latest to show: a row of dashes
    // read as a scenario practised and scored nothing (trial 14). It is named in a note instead.
    let started = history.scenarios.filter { $0.unfinished == $0.sessions }.map(\.scenarioID)
    let scenarioRows = history.scenarios.filter { $0.unfinished < $0.sessions }.map { progress -> [String] in
      [progress.scenarioID, String(progress.sessions), progress.best.value.map(Format.score) ?? "—",
       progress.latest.value.map(Format.score) ?? "—", Format.day(progress.lastPractised, calendar: calendar),
       progress.scenarioTitle]
    }
    if !scenarioRows.isEmpty {
      text += "\n" + style.bold("By scenario") + style.dim(" (LAST: last practised)") + "\n"
      text += Table(columns: [Table.Column("SCENARIO"), Table.Column("SESSIONS", alignment: .right),
                              Table.Column("BEST", alignment: .right), Table.Column("LATEST", alignment: .right),
                              Table.Column("LAST", flexible: false), Table.Column("TITLE")],
                    rows: scenarioRows).render(width: width, style: style)
    }
    if !started.isEmpty {
      text += "\n" + TextLayout.wrap(style.dim("Not finished yet: \(started.joined(separator: ", ")) ('mlcoach "
        + "sessions' lists them; 'mlcoach resume ID' continues one)."), width: width > 0 ? width : 1_000) + "\n"
    }
    return text
  }

  /// The overall trend's change, from the scorer's points (never recomputed differently).
  private static func change(_ points: [History.Point]) -> Double? {
    guard points.count >= 2, let first = points.first, let last = points.last else { return nil }
    return last.score - first.score
  }

  private static func trendRow(_ name: String, scores: [Double], change: Double?, style: Style) -> [String] {
    let latest = scores.last.map(Format.score) ?? "—"
    var shown = ""
    if let change {
      shown = Format.change(change)
      shown = change > 0 ? style.green(shown) : (change < 0 ? style.red(shown) : shown)
    }
    return [name, Sparkline.render(scores), latest, shown]
  }
}
