import MLCoachCore

struct NextCommand: Command {
  static let spec = CommandSpec(name: "next", usage: "mlcoach next", summary: "(not yet available)", details: "")

  static func run(_ context: Context) throws -> ExitCode {
    throw CLIError("'next' is not available yet")
  }
}
