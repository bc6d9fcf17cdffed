import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// Errors quote at most a short excerpt of what the user gave and never a control character
/// (review U1, U8): one line each, whatever the argument.
@Suite("error messages")
struct MessageTests {
  let huge = String(repeating: "a", count: 128 * 1024)

  @Test("a 128 KB argument is cut in every message that quotes it")
  func longArguments() {
    for arguments in [[huge], ["list", "--" + huge], ["show", huge], ["list", "--topic", huge], ["report", huge],
                      ["history", "--scenario", huge], ["practice", "ads-ctr", "--minutes", huge]] {
      let result = CLITest.run(arguments)
      #expect(result.code == 64 || result.code == 66, "\(arguments.map { $0.prefix(10) })")
      #expect(result.err.count < 600, "\(arguments.map { $0.prefix(10) }): \(result.err.count) characters")
      #expect(!result.err.contains(String(repeating: "a", count: 201)))
    }
  }

  @Test("control characters in arguments are named, not sent to the terminal")
  func controlCharacters() {
    for arguments in [["\u{1B}[2Jlist"], ["show", "ads\u{1B}[31m"], ["list", "--topic", "x\u{7}\n"]] {
      let result = CLITest.run(arguments)
      #expect(!result.err.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(arguments)")
      #expect(result.err.contains("\\u{1B}") || result.err.contains("\\u{7}"), "\(arguments)")
    }
  }

  // The README's exit codes: 66 for input that is there but cannot be read, as for an answer
  // file; 65 for a session file that is not one mlcoach can use.
  @Test("a session file that cannot be read exits 66; a damaged one 65")
  func unreadableSessionExitCode() {
    let locked = CLIError(StorageError.unreadable(path: "/s/x.json", reason: "cannot read the file: permission denied"))
    #expect(locked.code == .noInput)
    #expect(locked.message == "'/s/x.json': cannot read the file: permission denied")
    #expect(CLIError(StorageError.corrupt(path: "/s/x.json", reason: "not a valid session file")).code == .dataError)
    #expect(CLIError.skipping(.unreadable(path: "/s/x.json", reason: "r")) == "skipping '/s/x.json': r")
  }
}
