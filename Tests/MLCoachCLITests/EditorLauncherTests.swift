import Foundation
import MLCoachCore
import Testing

/// `/edit` with an editor that is interrupted: Ctrl-C reaches the editor's process group, which
/// is what `kill -INT 0` in the editor does. mlcoach must go on, and leave no temporary file.
@Suite("/edit and Ctrl-C", .serialized)
struct EditorLauncherTests {
  @Test("Ctrl-C in the editor stops the editor only: mlcoach goes on and removes its temporary file")
  func interruptedEditor() throws {
    let home = CLITest.temporaryDirectory()
    let temporary = CLITest.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(atPath: home)
      try? FileManager.default.removeItem(atPath: temporary)
    }
    let editor = home + "/interrupted-editor.sh"
    // Like Ctrl-C on a terminal: SIGINT to every process of the foreground group.
    let script = "#!/bin/sh\necho 'never saved' >> \"$1\"\nkill -INT 0\nsleep 5\n"
    #expect(FileManager.default.createFile(atPath: editor, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755]))
    let input = ["A first line.", "/edit", "A line after the editor.", "/quit"].joined(separator: "\n") + "\n"
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-timer", "--no-followups"], stdin: input,
                                   environment: ["MLCOACH_HOME": home, "EDITOR": editor, "VISUAL": "",
                                                 "TMPDIR": temporary])
    #expect(result.code == 0, "\(result.out)\n\(result.err)")
    #expect(result.out.contains("» the editor was interrupted; your text is unchanged"))
    #expect(result.out.contains("Saved. Continue with: mlcoach resume "))
    let left = try FileManager.default.contentsOfDirectory(atPath: temporary)
    #expect(left.isEmpty, "left behind: \(left)")
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps[0].lines == ["A first line.", "A line after the editor."])
  }

  /// Trial 14: with neither $VISUAL nor $EDITOR set, /edit on a terminal said "set $VISUAL or
  /// $EDITOR" instead of opening vi, as the help promises: the fallback was only taken without
  /// the line editor.
  @Test("on a terminal with no $VISUAL or $EDITOR, /edit opens vi")
  func fallsBackToVi() throws {
    let home = CLITest.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: home) }
    let bin = home + "/bin"
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    let script = "#!/bin/sh\necho 'Written in vi.' >> \"$1\"\n"
    #expect(FileManager.default.createFile(atPath: bin + "/vi", contents: Data(script.utf8),
                                           attributes: [.posixPermissions: 0o755]))
    let terminal = try PseudoTerminal(rows: 30, columns: 100)
    let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    let pid = try terminal.spawn(CLITest.binary, ["practice", "ads-ctr", "--no-timer", "--no-followups"],
                                 environment: ["MLCOACH_HOME": home, "TERM": "xterm", "EDITOR": "", "VISUAL": "",
                                               "PATH": path])
    _ = terminal.read(until: "\u{1B}[?2004h", seconds: 20)
    terminal.write("A first line.\r")
    terminal.write("/edit\r")
    let shown = terminal.read(until: "Kept what you saved", seconds: 10)
    #expect(shown.contains("Kept what you saved"))
    // Trial 18: it says that vi opens, and how to leave it.
    #expect(shown.contains("opening vi") && shown.contains(":q!"))
    terminal.write("/quit\r")
    #expect(terminal.wait(pid) == 0)
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps[0].lines == ["A first line.", "Written in vi."])
  }
}
