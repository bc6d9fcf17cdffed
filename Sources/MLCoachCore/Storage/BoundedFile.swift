import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads files and streams with a size limit checked before and while reading, so a 1 GB file
/// or an endless pipe (`/dev/zero`) costs at most `limit` bytes of memory and is refused at
/// once instead of after it has all been read.
public enum BoundedFile {
  /// Bytes read per `read(2)` call.
  static let chunkSize = 64 * 1024

  /// The bytes of `path`, at most `limit` of them.
  /// - Parameter streams: whether a pipe, FIFO or device is read too (an answer named on the
  ///   command line, `<(cat a.md)`, `/dev/stdin`). When false, only regular files are read, and
  ///   opening never waits for a FIFO's writer (entries found while listing a folder).
  /// - Throws: `FileReadError` naming what was wrong; never a partial read.
  public static func read(atPath path: String, limit: Int, streams: Bool) throws(FileReadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | (streams ? 0 : O_NONBLOCK))
    guard descriptor >= 0 else { throw FileReadError(errno: errno) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw FileReadError(errno: errno) }
    let kind = FileKind(mode: info.st_mode)
    switch kind {
    case .regular:
      if Int(info.st_size) > limit { throw .tooLarge(bytes: Int(info.st_size), limit: limit) }
    case .directory:
      throw .isDirectory
    default:
      guard streams else { throw .notRegular(kind) }
    }
    return try read(descriptor: descriptor, limit: limit)
  }

  /// Everything left on `descriptor` (standard input for `score SCENARIO -`), at most `limit`
  /// bytes: reading stops at the first byte past it.
  /// - Throws: `FileReadError` for a closed or write-only descriptor (EBADF), a folder (EISDIR),
  ///   an I/O error, or input longer than `limit`.
  public static func read(descriptor: Int32, limit: Int) throws(FileReadError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileReadError(errno: errno)
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else { throw .tooLarge(bytes: nil, limit: limit) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }
}

/// What a path is, as `stat` tells it; used to refuse anything but a regular file by name.
public enum FileKind: Equatable, Sendable, CustomStringConvertible {
  case regular, directory, fifo, characterDevice, blockDevice, socket, symbolicLink, unknown

  public init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFIFO: self = .fifo
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFSOCK: self = .socket
    case S_IFLNK: self = .symbolicLink
    default: self = .unknown
    }
  }

  /// What `lstat` says `path` is, without following a final symbolic link; nil when absent.
  public static func of(linkAt path: String) -> FileKind? {
    var info = stat()
    return lstat(path, &info) == 0 ? FileKind(mode: info.st_mode) : nil
  }

  /// What `stat` says `path` is, following symbolic links; nil when absent.
  public static func of(_ path: String) -> FileKind? {
    var info = stat()
    return stat(path, &info) == 0 ? FileKind(mode: info.st_mode) : nil
  }

  public var description: String {
    switch self {
    case .regular: return "a regular file"
    case .directory: return "a folder"
    case .fifo: return "a pipe (FIFO)"
    case .characterDevice: return "a character device"
    case .blockDevice: return "a block device"
    case .socket: return "a socket"
    case .symbolicLink: return "a symbolic link"
    case .unknown: return "not a regular file"
    }
  }
}

/// Why a file or stream could not be read, worded to follow its name: "'x.json': is a folder".
public enum FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound
  case isDirectory
  case notRegular(FileKind)
  /// Larger than `limit` bytes; `bytes` is the size when known before reading.
  case tooLarge(bytes: Int?, limit: Int)
  case permissionDenied
  /// Any other failure, with the system's words ("Bad file descriptor").
  case failed(String)

  /// The failure an `errno` from open, read or stat stands for.
  public init(errno code: Int32) {
    switch code {
    case ENOENT, ENOTDIR: self = .notFound
    case EISDIR: self = .isDirectory
    case EACCES, EPERM: self = .permissionDenied
    default: self = .failed(String(cString: strerror(code)))
    }
  }

  public var description: String {
    switch self {
    case .notFound: return "no such file"
    case .isDirectory: return "is a folder, not a file"
    case .notRegular(let kind): return "is \(kind), not a regular file"
    case .tooLarge(let bytes, let limit):
      let size = bytes.map { "is \(Self.megabytes($0)); " } ?? ""
      return "\(size)files over \(Self.megabytes(limit)) are not read"
    case .permissionDenied: return "permission denied"
    case .failed(let reason): return "cannot read it: \(reason)"
    }
  }

  /// The failure as a sentence about `subject` ("the file", "the journal"): "the file is a
  /// folder, not a file", "cannot read the journal: permission denied".
  public func saying(_ subject: String) -> String {
    if case .failed(let reason) = self { return "cannot read \(subject): \(reason)" }
    return description.hasPrefix("is ") ? "\(subject) \(description)" : "cannot read \(subject): \(description)"
  }

  /// `16 MB`, `1.5 MB`, `200 KB`.
  public static func megabytes(_ bytes: Int) -> String {
    if bytes < 1_048_576 { return "\(max(1, bytes / 1024)) KB" }
    let value = Double(bytes) / 1_048_576
    return value.rounded() == value || value >= 100 ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
  }
}
