import Foundation
import MLCoachCore

struct PracticeCommand: Command {
  static let spec = CommandSpec(
    name: "practice",
    usage: "mlcoach practice [SCENARIO] [--minutes N] [--strict] [--no-timer] [--no-followups] [--focus CATEGORY] [--resume]",
    summary: "Run a timed mock interview, step by step, and score it.",
    details: """
      Walks the 7 steps with a time budget each. Type your answer; a line '/next' (or Ctrl-D)
      ends the step. In step 1, a line ending with '?' asks the interviewer a question.
      In-line commands: /next /hint /time /ask /edit /skip /quit /help.
      Every line is saved as you type; Ctrl-C saves too. Continue with 'mlcoach resume'.

      options:
        --minutes N        scale the step budgets to N minutes in total (default: the scenario's, 45)
        --strict           close each step at its deadline (default: you may run over; it is recorded)
        --no-timer         no countdown or time warnings
        --no-followups     no follow-up questions after each step (for scripts)
        --focus CATEGORY   a shorter session with only the steps of CATEGORY
                           (requirements, modeling, data, metrics, serving, monitoring, tradeoffs)
        --resume           continue the last unfinished interview

      Without SCENARIO, picks the scenario you have practised least.

      examples:
        mlcoach practice ads-ctr
        mlcoach practice image --minutes 30 --strict
        printf 'We need revenue...\\n/next\\n' | mlcoach practice ads-ctr --no-timer --no-followups
      """,
    flags: ["--strict", "--no-timer", "--no-followups", "--resume"], options: ["--minutes", "--focus"],
    positionals: 0...1)

  static func run(_ context: Context) throws -> ExitCode {
    let arguments = context.arguments
    let store = SessionStore(dataDirectory: context.dataDirectory)
    if arguments.has("--resume") {
      return try ResumeCommand.resume(named: arguments.positionals.first, context: context)
    }
    var minutes: Double?
    if let text = arguments.value("--minutes") {
      guard let value = Self.minutes(text), value >= 1, value <= ScenarioLimits.totalMinutes else {
        throw CLIError("--minutes needs a number of minutes from 1 to 600 (got '\(UserText.excerpt(text, limit: 40))')", code: .usage,
                       usage: spec.usage)
      }
      minutes = value
    }
    var focus: Category?
    if let text = arguments.value("--focus") {
      guard let category = Category(rawValue: text.lowercased()) else {
        let known = Category.allCases.map(\.rawValue).joined(separator: ", ")
        throw CLIError("unknown category '\(UserText.excerpt(text, limit: 40))'; use one of: \(known)", code: .usage, usage: spec.usage)
      }
      focus = category
    }
    let scenario: Scenario
    if let name = arguments.positionals.first {
      scenario = try context.scenario(named: name)
    } else {
      scenario = try leastPractised(context: context, store: store)
    }
    let plan = InterviewPlan(scenario: scenario, totalMinutes: minutes, focus: focus)
    let options = Session.Options(
      totalMinutes: plan.totalSeconds / 60, strict: arguments.has("--strict"), timer: !arguments.has("--no-timer"),
      followUps: !arguments.has("--no-followups"), focus: focus)
    let now = context.clock.now()
    var session = InterviewEngine.newSession(id: store.newID(scenarioID: scenario.id, at: now), scenario: scenario,
                                             options: options, now: now)
    var lock: SessionLock?
    var problem: StorageError?
    do {
      (session, lock) = try store.create(session)
    } catch {
      problem = error  // the interview still runs; its transcript is printed at the end
    }
    return InterviewRunner(context: context, scenario: scenario, session: session, store: store, lock: lock,
                           saveProblem: problem).run()
  }

  /// `--minutes` as plain decimal digits (`30`, `12.5`). `Double("0x10")` would read hex and
  /// `Double("inf")` infinity, which nobody means by a number of minutes.
  static func minutes(_ text: String) -> Double? {
    let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let digits = parts.allSatisfy { !$0.isEmpty && $0.count <= 6 && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    return digits ? Double(text) : nil
  }

  /// Without a scenario name: the one practised least, alphabetical among equals.
  static func leastPractised(context: Context, store: SessionStore) throws -> Scenario {
    let scenarios = try context.catalogue().scenarios
    guard !scenarios.isEmpty else { throw CLIError("no scenarios to practise; see 'mlcoach list'", code: .noInput) }
    // The shared lookup, so unreadable session files are named here as everywhere else.
    let sessions = SessionLookup(context: context).sessions
    let counts = Dictionary(grouping: sessions, by: \.scenarioID).mapValues(\.count)
    let chosen = scenarios.min { (counts[$0.id] ?? 0, $0.id) < (counts[$1.id] ?? 0, $1.id) } ?? scenarios[0]
    let times = counts[chosen.id] ?? 0
    context.console.line(context.style.dim("No scenario named: picking \(chosen.id), the one you have practised least "
      + "(\(times == 0 ? "never" : "\(times) time\(times == 1 ? "" : "s")")). See 'mlcoach list' for the others."))
    return chosen
  }
}

struct ResumeCommand: Command {
  static let spec = CommandSpec(
    name: "resume", usage: "mlcoach resume [SESSION]",
    summary: "Continue an unfinished interview where you stopped.",
    details: """
      Restores every line you entered and continues the step with the time it had left.
      Without SESSION, continues the most recent unfinished interview.

      example: mlcoach resume
      """,
    positionals: 0...1)

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
      guard lookup.sessions.contains(where: { $0.state == .inProgress }) else {
        throw CLIError("no unfinished interview to resume; start one with 'mlcoach practice'", code: .noInput)
      }
      session = try lookup.resolve(nil, latestWhere: { $0.state == .inProgress })
    }
    let store = lookup.store
    let catalogue = try context.catalogue()
    guard let scenario = catalogue.scenario(id: session.scenarioID) else {
      throw CLIError("session '\(session.id)' is for the scenario '\(session.scenarioID)', which is no longer "
        + "installed", code: .dataError)
    }
    // One interview per session: a second terminal is told which process has it.
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
        throw CLIError("session '\(session.id)' is finished; see it with 'mlcoach review \(session.id)'", code: .usage)
      }
      if let dead = lock.takenOverFrom {
        context.console.errorLine(context.style.dim("note: process \(dead) had this session open and is no longer "
          + "running; continuing where it stopped."))
      }
    }
    context.console.line(context.style.dim("Resuming \(current.id)."))
    return InterviewRunner(context: context, scenario: scenario, session: current, store: store, lock: lock,
                           saveProblem: problem).run()
  }
}
