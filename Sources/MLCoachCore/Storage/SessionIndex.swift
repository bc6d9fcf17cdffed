import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cache of every session's summary, `sessions/.index`, so `history` and `next` read one
/// file instead of decoding every session (10,000 sessions took 8 s and 470 MB). Each entry is
/// keyed on its file's size, status-change time (ctime, to the nanosecond) and inode, and those
/// of its journal: a file that changed in any way is read again, including by `chmod`, which
/// leaves the modification time alone (a file made readable again had stayed "permission
/// denied"). It is only a cache: when it is missing, unreadable or from another version, every
/// session is read and it is written anew; when it cannot be written (a read-only folder),
/// nothing is cached and nothing fails. Its form is in `SessionIndexFormat`.
struct SessionIndex {
  // 2: summaries carry steps, review state and raw category coverage.
  // 3: a tab-separated text form read by hand instead of JSON (JSONDecoder took 1.7 s for
  //    10,000 sessions).
  // 4: summaries carry the progress of an unfinished self-review.
  // 5: summaries carry a focus session's category.
  static let formatVersion = 5
  static let fileName = ".index"

  /// What identifies one version of a file on disk.
  struct Stamp: Equatable, Sendable {
    var size: Int64
    /// The status-change time (ctime) in nanoseconds: writes, renames and `chmod` all move it.
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
      modified = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
      inode = UInt64(info.st_ino)
    }
  }

  struct Entry: Equatable, Sendable {
    var file: String
    var stamp: Stamp
    var journal: Stamp?
    /// The summary, or why the file is not a session mlcoach can read.
    var summary: SessionSummary?
    var problem: String?
    /// For a problem: the system would not let the file be read (`StorageError.unreadable`).
    var unreadable = false
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
    let (names, listingProblem) = listing()
    if let listingProblem { return ([], [listingProblem]) }
    let indexPath = (directory as NSString).appendingPathComponent(SessionIndex.fileName)
    let old = SessionIndex.read(indexPath)
    var cached: [String: SessionIndex.Entry] = [:]
    for entry in old.entries { cached[entry.file] = entry }
    let journals = Set(names.filter { $0.hasSuffix(".journal") })
    // Each file's entry from the index when its stamps still match, else a file to read.
    var slots: [(file: SessionFileStamps, entry: SessionIndex.Entry?)] = []
    var unreachable = Set<String>()
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let file = (directory as NSString).appendingPathComponent(name)
      let journalName = String(name.dropLast(5)) + ".journal"
      let journal = journals.contains(journalName)
        ? SessionIndex.Stamp(path: (directory as NSString).appendingPathComponent(journalName)) : nil
      guard let stamp = SessionIndex.Stamp(path: file) else {  // removed meanwhile, or a link to nothing
        unreachable.insert(name)
        continue
      }
      let entry = cached[name].flatMap { $0.stamp == stamp && $0.journal == journal ? $0 : nil }
      slots.append(((name, stamp, journal), entry))
    }
    let missing = slots.indices.filter { slots[$0].entry == nil }
    let changed = !missing.isEmpty
    let read = readEntries(missing.map { slots[$0].file })
    for (slot, entry) in zip(missing, read) { slots[slot].entry = entry }
    let entries = slots.compactMap(\.entry)
    if changed || entries.count != old.entries.count {
      SessionIndex(entries: entries).write(indexPath)
    }
    var summaries: [SessionSummary] = []
    var problems: [StorageError] = []
    for entry in entries {
      if let summary = entry.summary {
        summaries.append(summary)
      } else {
        let path = (directory as NSString).appendingPathComponent(entry.file)
        let reason = entry.problem ?? "not a valid session file"
        problems.append(entry.unreadable ? .unreadable(path: path, reason: reason) : .corrupt(path: path, reason: reason))
      }
    }
    problems += strays(in: names, unreachable: unreachable)
    summaries.sort { Self.startOrder(($0.startedAt, $0.id), ($1.startedAt, $1.id)) }
    return (summaries, problems)
  }

  /// The entries of files the index lacks, in order; nil for a file that vanished meanwhile.
  /// Decoding is nearly all of a first run's time (10,000 sessions: 8 s on one core), so the
  /// files are read on every core, in runs of consecutive files.
  private func readEntries(_ files: [SessionFileStamps]) -> [SessionIndex.Entry?] {
    let runs = files.count < 64 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
    let length = (files.count + runs - 1) / max(1, runs)
    return parallelMap(runs) { run in
      files[min(files.count, run * length)..<min(files.count, (run + 1) * length)].map(readEntry)
    }.flatMap { $0 }
  }

  /// The entry of one session file: its summary, or why it cannot be read.
  private func readEntry(_ file: SessionFileStamps) -> SessionIndex.Entry? {
    let path = (directory as NSString).appendingPathComponent(file.name)
    do {
      let session = try load(path: path, journal: file.journal != nil)
      return SessionIndex.Entry(file: file.name, stamp: file.stamp, journal: file.journal,
                                summary: SessionSummary(session), problem: nil)
    } catch {
      guard let (_, reason) = error.unusableFile else { return nil }
      var entry = SessionIndex.Entry(file: file.name, stamp: file.stamp, journal: file.journal, summary: nil,
                                     problem: reason)
      if case .unreadable = error { entry.unreadable = true }
      return entry
    }
  }
}

/// A session file's name and the stamps of it and its journal, as `summaries()` found them.
private typealias SessionFileStamps = (name: String, stamp: SessionIndex.Stamp, journal: SessionIndex.Stamp?)
