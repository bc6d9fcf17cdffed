import Foundation
@testable import MLCoachCLI
import MLCoachCore

/// Runs the CLI in-process with a scripted console.
struct CLIRun {
  var code: Int32
  var out: String
  var err: String
}

enum CLITest {
  /// A piped `mlcoach practice ads-ctr --no-followups` with its data in `home`, started and
  /// given "line one", returned once that line is saved (or after 20 s), so a test can signal
  /// or race it. The caller reads `output`/`errors` and waits for `process`.
  struct RunningPractice {
    var process: Process
    var input: Pipe
    var output: Pipe
    var errors: Pipe
  }

  static func startPractice(home: String) throws -> RunningPractice {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["practice", "ads-ctr", "--no-followups"]
    var env = ProcessInfo.processInfo.environment
    env["MLCOACH_HOME"] = home
    process.environment = env
    let running = RunningPractice(process: process, input: Pipe(), output: Pipe(), errors: Pipe())
    process.standardInput = running.input
    process.standardOutput = running.output
    process.standardError = running.errors
    try process.run()
    running.input.fileHandleForWriting.write(Data("line one\n".utf8))
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, SessionStore(dataDirectory: home).all().sessions.first?.steps[0].lines != ["line one"] {
      usleep(20_000)
    }
    return running
  }

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let coreFixtures = repository.appendingPathComponent("Tests/MLCoachCoreTests/Fixtures")

  static func run(_ arguments: [String], input: [String] = [], environment: [String: String] = [:],
                  terminal: Bool = false, clock: Clock = FixedClock()) -> CLIRun {
    var env = environment
    var scratchHome: String?
    if env["MLCOACH_HOME"] == nil {
      scratchHome = temporaryDirectory()
      env["MLCOACH_HOME"] = scratchHome
    }
    defer { scratchHome.map(TemporaryFolders.remove) }
    // Dates are shown in local time: tests pin the zone so they pass anywhere.
    if env["TZ"] == nil { env["TZ"] = "UTC" }
    let width = env["COLUMNS"].flatMap { Int($0) } ?? 80
    let console = ScriptedConsole(input: input, environment: env, terminal: terminal, width: width)
    let code = CLI.run(arguments, console: console, clock: clock)
    return CLIRun(code: code, out: console.stdout, err: console.stderr)
  }

  /// The files of a sessions folder besides its summary cache (`.index`), sorted.
  static func files(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0 != ".index" }.sorted()
  }

  /// A new empty folder, removed when the test process exits (see `TemporaryFolders`).
  static func temporaryDirectory() -> String { TemporaryFolders.make() }

  /// The `mlcoach` binary built beside the test bundle.
  static var binary: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("mlcoach")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside.path }
    return repository.appendingPathComponent(".build/debug/mlcoach").path
  }

  /// Runs the built binary with `stdin` piped in; returns status, stdout and stderr.
  /// - Parameters:
  ///   - stdinBytes: raw bytes for standard input instead of `stdin` (text that is not UTF-8).
  ///   - stdinFile: a path opened as standard input instead of a pipe (a folder, say).
  static func spawn(_ arguments: [String], stdin: String = "", stdinBytes: [UInt8]? = nil, stdinFile: String? = nil,
                    environment: [String: String] = [:],
                    currentDirectory: String? = nil, executable: String? = nil) throws -> CLIRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? binary)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    let file = stdinFile.map { path in FileHandle(fileDescriptor: open(path, O_RDONLY), closeOnDealloc: true) }
    process.standardInput = file ?? input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(stdinBytes ?? Array(stdin.utf8)))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLIRun(code: process.terminationStatus, out: String(decoding: out, as: UTF8.self),
                  err: String(decoding: err, as: UTF8.self))
  }
}

extension CLITest {
  /// Runs `script` with /bin/sh in a new temporary folder, where `"$MLCOACH"` is the built
  /// binary, so tests can give it any standard input (closed, a folder, /dev/zero) or output
  /// (/dev/full). Kills it after `timeout` seconds: a hang fails the test, not the suite.
  static func shell(_ script: String, environment: [String: String] = [:], timeout: TimeInterval = 30) throws -> CLIRun {
    let folder = temporaryDirectory()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    var env = ProcessInfo.processInfo.environment
    env["MLCOACH"] = binary
    env["MLCOACH_HOME"] = folder + "/home"
    env.removeValue(forKey: "NO_COLOR")
    for (key, value) in environment { env[key] = value }
    process.environment = env
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let deadline = DispatchTime.now() + timeout
    let killer = DispatchWorkItem { if process.isRunning { kill(-process.processIdentifier, SIGKILL); process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    killer.cancel()
    return CLIRun(code: process.terminationStatus, out: String(decoding: out, as: UTF8.self),
                  err: String(decoding: err, as: UTF8.self))
  }
}

/// Every folder the tests create, removed when the test process exits, so `swift test` leaves
/// nothing behind in the temporary directory even when a test fails half-way. (Swift Testing
/// has no suite teardown for structs; an exit hook covers every test at once.)
enum TemporaryFolders {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var created: [String] = []
  nonisolated(unsafe) private static var hookInstalled = false

  static func make() -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("mlcoach-test-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    lock.withLock {
      created.append(path)
      if !hookInstalled {
        hookInstalled = true
        atexit { TemporaryFolders.removeAll() }
      }
    }
    return path
  }

  static func remove(_ path: String) {
    _ = try? FileManager.default.removeItem(atPath: path)
  }

  static func removeAll() {
    let paths = lock.withLock { created }
    for path in paths { remove(path) }
  }
}
