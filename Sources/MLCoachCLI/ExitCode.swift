/// Process exit statuses, following sysexits(3) so scripts can tell failures apart.
public enum ExitCode: Int32, Sendable {
  case success = 0
  case failure = 1
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cantCreate = 73
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
}
