import Foundation
import MLCoachCore

struct ResumeCommand: Command {
  static let spec = CommandSpec(
    name: "resume", summary: "Continue an unfinished interview where you stopped.",
    arguments: [ArgumentSpec(name: "SESSION", help: SessionLookup.argumentHelp + "; without it, or for a scenario, the "
                               + "most recent unfinished interview", optional: true, completion: .unfinishedSession)],
    discussion: ["Restores every line you entered and continues the step with the time it had left. "
      + "'mlcoach sessions' lists your sessions."],
    examples: ["mlcoach resume"],
    refused: Dictionary(uniqueKeysWithValues: ["--new", "--minutes", "--strict", "--no-timer", "--no-followups", "--focus"]
      .map { ($0, "an interview resumes with the options it was started with; 'mlcoach practice SCENARIO --new' "
        + "starts another with new ones") }))

  static func run(_ context: Context) throws -> ExitCode {
    try resume(named: context.arguments.positionals.first, context: context)
  }

  static func resume(named name: String?, context: Context) throws -> ExitCode {
    let lookup = SessionLookup(context: context, naming: [name])
    let session: Session
    if let name {
      // A scenario's "latest" here is its latest unfinished interview: resume continues nothing else.
      session = try lookup.resolve(name, latestWhere: { $0.state == .inProgress })
      guard session.state == .inProgress else {
        throw CLIError.wrongState("session '\(session.id)' is finished; see it with 'mlcoach review \(session.id)'")
      }
    } else {
      guard !lookup.unfinished.isEmpty else {
        if lookup.sessions.isEmpty && !lookup.problems.isEmpty {
          throw CLIError("no readable sessions in '\(lookup.store.directory)' (see the warnings above)", code: .noInput)
        }
        throw CLIError("no unfinished interview to resume; start one with 'mlcoach practice'", code: .noInput)
      }
      session = try lookup.resolve(nil, latestWhere: { $0.state == .inProgress })
    }
    return try start(session, lookup: lookup, context: context)
  }

  /// "Resuming ID at step 3/7 (Data): 1:20 used, 3:40 left; 31:00 left in the interview."
  static func resumeLine(_ session: Session) -> String {
    guard session.steps.indices.contains(session.currentStep) else { return "Resuming \(session.id)." }
    let step = session.steps[session.currentStep]
    let where_ = "Resuming \(session.id) at step \(session.currentStep + 1)/\(session.steps.count) "
      + "(\(step.id.title))"
    guard session.options.timer else { return where_ + "." }
    let left = step.budgetSeconds - step.usedSeconds
    let total = session.steps.reduce(0) { $0 + $1.budgetSeconds - $1.usedSeconds }
    return where_ + ": \(Format.clock(step.usedSeconds)) used, "
      + (left >= 0 ? "\(Format.clock(left)) left" : "over by \(Format.clock(-left))")
      + "; \(Format.clock(max(0, total))) left in the interview."
  }

  /// Continues `session`, which is unfinished, holding its lock: one interview per session, and
  /// a second terminal is told which process has it.
  static func start(_ session: Session, lookup: SessionLookup, context: Context) throws -> ExitCode {
    try context.console.refuseFolderInput("nothing was entered")
    let catalogue = try context.catalogue()
    guard let scenario = catalogue.scenario(id: session.scenarioID) else {
      throw CLIError("session '\(session.id)' is for the scenario '\(session.scenarioID)', which is no longer "
        + "installed", code: .dataError)
    }
    let store = lookup.store
    var lock: SessionLock?
    var problem: StorageError?
    do {
      lock = try store.lock(session.id)
    } catch {
      if case .locked = error { throw CLIError(error) }
      problem = error  // a read-only folder: the interview runs, the transcript is printed
    }
    var current = session
    if let lock {
      // Read it again under the lock: the holder before us may have saved more since.
      do {
        current = try store.load(id: session.id)
      } catch {
        lock.release()
        throw CLIError(error)
      }
      guard current.state == .inProgress else {
        lock.release()
        throw CLIError.wrongState("session '\(session.id)' is finished; see it with 'mlcoach review \(session.id)'")
      }
      if let dead = lock.takenOverFrom {
        context.console.errorLine(context.style.dim("note: process \(dead) had this session open and is no longer "
          + "running; continuing where it stopped."))
      }
    }
    return InterviewRunner(context: context, scenario: scenario, session: current, store: store, lock: lock,
                           saveProblem: problem, intro: resumeLine(current)).run()
  }
}
