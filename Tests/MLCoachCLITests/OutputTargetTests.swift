import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// `report -o` writes only regular files (review D4): devices, FIFOs and folders are refused
/// and left as they are; a symbolic link is followed and stays a link.
@Suite("report -o targets")
struct OutputTargetTests {
  func home() throws -> (ReviewHome, Session) {
    let home = try ReviewHome()
    return (home, try home.session(day: 3, statuses: ReviewCommandTests.mostlyHit))
  }

  @Test("devices, FIFOs and folders are refused with exit 73 and left untouched",
        arguments: [("/dev/null", "a character device"), ("fifo", "a pipe (FIFO)"), ("folder", "a folder")])
  func refused(target: String, kind: String) throws {
    let (home, _) = try home()
    let path = target.hasPrefix("/") ? target : home.path + "/" + target
    if target == "fifo" { mkfifo(path, 0o644) }
    if target == "folder" { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
    let before = FileKind.of(path)
    let start = Date()
    let result = home.run(["report", "-o", path])
    #expect(result.code == 73)
    #expect(result.err == "error: cannot write the report to '\(path)': it is \(kind), not a regular file\n")
    #expect(FileKind.of(path) == before, "still \(kind)")
    #expect(Date().timeIntervalSince(start) < 5, "a FIFO is never opened")
  }

  @Test("a symbolic link is followed: the file it points to is replaced, the link stays")
  func symbolicLink() throws {
    let (home, session) = try home()
    let file = home.path + "/kept.md"
    let link = home.path + "/link.md"
    #expect(FileManager.default.createFile(atPath: file, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
    let result = home.run(["report", session.id, "-o", link])
    #expect(result.code == 0, "\(result.err)")
    #expect(FileKind.of(linkAt: link) == .symbolicLink)
    let text = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
    #expect(text.hasPrefix("# "))
    #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
    let dangling = home.path + "/dangling.md"
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: home.path + "/nowhere/x.md")
    let refused = home.run(["report", session.id, "-o", dangling])
    #expect(refused.code == 73)
    #expect(refused.err.contains("is a symbolic link to '\(home.path)/nowhere/x.md', which does not exist"))
  }

  @Test("a regular file is replaced whole; a missing folder is exit 73; ~ is $HOME")
  func regularFiles() throws {
    let (home, session) = try home()
    let file = home.path + "/r.md"
    #expect(FileManager.default.createFile(atPath: file, contents: Data(String(repeating: "x", count: 100_000).utf8)))
    #expect(home.run(["report", session.id, "-o", file]).code == 0)
    let text = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
    #expect(text.hasPrefix("# ") && !text.contains("xxxx"))
    let missing = home.run(["report", session.id, "-o", home.path + "/no/such/r.md"])
    #expect(missing.code == 73)
    #expect(missing.err.contains("the folder '\(home.path)/no/such' does not exist"))
    let console = ScriptedConsole(environment: ["MLCOACH_HOME": home.path, "HOME": home.path])
    #expect(CLI.run(["report", session.id, "-o", "~/tilde.md"], console: console, clock: home.clock) == 0)
    #expect(FileManager.default.fileExists(atPath: home.path + "/tilde.md"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).allSatisfy { !$0.contains(".tmp-") })
  }
}
