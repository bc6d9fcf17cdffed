import Foundation
import MLCoachCore

struct ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report", summary: "Print or save a complete record of a session, to keep or share.",
    arguments: [ArgumentSpec(name: "SESSION", help: SessionLookup.argumentHelp + "; without it, or for a scenario, the "
                               + "latest finished session (the latest of all if none is finished)",
                             optional: true, completion: .session)],
    options: [
      OptionSpec("--format", short: "-f", value: "FORMAT", help: "markdown (the default; renders on GitHub) or json "
        + "(see docs/report-format.md)", completion: .choices(["markdown", "json"])),
      OptionSpec("--output", short: "-o", value: "FILE", help: "write to FILE (atomically) instead of standard output; FILE must be a "
                   + "regular file or not exist yet (a symbolic link is followed, and the file it points to is "
                   + "replaced); devices, FIFOs, folders and files in the sessions folder are refused",
                 completion: .file),
    ],
    discussion: [
      "The record: scenario, date, the transcript of every step with questions, answers and follow-ups, hints used, "
        + "time budgeted and used, every rubric verdict with its evidence and your self-review overrides, red flags, "
        + "the scores, and the reference outline. Without a SESSION, or with a scenario for it, the latest finished "
        + "session is reported if there is one (a newer unfinished one is named in a note); an unfinished session is scored from its answers so far and "
        + "marked provisional, and its report holds back the advice, hints, reference outline and the rubric items "
        + "of the steps still ahead, so that resuming it stays a fair test. Dates in the report are in UTC, so it reads the same wherever it is opened. On a "
        + "terminal the report goes through $PAGER.",
    ],
    examples: ["mlcoach report 20261122-2215 -o ads-ctr-report.md", "mlcoach report --format json | jq .scores"])

  static func run(_ context: Context) throws -> ExitCode {
    let format = context.arguments.value("--format")?.lowercased() ?? "markdown"
    guard ["markdown", "md", "json"].contains(format) else {
      throw CLIError("unknown format '\(UserText.excerpt(format, limit: 40))'"
        + DidYouMean.suffix(for: format, in: ["markdown", "json"]), code: .usage, usage: spec.usage)
    }
    let name = context.arguments.positionals.first
    let lookup = SessionLookup(context: context, naming: [name])
    // "Latest" means the latest finished session, as for review: a throwaway piped run must
    // not replace the interview the user meant. A newer unfinished one is pointed to.
    let anyFinished = lookup.sessions.contains { $0.state != .inProgress }
    let session = try lookup.resolve(name, latestWhere: { !anyFinished || $0.state != .inProgress })
    lookup.noteNewerUnfinished(than: session, named: name, verb: "reporting", context: context)
    let scenario = try context.catalogue().scenario(id: session.scenarioID)
    let report = SessionReport(session: session, scenario: scenario, now: context.clock.now())
    let text = format == "json" ? try JSONOutput.encode(JSONReport(report)) : MarkdownReport.render(report)

    guard let output = context.arguments.value("--output"), output != "-" else {
      // On a terminal the prose is wrapped at word ends; a file or a pipe gets it as rendered.
      let shown = format != "json" && context.console.stdoutIsTerminal
        ? MarkdownReflow.wrapped(text, width: context.console.width) : text
      Pager.show(shown, context: context)
      return .success
    }
    // "~/x" is the user's $HOME, as a shell would expand it (not the password file's home).
    let home = context.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let path = output.hasPrefix("~/") ? home + output.dropFirst(1) : output
    // Trial 13: "-o sessions/ID.json" replaced the session with its own report. The sessions
    // folder holds only what mlcoach writes there.
    // A link elsewhere that leads into it is refused as well: the report would replace what it leads to.
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let sessions = (lookup.store.directory as NSString).resolvingSymlinksInPath
    let folders = [absolute, (try? OutputFile.target(of: absolute)) ?? absolute].map {
      (($0 as NSString).deletingLastPathComponent as NSString).resolvingSymlinksInPath
    }
    if folders.contains(sessions) {
      throw CLIError("'\(UserText.excerpt(output, limit: 200))' is in mlcoach's sessions folder, which holds only "
        + "session files; write the report somewhere else", code: .cantCreate)
    }
    do {
      try OutputFile.write(Array(text.utf8), to: path)
    } catch {
      throw CLIError(error)
    }
    context.console.errorLine("Wrote \(output)")
    return .success
  }
}
