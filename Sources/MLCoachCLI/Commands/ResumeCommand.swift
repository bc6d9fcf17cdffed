import Foundation
import MLCoachCore

struct ResumeCommand: Command {
  static let spec = CommandSpec(
    name: "resume", summary: "Continue an unfinished interview where you stopped.",
    arguments: [ArgumentSpec(name: "SESSION", help: "a session id or a unique prefix of one; without it, the most "
                               + "recent unfinished interview", optional: true, completion: .unfinishedSession)],
    discussion: ["Restores every line you entered and continues the step with the time it had left. "
      + "'mlcoach sessions' lists your sessions."],
    examples: ["mlcoach resume"])

  static func run(_ context: Context) throws -> ExitCode {
    try resume(named: context.arguments.positionals.first, context: context)
  }

  static func resume(named name: String?, context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context)
    let session: Session
    if let name {
      session = try lookup.resolve(name)
      guard session.state == .inProgress else {
        throw CLIError("session '\(session.id)' is finished; see it with 'mlcoach review \(session.id)'", code: .usage)
      }
    } else {
      guard let latest = lookup.unfinished.last else {
        throw CLIError("no unfinished interview to resume; start one with 'mlcoach practice'", code: .noInput)
      }
      session = latest
    }
    return try start(session, lookup: lookup, context: context)
  }

  /// Continues `session`, which is unfinished.
  static func start(_ session: Session, lookup: SessionLookup, context: Context) throws -> ExitCode {
    let catalogue = try context.catalogue()
    guard let scenario = catalogue.scenario(id: session.scenarioID) else {
      throw CLIError("session '\(session.id)' is for the scenario '\(session.scenarioID)', which is no longer "
        + "installed", code: .dataError)
    }
    context.console.line(context.style.dim("Resuming \(session.id)."))
    return InterviewRunner(context: context, scenario: scenario, session: session, store: lookup.store).run()
  }
}
