import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// Outputs that tell the truth (review W1): a write that fails (full disk, closed standard
/// output, I/O error) exits 74 with a message naming the target; a closed pipe stays quiet.
@Suite("write errors")
struct WriteErrorTests {
  @Test("a failed write to standard output is exit 74 naming it; a closed pipe is a quiet 141",
        arguments: [(ENOSPC, "No space left on device"), (EBADF, "Bad file descriptor"), (EIO, "Input/output error")])
  func inProcess(code: Int32, reason: String) {
    for arguments in [["list"], ["list", "--json"], ["topics"], ["show", "ads-ctr"], ["history", "--json"]] {
      let console = ScriptedConsole(environment: ["MLCOACH_HOME": CLITest.temporaryDirectory()])
      console.failingOutput = code
      #expect(CLI.run(arguments, console: console) == 74, "\(arguments)")
      #expect(console.stderr == "error: cannot write to standard output: \(reason)\n", "\(arguments)")
    }
    let console = ScriptedConsole()
    console.failingOutput = EPIPE
    #expect(CLI.run(["list"], console: console) == 141)
    #expect(console.stderr.isEmpty)
  }

  /// A newcomer's `practice ads-ctr | head` (thirty-fifth session) was killed by SIGPIPE after
  /// the session file was made, leaving an empty unfinished session each time.
  @Test("practice into a closed pipe stops quietly with 141 and leaves no empty session")
  func practiceIntoClosedPipe() {
    let home = CLITest.temporaryDirectory()
    let console = ScriptedConsole(input: ["a line that is never read"], environment: ["MLCOACH_HOME": home])
    console.failingOutput = EPIPE
    #expect(CLI.run(["practice", "ads-ctr"], console: console) == 141)
    #expect(console.stderr.isEmpty, "\(console.stderr)")
    #expect(CLITest.files(in: home + "/sessions").filter { $0.hasSuffix(".json") }.isEmpty)
  }

  @Test("the real binary: practice piped into head leaves no session behind")
  func practiceIntoHead() throws {
    let result = try CLITest.shell("\"$MLCOACH\" practice ads-ctr </dev/null | head -1 >/dev/null; "
      + "ls \"$MLCOACH_HOME/sessions\" 2>/dev/null | grep -c '\\.json$'")
    #expect(result.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(result.out) \(result.err)")
  }

  @Test("the real binary: /dev/full and a closed standard output exit 74",
        arguments: ["list > /dev/full", "list >&-", "score ads-ctr ANSWER --json > /dev/full", "history --json > /dev/full",
                    "score ads-ctr ANSWER >&-"])
  func realOutputs(command: String) throws {
    let answer = CLITest.coreFixtures.appendingPathComponent("corpus/ads-ctr/w2-good.md").path
    let result = try CLITest.shell("\"$MLCOACH\" " + command.replacingOccurrences(of: "ANSWER", with: "'\(answer)'"))
    #expect(result.code == 74, "\(command): \(result.err)")
    #expect(result.err.hasPrefix("error: cannot write to standard output: "), "\(command)")
  }
}
