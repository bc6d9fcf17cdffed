import MLCoachCore

struct HistoryCommand: Command {
  static let spec = CommandSpec(name: "history", usage: "mlcoach history", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'history' is not available yet")
  }
}
