import Foundation

/// Sessions as versioned JSON files in `<data>/sessions/`, one per interview, written
/// atomically and flushed to disk: a crash or `kill -9` leaves the previous complete file, never
/// half of one. The on-disk format is in docs/session-format.md.
///
/// Every path the store writes is `<data>/sessions/<id>.json` (and `.lock`) for an id that
/// `SessionID.isValid` accepts: nothing is ever written outside the sessions folder.
public struct SessionStore: Sendable {
  public let directory: String

  public init(dataDirectory: String) {
    directory = (dataDirectory as NSString).appendingPathComponent("sessions")
  }

  public func path(of id: String) -> String { (directory as NSString).appendingPathComponent("\(id).json") }

  /// The journal of session `id` (see `SessionJournal`).
  public func journalPath(of id: String) -> String {
    (directory as NSString).appendingPathComponent("\(id).journal")
  }

  /// The lock file of session `id` (see `SessionLock`).
  public func lockPath(of id: String) -> String { (directory as NSString).appendingPathComponent("\(id).lock") }

  /// Creates the folder if needed, checks it can be written (so a practice run can warn at the
  /// start instead of failing at the end), and removes temporaries of killed writes.
  public func prepare() throws(StorageError) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: directory, reason: FileKind.of(directory).map { "it is \($0)" }
        ?? "cannot create the folder (\(Self.reason(error)))")
    }
    guard FileManager.default.isWritableFile(atPath: directory) else {
      throw .cannotWrite(path: directory, reason: "the folder is not writable")
    }
    AtomicFile.removeStaleTemporaries(in: directory)
  }

  /// Writes `session` to its file, replacing what is there.
  /// - Throws: `.cannotWrite` for an id that is not a plain file name or a folder that cannot
  ///   be written, `.writeFailed` when the disk fails the write (full, I/O error).
  public func save(_ session: Session) throws(StorageError) {
    let file = try checkedPath(session.id)
    try prepare()
    let bytes = try Self.encode(session)
    do {
      try AtomicFile.replace(bytes, at: file)
    } catch {
      throw StorageError(error)
    }
  }

  /// Saves a new session under a free id: `session.id` if no file has it, else `<id>-2`,
  /// `<id>-3`, ... The name is claimed atomically, so two interviews started in the same second
  /// get two sessions, and the returned lock is already held.
  /// - Returns: the session as saved (with its final id) and its lock.
  public func create(_ session: Session) throws(StorageError) -> (session: Session, lock: SessionLock) {
    _ = try checkedPath(session.id)
    try prepare()
    var candidate = session
    for counter in 1...10_000 {
      candidate.id = counter == 1 ? session.id : "\(session.id)-\(counter)"
      let file = try checkedPath(candidate.id)
      // A name whose lock is held belongs to a running interview: try the next one.
      guard let lock = try? lock(candidate.id) else { continue }
      // A journal left without its session file holds typed lines: never start a new one over it.
      if FileManager.default.fileExists(atPath: journalPath(of: candidate.id)) {
        lock.release()
        continue
      }
      let bytes = try Self.encode(candidate)
      do {
        if try AtomicFile.create(bytes, at: file) { return (candidate, lock) }
      } catch {
        lock.release()
        throw StorageError(error)
      }
      lock.release()
    }
    throw .cannotWrite(path: path(of: session.id), reason: "no free session id")
  }

  /// Takes the lock of session `id` for this process.
  /// - Throws: `.locked` while another running mlcoach holds it.
  public func lock(_ id: String) throws(StorageError) -> SessionLock {
    _ = try checkedPath(id)
    return try SessionLock.acquire(path: lockPath(of: id), id: id)
  }

  /// The file of `id`, refusing an id that is not a plain file name: it could point anywhere.
  private func checkedPath(_ id: String) throws(StorageError) -> String {
    guard SessionID.isValid(id) else {
      throw .cannotWrite(path: directory, reason: "the session id \(UserText.quoted(id)) is not a valid file name")
    }
    return path(of: id)
  }

  /// Sessions as people read them: pretty-printed, keys sorted, ISO 8601 dates.
  static func encode(_ session: Session) throws(StorageError) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    do {
      return [UInt8](try encoder.encode(session))
    } catch {
      throw .cannotWrite(path: session.id, reason: "cannot encode the session (\(error))")
    }
  }

  private static func reason(_ error: Error) -> String {
    (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
  }

  public func load(id: String) throws(StorageError) -> Session {
    let file = path(of: id)
    guard FileManager.default.fileExists(atPath: file) else { throw .notFound(id) }
    return try load(path: file)
  }

  /// Bytes of one session file read at most (its answer is at most 16 MB).
  public static let maximumFileBytes = 128 * 1_048_576

  /// The session in `file` with its journal's entries applied (see `SessionJournal`); its
  /// `journalSequence` is then the last entry applied.
  /// - Parameter journal: false when the caller knows there is no journal (a folder listing
  ///   without one), which saves a lookup per file.
  /// - Throws: `.corrupt` when the file or the result is not a session this mlcoach can use.
  public func load(path file: String, journal: Bool = true) throws(StorageError) -> Session {
    // The journal first: a writer empties it only after the session file holds its entries, so
    // whatever is read in between is never older than the file read after it.
    let entries = journal ? try SessionJournal.entries(at: SessionJournal.path(forSessionFile: file), after: 0) : []
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(atPath: file, limit: Self.maximumFileBytes, streams: false)
    } catch {
      throw .unusable(file, error, subject: "the file")
    }
    var session = try Self.decode(Data(bytes), file: file)
    let included = session.journalSequence ?? 0
    var applied = included
    let pending = entries.filter { $0.seq > included }
    for (number, entry) in pending.enumerated() {
      guard entry.seq == applied + 1, (try? session.apply(entry.change, at: entry.at)) != nil else {
        // A whole entry that does not fit is damage, even the last (no crash writes one):
        // replaying up to it would drop it and what follows without a word, and resume would
        // then empty the journal.
        let after = pending.count - number - 1
        throw .corrupt(path: file, reason: "its journal's entry \(entry.seq) does not fit the session"
          + (after == 0 ? "" : ", and \(after) more " + (after == 1 ? "follows" : "follow") + " it"))
      }
      applied = entry.seq
    }
    guard applied > included else { return session }
    session.journalSequence = applied
    if let problem = SessionValidation.problem(in: session, fileName: (file as NSString).lastPathComponent) {
      throw .corrupt(path: file, reason: "its journal makes it invalid: \(problem)")
    }
    return session
  }

  /// Decodes and checks one session file's bytes; `file` is its path, whose name the session's
  /// id must match.
  /// - Throws: `.corrupt` when the bytes are not a session this mlcoach can use: not JSON, a
  ///   newer format, or values out of range (`SessionValidation`).
  public static func decode(_ data: Data, file: String) throws(StorageError) -> Session {
    let decoder = JSONDecoder()
    // As `.iso8601`, but a bad date names its field ("startedAt: expected an ISO 8601 date"):
    // the built-in strategy reports no coding path on Linux.
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = try? Date(text, strategy: .iso8601) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an ISO 8601 date.")
      }
      return date
    }
    let session: Session
    do {
      session = try decoder.decode(Session.self, from: data)
    } catch {
      // Say where: a truncated file or a hand-edited date had read only "not a valid session
      // file" (a newcomer trial), while a bad field's range was named.
      let document: JSONValue
      do {
        document = try JSONParser.parse([UInt8](data))
      } catch let syntax {
        throw .corrupt(path: file, reason: "not a valid session file: invalid JSON at line \(syntax.line), column "
          + "\(syntax.column): \(syntax.message)")
      }
      // A newer mlcoach's file may lack or rename fields: say that, not which field is missing.
      if case .object(let fields) = document, case .number(let version)? = fields.first(where: {
        $0.key == "formatVersion" })?.value, version > Double(Session.currentFormatVersion) {
        throw .corrupt(path: file, reason: "written by a newer mlcoach (format \(NumberText.decimal(version)))")
      }
      throw .corrupt(path: file, reason: "not a valid session file: " + Self.describe(error))
    }
    guard session.formatVersion <= Session.currentFormatVersion else {
      throw .corrupt(path: file, reason: "written by a newer mlcoach (format \(session.formatVersion))")
    }
    if let problem = SessionValidation.problem(in: session, fileName: (file as NSString).lastPathComponent) {
      throw .corrupt(path: file, reason: problem)
    }
    return session
  }

  /// A decoding failure as the field it is about and what is wrong: "startedAt: expected an
  /// ISO 8601 date", "steps[2].lines: missing".
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "cannot be decoded" }
    func path(_ keys: [any CodingKey]) -> String {
      keys.reduce("") { text, key in
        key.intValue.map { text + "[\($0)]" } ?? (text.isEmpty ? key.stringValue : text + "." + key.stringValue)
      }
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "\(path(context.codingPath + [key])): missing"
    case .valueNotFound(_, let context):
      return "\(path(context.codingPath)): missing (null)"
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)): expected \(Self.name(of: type))"
    case .dataCorrupted(let context):
      let field = path(context.codingPath)
      let description = context.debugDescription.lowercased()
      // "Cannot initialize State from invalid String value done": a value the field never takes.
      let found = context.debugDescription.range(of: "invalid String value ").map {
        " (found \"\(UserText.excerpt(String(context.debugDescription[$0.upperBound...]), limit: 40))\")"
      }
      let what = description.contains("date") ? "expected an ISO 8601 date and time"
        : description.contains("fit") ? "a number out of range"
        : found.map { "not a value this field takes" + $0 } ?? "unreadable value"
      // Foundation on Linux gives no path for some failures, and calls a number too large for
      // its field "not valid JSON" although the JSON parsed.
      return field.isEmpty ? "a value does not fit its field (a number too large, or of the wrong kind)"
        : "\(field): \(what)"
    @unknown default:
      return "cannot be decoded"
    }
  }

  private static func name(of type: Any.Type) -> String {
    switch type {
    case is String.Type: return "text"
    case is Double.Type, is Int.Type: return "a number"
    case is Bool.Type: return "true or false"
    case is [Any].Type: return "a list"
    default: return "an object"
    }
  }

  /// Whether session id `a` comes before `b` among sessions started in the same second: the
  /// tenth of them ("X-10") after the ninth ("X-9"), which plain text order put before "X-2".
  static func precedes(_ a: String, _ b: String) -> Bool {
    // (the id without its counter, the counter): "X-10" is ("X", 10), "X" is ("X", 1).
    func key(_ id: String) -> (stem: Substring, counter: Int) {
      guard let dash = id.lastIndex(of: "-"), let counter = Int(id[id.index(after: dash)...]), counter >= 2 else {
        return (id[...], 1)
      }
      return (id[..<dash], counter)
    }
    let (x, y) = (key(a), key(b))
    if x.stem != y.stem { return a < b }
    return x.counter != y.counter ? x.counter < y.counter : a < b
  }

  /// Sessions (or summaries) in the order people started them.
  static func startOrder(_ a: (Date, String), _ b: (Date, String)) -> Bool {
    a.0 != b.0 ? a.0 < b.0 : precedes(a.1, b.1)
  }

  /// The names in the sessions folder; none when it does not exist yet, and a problem when it
  /// exists but cannot be listed (no permission, not a folder): that is no "no sessions yet".
  func listing() -> (names: [String], problem: StorageError?) {
    if let names = try? FileManager.default.contentsOfDirectory(atPath: directory) { return (names, nil) }
    var info = stat()
    guard lstat(directory, &info) == 0 else { return ([], nil) }
    if (info.st_mode & S_IFMT) != S_IFDIR { return ([], .corrupt(path: directory, reason: "not a folder")) }
    let reason = opendir(directory).map { closedir($0); return "cannot be listed" }
      ?? String(cString: strerror(errno)).lowercased()
    return ([], .unreadable(path: directory, reason: "the folder cannot be read: \(reason)"))
  }

  /// Files that are no readable session yet belong to one, as problems so that commands warn
  /// about them and `sessions discard ID` removes them (each is left as it is until then): a
  /// journal whose session file is gone (removed by hand, or a crash between deleting the
  /// two), which holds lines the candidate typed; and a session file name that is a symbolic
  /// link to nothing. `names` is the folder's listing; `unreachable` the session file names
  /// there that could not be opened or stat'ed (only those can be dangling links: checking
  /// every file would cost a system call per session on every listing).
  func strays(in names: [String], unreachable: Set<String>) -> [StorageError] {
    let present = Set(names)
    var problems: [StorageError] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = (directory as NSString).appendingPathComponent(name)
      if unreachable.contains(name), let target = danglingLinkTarget(path) {
        problems.append(.unreadable(path: path, reason: "the file is a link to '\(target)', which does not exist"))
      } else if name.hasSuffix(".journal"), !present.contains(String(name.dropLast(8)) + ".json") {
        problems.append(.corrupt(path: path, reason: "a journal whose session file is missing; what it holds cannot "
          + "be replayed without it"))
      }
    }
    return problems
  }

  /// Where the symbolic link at `path` points, when that is nowhere; nil for anything else.
  func danglingLinkTarget(_ path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0, FileKind(mode: info.st_mode) == .symbolicLink, stat(path, &info) != 0,
          errno == ENOENT else { return nil }
    return (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
  }

  /// Every readable session, oldest first, and a warning for each file that could not be read.
  /// Unreadable files are left exactly as they are.
  public func all() -> (sessions: [Session], problems: [StorageError]) {
    let (names, listingProblem) = listing()
    if let listingProblem { return ([], [listingProblem]) }
    var sessions: [Session] = []
    var problems: [StorageError] = []
    var unreachable = Set<String>()
    let journals = Set(names.filter { $0.hasSuffix(".journal") })
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let journal = journals.contains(String(name.dropLast(5)) + ".journal")
      let path = (directory as NSString).appendingPathComponent(name)
      do {
        sessions.append(try load(path: path, journal: journal))
      } catch {
        // A link to nothing is reported by `strays`, with its target.
        if danglingLinkTarget(path) != nil { unreachable.insert(name) } else { problems.append(error) }
      }
    }
    problems += strays(in: names, unreachable: unreachable)
    sessions.sort { Self.startOrder(($0.startedAt, $0.id), ($1.startedAt, $1.id)) }
    return (sessions, problems)
  }

  /// Whether `text` has the shape of a session id ("20261201-021812-news-feed"): eight
  /// digits, a dash, six digits, a dash and more. Used to tell a session id given where a file
  /// was expected.
  public static func looksLikeSessionID(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count > 16, bytes[8] == UInt8(ascii: "-"), bytes[15] == UInt8(ascii: "-") else { return false }
    return (bytes[0..<8] + bytes[9..<15]).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// A new session id from the start time and scenario: sortable and readable. It is only a
  /// candidate: `create` claims it (or the next free `-2`, `-3`, ...) atomically. It never
  /// counts itself: an id already counted here and then taken by an interview started in the
  /// same second would be counted again by `create` ("…-ads-ctr-3-2", trial 13).
  public func newID(scenarioID: String, at date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return "\(formatter.string(from: date))-\(scenarioID)"
  }
}

