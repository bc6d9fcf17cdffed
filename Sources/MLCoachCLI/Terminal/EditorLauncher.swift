import Foundation

/// Opens the user's editor on a temporary file and returns what they saved.
enum EditorLauncher {
  static func edit(_ text: String, environment: [String: String], interactive: Bool) throws(CLIError) -> String {
    let configured = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
    guard let editor = configured ?? (interactive ? "vi" : nil) else {
      throw CLIError("set $VISUAL or $EDITOR to use /edit")
    }
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("mlcoach-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md")
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      throw CLIError("cannot create a temporary file for the editor in \(NSTemporaryDirectory())")
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The editor command may carry arguments ("code --wait"), so let the shell split it.
    process.arguments = ["-c", "\(editor) \"$1\"", "mlcoach-edit", path]
    var childEnvironment = ProcessInfo.processInfo.environment
    for (key, value) in environment { childEnvironment[key] = value }
    process.environment = childEnvironment
    do {
      try process.run()
    } catch {
      throw CLIError("cannot start the editor '\(editor)'")
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CLIError("the editor '\(editor)' exited with status \(process.terminationStatus); your text is unchanged")
    }
    guard let data = FileManager.default.contents(atPath: path),
          let edited = String(data: data, encoding: .utf8) else {
      throw CLIError("cannot read back the edited text; your text is unchanged")
    }
    return edited
  }
}
