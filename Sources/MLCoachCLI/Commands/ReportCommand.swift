import MLCoachCore

struct ReportCommand: Command {
  static let spec = CommandSpec(name: "report", usage: "mlcoach report", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'report' is not available yet")
  }
}
