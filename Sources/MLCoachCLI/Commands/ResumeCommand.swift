import MLCoachCore

struct ResumeCommand: Command {
  static let spec = CommandSpec(name: "resume", usage: "mlcoach resume", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'resume' is not available yet")
  }
}
