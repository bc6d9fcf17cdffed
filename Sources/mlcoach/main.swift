import Foundation
import MLCoachCLI

exit(CLI.run(Array(CommandLine.arguments.dropFirst()), console: SystemConsole()))
