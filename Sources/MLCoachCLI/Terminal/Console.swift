import Foundation
import MLCoachCore

/// Everything the commands read from and write to the outside world, so the whole program
/// runs in-process in tests with scripted input and captured output.
public protocol Console: AnyObject, Sendable {
  /// Writes to standard output (no newline added).
  func out(_ text: String)
  /// Writes to standard error (no newline added).
  func err(_ text: String)
  /// The next line of standard input without its line ending (LF, CR LF or CR), or nil at end
  /// of input.
  func readLine() -> String?
  /// Whether `readLine` has a whole line ready without waiting for input.
  var hasBufferedLine: Bool { get }
  /// Why `readLine` returned nil, when standard input failed (a folder, an I/O error) rather
  /// than ended.
  var inputFailure: FileReadError? { get }
  /// How many lines `readLine` has returned whose bytes were not UTF-8 (each bad byte became
  /// U+FFFD).
  var invalidUTF8Lines: Int { get }
  /// A piped line begun but not ended while `readLine` waits for the rest, taken once; nil
  /// when there is none. A signal handler calls it while `readLine` is blocked, so it must not
  /// wait for `readLine`'s lock.
  func takeUnfinishedLine() -> String?
  /// How many lines `readLine` has returned that were cut from a longer line (see
  /// `LineReader.maximumLineBytes`).
  var linePiecesCut: Int { get }
  /// All remaining bytes of standard input (for `score ID -`), at most `limit` of them.
  /// - Throws: `FileReadError` when standard input is closed, write-only or a folder, cannot be
  ///   read, or holds more than `limit` bytes (reading stops there: `/dev/zero` is refused).
  func readAllInput(limit: Int) throws(FileReadError) -> [UInt8]
  var environment: [String: String] { get }
  var stdinIsTerminal: Bool { get }
  /// Whether standard input is a folder (`practice < ~/notes`), which no read can use.
  var stdinIsFolder: Bool { get }
  var stdoutIsTerminal: Bool { get }
  /// Whether standard error is a terminal (colour on stderr is decided on its own).
  var stderrIsTerminal: Bool { get }
  /// Columns of the terminal; 80 when unknown.
  var width: Int { get }
  /// The first write to standard output that failed, if one did: the command's output is
  /// incomplete and the program must not exit 0 (EX_IOERR, 74).
  var outputFailure: OutputFailure? { get }
  /// Standard input as raw key bytes, when it is a terminal: the interview's line editor reads
  /// it (see `TerminalCapabilities`). Nil for pipes, files and consoles without one.
  var keyboard: Keyboard? { get }
}

/// A write to standard output that failed: `code` is its `errno`.
public struct OutputFailure: Equatable, Sendable {
  public var code: Int32
  public var reason: String

  public init(code: Int32) {
    self.code = code
    reason = String(cString: strerror(code))
  }
}

extension Console {
  public var keyboard: Keyboard? { nil }
  public var stdinIsFolder: Bool { false }
  public var inputFailure: FileReadError? { nil }
  public var invalidUTF8Lines: Int { 0 }
  public func takeUnfinishedLine() -> String? { nil }
  public var linePiecesCut: Int { 0 }
  /// Width for tables: the terminal's, or COLUMNS when set; unlimited (0) when standard output
  /// is a pipe or file, so each row stays one line for grep, awk and cut ("people-you-may-know"
  /// wrapped into three lines of a narrow column is no row at all).
  var tableWidth: Int { stdoutIsTerminal || environment["COLUMNS"] != nil ? width : 0 }
  func line(_ text: String = "") { out(text + "\n") }

  /// Refuses a folder as standard input before an interview prints anything, saying what was
  /// left alone (`outcome`: "no session was saved"). Its first read would fail anyway; the
  /// introduction printed before that error read as an interview about to start (trial 14).
  /// - Throws: `CLIError` with exit 66.
  func refuseFolderInput(_ outcome: String) throws(CLIError) {
    guard stdinIsFolder else { return }
    throw CLIError("\(FileReadError.isDirectory.saying("standard input")); \(outcome)", code: .noInput)
  }
  func errorLine(_ text: String) { err(text + "\n") }
}

/// A console with scripted input that records output: the test double shipped with the code.
public final class ScriptedConsole: Console, @unchecked Sendable {
  private let lock = NSLock()
  private var input: [String]
  private var stdoutText = ""
  private var stderrText = ""
  public let environment: [String: String]
  public let stdinIsTerminal: Bool
  public let stdoutIsTerminal: Bool
  public let width: Int
  /// Keys for the line editor; set, it makes standard input a scripted terminal.
  public let keyboard: Keyboard?

