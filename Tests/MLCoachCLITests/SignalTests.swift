import Foundation
import MLCoachCore
import Testing

/// Signals during an interview (review C5, D6, W8, B4): SIGINT, SIGTERM, SIGHUP and SIGQUIT
/// save the lines and the step's elapsed time, give the terminal back and exit 128 + n;
/// Ctrl-Z gives the terminal back before stopping and takes it again on `fg`.
// Ten minutes, as the reliability cases: a suite started beside the question-bank suites may
// wait that long for a thread of the test pool on two cores; a hang never ends.
@Suite("signals", .serialized, .timeLimit(.minutes(10)))
struct SignalTests {
  func sessions(in home: String) -> [Session] { SessionStore(dataDirectory: home).all().sessions }

  /// Starts a piped practice, waits until its first line is on disk, waits `seconds`, signals.
  func practice(signal number: Int32, after seconds: Double = 1.2, closeInput: Bool = false)
    throws -> (code: Int32, out: String, err: String, home: String) {
    let home = CLITest.temporaryDirectory()
    let running = try CLITest.startPractice(home: home)
    let (process, input, output, errors) = (running.process, running.input, running.output, running.errors)
    usleep(useconds_t(seconds * 1_000_000))
    kill(process.processIdentifier, number)
    if closeInput { try input.fileHandleForWriting.close() }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), home)
  }

  @Test("SIGTERM, SIGHUP, SIGQUIT and SIGINT save the lines and the elapsed time and exit 128 + n (C5, D6)",
        arguments: [(SIGTERM, "Stopped by SIGTERM."), (SIGHUP, "Stopped by SIGHUP (the terminal closed)."),
                    (SIGQUIT, "Stopped by SIGQUIT."), (SIGINT, "Interrupted.")])
  func terminatingSignals(signal: Int32, message: String) throws {
    let run = try practice(signal: signal)
    #expect(run.code == 128 + signal)
    #expect(run.out.contains("\(message) Your answers are saved; continue with: mlcoach resume "))
    #expect(!run.err.contains("crashed") && !run.err.contains("Backtrac"), "no crash report: \(run.err)")
    let session = try #require(sessions(in: run.home).first)
    #expect(session.steps[0].lines == ["line one"])
    #expect(session.steps[0].usedSeconds >= 1, "the step's elapsed time is kept: \(session.steps[0].usedSeconds)")
    #expect(CLITest.files(in: run.home + "/sessions") == ["\(session.id).json"],
            "no journal or lock left behind")
  }

  @Test("a piped line whose end has not come is kept, marked unfinished, on SIGINT, SIGTERM and SIGHUP (trial 13)",
        arguments: [SIGINT, SIGTERM, SIGHUP])
  func unfinishedPipedLine(signal: Int32) throws {
    let home = CLITest.temporaryDirectory()
    let running = try CLITest.startPractice(home: home)
    running.input.fileHandleForWriting.write(Data("a half-written answer about pCTR".utf8))
    usleep(800_000)
    kill(running.process.processIdentifier, signal)
    let out = String(decoding: running.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    running.process.waitUntilExit()
    #expect(running.process.terminationStatus == 128 + signal)
    #expect(out.contains("with the line you were typing"), "\(out)")
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines == ["line one", "a half-written answer about pCTR"])
    #expect(session.steps[0].unfinishedLines == [1])
  }

  @Test("a half-written piped command is neither run nor saved as an answer")
  func unfinishedPipedCommand() throws {
    let home = CLITest.temporaryDirectory()
    let running = try CLITest.startPractice(home: home)
    running.input.fileHandleForWriting.write(Data("/ne".utf8))
    usleep(800_000)
    kill(running.process.processIdentifier, SIGTERM)
    _ = running.output.fileHandleForReading.readDataToEndOfFile()
    running.process.waitUntilExit()
    #expect(running.process.terminationStatus == 128 + SIGTERM)
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines == ["line one"])
    #expect(session.currentStep == 0)
  }

  @Test("Ctrl-C just before the end of input still reports the interruption (W8)")
  func interruptThenEndOfInput() throws {
    for _ in 0..<3 {
      let run = try practice(signal: SIGINT, after: 0.1, closeInput: true)
      #expect(run.code == 130)
      #expect(run.out.contains("Interrupted."))
      #expect(!run.out.contains("Saved. Continue with"))
    }
  }

  @Test("SIGQUIT outside an interview ends quietly with 131, without the runtime's crash report")
  func quitOutsideAnInterview() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLITest.binary)
    process.arguments = ["score", "ads-ctr", "-"]
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    usleep(800_000)
    kill(process.processIdentifier, SIGQUIT)
    let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 131)
    #expect(!err.contains("crashed") && !err.contains("Press space"), "\(err)")
  }

  @Test("a signal the parent ignores stays ignored (a background job of a script)")
  func inheritedIgnore() throws {
    let result = try CLITest.shell("trap '' TERM; (sleep 3; echo done) | \"$MLCOACH\" score ads-ctr - --json > out.json "
      + "& sleep 1; kill -TERM $!; wait $!; echo \"rc=$?\"")
    #expect(result.out.contains("rc=0"), "\(result.out) \(result.err)")
  }

  @Test("Ctrl-Z gives the terminal back before stopping; fg takes it again and redraws the status line")
  func suspendAndResume() throws {
    let terminal = try PseudoTerminal(rows: 24, columns: 80)
    let home = CLITest.temporaryDirectory()
    let pid = try terminal.spawn(CLITest.binary, ["practice", "ads-ctr", "--no-followups"],
                                 environment: ["MLCOACH_HOME": home, "TERM": "xterm"])
    let region = "\u{1B}[2;24r"
    let status = "\u{1B}[1;1H"
    #expect(terminal.read(until: region, seconds: 20).contains(region), "the status line's scroll region is set")
    terminal.write("line one\n")
    _ = terminal.read(until: status, seconds: 10)  // the status line has been drawn once
    kill(pid, SIGTSTP)
    let stopped = terminal.read(until: "\u{1B}[r", seconds: 10)
    #expect(stopped.contains("\u{1B}[r"), "the scroll region is reset before stopping")
    #expect(terminal.waitForState(of: pid, "T", seconds: 10), "the process is stopped")
    kill(pid, SIGCONT)
    let resumed = terminal.read(until: status, seconds: 10)  // the region comes first, then the status
    #expect(resumed.contains(region), "the scroll region is set again after fg")
    #expect(resumed.contains(status), "and the status line redrawn")
    // Let the redraw after fg finish before the Ctrl-C: under the full suite's load a SIGINT
    // sent in the middle of it twice left the child stalled in a terminal write (an open
    // issue, see the closing note of 2026-11-30); this test is about Ctrl-Z and fg.
    _ = terminal.read(seconds: 0.5)
    kill(pid, SIGINT)
    let ended = terminal.read(until: "Interrupted.", seconds: 10)
    #expect(ended.contains("\u{1B}[r") && ended.contains("Interrupted. Your answers are saved"))
    #expect(terminal.wait(pid) == 130)
    #expect(sessions(in: home).first?.steps[0].lines == ["line one"])
  }
}

