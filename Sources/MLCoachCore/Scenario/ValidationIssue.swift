/// One problem in a scenario file, phrased for the person who will fix it.
public struct ValidationIssue: Equatable, Sendable, CustomStringConvertible {
  /// The file as the user named it (or `<bundled>/ads-ctr.json`).
  public var file: String
  /// Where in the document: `rubric[12].evidence`, or `line 3, column 14` for syntax errors.
  public var location: String
  public var message: String

  public init(file: String, location: String, message: String) {
    self.file = file
    self.location = location
    self.message = message
  }

  public var description: String {
    location.isEmpty ? "\(file): \(message)" : "\(file): \(location): \(message)"
  }
}

/// Why a scenario file could not be used.
public enum ScenarioLoadError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(file: String, reason: String)
  case invalid([ValidationIssue])

  public var issues: [ValidationIssue] {
    switch self {
    case .unreadable(let file, let reason): return [ValidationIssue(file: file, location: "", message: reason)]
    case .invalid(let issues): return issues
    }
  }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
