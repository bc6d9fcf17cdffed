import Foundation
import MLCoachCLI

ProcessSignals.install()
ProcessSignals.exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: SystemConsole()))
