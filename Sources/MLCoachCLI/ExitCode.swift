import MLCoachCore

/// Process exit statuses, following sysexits(3) so scripts can tell failures apart.
public enum ExitCode: Int32, Sendable {
  case success = 0
  case failure = 1
  /// EX_USAGE: unknown command or option, missing argument, unknown or ambiguous name.
  case usage = 64
  /// EX_DATAERR: a bad scenario or session file, a binary or non-UTF-8 answer.
  case dataError = 65
  /// EX_NOINPUT: a file, folder or session that does not exist or cannot be read.
  case noInput = 66
  /// EX_SOFTWARE: a bug in mlcoach (a value it cannot write as JSON).
  case software = 70
  /// EX_CANTCREAT: an output file or the data folder cannot be created.
  case cantCreate = 73
  /// EX_IOERR: writing failed (disk full, closed output, I/O error).
  case ioError = 74
  /// EX_TEMPFAIL: the session is open in another mlcoach; try again once that one ends.
  case tempFail = 75
  /// 128 + SIGINT.
  case interrupted = 130
}

/// A failure a command reports to the user: one line on stderr and an exit status.
public struct CLIError: Error, Equatable, Sendable {
  public var message: String
  public var code: ExitCode
  /// For usage errors: the command's usage line, printed after the message.
  public var usage: String?

  public init(_ message: String, code: ExitCode = .failure, usage: String? = nil) {
    self.message = message
    self.code = code
    self.usage = usage
  }

  /// A command used on a session in the wrong state (`resume` of a finished one, `review` of an
  /// unfinished one): exit 64 like other misuse, but without the usage line, since the command
  /// line was well formed and the message says what to run instead.
  public static func wrongState(_ message: String) -> CLIError { CLIError(message, code: .usage, usage: "") }
}

// MARK: - Core errors to messages and exit codes, in one place

extension CLIError {
  /// A message or warning as it may be printed: one line, no control character. Values from
  /// files and arguments are cut to a short excerpt where they are quoted; this is the net for
  /// anything that reached a message whole.
  static func printable(_ message: String) -> String { UserText.excerpt(message, limit: 2_000) }

  init(_ error: StorageError) {
    switch error {
    case .cannotWrite: self.init(error.description, code: .cantCreate)
    case .writeFailed: self.init(error.description, code: .ioError)
    case .corrupt(let path, let reason): self.init("cannot read '\(path)': \(reason)", code: .dataError)
    // The reason already says "cannot read the file: …".
    case .unreadable: self.init(error.description, code: .noInput)
    case .notFound: self.init(error.description, code: .noInput)
    case .locked:
      self.init(error.description + "; finish or /quit it there first (or wait until it ends)", code: .tempFail)
    }
  }

  /// The warning line for a session file that is skipped: it is named, and left untouched.
  static func skipping(_ error: StorageError) -> String {
    guard let (path, reason) = error.unusableFile else { return error.description }
    return "skipping '\(path)': \(reason)"
  }

  init(_ error: OutputError) {
    if case .writeFailed(let failure) = error, failure.isIOError {
      self.init(error.description, code: .ioError)
    } else {
      self.init(error.description, code: .cantCreate)
    }
  }

  /// A scenario path that cannot be used; `option` names where it came from.
  init(_ error: CatalogueError, option: String? = nil) {
    self.init((option.map { "\($0) " } ?? "") + error.description, code: .noInput)
  }

  init(_ error: JSONOutputError) {
    self.init("cannot write the output as JSON (\(error.reason)); please report this", code: .software)
  }
}
