import Foundation
import MLCoachCore

struct ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report", usage: "mlcoach report [SESSION] [--format markdown|json] [-o FILE]",
    summary: "Print or save a complete record of a session, to keep or share.",
    details: """
      SESSION is a session id, a unique prefix of one, or a scenario id (its latest session);
      without it, your latest session.

      The record: scenario, date, the transcript of every step with questions, answers and
      follow-ups, hints used, time budgeted and used, every rubric verdict with its evidence and
      your self-review overrides, red flags, the scores, and the reference outline. An unfinished
      session is scored from its answers so far and marked provisional. Dates are in UTC.

      options:
        --format F    markdown (default; renders on GitHub) or json (see docs/report-format.md)
        -o FILE       write to FILE (atomically) instead of standard output; FILE must be a
                      regular file or not exist yet (a symbolic link is followed, and the file it
                      points to is replaced); devices, FIFOs and folders are refused

      example: mlcoach report 20261122-2215 -o ads-ctr-report.md
      """,
    options: ["--format", "--output"], aliases: ["-o": "--output", "-f": "--format"], positionals: 0...1)

  static func run(_ context: Context) throws -> ExitCode {
    let format = context.arguments.value("--format")?.lowercased() ?? "markdown"
    guard ["markdown", "md", "json"].contains(format) else {
      let guess = EditDistanceHint.suggestion(for: format, in: ["markdown", "json"])
      throw CLIError("unknown format '\(UserText.excerpt(format, limit: 40))'\(guess)", code: .usage, usage: spec.usage)
    }
    let lookup = SessionLookup(context: context)
    let session = try lookup.resolve(context.arguments.positionals.first)
    let scenario = try context.catalogue().scenario(id: session.scenarioID)
    let report = SessionReport(session: session, scenario: scenario, now: context.clock.now())
    let text = format == "json" ? try JSONOutput.encode(JSONReport(report)) : MarkdownReport.render(report)

    guard let output = context.arguments.value("--output"), output != "-" else {
      context.console.out(text)
      return .success
    }
    // "~/x" is the user's $HOME, as a shell would expand it (not the password file's home).
    let home = context.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let path = output.hasPrefix("~/") ? home + output.dropFirst(1) : output
    do {
      try OutputFile.write(Array(text.utf8), to: path)
    } catch {
      throw CLIError(error)
    }
    context.console.errorLine("Wrote \(output)")
    return .success
  }
}
