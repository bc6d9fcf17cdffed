import Foundation
import MLCoachCore

/// The storage needs the terminal work adds beyond `SessionStore`, kept in one small place so
/// that the store's own changes (journal, locks) merge without touching the commands.
enum SessionFiles {
  /// Deletes a session's file and its journal, holding the session's lock so an interview open
  /// in another terminal is never deleted under it (that is refused, exit 75). A file already
  /// gone is not an error: the session is discarded.
  /// Works by id, so a session whose file cannot be read is discarded the same way.
  static func discard(id: String, in store: SessionStore) throws(CLIError) {
    // A file whose name is no session id ("bad name!.json", listed as unreadable) can have no
    // lock and no interview open on it: it is deleted as it is.
    guard SessionID.isValid(id) else {
      try remove([store.path(of: id)])
      return
    }
    let lock: SessionLock
    do {
      lock = try store.lock(id)
    } catch {
      // The lock is only how discarding starts: what cannot be done is the discarding.
      if case .cannotWrite(let path, let reason) = error, path == store.directory {
        throw CLIError("cannot discard '\(id)': '\(path)': \(reason); nothing was deleted", code: CLIError(error).code)
      }
      throw CLIError(error)
    }
    defer { lock.release() }
    try remove([store.path(of: id), store.journalPath(of: id)])
  }

  /// Whether `path` is a folder (not following a symbolic link).
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && FileKind(mode: info.st_mode) == .directory
  }

  /// The error for a folder named like a session file.
  static func folderRefusal(_ path: String) -> CLIError {
    CLIError("'\(path)' is a folder, not a session file; mlcoach does not delete folders, so move or remove it "
      + "yourself", code: .dataError)
  }

  /// Deletes each of `paths` that exists (a symbolic link itself, not what it points to). A
  /// folder is never deleted: mlcoach writes none, so one named like a session holds someone's files.
  private static func remove(_ paths: [String]) throws(CLIError) {
    for path in paths {
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      guard FileKind(mode: info.st_mode) != .directory else { throw folderRefusal(path) }
      do {
        try FileManager.default.removeItem(atPath: path)
      } catch {
        throw CLIError("cannot delete '\(path)': \(error.localizedDescription)", code: .cantCreate)
      }
    }
  }
}
