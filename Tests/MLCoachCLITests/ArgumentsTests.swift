import Foundation
import Testing
@testable import MLCoachCLI

/// Arguments as people type them: each case is a fault found by trying the CLI as a newcomer.
@Suite("arguments and help")
struct ArgumentsTests {
  let goodFolder = CLITest.coreFixtures.appendingPathComponent("scenarios/good").path

  @Test("global options work before or after the command")
  func globalOptionsAnywhere() {
    let before = CLITest.run(["--scenarios", goodFolder, "list"])
    #expect(before.code == 0)
    #expect(before.out.contains("spam-filter"))
    let after = CLITest.run(["list", "--scenarios", goodFolder])
    #expect(after.out == before.out)
    #expect(CLITest.run(["--scenarios=\(goodFolder)", "show", "spam"]).code == 0)
    #expect(CLITest.run(["--version", "list"]).out == "mlcoach \(CLI.version)\n")
    #expect(CLITest.run(["list", "-V"]).out == "mlcoach \(CLI.version)\n")
  }

  @Test("--help CMD, CMD --help and help CMD print the command's help; help help works")
  func helpForACommand() {
    let byFlag = CLITest.run(["--help", "list"])
    #expect(byFlag.code == 0)
    #expect(byFlag.out.hasPrefix("usage: mlcoach list [--topic TOPIC] [--json]"))
    #expect(CLITest.run(["list", "--help"]).out == byFlag.out)
    #expect(CLITest.run(["help", "list"]).out == byFlag.out)
    #expect(CLITest.run(["-h", "list"]).out == byFlag.out)
    let helpHelp = CLITest.run(["help", "help"])
    #expect(helpHelp.code == 0)
    #expect(helpHelp.out.hasPrefix("usage: mlcoach help [COMMAND] [--man]"))
    // The tool writes "practise" as a verb, so the British spelling runs the command too.
    #expect(CLITest.run(["practise", "--help"]).out == CLITest.run(["practice", "--help"]).out)
  }

  @Test("usage errors: one error line, then the usage line, for every kind")
  func usageErrorsAreConsistent() {
    let cases: [[String]] = [["lst"], ["list", "--jsn"], ["show"], ["show", "ads-ctx"], ["list", "--topic"],
                             ["--bogus"], ["report", "-o"], ["practice", "ads", "--minutes", "x"], ["help", "nope"],
                             ["completions", "tcsh"], ["sessions", "remove", "x"]]
    for arguments in cases {
      let result = CLITest.run(arguments)
      #expect(result.code == 64, "\(arguments)")
      let lines = result.err.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 3 && lines[2].isEmpty, "\(arguments): \(result.err)")
      #expect(lines.first?.hasPrefix("error: ") == true, "\(arguments)")
      #expect(lines.dropFirst().first?.hasPrefix("usage: mlcoach") == true, "\(arguments)")
    }
  }

  @Test("an option without its value is named as typed")
  func missingValueNamesTheOption() {
    let short = CLITest.run(["report", "-o"])
    #expect(short.err.hasPrefix("error: option '-o' needs a value (FILE)\n"))
    let forgotten = CLITest.run(["report", "-o", "--format", "json"])
    #expect(forgotten.err.hasPrefix("error: option '-o' needs a value (FILE)\n"))
    #expect(CLITest.run(["report", "--format"]).err.hasPrefix("error: option '--format' needs a value"))
  }

  @Test("a command's option before the command says where it belongs")
  func commandOptionBeforeTheCommand() {
    let result = CLITest.run(["--json", "list"])
    #expect(result.code == 64)
    #expect(result.err.hasPrefix("error: option '--json' belongs after the command: 'mlcoach list --json'\n"))
  }

  @Test("help is generated from the specs: every option of every command is in its help and the README")
  func everyOptionIsDocumented() throws {
    let readme = String(decoding: try #require(FileManager.default.contents(
      atPath: CLITest.repository.appendingPathComponent("README.md").path)), as: UTF8.self)
    for entry in CLI.commands {
      let help = CLITest.run(["help", entry.spec.name], environment: ["COLUMNS": "200"]).out
      #expect(readme.contains("mlcoach \(entry.spec.name)"), "README lacks \(entry.spec.name)")
      for option in entry.spec.options {
        #expect(help.contains(option.label), "\(entry.spec.name) help lacks \(option.label)")
        #expect(readme.contains(option.long), "README lacks \(entry.spec.name) \(option.long)")
      }
    }
    let overview = CLITest.run(["--help"]).out
    for option in CommandSpec.globalOptions {
      #expect(overview.contains(option.label))
      #expect(readme.contains(option.long), "README lacks \(option.long)")
    }
    for entry in CLI.commands { #expect(overview.contains("  \(entry.spec.name) ")) }
    // Trial 36 found the manual page only through 'mlcoach help help'.
    #expect(overview.replacingOccurrences(of: "\n", with: " ").contains("'mlcoach help --man' prints the manual page"))
    // And the band cut-offs in no help page.
    #expect(CLITest.run(["score", "--help"]).out.replacingOccurrences(of: "\n", with: " ")
      .contains("strong hire ≥ 70, hire ≥ 55"))
  }

  @Test("the overview and long help lines fit the terminal")
  func helpFitsTheWidth() {
    for width in [60, 80] {
      for arguments in [["--help"], ["help", "practice"], ["help", "review"]] {
        let out = CLITest.run(arguments, environment: ["COLUMNS": String(width)]).out
        let wide = out.split(separator: "\n").filter { DisplayWidth.of(String($0)) > max(width, 80) }
        #expect(wide.isEmpty, "\(arguments) at \(width): \(wide)")
      }
    }
  }
}