extension SignalTests {
  @Test("on a real terminal, Ctrl-C and SIGTERM keep the half-typed line and give the terminal back",
        arguments: [SIGINT, SIGTERM])
  func halfTypedLineOnATerminal(signal: Int32) throws {
    let terminal = try PseudoTerminal(rows: 20, columns: 60)
    let home = CLITest.temporaryDirectory()
    let pid = try terminal.spawn(CLITest.binary, ["practice", "ads-ctr", "--no-followups"],
                                 environment: ["MLCOACH_HOME": home, "TERM": "xterm"])
    #expect(terminal.read(until: "\u{1B}[?2004h", seconds: 20).contains("\u{1B}[?2004h"), "raw mode and paste on")
    terminal.write("line one\r")
    terminal.write("half a li")
    _ = terminal.read(until: "half a li", seconds: 10)
    // The terminal here is not the child's controlling terminal, so a typed Ctrl-C would not
    // raise SIGINT: the signal is sent as the terminal would send it.
    kill(pid, signal)
    let ended = terminal.read(until: "mlcoach resume", seconds: 10)
    #expect(ended.contains("\u{1B}[?2004l") && ended.contains("\u{1B}[r"), "paste mode and scroll region reset")
    // The message is wrapped to the window: read it with its lines joined.
    #expect(ended.replacingOccurrences(of: "\r\n", with: " ").contains("with the line you were typing"))
    #expect(terminal.wait(pid) == 128 + signal)
    #expect(sessions(in: home).first?.steps[0].lines == ["line one", "half a li"])
    #expect(sessions(in: home).first?.steps[0].unfinishedLines == [1])
  }

