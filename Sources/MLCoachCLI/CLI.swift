import Foundation
import MLCoachCore

/// A command the user can run: its spec (for parsing and help) and its body.
protocol Command: SendableMetatype {
  static var spec: CommandSpec { get }
  static func run(_ context: Context) throws -> ExitCode
}

/// The program: `run(arguments, console, clock)` is all `main.swift` calls.
public enum CLI {
  public static let version = "0.1.0"

  /// A command's spec and body, stored as values: simpler for the compiler than metatypes.
  struct Entry: Sendable {
    let spec: CommandSpec
    let run: @Sendable (Context) throws -> ExitCode

    init<C: Command>(_ command: C.Type) {
      spec = command.spec
      run = { try command.run($0) }
    }
  }

  static let commands: [Entry] = [
    Entry(ListCommand.self), Entry(TopicsCommand.self), Entry(ShowCommand.self), Entry(ValidateCommand.self),
    Entry(ScoreCommand.self), Entry(PracticeCommand.self), Entry(ResumeCommand.self), Entry(ReviewCommand.self),
    Entry(ReportCommand.self), Entry(HistoryCommand.self), Entry(NextCommand.self),
  ]

  static func command(named name: String) -> Entry? {
    commands.first { $0.spec.name == name }
  }

  /// Runs one command line (without the program name) and returns the exit status. When its
  /// output could not be written (full disk, closed standard output), the status is 74 and an
  /// error names standard output; a closed pipe (`| head`) ends quietly with 141, as SIGPIPE
  /// would have.
  public static func run(_ arguments: [String], console: Console, clock: Clock = SystemClock()) -> Int32 {
    let code = runCommand(arguments, console: console, clock: clock)
    guard let failure = console.outputFailure else { return code }
    if failure.code == EPIPE { return 128 + SIGPIPE }
    console.errorLine("error: cannot write to standard output: \(failure.reason)")
    return code == ExitCode.success.rawValue ? ExitCode.ioError.rawValue : code
  }

  private static func runCommand(_ arguments: [String], console: Console, clock: Clock) -> Int32 {
    guard let first = arguments.first else {
      console.out(overview())
      return ExitCode.success.rawValue
    }
    switch first {
    case "--help", "-h":
      console.out(overview())
      return ExitCode.success.rawValue
    case "--version", "-V":
      console.line("mlcoach \(version)")
      return ExitCode.success.rawValue
    case "help":
      guard arguments.count > 1 else {
        console.out(overview())
        return ExitCode.success.rawValue
      }
      guard let command = command(named: arguments[1]) else {
        return fail(unknownCommand(arguments[1]), console: console)
      }
      console.out(help(for: command.spec))
      return ExitCode.success.rawValue
    default:
      break
    }
    guard let command = command(named: first) else {
      return fail(unknownCommand(first), console: console)
    }
    do {
      let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: command.spec)
      if parsed.has("--help") {
        console.out(help(for: command.spec))
        return ExitCode.success.rawValue
      }
      let context = Context(console: console, clock: clock, arguments: parsed)
      try context.checkScenarioFolders()
      return try command.run(context).rawValue
    } catch let error as CLIError {
      return fail(error, console: console)
    } catch {
      return fail(CLIError("\(error)"), console: console)
    }
  }

  static func fail(_ error: CLIError, console: Console) -> Int32 {
    console.errorLine("error: \(CLIError.printable(error.message))")
    if let usage = error.usage { console.errorLine("usage: \(usage)") }
    return error.code.rawValue
  }

  static func unknownCommand(_ name: String) -> CLIError {
    let names = commands.map { $0.spec.name } + ["help"]
    let guess = EditDistanceHint.suggestion(for: name, in: names)
    return CLIError("unknown command '\(UserText.excerpt(name, limit: 60))'\(guess)", code: .usage, usage: "mlcoach <command> [options]; see 'mlcoach --help'")
  }

  static func overview() -> String {
    var text = """
      mlcoach \(version) — practise machine-learning system design interviews, offline.

      usage: mlcoach <command> [options]

      commands:

      """
    let width = commands.map { $0.spec.name.count }.max() ?? 8
    for command in commands {
      text += "  \(command.spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0))\(command.spec.summary)\n"
    }
    text += """
        \("help".padding(toLength: width + 2, withPad: " ", startingAt: 0))Show help for a command: mlcoach help practice

      options for every command:
        --scenarios DIR   also load scenarios from DIR (repeatable)
        -h, --help        show help
        --version         show the version

      Start with 'mlcoach list', then 'mlcoach practice ads-ctr'.
      Data: $MLCOACH_HOME, else $XDG_DATA_HOME/mlcoach, else ~/.local/share/mlcoach.

      """
    return text
  }

  static func help(for spec: CommandSpec) -> String {
    "usage: \(spec.usage)\n\n\(spec.summary)\n" + (spec.details.isEmpty ? "" : "\n\(spec.details)\n")
  }
}
