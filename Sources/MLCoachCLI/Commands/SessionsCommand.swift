import Foundation
import MLCoachCore

/// `mlcoach sessions`: every session with its state, and `sessions discard ID` to delete one.
struct SessionsCommand: Command {
  static let spec = CommandSpec(
    name: "sessions", summary: "List your sessions, or discard ones you do not want to keep.",
    arguments: [
      ArgumentSpec(name: "discard", help: "delete the sessions named after it (asks first on a terminal)",
                   optional: true, completion: .choices(["discard"])),
      ArgumentSpec(name: "SESSION", help: "with discard: a session id or a unique prefix of one", optional: true,
                   repeating: true, completion: .session),
    ],
    options: [
      OptionSpec("--json", help: "print the list as JSON (see docs/report-format.md)"),
      OptionSpec("--yes", short: "-y", help: "discard without asking (needed when standard input is not a terminal)"),
    ],
    discussion: [
      "The list shows each session's id, state (unfinished with its step, finished, reviewed, or 'review 2/65' for "
        + "a self-review stopped part-way), scenario, start "
        + "(local time) and score, oldest first. Only finished sessions count as practised in history and next. "
        + "Discarding deletes the session's file; it cannot be undone. A file mlcoach cannot read (each is named "
        + "in a warning) is discarded the same way, by its id.",
    ],
    examples: ["mlcoach sessions", "mlcoach sessions discard 20261122-2215", "mlcoach sessions --json | jq -r '.[].id'"])

  /// One row of `sessions --json`.
  struct Row: Encodable, Sendable {
    var id: String
    var scenario: String
    /// `in-progress` or `finished`.
    var state: String
    var reviewed: Bool
    /// An unfinished self-review: how many of its items and red flags were walked, of how many;
    /// null when none was started or it is complete.
    var reviewProgress: Nullable<SessionSummary.ReviewProgress>
    /// 1-based step an unfinished interview stopped at; null when finished.
    var step: Nullable<Int>
    var steps: Int
    var startedAt: Date
    var finishedAt: Nullable<Date>
    var overall: Nullable<Double>
    var band: Nullable<String>
  }

  static func run(_ context: Context) throws -> ExitCode {
    let positionals = context.arguments.positionals
    guard let action = positionals.first else { return try list(context) }
    guard action == "discard" else {
      throw CLIError("unknown action '\(action)'" + DidYouMean.suffix(for: action, in: ["discard"])
        + "; 'mlcoach sessions' lists, 'mlcoach sessions discard ID' deletes", code: .usage)
    }
    let names = Array(positionals.dropFirst())
    guard !names.isEmpty else { throw CLIError("'sessions discard' needs the SESSION to discard", code: .usage) }
    return try discard(names, context: context)
  }

