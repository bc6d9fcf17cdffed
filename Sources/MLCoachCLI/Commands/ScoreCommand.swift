import MLCoachCore

struct ScoreCommand: Command {
  static let spec = CommandSpec(name: "score", usage: "mlcoach score", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'score' is not available yet")
  }
}
