import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Long output through the user's pager, as git does: `$PAGER` (default `less -FRX`: quit if
/// it fits one screen, keep colours, leave the text on screen) when standard output is a
/// terminal; straight to standard output otherwise, or when `PAGER` is empty or `cat`.
enum Pager {
  static let defaultCommand = "less -FRX"

  /// The shell command to page through, or nil to print directly. Pure, so each rule is tested.
  static func command(environment: [String: String], stdoutIsTerminal: Bool) -> String? {
    guard stdoutIsTerminal, environment["TERM"] != "dumb" else { return nil }
    let configured = environment["MLCOACH_PAGER"] ?? environment["PAGER"] ?? defaultCommand
    let trimmed = configured.trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
  }

  /// Shows `text`, paged when `command` says so and the console is the real terminal.
  static func show(_ text: String, context: Context) {
    let console = context.console
    guard console is SystemConsole,
          let command = command(environment: context.environment, stdoutIsTerminal: console.stdoutIsTerminal),
          run(command, input: text, environment: context.environment) else {
      console.out(text)
      return
    }
  }

  /// Runs `/bin/sh -c command` with `input` on its standard input, in the foreground of this
  /// terminal; false when it could not be started (the caller then prints the text itself).
  private static func run(_ command: String, input: String, environment: [String: String]) -> Bool {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return false }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    var childEnvironment = environment
    if childEnvironment["LESS"] == nil { childEnvironment["LESS"] = "FRX" }
    let arguments = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = childEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp) == 0
    close(pipeEnds[0])
    guard started else {
      close(pipeEnds[1])
      return false
    }
    // A pager quit early (q) closes the pipe: ignore SIGPIPE while writing, then restore it.
    let previous = signal(SIGPIPE, SIG_IGN)
    var bytes = Array(input.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { write(pipeEnds[1], $0.baseAddress.map { $0 + offset }, $0.count - offset) }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { break }  // the pager has quit
      offset += written
    }
    close(pipeEnds[1])
    signal(SIGPIPE, previous)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return true
  }
}
