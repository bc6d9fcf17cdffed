import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cache of every session's summary, `sessions/.index`, so `history` and `next` read one
/// file instead of decoding every session (10,000 sessions took 8 s and 470 MB). Each entry is
/// keyed on its file's size, modification time (to the nanosecond) and inode, and those of its
/// journal: a file that changed in any way is read again. It is only a cache: when it is
/// missing, unreadable or from another version, every session is read and it is written anew;
/// when it cannot be written (a read-only folder), nothing is cached and nothing fails. Its
/// form is in `SessionIndexFormat`.
struct SessionIndex {
  // 2: summaries carry steps, review state and raw category coverage.
  // 3: a tab-separated text form read by hand instead of JSON (JSONDecoder took 1.7 s for
  //    10,000 sessions).
  static let formatVersion = 3
  static let fileName = ".index"

  /// What identifies one version of a file on disk.
  struct Stamp: Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64

    init(size: Int64, modified: Int64, inode: UInt64) {
      self.size = size
      self.modified = modified
      self.inode = inode
    }

    init?(path: String) {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      size = Int64(info.st_size)
      modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
      inode = UInt64(info.st_ino)
    }
  }

  struct Entry: Equatable {
    var file: String
    var stamp: Stamp
    var journal: Stamp?
    /// The summary, or why the file is not a session mlcoach can read.
    var summary: SessionSummary?
    var problem: String?
  }

  var entries: [Entry]

  /// The index at `path`, or an empty one when it is absent or unusable.
  static func read(_ path: String) -> SessionIndex {
    guard let bytes = try? BoundedFile.read(atPath: path, limit: 512 * 1_048_576, streams: false),
          let entries = SessionIndexFormat.decode(bytes) else {
      return SessionIndex(entries: [])
    }
    return SessionIndex(entries: entries)
  }

  /// Writes the index atomically; a failure only means the next run reads the sessions again.
  func write(_ path: String) {
    try? AtomicFile.replace(SessionIndexFormat.encode(entries), at: path)
  }
}

extension SessionStore {
  /// The summary of every session, oldest first, and a problem for each file that cannot be
  /// read (left exactly as it is), as `all()` but from the index where it is up to date.
  public func summaries() -> (summaries: [SessionSummary], problems: [StorageError]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
    let indexPath = (directory as NSString).appendingPathComponent(SessionIndex.fileName)
    let old = SessionIndex.read(indexPath)
    var cached: [String: SessionIndex.Entry] = [:]
    for entry in old.entries { cached[entry.file] = entry }
    let journals = Set(names.filter { $0.hasSuffix(".journal") })
    var entries: [SessionIndex.Entry] = []
    var changed = false
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let file = (directory as NSString).appendingPathComponent(name)
      let journalName = String(name.dropLast(5)) + ".journal"
      let journal = journals.contains(journalName)
        ? SessionIndex.Stamp(path: (directory as NSString).appendingPathComponent(journalName)) : nil
      guard let stamp = SessionIndex.Stamp(path: file) else { continue }  // removed meanwhile
      if let entry = cached[name], entry.stamp == stamp, entry.journal == journal {
        entries.append(entry)
        continue
      }
      changed = true
      do {
        let session = try load(path: file, journal: journal != nil)
        entries.append(SessionIndex.Entry(file: name, stamp: stamp, journal: journal, summary: SessionSummary(session),
                                          problem: nil))
      } catch {
        guard case .corrupt(_, let reason) = error else { continue }
        entries.append(SessionIndex.Entry(file: name, stamp: stamp, journal: journal, summary: nil, problem: reason))
      }
    }
    if changed || entries.count != old.entries.count {
      SessionIndex(entries: entries).write(indexPath)
    }
    var summaries: [SessionSummary] = []
    var problems: [StorageError] = []
    for entry in entries {
      if let summary = entry.summary {
        summaries.append(summary)
      } else {
        problems.append(.corrupt(path: (directory as NSString).appendingPathComponent(entry.file),
                                 reason: entry.problem ?? "not a valid session file"))
      }
    }
    summaries.sort { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    return (summaries, problems)
  }
}
