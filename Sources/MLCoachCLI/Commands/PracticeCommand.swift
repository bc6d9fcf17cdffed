import MLCoachCore

struct PracticeCommand: Command {
  static let spec = CommandSpec(name: "practice", usage: "mlcoach practice", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'practice' is not available yet")
  }
}
