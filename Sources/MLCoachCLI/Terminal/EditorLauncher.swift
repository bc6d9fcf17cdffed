import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens the user's editor on a temporary file and returns what they saved.
///
/// The editor runs in a process group of its own, made the terminal's foreground group, as a
/// shell runs a job: Ctrl-C and Ctrl-\ then reach the editor only, never mlcoach, which waits
/// for it and removes the temporary file whatever the editor did.
enum EditorLauncher {
  /// Signals the editor gets back with their default action (mlcoach may ignore some).
  private static let defaultSignals = [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE]

  /// Runs a program in the foreground of this terminal and waits for it; returns its exit
  /// status (128 + the signal when a signal ended it). Foundation's `Process` starts children
  /// in a new session, which cuts an editor off from the terminal, so `posix_spawn` is used.
  private static func spawnAndWait(_ arguments: [String], environment: [String: String]) throws(CLIError) -> Int32 {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in defaultSignals { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setpgroup(&attributes, 0)
    // mlcoach blocks the signals it handles on its own thread (ProcessSignals); a child would
    // inherit that mask and ignore Ctrl-C and Ctrl-Z, so it starts with none blocked.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, arguments[0], nil, &attributes, argv, envp)
    guard result == 0 else { throw CLIError("cannot start the editor: \(String(cString: strerror(result)))") }

    // Hand the terminal to the editor's group, and take it back afterwards. A process outside
    // the foreground group that changes it is sent SIGTTOU, so that is ignored meanwhile.
    let terminal = isatty(STDIN_FILENO) == 1 && tcgetpgrp(STDIN_FILENO) == getpgrp()
    let previousTTOU = signal(SIGTTOU, SIG_IGN)
    if terminal { tcsetpgrp(STDIN_FILENO, pid) }
    defer {
      if terminal { tcsetpgrp(STDIN_FILENO, getpgrp()) }
      signal(SIGTTOU, previousTTOU)
    }
    var status: Int32 = 0
    while true {
      let waited = waitpid(pid, &status, WUNTRACED)
      if waited < 0 {
        if errno == EINTR { continue }
        return 1
      }
      // WIFSTOPPED: the editor read the terminal before it was handed over (SIGTTIN), or
      // was suspended; with the terminal now its own, let it go on.
      if status & 0xFF == 0x7F {
        kill(-pid, SIGCONT)
        continue
      }
      break
    }
    // WIFEXITED / WEXITSTATUS, spelled out: Glibc's macros are not imported into Swift.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }

  /// The editor the user chose: $VISUAL, else $EDITOR, ignoring empty ones; nil when neither is set.
  static func configured(in environment: [String: String]) -> String? {
    [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
  }

  static func edit(_ text: String, environment: [String: String], interactive: Bool) throws(CLIError) -> String {
    guard let editor = configured(in: environment) ?? (interactive ? "vi" : nil) else {
      throw CLIError("set $VISUAL or $EDITOR to use /edit")
    }
    let path = try createTemporaryFile(containing: text)
    defer { unlink(path) }
    // The editor command may carry arguments ("code --wait"), so let the shell split it.
    var childEnvironment = ProcessInfo.processInfo.environment
    for (key, value) in environment { childEnvironment[key] = value }
    let status = try spawnAndWait(["/bin/sh", "-c", "\(editor) \"$1\"", "mlcoach-edit", path],
                                  environment: childEnvironment)
    guard status == 0 else {
      if status == 128 + SIGINT { throw CLIError("the editor was interrupted; your text is unchanged") }
      throw CLIError("the editor '\(editor)' exited with status \(status); your text is unchanged")
    }
    guard let data = FileManager.default.contents(atPath: path),
          let edited = String(data: data, encoding: .utf8) else {
      throw CLIError("cannot read back the edited text; your text is unchanged")
    }
    return edited
  }

  /// A new file only this user can read, created exclusively (never through an existing name).
  private static func createTemporaryFile(containing text: String) throws(CLIError) -> String {
    let folder = NSTemporaryDirectory()
    let path = (folder as NSString).appendingPathComponent("mlcoach-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md")
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard descriptor >= 0 else { throw CLIError("cannot create a temporary file for the editor in \(folder)") }
    defer { close(descriptor) }
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        unlink(path)
        throw CLIError("cannot write the temporary file for the editor in \(folder)")
      }
      offset += written
    }
    return path
  }
}