  static func list(_ context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context, warnings: .everyFile)
    let console = context.console
    if context.arguments.has("--json") {
      console.out(try JSONOutput.encode(lookup.sessions.map(row)))
      return .success
    }
    guard !lookup.sessions.isEmpty else {
      console.line(lookup.problems.isEmpty
        ? "No sessions yet: start one with 'mlcoach practice' (see 'mlcoach list' for scenarios)."
        : "No readable sessions (see the warnings above).")
      return .success
    }
    let style = context.style
    let rows = lookup.sessions.map { session -> [String] in
      // "unfinished 2/7": short, so the table fits 80 columns beside a full id.
      let state = session.state == .inProgress
        ? "unfinished " + HumanName.progress(of: session).dropFirst("step ".count) : HumanName.state(of: session)
      return [style.cyan(session.id), session.state == .inProgress ? style.yellow(state) : state, session.scenarioID,
              Format.dateTime(session.startedAt, calendar: context.calendar),
              session.coach.map { Format.score($0.overall) } ?? "—"]
    }
    let table = Table(columns: [Table.Column("ID", flexible: false), Table.Column("STATE", flexible: false),
                                Table.Column("SCENARIO"), Table.Column("STARTED", flexible: false),
                                Table.Column("SCORE", alignment: .right)], rows: rows, overflow: .wrap)
    console.out(table.render(width: console.tableWidth, style: style))
    let unfinished = lookup.unfinished
    let reviewing = lookup.sessions.filter { $0.reviewProgress != nil }
    if !unfinished.isEmpty || !reviewing.isEmpty { console.line("") }
    // With one such session the command names it, ready to copy; "ID" read as a placeholder
    // to fill in when there was nothing to choose between (trial 48).
    if !unfinished.isEmpty {
      let id = unfinished.count == 1 ? unfinished[0].id : "ID"
      console.line(style.dim(TextLayout.wrap("\(unfinished.count) unfinished: continue with 'mlcoach resume \(id)', "
        + "or delete with 'mlcoach sessions discard \(id)'.", width: console.width)))
    }
    if !reviewing.isEmpty {
      let id = reviewing.count == 1 ? reviewing[0].id : "ID"
      console.line(style.dim(TextLayout.wrap("\(reviewing.count) self-review\(reviewing.count == 1 ? "" : "s") not "
        + "finished: continue with 'mlcoach review \(id)'.", width: console.width)))
    }
    return .success
  }

  static func row(_ session: SessionSummary) -> Row {
    Row(id: session.id, scenario: session.scenarioID, state: session.state.rawValue,
        reviewed: session.reviewed, reviewProgress: Nullable(session.reviewProgress),
        step: Nullable(session.state == .inProgress ? min(session.currentStep + 1, session.stepCount) : nil),
        steps: session.stepCount, startedAt: session.startedAt, finishedAt: Nullable(session.finishedAt),
        overall: Nullable(session.coach?.overall), band: Nullable(session.coach?.band.rawValue))
  }

  /// Deletes the named sessions, each named by id or unique id prefix (never by scenario: a
  /// scenario name would pick "its latest session", too loose for a deletion).
  static func discard(_ names: [String], context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context, naming: names)
    var chosen: [Session] = []
    // Files that cannot be read are named by id (or a unique prefix) and deleted the same way:
    // otherwise their warning would stay until the user found and removed them by hand.
    var unreadable: [String] = []
    for name in names {
      if let file = lookup.unreadable(named: name) {
        // Refused before anything is deleted: a folder named like a session holds someone's files.
        let path = lookup.store.path(of: file.id)
        guard !SessionFiles.isFolder(path) else { throw SessionFiles.folderRefusal(path) }
        if !unreadable.contains(file.id) { unreadable.append(file.id) }
        continue
      }
      let session = try lookup.resolve(name)
      guard session.id.hasPrefix(name) else {
        throw CLIError("'\(name)' is a scenario, not a session id; 'mlcoach sessions' lists the ids", code: .usage)
      }
      if !chosen.contains(where: { $0.id == session.id }) { chosen.append(session) }
    }
    let console = context.console
    if !context.arguments.has("--yes") {
      guard console.stdinIsTerminal else {
        throw CLIError("not discarding without confirmation: standard input is not a terminal; add --yes",
                       code: .usage)
      }
      for session in chosen {
        console.line("\(session.id)  \(session.scenarioID), \(HumanName.state(of: session)), started "
          + Format.when(session.startedAt, now: context.clock.now(), calendar: context.calendar))
      }
      for id in unreadable { console.line("\(id)  (a file mlcoach cannot read)") }
      let count = chosen.count + unreadable.count
      let what = count == 1 ? "this session" : "these \(count) sessions"
      console.out("Discard \(what)? \(count == 1 ? "Its" : "Their") answers are deleted for good. [y/N] ")
      let answer = console.readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
      if answer == nil { console.line("") }
      guard answer == "y" || answer == "yes" else {
        console.line("Nothing discarded.")
        return .success
      }
    }
    for id in chosen.map(\.id) + unreadable {
      try SessionFiles.discard(id: id, in: lookup.store)
      console.line("Discarded \(id).")
    }
    return .success
  }
}
