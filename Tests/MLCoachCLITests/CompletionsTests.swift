import BundledScenarios
import Foundation
import Testing
@testable import MLCoachCLI

/// Completions and the man page, generated from the command specs.
@Suite("completions and man page", .serialized)
struct CompletionsTests {
  /// Runs `script` with `shell -c`, the built mlcoach first on PATH; nil when the shell is missing.
  func shell(_ shell: String, _ script: String, home: String) throws -> CLIRun? {
    guard let path = ["/bin/\(shell)", "/usr/bin/\(shell)"].first(where: FileManager.default.isExecutableFile) else {
      return nil
    }
    let folder = URL(fileURLWithPath: CLITest.binary).deletingLastPathComponent().path
    let environment = ["PATH": folder + ":/usr/bin:/bin", "MLCOACH_HOME": home]
    return try CLITest.spawn(["-c", script], environment: environment, executable: path)
  }

  @Test("the bash script loads and completes commands, options, scenario ids and values")
  func bash() throws {
    let home = CLITest.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let script = """
      source <(mlcoach completions bash) && complete -p mlcoach
      complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _mlcoach; echo "${COMPREPLY[*]}"; }
      complete_words mlcoach li
      complete_words mlcoach practice vid
      complete_words mlcoach --scenarios /tmp sh
      complete_words mlcoach report --format j
      complete_words mlcoach list --j
      complete_words mlcoach practice --focus trade
      complete_words mlcoach completions z
      complete_words mlcoach resume ''
      """
    let result = try #require(try shell("bash", script, home: home), "bash is not installed")
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 8, "\(result.out)")
    guard lines.count >= 8 else { return }
    #expect(lines[0] == "complete -F _mlcoach mlcoach")
    #expect(lines[1] == "list")
    #expect(lines[2] == "video-recommendation video-search")
    #expect(lines[3] == "show")
    #expect(lines[4] == "json")
    #expect(lines[5] == "--json")
    #expect(lines[6] == "tradeoffs")
    #expect(lines[7] == "zsh")
    // No unfinished session: nothing, not the files of the current folder.
    #expect(result.out.hasSuffix("zsh\n\n"), "\(result.out)")
  }

  @Test("the zsh script loads and registers its function (skipped without zsh)")
  func zsh() throws {
    let home = CLITest.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let script = "autoload -U compinit && compinit -u -D && source <(mlcoach completions zsh) && print -r -- $_comps[mlcoach]"
    guard let result = try shell("zsh", script, home: home) else {
      print("zsh is not installed: the zsh completion load test is skipped")
      return
    }
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out == "_mlcoach\n")
  }

  @Test("the fish script loads and completes (skipped without fish)")
  func fish() throws {
    let home = CLITest.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: home) }
    guard let result = try shell("fish", "mlcoach completions fish | source; complete -C 'mlcoach practice vid'",
                                 home: home) else {
      print("fish is not installed: the fish completion load test is skipped")
      return
    }
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.hasPrefix("video-recommendation"))
  }

  @Test("ids for the scripts: scenarios, sessions, unfinished sessions, commands")
  func ids() throws {
    let home = CLITest.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let bundled = BundledScenarios.files.map { String($0.name.dropLast(5)) }.sorted()
    #expect(CLITest.run(["completions", "--ids", "scenarios"]).out == bundled.map { $0 + "\n" }.joined())
    _ = CLITest.run(["practice", "ads-ctr", "--no-followups"], input: ["/quit"], environment: ["MLCOACH_HOME": home])
    let sessions = CLITest.run(["completions", "--ids", "sessions"], environment: ["MLCOACH_HOME": home]).out
    #expect(sessions.hasSuffix("-ads-ctr\n"))
    #expect(CLITest.run(["completions", "--ids", "unfinished"], environment: ["MLCOACH_HOME": home]).out == sessions)
    #expect(CLITest.run(["completions", "--ids", "commands"]).out.contains("sessions\n"))
    #expect(CLITest.run(["completions", "--ids", "things"]).code == 64)
  }

  @Test("an unknown shell gets the list of shells, not a guess")
  func unknownShell() {
    let result = CLITest.run(["completions", "tcsh"])
    #expect(result.code == 64)
    #expect(result.err.hasPrefix("error: no completions for 'tcsh'; use bash, zsh or fish\n"))
  }

  @Test("docs/mlcoach.1 is the man page the specs generate (regenerate: mlcoach help --man > docs/mlcoach.1)")
  func manPageIsCurrent() throws {
    let path = CLITest.repository.appendingPathComponent("docs/mlcoach.1").path
    let generated = CLITest.run(["help", "--man"]).out
    if ProcessInfo.processInfo.environment["MLCOACH_UPDATE_GOLDEN"] == "1" {
      try generated.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let file = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    #expect(file == generated)
    for entry in CLI.commands { #expect(generated.contains(".SS \"mlcoach \(entry.spec.name)")) }
    #expect(!generated.contains("\n'") && !generated.contains("\n.\n"))
  }
}