  /// Trial 18: after Ctrl-C mid-line and resume, the fragment came back as a finished line
  /// that could not be continued; finishing the thought took a second line.
  @Test("after Ctrl-C mid-line, resume puts the half-typed line back at the prompt and Enter replaces the fragment")
  func resumeContinuesTheHalfTypedLine() throws {
    let home = CLITest.temporaryDirectory()
    let first = try PseudoTerminal(rows: 20, columns: 80)
    let pid = try first.spawn(CLITest.binary, ["practice", "ads-ctr", "--no-followups"],
                              environment: ["MLCOACH_HOME": home, "TERM": "xterm"])
    #expect(first.read(until: "\u{1B}[?2004h", seconds: 20).contains("\u{1B}[?2004h"))
    first.write("line one\r")
    first.write("we calibrate because the auc")
    _ = first.read(until: "the auc", seconds: 10)
    kill(pid, SIGINT)
    _ = first.read(until: "mlcoach resume", seconds: 10)
    #expect(first.wait(pid) == 130)
    let id = try #require(sessions(in: home).first?.id)

    // Interrupted again while finishing it: the longer fragment replaces the first, still unfinished.
    let again = try PseudoTerminal(rows: 20, columns: 80)
    let interrupted = try again.spawn(CLITest.binary, ["resume", id], environment: ["MLCOACH_HOME": home, "TERM": "xterm"])
    _ = again.read(until: "drop it.", seconds: 20)
    again.write(" ignores")
    _ = again.read(until: "ignores", seconds: 10)
    kill(interrupted, SIGINT)
    _ = again.read(until: "mlcoach resume", seconds: 10)
    #expect(again.wait(interrupted) == 130)
    #expect(sessions(in: home).first?.steps[0].lines == ["line one", "we calibrate because the auc ignores"])
    #expect(sessions(in: home).first?.steps[0].unfinishedLines == [1])

    let second = try PseudoTerminal(rows: 20, columns: 80)
    let resumed = try second.spawn(CLITest.binary, ["resume", id], environment: ["MLCOACH_HOME": home, "TERM": "xterm"])
    let shown = second.read(until: "drop it.", seconds: 20).replacingOccurrences(of: "\r\n  ", with: " ")
    #expect(shown.contains("Your unfinished line is back at the prompt"))
    second.write(" the bid\r")
    second.write("/quit\r")
    #expect(second.wait(resumed) == 0)
    let session = try #require(sessions(in: home).first)
    #expect(session.steps[0].lines == ["line one", "we calibrate because the auc ignores the bid"])
    #expect(session.steps[0].unfinishedLines == nil)
  }

  @Test("Ctrl-C at a [y/N] prompt ends the line, so the shell's prompt starts on its own")
  func interruptedPromptEndsItsLine() throws {
    let home = CLITest.temporaryDirectory()
    _ = CLITest.run(["practice", "ads-ctr", "--no-followups"], input: ["line one"], environment: ["MLCOACH_HOME": home])
    let id = try #require(sessions(in: home).first?.id)
    let terminal = try PseudoTerminal(rows: 20, columns: 100)
    let pid = try terminal.spawn(CLITest.binary, ["sessions", "discard", id], environment: ["MLCOACH_HOME": home])
    #expect(terminal.read(until: "[y/N] ", seconds: 20).contains("[y/N] "))
    kill(pid, SIGINT)
    #expect(terminal.read(until: "\n", seconds: 5).contains("\n"), "a newline after the prompt")
    #expect(terminal.wait(pid) == 130)
    #expect(sessions(in: home).first?.id == id, "nothing discarded")
  }
}

