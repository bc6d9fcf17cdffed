import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// Standard input and answer files of every kind, read within the size limit (review C4, H3,
/// S7, U5): nothing traps on a closed stdin, nothing reads an endless one to the end.
@Suite("input bounds", .serialized)
struct InputBoundsTests {
  let answer = CLITest.coreFixtures.appendingPathComponent("corpus/ads-ctr/w2-good.md").path

  @Test("a closed, write-only or folder standard input is exit 66 with the reason, not a trap (C4)",
        arguments: [("<&-", "standard input: cannot read it: Bad file descriptor"),
                    ("0>stdin.txt", "standard input: cannot read it: Bad file descriptor"),
                    ("< /", "standard input is a folder; give the answer file")])
  func unusableStandardInput(redirection: String, message: String) throws {
    let result = try CLITest.shell("\"$MLCOACH\" score ads-ctr - \(redirection)")
    #expect(result.code == 66)
    #expect(result.err == "error: \(message)\n")
  }

  @Test("an endless standard input is refused after 16 MB, not read to the end (H3)")
  func endlessStandardInput() throws {
    let start = Date()
    let result = try CLITest.shell("\"$MLCOACH\" score ads-ctr - < /dev/zero")
    #expect(result.code == 65)
    #expect(result.err == "error: standard input holds more than 16 MB; answers over 16 MB are not scored\n")
    #expect(Date().timeIntervalSince(start) < 20)
  }

  @Test("a 1 GB answer file is refused by its size before it is read (S7)")
  func hugeAnswerFile() throws {
    let start = Date()
    let result = try CLITest.shell("truncate -s 1G big.md && \"$MLCOACH\" score ads-ctr big.md")
    #expect(result.code == 65)
    #expect(result.err == "error: 'big.md' is 1024 MB; answers over 16 MB are not scored\n")
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test("an answer from a pipe or a FIFO is read like a file (U5)")
  func pipes() throws {
    let file = try CLITest.shell("\"$MLCOACH\" score ads-ctr '\(answer)' --json")
    let fifo = try CLITest.shell("mkfifo answer && (cat '\(answer)' > answer &) && \"$MLCOACH\" score ads-ctr answer --json")
    let stdin = try CLITest.shell("cat '\(answer)' | \"$MLCOACH\" score ads-ctr /dev/stdin --json")
    #expect(file.code == 0)
    #expect(fifo.code == 0, "\(fifo.err)")
    #expect(stdin.code == 0, "\(stdin.err)")
    #expect(fifo.out == file.out && stdin.out == file.out)
  }

  @Test("scripted standard input over the limit is refused the same way in-process")
  func scriptedLimit() {
    let line = String(repeating: "a", count: 1_048_576)
    let result = CLITest.run(["score", "ads-ctr", "-"], input: Array(repeating: line, count: 17))
    #expect(result.code == 65)
    #expect(result.err.contains("standard input holds more than 16 MB"))
  }
}
