import Foundation
import MLCoachCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Lines from a file descriptor (standard input), read 64 KB at a time instead of a byte per
/// `read` (one 10 MB line took 4.3 s that way). LF, CR LF and a lone CR each end a line, so a
/// file saved with any convention gives the same lines. A line longer than `maximumLineBytes`
/// is cut into pieces of that size, so an endless line (`/dev/zero`) never holds more than that
/// in memory; nothing typed is dropped.
///
/// A terminal in canonical mode hands over one line per `read`, so buffering never holds back
/// a line the user typed: a line is returned as soon as its ending arrives.
final class LineReader {
  /// Bytes of one line at most; a longer one is returned in pieces (cut between characters).
  static let maximumLineBytes = 1_048_576
  static let chunkSize = 64 * 1024

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var ended = false
  /// The previous line ended with CR: an LF right after it belongs to that ending.
  private var skipLF = false
  /// Why reading stopped, when it was a failure (a folder, an I/O error) and not the end.
  private(set) var failure: FileReadError?
  /// Lines returned so far with bytes that are not UTF-8 (each became U+FFFD).
  private(set) var invalidUTF8Lines = 0
  /// Lines returned so far that were cut from a longer one at `maximumLineBytes`.
  private(set) var piecesCut = 0
  /// No line returned yet: a byte-order mark at the very start is the file's, not typed text
  /// (it had hidden a first "/skip" from the command reader).
  private var atStart = true
  /// While `read` waits for more input: the bytes of a line begun but not ended. A signal
  /// handler takes them (see `takeUnfinished`), so a partly written piped line is saved
  /// rather than lost with the process (trial 13). Empty while lines are being returned.
  private let unfinished = Mutex<[UInt8]>([])

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// The line begun but not ended while reading waits for the rest of it, decoded as `next`
  /// would return it, and given only once; nil when there is none. Safe to call from another
  /// thread while `next` is blocked.
  func takeUnfinished() -> String? {
    let bytes = unfinished.withLock { bytes in
      defer { bytes = [] }
      return bytes
    }
    return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
  }

  /// The next line without its ending; nil at the end of input (or on a read error, which
  /// for an interview is the same: nothing more will come; `failure` then says why).
  func next() -> String? {
    while true {
      if skipLF, start < buffer.count {
        if buffer[start] == 0x0A { start += 1 }
        skipLF = false
      }
      if let line = takeLine() { return line }
      if ended {
        guard start < buffer.count else { return nil }
        return take(upTo: buffer.count, ending: 0)
      }
      fill()
    }
  }

  /// Whether a whole line is already buffered: the caller will get it without waiting, so a
  /// save can wait for the batch (see `SessionJournal`).
  var hasBufferedLine: Bool {
    var index = start
    if skipLF, index < buffer.count, buffer[index] == 0x0A { index += 1 }
    return buffer[index...].contains { $0 == 0x0A || $0 == 0x0D } || buffer.count - index > Self.maximumLineBytes
  }

  private func takeLine() -> String? {
    let limit = min(buffer.count, start + Self.maximumLineBytes)
    var index = start
    while index < limit {
      let byte = buffer[index]
      if byte == 0x0A { return take(upTo: index, ending: 1) }
      if byte == 0x0D {
        skipLF = true
        return take(upTo: index, ending: 1)
      }
      index += 1
    }
    // No ending within the limit: hand over a piece, cut where a character starts (the byte
    // after the limit is buffered, so whether it continues a character is known).
    guard buffer.count - start > Self.maximumLineBytes else { return nil }
    piecesCut += 1
    var cut = start + Self.maximumLineBytes
    while cut > start + 1, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
    return take(upTo: cut, ending: 0)
  }

  private func take(upTo end: Int, ending: Int) -> String {
    if atStart {
      atStart = false
      if end - start >= 3, buffer[start..<(start + 3)].elementsEqual([0xEF, 0xBB, 0xBF]) { start += 3 }
    }
    let line = String(decoding: buffer[start..<end], as: UTF8.self)
    if !line.utf8.elementsEqual(buffer[start..<end]) { invalidUTF8Lines += 1 }
    start = end + ending
    return line
  }

  private func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    // Everything buffered now is a line without its ending yet (`takeLine` found none); an LF
    // owed to a CR before it is not text.
    // A byte-order mark before the first line is the file's, as in `take`.
    var waiting = buffer[...]
    if skipLF, waiting.first == 0x0A { waiting = waiting.dropFirst() }
    if atStart, waiting.starts(with: [0xEF, 0xBB, 0xBF]) { waiting = waiting.dropFirst(3) }
    let pending = Array(waiting)
    unfinished.withLock { $0 = pending }
    defer { unfinished.withLock { $0 = [] } }
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        if count < 0 { failure = FileReadError(errno: errno) }
        ended = true
        return
      }
      buffer.append(contentsOf: chunk[0..<count])
      return
    }
  }
}