  public init(input: [String] = [], environment: [String: String] = [:], terminal: Bool = false, width: Int = 80,
              keyboard: Keyboard? = nil) {
    self.input = input
    self.environment = environment
    self.stdinIsTerminal = terminal || keyboard != nil
    self.stdoutIsTerminal = terminal || keyboard != nil
    self.width = width
    self.keyboard = keyboard
  }

  public var stdout: String { lock.withLock { stdoutText } }
  public var stderr: String { lock.withLock { stderrText } }
  /// Set it to make every write to standard output fail with this `errno` (as a full disk,
  /// a closed descriptor or a closed pipe would).
  public var failingOutput: Int32? {
    get { lock.withLock { failing } }
    set { lock.withLock { failing = newValue } }
  }
  private var failing: Int32?
  private var failure: OutputFailure?
  public var outputFailure: OutputFailure? { lock.withLock { failure } }

  public func out(_ text: String) {
    lock.withLock {
      if let failing {
        if failure == nil { failure = OutputFailure(code: failing) }
        return
      }
      stdoutText += text
    }
  }
  public func err(_ text: String) { lock.withLock { stderrText += text } }
  public func readLine() -> String? {
    lock.withLock { input.isEmpty ? nil : input.removeFirst() }
  }

  public var hasBufferedLine: Bool { lock.withLock { !input.isEmpty } }

  public func readAllInput(limit: Int) throws(FileReadError) -> [UInt8] {
    let bytes = lock.withLock {
      defer { input.removeAll() }
      return Array(input.map { $0 + "\n" }.joined().utf8)
    }
    guard bytes.count <= limit else { throw .tooLarge(bytes: nil, limit: limit) }
    return bytes
  }
}

/// The real process: stdin, stdout, stderr and the terminal.
public final class SystemConsole: Console, @unchecked Sendable {
  private let lock = NSLock()
  /// Input is read in chunks (see `LineReader`). A terminal in canonical mode hands over one
  /// line per read, so the interview's poll() on fd 0 still sees every line it waits for.
  private let readerLock = NSLock()
  private let reader = LineReader(descriptor: STDIN_FILENO)
  public let environment: [String: String]
  public let stdinIsTerminal: Bool
  public let stdoutIsTerminal: Bool

  public let keyboard: Keyboard?

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    // A closed standard stream ("mlcoach practice <&-") would be reused by the next file
    // opened: the session's lock, whose pid would then be read as a typed line (trial 13).
    // /dev/null holds its place, opened the other way round, so that using the stream still
    // fails with EBADF as a closed one does (a closed output is still exit 74).
    for stream in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(stream, F_GETFD) == -1 && errno == EBADF {
      let replacement = open("/dev/null", stream == STDIN_FILENO ? O_WRONLY : O_RDONLY)
      if replacement >= 0 && replacement != stream {
        dup2(replacement, stream)
        close(replacement)
      }
    }
    self.environment = environment
    stdinIsTerminal = isatty(STDIN_FILENO) == 1
    stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
    keyboard = stdinIsTerminal ? SystemKeyboard(environment: environment) : nil
  }

  public var width: Int { Platform.terminalWidth(environment: environment) }

  public var stdinIsFolder: Bool {
    var status = stat()
    return fstat(STDIN_FILENO, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  private var failure: OutputFailure?
  public var outputFailure: OutputFailure? { lock.withLock { failure } }

  /// After a failed write, standard output is left alone: the exit status reports it.
  public func out(_ text: String) {
    lock.withLock {
      guard failure == nil, let code = Platform.write(text, to: STDOUT_FILENO) else { return }
      failure = OutputFailure(code: code)
    }
  }
  public func err(_ text: String) {
    // A failed write to standard error has nowhere left to be reported.
    lock.withLock { _ = Platform.write(text, to: STDERR_FILENO) }
  }

  public func readLine() -> String? { readerLock.withLock { reader.next() } }

  public var hasBufferedLine: Bool { readerLock.withLock { reader.hasBufferedLine } }
  public var inputFailure: FileReadError? { readerLock.withLock { reader.failure } }
  public var invalidUTF8Lines: Int { readerLock.withLock { reader.invalidUTF8Lines } }
  public var linePiecesCut: Int { readerLock.withLock { reader.piecesCut } }
  /// Not behind `readerLock`: the reader may be blocked in `read` holding it.
  public func takeUnfinishedLine() -> String? { reader.takeUnfinished() }

  public func readAllInput(limit: Int) throws(FileReadError) -> [UInt8] {
    // Not FileHandle.readDataToEndOfFile: it traps (try!) on a closed stdin and reads an
    // endless one to the end before any size check.
    try BoundedFile.read(descriptor: STDIN_FILENO, limit: limit)
  }
}