/// Time notices on a terminal without the line editor (TERM=dumb: an editor's shell buffer),
/// where a notice raised while a line is typed waits for Enter. Here because it needs a
/// pseudo-terminal and real seconds.
// Ten minutes, not one: started beside the question-bank suites it waited 382 s for a thread
// of the test pool (thirty-second session, a full run on two cores); alone it takes seconds.
@Suite("time notices with TERM=dumb", .timeLimit(.minutes(10)))
struct DumbTerminalNoticeTests {
  // Trial 14: with TERM=dumb no time notice ever appeared: "time's up" was dropped with the
  // stale warnings for having no time left.
  @Test("'time's up' is shown after the next Enter once the step has run out")
  func timeUpShown() throws {
    let terminal = try PseudoTerminal(rows: 30, columns: 100)
    let home = CLITest.temporaryDirectory()
    // news-feed in one minute: step 1 has 8 seconds.
    let pid = try terminal.spawn(CLITest.binary, ["practice", "news-feed", "--minutes", "1", "--no-followups"],
                                 environment: ["MLCOACH_HOME": home, "TERM": "dumb"])
    _ = terminal.read(until: "› ", seconds: 20)
    terminal.write("We optimise for meaningful interactions.\n")
    usleep(10_000_000)
    terminal.write("One more line.\n")
    let shown = terminal.read(until: "Time's up", seconds: 5)
    #expect(shown.contains("Time's up for this step"), "\(shown)")
    terminal.write("/quit\n")
    #expect(terminal.wait(pid) == 0)
  }
}

/// A pseudo-terminal for the tests that need mlcoach to see a real terminal on both ends.
final class PseudoTerminal {
  let master: Int32
  let slavePath: String

  init(rows: UInt16, columns: UInt16) throws {
    // posix_openpt and friends are not imported from Glibc; these are their Linux ioctls.
    let unlock: UInt = 0x4004_5431  // TIOCSPTLCK
    let number: UInt = 0x8004_5430  // TIOCGPTN
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var locked: Int32 = 0
    var index: UInt32 = 0
    guard master >= 0, ioctl(master, unlock, &locked) == 0, ioctl(master, number, &index) == 0 else {
      throw CocoaError(.fileNoSuchFile)
    }
    slavePath = "/dev/pts/\(index)"
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  deinit { close(master) }

  /// Starts `path` with the terminal as its standard input, output and error.
  func spawn(_ path: String, _ arguments: [String], environment: [String: String]) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(&actions, descriptor, slavePath, O_RDWR, 0)
    }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    for (key, value) in environment { env[key] = value }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { throw CocoaError(.executableLoad) }
    return pid
  }

  func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
  }

  /// What the program printed within `seconds`, stopping early once `marker` has appeared.
  func read(until marker: String? = nil, seconds: Double) -> String {
    var bytes: [UInt8] = []
    let deadline = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while Date() < deadline {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 100) > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes += buffer[0..<count]
      if let marker, String(decoding: bytes, as: UTF8.self).contains(marker) { break }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Waits until `/proc/<pid>/stat` shows the process in `state` ("T": stopped).
  func waitForState(of pid: pid_t, _ state: String, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      if let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)...].hasPrefix(state) { return true }
      usleep(20_000)
    }
    return false
  }

  /// The exit status of `pid`, as a shell shows it. Drains what the child writes meanwhile
  /// (a child blocked on a full terminal could never exit), and after `seconds` kills it
  /// (status 137): a signal the child missed then fails the test instead of hanging the
  /// whole suite, as a blocking waitpid did once.
  func wait(_ pid: pid_t, seconds: Double = 20) -> Int32 {
    var status: Int32 = 0
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result < 0 && errno != EINTR { return -1 }
      if Date() >= deadline {
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        break
      }
      _ = read(seconds: 0.05)
    }
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
