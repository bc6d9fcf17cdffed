import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Exclusive use of one session by one process: an interview (or an interactive review) holds
/// it from start to end, so two terminals can never both write the session and lose each
/// other's lines.
///
/// The lock is an advisory `flock` on `<id>.lock` in the sessions folder, which records the
/// holder's pid. The kernel drops a `flock` when its process dies, so the lock of a killed
/// interview is taken over by the next one; `takenOverFrom` then names the dead holder. Where
/// `flock` is not supported (some network file systems), the recorded pid decides: a lock whose
/// process no longer runs is stale and taken over.
public final class SessionLock: @unchecked Sendable {
  public let path: String
  /// The pid recorded by a previous holder that is no longer running, when the lock was taken
  /// over from it.
  public let takenOverFrom: pid_t?
  private let lock = NSLock()
  private var descriptor: Int32

  private init(path: String, descriptor: Int32, takenOverFrom: pid_t?) {
    self.path = path
    self.descriptor = descriptor
    self.takenOverFrom = takenOverFrom
  }

  deinit { release() }

  /// Takes the lock at `path` for session `id`, without waiting.
  /// - Throws: `.locked(id:pid:)` while another running process holds it; `.cannotWrite` when
  ///   the lock file cannot be created.
  public static func acquire(path: String, id: String) throws(StorageError) -> SessionLock {
    for _ in 0..<10 {
      let descriptor: Int32
      do {
        descriptor = try WriteError.openNoFollow(path, O_RDWR | O_CREAT)
      } catch {
        // No lock file and no right to create one: it is the folder that cannot be written,
        // which is what the user must fix ("cannot save to 'ID.lock'" named a file that is
        // not there, trial 13).
        if [EACCES, EPERM, EROFS].contains(error.code), access(path, F_OK) != 0 {
          let folder = (path as NSString).deletingLastPathComponent
          throw .cannotWrite(path: folder, reason: "the folder cannot be written: \(error.reason.lowercased())")
        }
        throw StorageError(error)
      }
      let recorded = recordedPID(descriptor)
      if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        let code = errno
        if code == EWOULDBLOCK || code == EINTR {
          close(descriptor)
          throw .locked(id: id, pid: recorded)
        }
        // flock is not available here: trust the recorded pid.
        if let recorded, recorded != getpid(), ProcessCheck.isRunning(recorded) {
          close(descriptor)
          throw .locked(id: id, pid: recorded)
        }
      } else if !stillNamed(path, descriptor) {
        // The previous holder removed the file while we waited for it: lock the new one.
        close(descriptor)
        continue
      }
      let stale = recorded.flatMap { $0 != getpid() && !ProcessCheck.isRunning($0) ? $0 : nil }
      let text = Array("\(getpid())\n".utf8)
      ftruncate(descriptor, 0)
      _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
      return SessionLock(path: path, descriptor: descriptor, takenOverFrom: stale)
    }
    throw .locked(id: id, pid: nil)
  }

  /// Gives the lock up and removes its file. Safe to call twice.
  public func release() {
    lock.withLock {
      guard descriptor >= 0 else { return }
      // Unlink before unlocking: whoever opened the old file sees it is gone and retries.
      if stillNamed(path, descriptor) { unlink(path) }
      close(descriptor)
      descriptor = -1
    }
  }

  private func stillNamed(_ path: String, _ descriptor: Int32) -> Bool { Self.stillNamed(path, descriptor) }

  private static func stillNamed(_ path: String, _ descriptor: Int32) -> Bool {
    var open = stat()
    var named = stat()
    return fstat(descriptor, &open) == 0 && stat(path, &named) == 0 && open.st_ino == named.st_ino
      && open.st_dev == named.st_dev
  }

  private static func recordedPID(_ descriptor: Int32) -> pid_t? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return pid_t(text).flatMap { $0 > 0 ? $0 : nil }
  }
}
