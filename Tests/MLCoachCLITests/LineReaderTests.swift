import Foundation
@testable import MLCoachCLI
import MLCoachCore
import Testing

/// Standard input read in chunks, with every line-ending convention and bounded lines (review
/// S4's byte-per-read input, H3's endless input, and "line endings" for the interview).
@Suite("line reader")
struct LineReaderTests {
  /// The lines a reader returns for `bytes` written to a pipe in pieces of `piece` bytes.
  func lines(_ bytes: [UInt8], piece: Int = 3) -> [String] {
    var fds: [Int32] = [0, 0]
    pipe(&fds)
    let (readEnd, writeEnd) = (fds[0], fds[1])
    let writer = Thread {
      var offset = 0
      while offset < bytes.count {
        let count = min(piece, bytes.count - offset)
        _ = bytes[offset..<offset + count].withUnsafeBytes { write(writeEnd, $0.baseAddress, count) }
        offset += count
      }
      close(writeEnd)
    }
    writer.start()
    let reader = LineReader(descriptor: readEnd)
    var result: [String] = []
    while let line = reader.next() { result.append(line) }
    close(readEnd)
    return result
  }

  @Test("LF, CR LF and a lone CR each end a line, split anywhere across reads")
  func endings() {
    for ending in ["\n", "\r\n", "\r"] {
      let text = ["one", "", "two three", "four"].joined(separator: ending) + ending
      for piece in [1, 2, 3, 64 * 1024] {
        #expect(lines(Array(text.utf8), piece: piece) == ["one", "", "two three", "four"], "\(ending.debugDescription) \(piece)")
      }
    }
    #expect(lines(Array("mixed\r\nends\rhere\nlast without ending".utf8)) == ["mixed", "ends", "here", "last without ending"])
    #expect(lines([]) == [])
  }

  @Test("a line over 1 MB comes in 1 MB pieces, never cut inside a character")
  func longLines() {
    let euro = Array("€".utf8)  // three bytes: a piece boundary falls inside some of them
    let long = Array([[UInt8]](repeating: euro, count: 800_000).joined())
    let result = lines(long + [0x0A] + Array("next".utf8), piece: 64 * 1024)
    #expect(result.count == 4)
    #expect(result.dropLast().allSatisfy { $0.utf8.count <= LineReader.maximumLineBytes && $0.allSatisfy { $0 == "€" } })
    #expect(result.dropLast().map(\.unicodeScalars.count).reduce(0, +) == 800_000)
    #expect(result.last == "next")
  }

  @Test("pieces cut from an over-long line are counted, so the interview can say so once")
  func piecesCounted() {
    var fds: [Int32] = [0, 0]
    pipe(&fds)
    let bytes = [UInt8](repeating: 0x61, count: LineReader.maximumLineBytes + 10) + Array("\nshort\n".utf8)
    let writeEnd = fds[1]
    let writer = Thread {
      _ = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
      close(writeEnd)
    }
    writer.start()
    let reader = LineReader(descriptor: fds[0])
    var count = 0
    while reader.next() != nil { count += 1 }
    close(fds[0])
    #expect(count == 3)
    #expect(reader.piecesCut == 1)
  }

  @Test("a line begun but not ended is offered, once, while reading waits for its end")
  func unfinishedWhileWaiting() throws {
    var fds: [Int32] = [0, 0]
    pipe(&fds)
    let start = Array("\u{FEFF}done\r".utf8) + Array("\nhalf a li".utf8)
    _ = start.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
    // Shared with the thread that blocks in `next`, as the signal thread shares the console's.
    nonisolated(unsafe) let reader = LineReader(descriptor: fds[0])
    #expect(reader.next() == "done")
    #expect(reader.takeUnfinished() == nil, "nothing is waited for yet")
    let waiting = Thread { _ = reader.next() }
    waiting.start()
    var taken: String?
    for _ in 0..<200 where taken == nil {
      usleep(10_000)
      taken = reader.takeUnfinished()
    }
    #expect(taken == "half a li", "the LF owed to the CR is not text")
    #expect(reader.takeUnfinished() == nil, "given once")
    close(fds[1])
    while !waiting.isFinished { usleep(1_000) }
    close(fds[0])
  }

  @Test("piped answers with CR LF or CR give the same session as with LF")
  func pipedLineEndings() throws {
    var saved: [[String]] = []
    for ending in ["\n", "\r\n", "\r"] {
      let home = CLITest.temporaryDirectory()
      let input = ["We need revenue.", "/next", "Binary classification of a click."].joined(separator: ending) + ending
      let result = try CLITest.spawn(["practice", "ads-ctr", "--no-followups", "--no-timer"], stdin: input,
                                     environment: ["MLCOACH_HOME": home])
      #expect(result.code == 0)
      let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
      saved.append(session.steps[0].lines + session.steps[1].lines)
    }
    #expect(saved.allSatisfy { $0 == ["We need revenue.", "Binary classification of a click."] })
  }

  @Test("thousands of piped lines are all saved; the journal and the lock are gone after exit")
  func manyLines() throws {
    let home = CLITest.temporaryDirectory()
    let input = (0..<3_000).map { "line \($0)" }.joined(separator: "\n") + "\n"
    let result = try CLITest.spawn(["practice", "ads-ctr", "--no-followups", "--no-timer"], stdin: input,
                                   environment: ["MLCOACH_HOME": home])
    #expect(result.code == 0)
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps[0].lines == (0..<3_000).map { "line \($0)" })
    #expect(CLITest.files(in: home + "/sessions") == ["\(session.id).json"])
  }

  @Test("input past the answer limit is saved up to there and stops with exit 65")
  func endlessInput() throws {
    let home = CLITest.temporaryDirectory()
    let line = String(repeating: "a", count: LineReader.maximumLineBytes - 1)
    let result = CLITest.run(["practice", "ads-ctr", "--no-timer", "--no-followups"], input: Array(repeating: line, count: 17),
                             environment: ["MLCOACH_HOME": home])
    #expect(result.code == 65)
    #expect(result.err.contains("standard input holds more answer than an interview keeps (16 MB)"))
    #expect(result.out.contains("Saved. Continue with: mlcoach resume"))
    let session = try #require(SessionStore(dataDirectory: home).all().sessions.first)
    #expect(session.steps[0].lines.count == 16)
  }
}
