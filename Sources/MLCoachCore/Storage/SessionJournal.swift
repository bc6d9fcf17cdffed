import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One entry of a session's journal: the `seq`-th change, made at `at`.
public struct JournalEntry: Codable, Equatable, Sendable {
  public var seq: Int
  public var at: Date
  public var change: SessionChange

  public init(seq: Int, at: Date, change: SessionChange) {
    self.seq = seq
    self.at = at
    self.change = change
  }
}

/// The journal of one session, `<id>.journal` beside `<id>.json`: one JSON line per change,
/// appended and flushed to disk as the candidate types, so saving a line costs that line
/// whatever the length of the interview, and `kill -9` loses nothing that was entered. At step
/// ends and at exit the session file is rewritten with every change (`journalSequence` says up
/// to which entry) and the journal is emptied. Format: docs/session-format.md.
///
/// Used by the one process that holds the session's lock, from behind the interview's lock.
public final class SessionJournal: @unchecked Sendable {
  /// Bytes of journal read back at most (a session holds at most 16 MB of answer).
  public static let maximumBytes = 128 * 1_048_576
  /// The largest sequence number accepted: far beyond any interview, far from overflowing.
  public static let maximumSequence = 1 << 50

  public let path: String
  /// The sequence number of the last entry written (or of the session file's last, at first).
  public private(set) var sequence: Int
  private var descriptor: Int32 = -1
  /// Entries were written but not yet flushed to the disk.
  private var unsynced = false
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()

  /// A journal at `path` whose next entry follows `sequence`. Nothing is opened until the
  /// first `append`.
  public init(path: String, after sequence: Int) {
    self.path = path
    self.sequence = sequence
  }

  deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

  /// Appends one line per change, in one write: from then on a `kill -9` cannot lose them.
  /// - Parameter sync: flush to the disk before returning (survives a power cut too). An
  ///   interview passes false while more piped lines are already waiting, and flushes the batch
  ///   with the last of them: one flush per line typed, not one per line of a 20,000-line pipe.
  /// - Throws: `StorageError` when the journal cannot be opened or written; what was written
  ///   before stays valid.
  public func append(_ changes: [SessionChange], at date: Date, sync: Bool = true) throws(StorageError) {
    guard !changes.isEmpty else { return }
    if descriptor < 0 {
      do {
        descriptor = try WriteError.openNoFollow(path, O_WRONLY | O_APPEND | O_CREAT)
      } catch {
        throw StorageError(error)
      }
    }
    var bytes: [UInt8] = []
    var next = sequence
    for change in changes {
      next += 1
      do {
        bytes += try encoder.encode(JournalEntry(seq: next, at: date, change: change))
      } catch {
        throw .cannotWrite(path: path, reason: "cannot encode a change (\(error))")
      }
      bytes.append(0x0A)
    }
    do {
      try AtomicFile.writeAll(bytes, to: descriptor, path: path, sync: sync)
    } catch {
      throw StorageError(error)
    }
    sequence = next
    unsynced = !sync
  }

  /// Flushes entries appended without `sync`.
  public func sync() throws(StorageError) {
    guard unsynced, descriptor >= 0 else { return }
    guard fsync(descriptor) == 0 || errno == EINVAL else { throw StorageError(WriteError(errno: errno, path: path)) }
    unsynced = false
  }

  /// Empties the journal once the session file holds every entry (entries up to `sequence`
  /// would be skipped anyway, so a crash before this loses nothing).
  public func truncate() throws(StorageError) {
    if descriptor >= 0 {
      guard ftruncate(descriptor, 0) == 0 else { throw StorageError(WriteError(errno: errno, path: path)) }
    } else if FileKind.of(path) != nil {
      // Not truncate(2), which follows a link: a journal replaced by one is refused instead.
      let file: Int32
      do {
        file = try WriteError.openNoFollow(path, O_WRONLY)
      } catch {
        throw StorageError(error)
      }
      defer { Glibc.close(file) }
      guard ftruncate(file, 0) == 0 else { throw StorageError(WriteError(errno: errno, path: path)) }
    }
  }

  /// Closes the journal, and removes its file when it is empty (the session file holds all).
  public func close(removingIfEmpty: Bool) {
    try? sync()
    if descriptor >= 0 {
      Glibc.close(descriptor)
      descriptor = -1
    }
    var info = stat()
    if removingIfEmpty && stat(path, &info) == 0 && info.st_size == 0 { unlink(path) }
  }

  /// The entries of the journal at `path` after `sequence`, in order; an absent journal has
  /// none. A last line without its newline that is not an entry was cut short by a crash or
  /// power loss: reading ends before it.
  /// - Throws: `.unreadable` when the system will not let it be read; `.corrupt` when it is
  ///   over `maximumBytes`, or when a
  ///   whole line (one with lines after it, or the last with its newline) is not an entry or
  ///   breaks the numbering: only damage does that, and reading on past it would silently drop
  ///   what the candidate typed (and `resume` would then empty the journal).
  public static func entries(at path: String, after sequence: Int) throws(StorageError) -> [JournalEntry] {
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(atPath: path, limit: maximumBytes, streams: false)
    } catch {
      if error == .notFound { return [] }
      throw .unusable(path, error, subject: "the journal")
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    var entries: [JournalEntry] = []
    var expected: Int?
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
    // Every write ends its line with a newline, so only a last line without one was cut short.
    let endsWhole = bytes.last == 0x0A
    for (number, line) in lines.enumerated() {
      let entry = try? decoder.decode(JournalEntry.self, from: Data(line))
      guard let entry, (1...maximumSequence).contains(entry.seq), expected.map({ entry.seq == $0 }) ?? true else {
        let after = lines.count - number - 1
        if after == 0 && !endsWhole { break }  // cut short by a crash
        let what = entry == nil ? "is not a journal entry" : "breaks the numbering"
        throw .corrupt(path: path, reason: after == 0
          ? "the journal's last line (\(number + 1)) \(what), though no crash leaves a whole line like that; fix or "
            + "delete that line"
          : "line \(number + 1) of the journal \(what), and \(after) more "
            + (after == 1 ? "line follows" : "lines follow") + " it; fix or delete that line")
      }
      expected = entry.seq + 1
      if entry.seq > sequence { entries.append(entry) }
    }
    return entries
  }

  /// `<id>.journal` for the session file `<id>.json`.
  public static func path(forSessionFile file: String) -> String {
    (file.hasSuffix(".json") ? String(file.dropLast(5)) : file) + ".journal"
  }
}
