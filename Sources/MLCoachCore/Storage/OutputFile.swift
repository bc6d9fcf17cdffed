import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `report -o PATH` writes: only ever a regular file. A symbolic link is followed and the
/// file it points to is replaced (the link stays a link); a device, FIFO, socket or folder is
/// refused, never replaced (as root, `-o /dev/null` used to turn the device into a file).
public enum OutputFile {
  /// Writes `bytes` to `path` atomically (see `AtomicFile`), keeping an existing file's mode.
  /// - Returns: the file written: `path`, or where its symbolic link points.
  /// - Throws: `OutputError` saying why nothing was written.
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) -> String {
    let target = try target(of: path)
    do {
      try AtomicFile.replace(bytes, at: target)
    } catch {
      throw .writeFailed(error)
    }
    return target
  }

  /// The regular file `path` names, following symbolic links; checked, not yet written.
  public static func target(of path: String) throws(OutputError) -> String {
    var target = path
    if FileKind.of(linkAt: path) == .symbolicLink {
      do {
        target = try AtomicFile.realPath(path)
      } catch {
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        if error.code == ENOENT { throw .danglingLink(path: path, destination: destination) }
        throw .writeFailed(error)
      }
    }
    if let kind = FileKind.of(target) {
      guard kind == .regular else { throw .notRegular(path: path, kind: kind) }
      return target
    }
    let folder = (target as NSString).deletingLastPathComponent
    if !folder.isEmpty && FileKind.of(folder) != .directory {
      throw .folderMissing(path: path, folder: folder)
    }
    return target
  }
}

/// Why a report was not written; nothing was changed on disk.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  case notRegular(path: String, kind: FileKind)
  case danglingLink(path: String, destination: String)
  case folderMissing(path: String, folder: String)
  case writeFailed(WriteError)

  public var description: String {
    switch self {
    case .notRegular(let path, let kind):
      return "cannot write the report to '\(path)': it is \(kind), not a regular file"
    case .danglingLink(let path, let destination):
      return "cannot write the report to '\(path)': it is a symbolic link to '\(destination)', which does not exist"
    case .folderMissing(let path, let folder):
      return "cannot write the report to '\(path)': the folder '\(folder)' does not exist"
    case .writeFailed(let error):
      return "cannot write the report to '\(error.path)': \(error.reason)"
    }
  }
}
