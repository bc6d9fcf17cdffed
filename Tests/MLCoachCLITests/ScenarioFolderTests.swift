import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// Scenario folders with entries that cannot be read, and paths that are not plain files
/// (review D5, U5, U7, S7, H4, W7): each bad entry is one warning, the rest still load.
@Suite("scenario folders")
struct ScenarioFolderTests {
  let good = CLITest.coreFixtures.appendingPathComponent("scenarios/good/spam-filter.json").path

  /// A folder with the good spam-filter scenario and `bad` made by `make`.
  func folder(bad name: String, _ make: (String) -> Void) -> String {
    let folder = CLITest.temporaryDirectory()
    try? FileManager.default.copyItem(atPath: good, toPath: folder + "/spam-filter.json")
    make(folder + "/" + name)
    return folder
  }

  @Test("a FIFO, a link to /dev/zero, an oversized file and a folder are each skipped with their reason",
        arguments: [
          ("fifo.json", "is a pipe (FIFO), not a regular file"),
          ("zero.json", "is a character device, not a regular file"),
          ("huge.json", "is 1024 MB; files over 2 MB are not read"),
          ("dir.json", "is a folder, not a file"),
        ])
  func badEntries(name: String, reason: String) {
    let folder = folder(bad: name) { path in
      switch name {
      case "fifo.json": mkfifo(path, 0o644)
      case "zero.json": try? FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
      case "huge.json":
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        truncate(path, 1 << 30)  // sparse: refused by its size, never read
      default: try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      }
    }
    let start = Date()
    let list = CLITest.run(["list", "--scenarios", folder])
    #expect(list.code == 0)
    #expect(list.out.contains("spam-filter"))
    #expect(list.err == "warning: skipping \(folder)/\(name): \(reason)\n")
    let validate = CLITest.run(["validate", folder])
    #expect(validate.code == 65)
    #expect(validate.err.hasPrefix("\(folder)/\(name): \(reason)\n"))
    #expect(validate.err.hasSuffix("1 valid\n"))
    #expect(Date().timeIntervalSince(start) < 5, "nothing waits on the FIFO or reads the gigabyte")
  }

  /// A newcomer's `{}` file gave twelve warnings, one per missing field (thirty-fifth session).
  @Test("a file with many problems is one warning: its first problem and how many more")
  func oneWarningPerFile() {
    let folder = folder(bad: "empty.json") { path in
      _ = FileManager.default.createFile(atPath: path, contents: Data("{}".utf8))
    }
    let list = CLITest.run(["list", "--scenarios", folder])
    #expect(list.code == 0)
    #expect(list.err == "warning: skipping \(folder)/empty.json: formatVersion: is missing (and 11 more problems: "
      + "'mlcoach validate' lists them)\n", "\(list.err)")
    #expect(CLITest.run(["validate", folder]).err.components(separatedBy: "empty.json").count == 13)
  }

  @Test("a file without read permission is skipped with 'permission denied'")
  func permissionDenied() {
    guard getuid() != 0 else { return }  // root reads every file: nothing to test
    let folder = folder(bad: "secret.json") { path in
      _ = FileManager.default.createFile(atPath: path, contents: Data("{}".utf8), attributes: [.posixPermissions: 0])
    }
    let list = CLITest.run(["list", "--scenarios", folder])
    #expect(list.code == 0)
    #expect(list.err == "warning: skipping \(folder)/secret.json: permission denied\n")
  }

  @Test("a missing --scenarios folder is exit 66 for every command, with the option named (W7)")
  func missingFolder() {
    for arguments in [["list"], ["history"], ["validate", good], ["next"], ["score", "ads-ctr", good]] {
      let result = CLITest.run(arguments + ["--scenarios", "/no/such/folder"])
      #expect(result.code == 66, "\(arguments)")
      #expect(result.err == "error: --scenarios '/no/such/folder': no such file or folder\n", "\(arguments)")
    }
  }

  @Test("validate reads each file once however often it is named (H4)")
  func sameFileManyTimes() {
    let result = CLITest.run(["validate"] + Array(repeating: good, count: 2_000))
    #expect(result.code == 0)
    #expect(result.out.contains("1 scenario valid"))
  }

  @Test("a scenario file given as a pipe is read, within the size limit (U5)")
  func pipe() throws {
    let bytes = try #require(FileManager.default.contents(atPath: good))
    let result = try CLITest.spawn(["validate", "/dev/stdin"], stdin: String(decoding: bytes, as: UTF8.self))
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("ok: 1 scenario valid"))
  }
}