/// Why a session could not be read or written.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The folder or file cannot be created or written here: no permission, read-only, not a
  /// folder. (EX_CANTCREAT)
  case cannotWrite(path: String, reason: String)
  /// The write itself failed: disk full, quota, I/O error. (EX_IOERR)
  case writeFailed(path: String, reason: String)
  /// The file is not a session this mlcoach can use: not JSON, invalid, a folder, too large, a
  /// damaged journal. (EX_DATAERR)
  case corrupt(path: String, reason: String)
  /// The file or folder is there but cannot be read: no permission, an I/O error. (EX_NOINPUT)
  case unreadable(path: String, reason: String)
  case notFound(String)
  /// Another running mlcoach holds the session; `pid` is its process when recorded.
  case locked(id: String, pid: pid_t?)

  init(_ error: WriteError) {
    self = error.isIOError ? .writeFailed(path: error.path, reason: error.reason)
      : .cannotWrite(path: error.path, reason: error.reason)
  }

  /// The file and why it cannot be used, for a file that is there but is no readable session.
  public var unusableFile: (path: String, reason: String)? {
    switch self {
    case .corrupt(let path, let reason), .unreadable(let path, let reason): return (path, reason)
    default: return nil
    }
  }

  /// `.unreadable` when the system would not let the file be read, else `.corrupt`: a file's
  /// owner can fix the first with `chmod`, the second only by editing or discarding it.
  static func unusable(_ path: String, _ error: FileReadError, subject: String) -> StorageError {
    switch error {
    case .permissionDenied, .failed: return .unreadable(path: path, reason: error.saying(subject))
    case .notFound: return .corrupt(path: path, reason: "no such file")
    default: return .corrupt(path: path, reason: error.saying(subject))
    }
  }

  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): return "cannot save to '\(path)': \(reason)"
    case .writeFailed(let path, let reason): return "cannot save to '\(path)': \(reason)"
    case .corrupt(let path, let reason), .unreadable(let path, let reason): return "'\(path)': \(reason)"
    case .notFound(let id): return "no session '\(id)'"
    case .locked(let id, let pid):
      return "session '\(id)' is open in another mlcoach" + (pid.map { " (process \($0))" } ?? "")
    }
  }
}
