import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only way mlcoach writes a file: the bytes go to a temporary file in the same folder,
/// are flushed to the disk, and the temporary takes the file's name in one `rename`. A crash,
/// a full disk or `kill -9` at any moment leaves the old file or the new one, never half of one.
///
/// Temporary files are named `.<name>.tmp-<pid>-<random>`; those whose process is gone are
/// removed by `removeStaleTemporaries`, which `SessionStore.prepare` runs at every start.
public enum AtomicFile {
  /// Replaces (or creates) the file at `path` with `bytes`.
  /// - Parameter mode: permissions of the new file; by default those of the file it replaces,
  ///   else 0644 (before the umask).
  /// - Throws: `WriteError` with the system's reason; the old file is then untouched and the
  ///   temporary removed.
  ///   A symbolic link at `path` to an existing file is kept: the file it leads to is
  ///   replaced, in its own folder (a session file linked from a notes repository stays linked,
  ///   trial 13). A link to nothing is replaced by the file.
  public static func replace(_ bytes: [UInt8], at link: String, mode: mode_t? = nil) throws(WriteError) {
    let path = linkTarget(link) ?? link
    var existing = stat()
    let keptMode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : nil
    let temporary = try writeTemporary(bytes, beside: path, mode: mode ?? keptMode ?? 0o644)
    if rename(temporary, path) != 0 {
      let error = WriteError(errno: errno, path: path)
      unlink(temporary)
      throw error
    }
    syncFolder(of: path)
  }

  /// The file a symbolic link at `path` leads to, when `path` is one and the file exists.
  static func linkTarget(_ path: String) -> String? {
    guard FileKind.of(linkAt: path) == .symbolicLink, let target = try? realPath(path),
          FileKind.of(target) == .regular else { return nil }
    return target
  }

  /// `path` with every symbolic link in it resolved (realpath(3)).
  /// - Throws: the failure's errno (ENOENT for a link to nothing).
  static func realPath(_ path: String) throws(WriteError) -> String {
    guard let resolved = realpath(path, nil) else { throw WriteError(errno: errno, path: path) }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Creates the file at `path` with `bytes`, only if nothing is there yet; returns false
  /// when something is. Two processes creating the same name at the same moment: exactly one
  /// succeeds, and the file appears complete or not at all (a hard link from a finished
  /// temporary; on file systems without hard links, `O_EXCL`).
  /// - Throws: `WriteError` for anything but "already exists".
  public static func create(_ bytes: [UInt8], at path: String, mode: mode_t = 0o644) throws(WriteError) -> Bool {
    let temporary = try writeTemporary(bytes, beside: path, mode: mode)
    defer { unlink(temporary) }
    if link(temporary, path) == 0 {
      syncFolder(of: path)
      return true
    }
    let code = errno
    if code == EEXIST { return false }
    guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS else {
      throw WriteError(errno: code, path: path)
    }
    // No hard links here (FAT, some network file systems): exclusive open, then write.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    if descriptor < 0 {
      if errno == EEXIST { return false }
      throw WriteError(errno: errno, path: path)
    }
    defer { close(descriptor) }
    do {
      try writeAll(bytes, to: descriptor, path: path)
    } catch {
      unlink(path)
      throw error
    }
    syncFolder(of: path)
    return true
  }

  /// Writes every byte to `descriptor` (retrying short writes and EINTR) and, with `sync`,
  /// flushes it to disk.
  public static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, sync: Bool = true) throws(WriteError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        throw WriteError(errno: errno, path: path)
      }
      offset += written
    }
    if sync && fsync(descriptor) != 0 && errno != EINVAL { throw WriteError(errno: errno, path: path) }
  }

  /// Removes temporaries in `folder` left by writes that were killed: ours whose process no
  /// longer runs, and Foundation's `.dat.nosync*` files (from mlcoach 0.1) older than an hour.
  /// - Returns: the names removed.
  @discardableResult
  public static func removeStaleTemporaries(in folder: String, now: Date = Date()) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var removed: [String] = []
    for name in names where name.hasPrefix(".") {
      let path = (folder as NSString).appendingPathComponent(name)
      var stale = false
      if let pid = temporaryOwner(name) {
        stale = pid != getpid() && !ProcessCheck.isRunning(pid)
      } else if name.hasPrefix(".dat.nosync") {
        var info = stat()
        stale = lstat(path, &info) == 0 && now.timeIntervalSince1970 - Double(info.st_mtim.tv_sec) > 3600
      }
      if stale && unlink(path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// The pid in a temporary's name `.<name>.tmp-<pid>-<random>`, or nil for any other name.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard let marker = name.range(of: ".tmp-", options: .backwards) else { return nil }
    let parts = name[marker.upperBound...].split(separator: "-")
    guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0 else { return nil }
    return pid
  }

  private static func writeTemporary(_ bytes: [UInt8], beside path: String, mode: mode_t) throws(WriteError) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var attempts = 0
    while true {
      let token = String(UInt32.random(in: 0...UInt32.max), radix: 16)
      let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())-\(token)"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      if descriptor < 0 {
        attempts += 1
        if errno == EEXIST && attempts < 100 { continue }
        throw WriteError(errno: errno, path: path)
      }
      defer { close(descriptor) }
      do {
        try writeAll(bytes, to: descriptor, path: path)
      } catch {
        unlink(temporary)
        throw error
      }
      return temporary
    }
  }

  /// Makes a rename or link in the folder durable (best effort: some file systems refuse).
  private static func syncFolder(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}

/// Whether a process is alive, for stale locks and temporaries.
public enum ProcessCheck {
  /// True when `pid` runs (or exists under another user, which `kill` reports as EPERM).
  public static func isRunning(_ pid: pid_t) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}

/// A write that failed, with the path and the system's reason. `isOutOfSpace` and the other
/// I/O failures (EX_IOERR, 74) differ from "cannot create here" (EX_CANTCREAT, 73).
public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var code: Int32
  public var reason: String

  public init(errno code: Int32, path: String) {
    self.path = path
    self.code = code
    // O_NOFOLLOW's refusal: say what the file is, not "Too many levels of symbolic links".
    reason = code == ELOOP ? "it is a symbolic link, and mlcoach writes nothing through one (remove the link)"
      : String(cString: strerror(code))
  }

  /// Opens `path` for writing without following a symbolic link in its last part: a session's
  /// lock or journal replaced by a link must not make mlcoach write outside its folder.
  /// - Returns: the descriptor. - Throws: the open's failure (ELOOP for a link).
  static func openNoFollow(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(WriteError) -> Int32 {
    let descriptor = open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw WriteError(errno: errno, path: path) }
    return descriptor
  }

  /// The disk or the device failed the write (full disk, quota, I/O error, file too large),
  /// as opposed to the file not being allowed or not having a folder.
  public var isIOError: Bool { [ENOSPC, EDQUOT, EIO, EFBIG, ENXIO, EPIPE].contains(code) }

  public var description: String { "cannot write '\(path)': \(reason)" }
}
