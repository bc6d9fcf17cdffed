import MLCoachCore

struct ReviewCommand: Command {
  static let spec = CommandSpec(name: "review", usage: "mlcoach review", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'review' is not available yet")
  }
}
