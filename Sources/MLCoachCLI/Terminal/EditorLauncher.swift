import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens the user's editor on a temporary file and returns what they saved.
enum EditorLauncher {
  /// Runs a program in the foreground on this terminal and waits for it. Foundation's `Process`
  /// starts children in a new session, which cuts an editor off from the terminal.
  private static func spawnAndWait(_ arguments: [String], environment: [String: String]) throws(CLIError) -> Int32 {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Ctrl-C is ignored in mlcoach while it waits; the editor gets the default behaviour back.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    // mlcoach blocks the signals it handles on its own thread (ProcessSignals); a child would
    // inherit that mask and ignore Ctrl-C and Ctrl-Z, so it starts with none blocked.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, arguments[0], nil, &attributes, argv, envp)
    guard result == 0 else { throw CLIError("cannot start the editor: \(String(cString: strerror(result)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS, spelled out: Glibc's macros are not imported into Swift.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

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
    // The editor command may carry arguments ("code --wait"), so let the shell split it.
    var childEnvironment = ProcessInfo.processInfo.environment
    for (key, value) in environment { childEnvironment[key] = value }
    let status = try spawnAndWait(["/bin/sh", "-c", "\(editor) \"$1\"", "mlcoach-edit", path], environment: childEnvironment)
    guard status == 0 else {
      throw CLIError("the editor '\(editor)' exited with status \(status); your text is unchanged")
    }
    guard let data = FileManager.default.contents(atPath: path),
          let edited = String(data: data, encoding: .utf8) else {
      throw CLIError("cannot read back the edited text; your text is unchanged")
    }
    return edited
  }
}
