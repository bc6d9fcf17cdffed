import Foundation

/// Sessions as versioned JSON files in `<data>/sessions/`, written atomically: a crash or
/// `kill -9` leaves the previous complete file, never half of one.
public struct SessionStore: Sendable {
  public let directory: String

  public init(dataDirectory: String) {
    directory = (dataDirectory as NSString).appendingPathComponent("sessions")
  }

  public func path(of id: String) -> String { (directory as NSString).appendingPathComponent("\(id).json") }

  /// Creates the folder if needed and checks it can be written, so a practice run can warn
  /// at the start instead of failing at the end.
  public func prepare() throws(StorageError) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: directory, reason: "cannot create the folder")
    }
    guard FileManager.default.isWritableFile(atPath: directory) else {
      throw .cannotWrite(path: directory, reason: "the folder is not writable")
    }
  }

  public func save(_ session: Session) throws(StorageError) {
    // The id becomes a file name: one that is not a plain name could point anywhere.
    guard SessionID.isValid(session.id) else {
      throw .cannotWrite(path: directory, reason: "the session id \(UserText.quoted(session.id)) is not a valid file name")
    }
    try prepare()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    let data: Data
    do {
      data = try encoder.encode(session)
    } catch {
      throw .cannotWrite(path: path(of: session.id), reason: "cannot encode the session")
    }
    try AtomicFile.write(data, to: path(of: session.id))
  }

  public func load(id: String) throws(StorageError) -> Session {
    let file = path(of: id)
    guard FileManager.default.fileExists(atPath: file) else { throw .notFound(id) }
    return try load(path: file)
  }

  public func load(path file: String) throws(StorageError) -> Session {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .corrupt(path: file, reason: "cannot read the file")
    }
    return try Self.decode(data, file: file)
  }

  /// Decodes and checks one session file's bytes; `file` is its path, whose name the session's
  /// id must match.
  /// - Throws: `.corrupt` when the bytes are not a session this mlcoach can use: not JSON, a
  ///   newer format, or values out of range (`SessionValidation`).
  public static func decode(_ data: Data, file: String) throws(StorageError) -> Session {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let session: Session
    do {
      session = try decoder.decode(Session.self, from: data)
    } catch {
      throw .corrupt(path: file, reason: "not a valid session file")
    }
    guard session.formatVersion <= Session.currentFormatVersion else {
      throw .corrupt(path: file, reason: "written by a newer mlcoach (format \(session.formatVersion))")
    }
    if let problem = SessionValidation.problem(in: session, fileName: (file as NSString).lastPathComponent) {
      throw .corrupt(path: file, reason: problem)
    }
    return session
  }

  /// Every readable session, oldest first, and a warning for each file that could not be read.
  /// Unreadable files are left exactly as they are.
  public func all() -> (sessions: [Session], problems: [StorageError]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
    var sessions: [Session] = []
    var problems: [StorageError] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      do {
        sessions.append(try load(path: (directory as NSString).appendingPathComponent(name)))
      } catch {
        problems.append(error)
      }
    }
    sessions.sort { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    return (sessions, problems)
  }

  /// A new session id from the start time and scenario: sortable, readable, unique per second.
  public func newID(scenarioID: String, at date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let base = "\(formatter.string(from: date))-\(scenarioID)"
    var id = base
    var counter = 2
    while FileManager.default.fileExists(atPath: path(of: id)) {
      id = "\(base)-\(counter)"
      counter += 1
    }
    return id
  }
}

public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
  case cannotWrite(path: String, reason: String)
  case corrupt(path: String, reason: String)
  case notFound(String)

  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): return "cannot save to '\(path)': \(reason)"
    case .corrupt(let path, let reason): return "'\(path)': \(reason)"
    case .notFound(let id): return "no session '\(id)'"
    }
  }
}

/// Write-to-temporary-then-rename, the only way files are written.
public enum AtomicFile {
  public static func write(_ data: Data, to path: String) throws(StorageError) {
    let directory = (path as NSString).deletingLastPathComponent
    let temporary = (directory as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).tmp")
    guard FileManager.default.createFile(atPath: temporary, contents: data) else {
      throw .cannotWrite(path: path, reason: "the folder is not writable")
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw .cannotWrite(path: path, reason: reason)
    }
  }
}
