import MLCoachCore

/// `mlcoach completions bash|zsh|fish`: a completion script generated from the command specs.
struct CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions", summary: "Print a shell completion script for bash, zsh or fish.",
    arguments: [ArgumentSpec(name: "SHELL", help: "bash, zsh or fish", optional: true,
                             completion: .choices(Completions.Shell.allCases.map(\.rawValue)))],
    options: [
      OptionSpec("--ids", value: "KIND", help: "print scenario ids, session ids, unfinished session ids or "
        + "command names, one a line (the scripts call this while you type)",
        completion: .choices(["scenarios", "sessions", "unfinished", "commands"])),
    ],
    discussion: [
      "The scripts complete commands, options, option values, scenario ids and session ids. Load one in your "
        + "shell's start-up file:",
      """
        bash  (~/.bashrc)   source <(mlcoach completions bash)
        zsh   (~/.zshrc)    source <(mlcoach completions zsh)      (after compinit)
        fish                mlcoach completions fish > ~/.config/fish/completions/mlcoach.fish
      """,
    ],
    examples: ["mlcoach completions bash > ~/.local/share/bash-completion/completions/mlcoach"])

  static func run(_ context: Context) throws -> ExitCode {
    if let kind = context.arguments.value("--ids") {
      try printIDs(kind, context: context)
      return .success
    }
    guard let name = context.arguments.positionals.first else {
      throw CLIError("'completions' needs the SHELL: bash, zsh or fish", code: .usage)
    }
    guard let shell = Completions.Shell(rawValue: name.lowercased()) else {
      // The whole list is short, so it is given instead of a guess ("tcsh" is no typo of "bash").
      throw CLIError("no completions for '\(UserText.excerpt(name, limit: 40))'; use bash, zsh or fish", code: .usage)
    }
    context.console.out(Completions.script(for: shell))
    return .success
  }

  /// Ids for the completion scripts. Quiet: a broken file or folder must not print warnings
  /// in the middle of a command line being typed.
  private static func printIDs(_ kind: String, context: Context) throws(CLIError) {
    let ids: [String]
    switch kind {
    case "scenarios":
      ids = (try? context.catalogue(quiet: true).scenarios.map(\.id)) ?? []
    case "sessions", "unfinished":
      let sessions = SessionStore(dataDirectory: context.dataDirectory).all().sessions
      ids = sessions.filter { kind == "sessions" || $0.state == .inProgress }.map(\.id).reversed()
    case "commands":
      ids = CLI.commands.map(\.spec.name)
    default:
      throw CLIError("unknown id kind '\(kind)'; use scenarios, sessions, unfinished or commands", code: .usage)
    }
    if !ids.isEmpty { context.console.out(ids.joined(separator: "\n") + "\n") }
  }
}
