import Foundation
import MLCoachCore

/// A command the user can run: its spec (for parsing, help, completions and the man page) and
/// its body.
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
    Entry(ScoreCommand.self), Entry(PracticeCommand.self), Entry(ResumeCommand.self), Entry(SessionsCommand.self),
    Entry(ReviewCommand.self), Entry(ReportCommand.self), Entry(HistoryCommand.self), Entry(NextCommand.self),
    Entry(CompletionsCommand.self), Entry(HelpCommand.self),
  ]

  static func command(named name: String) -> Entry? {
    let name = aliases[name] ?? name
    return commands.first { $0.spec.name == name }
  }

  /// Other spellings a command answers to: the tool writes "practise" as a verb ("Practise it:
  /// …"), so a British user types it.
  static let aliases = ["practise": "practice"]

  /// The usage line of the program as a whole.
  static let usage = "mlcoach [--scenarios DIR] [--no-color] <command> [options]; see 'mlcoach --help'"

  /// Runs one command line (without the program name) and returns the exit status. Global
  /// options may come before or after the command: `mlcoach --scenarios DIR list` and
  /// `mlcoach list --scenarios DIR` are the same. When its output could not be written (full
  /// disk, closed standard output), the status is 74 and an error names standard output; a
  /// closed pipe (`| head`) ends quietly with 141, as SIGPIPE would have.
  public static func run(_ arguments: [String], console: Console, clock: Clock = SystemClock()) -> Int32 {
    let code = runCommand(arguments, console: console, clock: clock)
    guard let failure = console.outputFailure else { return code }
    if failure.code == EPIPE { return 128 + SIGPIPE }
    console.errorLine("error: cannot write to standard output: \(failure.reason)")
    return code == ExitCode.success.rawValue ? ExitCode.ioError.rawValue : code
  }

  private static func runCommand(_ arguments: [String], console: Console, clock: Clock) -> Int32 {
    do {
      let (leading, rest) = try splitLeadingOptions(arguments)
      let help = HelpText(width: console.width)
      if leading.has("--version") {
        console.line("mlcoach \(version)")
        return ExitCode.success.rawValue
      }
      guard let name = rest.first else {
        console.out(help.overview())
        return ExitCode.success.rawValue
      }
      guard let command = command(named: name) else {
        if leading.has("--help") { console.out(help.overview()) }
        throw unknownCommand(name)
      }
      if leading.has("--help") {
        console.out(help.command(command.spec))
        return ExitCode.success.rawValue
      }
      do {
        var parsed = try ArgumentParser.parse(Array(rest.dropFirst()), spec: command.spec)
        parsed.merge(leading)
        if parsed.has("--version") {
          console.line("mlcoach \(version)")
          return ExitCode.success.rawValue
        }
        if parsed.has("--help") {
          console.out(help.command(command.spec))
          return ExitCode.success.rawValue
        }
        let context = Context(console: console, clock: clock, arguments: parsed)
        try context.checkScenarioFolders()
        return try command.run(context).rawValue
      } catch var error as CLIError {
        // Every usage error carries a usage line: the command's when the command did not say.
        if error.code == .usage && error.usage == nil { error.usage = command.spec.usage }
        throw error
      }
    } catch let error as CLIError {
      return fail(error, console: console, noColor: arguments.contains("--no-color"))
    } catch {
      return fail(CLIError("\(error)"), console: console, noColor: arguments.contains("--no-color"))
    }
  }

  /// Global options before the command name, and everything from the command name on.
  static func splitLeadingOptions(_ arguments: [String]) throws(CLIError) -> (ParsedArguments, [String]) {
    var leading: [String] = []
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
      let argument = arguments[index]
      leading.append(argument)
      index += 1
      let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
      if let option = CommandSpec.globalOptions.first(where: { $0.long == name || $0.short == name }),
         option.takesValue, !argument.contains("="), index < arguments.count {
        leading.append(arguments[index])
        index += 1
      }
    }
    let spec = CommandSpec(name: "", summary: "")
    do {
      let parsed = try ArgumentParser.parse(leading, spec: spec)
      return (parsed, Array(arguments[index...]))
    } catch {
      // An option of a command given before it: say where it belongs.
      var message = error.message
      let names = leading.map { $0.split(separator: "=", maxSplits: 1).first.map(String.init) ?? $0 }
      if let name = names.first(where: { $0.hasPrefix("-") && spec.option(named: $0) == nil }),
         let owner = commands.first(where: { $0.spec.options.contains { $0.long == name || $0.short == name } }) {
        message = "option '\(name)' belongs after the command: 'mlcoach \(owner.spec.name) \(name)'"
      }
      throw CLIError(message, code: .usage, usage: usage)
    }
  }

  static func fail(_ error: CLIError, console: Console, noColor: Bool = false) -> Int32 {
    let style = Style(console: console, stream: .standardError, noColorFlag: noColor)
    console.errorLine(style.red("error: ") + CLIError.printable(error.message))
    if let usage = error.usage, !usage.isEmpty { console.errorLine("usage: \(usage)") }
    return error.code.rawValue
  }

  static func unknownCommand(_ name: String) -> CLIError {
    let names = commands.map { $0.spec.name }
    return CLIError("unknown command '\(UserText.excerpt(name, limit: 60))'" + DidYouMean.suffix(for: name, in: names), code: .usage, usage: usage)
  }
}

/// `mlcoach help [COMMAND]`: the overview, or one command's help, or the man page.
struct HelpCommand: Command {
  static let spec = CommandSpec(
    name: "help", summary: "Show help for mlcoach or for one command.",
    arguments: [ArgumentSpec(name: "COMMAND", help: "the command to explain", optional: true, completion: .command)],
    options: [OptionSpec("--man", help: "print the manual page (roff), as installed from docs/mlcoach.1")],
    examples: ["mlcoach help practice", "mlcoach help --man | man -l -"])

  static func run(_ context: Context) throws -> ExitCode {
    let help = HelpText(width: context.console.width)
    if context.arguments.has("--man") {
      context.console.out(ManPage.render())
      return .success
    }
    guard let name = context.arguments.positionals.first else {
      context.console.out(help.overview())
      return .success
    }
    guard let command = CLI.command(named: name) else { throw CLI.unknownCommand(name) }
    context.console.out(help.command(command.spec))
    return .success
  }
}
