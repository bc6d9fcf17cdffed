import Foundation
@testable import MLCoachCore
import Testing

/// `history` and `next` read session summaries from a cache (review S9): it must give the same
/// answer as reading every session, and notice every change.
@Suite("session index")
struct SessionIndexTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-index-\(UUID().uuidString)").path

  func withStore(_ body: (SessionStore) throws -> Void) throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = SessionStore(dataDirectory: folder)
    try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
    for (index, session) in [ReviewFixture.session(day: 1, statuses: ["false-positive-cost": .hit]),
                             ReviewFixture.reviewed(ReviewFixture.session(day: 3, statuses: ReviewFixture.typical),
                                                    overrides: ["precision-recall": .hit]),
                             ReviewFixture.session(day: 5, statuses: [:], finished: false)].enumerated() {
      _ = index
      try store.save(session)
    }
    try body(store)
  }

  func expectMatchesAFullRead(_ store: SessionStore, _ comment: Comment? = nil) {
    let full = store.all()
    let fast = store.summaries()
    #expect(fast.summaries == full.sessions.map(SessionSummary.init), comment)
    #expect(fast.problems == full.problems, comment)
    #expect(History(summaries: fast.summaries).sessions == History(sessions: full.sessions).sessions, comment)
  }

  @Test("summaries from the index equal a full read, and follow every change to the folder")
  func followsChanges() throws {
    try withStore { store in
      expectMatchesAFullRead(store, "first read builds the index")
      #expect(FileManager.default.fileExists(atPath: store.directory + "/.index"))
      expectMatchesAFullRead(store, "second read uses it")

      var changed = try store.load(id: "20261105-090000-spam-filter")
      changed.steps[0].lines.append("one more line")
      changed.steps[0].usedSeconds += 60
      try store.save(changed)
      expectMatchesAFullRead(store, "a rewritten session")
      #expect(store.summaries().summaries.first { $0.id == changed.id }?.usedSeconds == changed.usedSeconds)

      let journal = SessionJournal(path: store.journalPath(of: changed.id), after: changed.journalSequence ?? 0)
      try journal.append([.time(step: 0, usedSeconds: 999)], at: Date())
      expectMatchesAFullRead(store, "a journal appended")

      let corrupt = store.path(of: "20261101-090000-spam-filter")
      try Data("{ broken".utf8).write(to: URL(fileURLWithPath: corrupt))
      expectMatchesAFullRead(store, "a session made corrupt")
      #expect(store.summaries().problems == [.corrupt(path: corrupt, reason: "not a valid session file: invalid JSON at line 1, column 3: expected a quoted key")])

      try FileManager.default.removeItem(atPath: corrupt)
      expectMatchesAFullRead(store, "a session removed")
      #expect(store.summaries().summaries.count == 2)
    }
  }

  // Trial 9: a file made readable again with chmod stayed "permission denied", since chmod
  // leaves the modification time alone.
  @Test("a file's stamp changes with chmod, so the index reads it again")
  func chmodChangesTheStamp() throws {
    try withStore { store in
      let path = store.path(of: "20261101-090000-spam-filter")
      let before = try #require(SessionIndex.Stamp(path: path))
      usleep(20_000)  // ctime has the file system's clock granularity (a few ms on some)
      #expect(chmod(path, 0o600) == 0)
      #expect(SessionIndex.Stamp(path: path) != before)
    }
  }

  @Test("a damaged or foreign index is rebuilt; a read-only folder still answers")
  func damagedIndex() throws {
    try withStore { store in
      let index = store.directory + "/.index"
      for garbage in ["{ not json", "{\"formatVersion\": 99, \"entries\": []}", "[]", ""] {
        try Data(garbage.utf8).write(to: URL(fileURLWithPath: index))
        expectMatchesAFullRead(store, "\(garbage)")
      }
      // An index entry for a file that is not there (or a name like ../x) is never used.
      var forged = SessionIndex.read(index)
      if var entry = forged.entries.first {
        entry.file = "../escaped.json"
        forged.entries.append(entry)
      }
      forged.write(index)
      #expect(store.summaries().summaries.count == 3)

      try FileManager.default.removeItem(atPath: index)
      chmod(store.directory, 0o555)
      defer { chmod(store.directory, 0o755) }
      expectMatchesAFullRead(store, "nothing can be cached")
    }
  }

  @Test("a valid index is read, not rebuilt: a summary forged in it is what comes back")
  func indexIsUsed() throws {
    try withStore { store in
      let index = store.directory + "/.index"
      _ = store.summaries()
      var cached = SessionIndex.read(index)
      // Real stamps (nanosecond times have 19 digits) must read back, or every run rebuilds.
      #expect(cached.entries.count == 3)
      guard !cached.entries.isEmpty else { return }
      cached.entries[0].summary?.scenarioTitle = "Forged in the cache"
      cached.write(index)
      #expect(store.summaries().summaries.contains { $0.scenarioTitle == "Forged in the cache" })
    }
  }

  @Test("the index reads back exactly what it wrote: escapes, absent values, exact dates")
  func roundTrip() throws {
    var session = ReviewFixture.reviewed(ReviewFixture.session(day: 3, statuses: ReviewFixture.typical),
                                         overrides: ["precision-recall": .hit])
    session.scenarioTitle = "Tabs\tand\n\\ a\ttitle\nover lines\r\\, 検索 🙂"
    session.startedAt = Date(timeIntervalSince1970: 1_800_000_000.123456789)
    session.finishedAt = Date(timeIntervalSinceReferenceDate: 0.1)
    var summary = SessionSummary(session)
    summary.categories["weird\tkey"] = 12.25
    let unfinished = SessionSummary(ReviewFixture.session(day: 5, statuses: [:], finished: false))
    var stopped = ReviewFixture.session(day: 4, statuses: ReviewFixture.typical)
    stopped.review = ReviewRecord(position: 2, updatedAt: stopped.startedAt)
    // A focus session's category survives the index (history leaves its overall out of trends).
    stopped.options.focus = .metrics
    let reviewing = SessionSummary(stopped)
    let stamp = SessionIndex.Stamp(size: 1, modified: 1_796_047_517_233_630_675, inode: UInt64(Int.max))
    let entries = [
      SessionIndex.Entry(file: summary.id + ".json", stamp: stamp, journal: nil, summary: summary, problem: nil),
      SessionIndex.Entry(file: unfinished.id + ".json", stamp: stamp,
                         journal: SessionIndex.Stamp(size: 0, modified: -1, inode: 0), summary: unfinished, problem: nil),
      SessionIndex.Entry(file: reviewing.id + ".json", stamp: stamp, journal: nil, summary: reviewing, problem: nil),
      SessionIndex.Entry(file: "odd\tname.json", stamp: stamp, journal: nil, summary: nil,
                         problem: "steps[0].usedSeconds is 1e+300;\texpected\n0 to 1000000000"),
      SessionIndex.Entry(file: "locked.json", stamp: stamp, journal: nil, summary: nil,
                         problem: "cannot read the file: permission denied", unreadable: true),
    ]
    #expect(summary.finishedAt != nil && summary.selfAssessed != nil && !summary.missed.isEmpty)
    #expect(unfinished.finishedAt == nil && unfinished.coach == nil)
    #expect(reviewing.reviewProgress?.position == 2 && summary.reviewProgress == nil)
    #expect(reviewing.focus == .metrics && summary.focus == nil)
    let bytes = SessionIndexFormat.encode(entries)
    #expect(SessionIndexFormat.decode(bytes) == entries)
    // One line per record: the tables, then five entries; escaped text never breaks a line.
    #expect(String(decoding: bytes, as: UTF8.self).split(separator: "\n")
      .filter { $0.first == "e" || $0.first == "p" || $0.first == "u" }.count == 5)
  }

  // A file the system will not let us read is "input unreadable" (66), as an answer file is,
  // not "invalid data" (65): chmod fixes it. The kind must survive the index.
  @Test("a file that cannot be read is .unreadable, through the index too; a bad one .corrupt")
  func unreadableIsItsOwnKind() {
    #expect(StorageError.unusable("/s/x.json", .permissionDenied, subject: "the file")
      == .unreadable(path: "/s/x.json", reason: "cannot read the file: permission denied"))
    #expect(StorageError.unusable("/s/x.json", .failed("Input/output error"), subject: "the journal")
      == .unreadable(path: "/s/x.json", reason: "cannot read the journal: Input/output error"))
    #expect(StorageError.unusable("/s/x.json", .isDirectory, subject: "the file")
      == .corrupt(path: "/s/x.json", reason: "the file is a folder, not a file"))
    let entry = SessionIndex.Entry(file: "x.json", stamp: SessionIndex.Stamp(size: 1, modified: 2, inode: 3),
                                   journal: nil, summary: nil, problem: "cannot read the file: permission denied",
                                   unreadable: true)
    #expect(SessionIndexFormat.decode(SessionIndexFormat.encode([entry])) == [entry])
  }

  @Test("an index cut short, edited or from an older version is not used")
  func partialIndex() throws {
    try withStore { store in
      let index = store.directory + "/.index"
      _ = store.summaries()
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
      #expect(SessionIndexFormat.decode(bytes) != nil)
      // Cut inside a line: the last record is incomplete. (Cut at a line end, an index only
      // lacks entries, and those sessions are read again.)
      for cut in stride(from: 1, to: bytes.count, by: 97) where bytes[cut - 1] != UInt8(ascii: "\n") {
        #expect(SessionIndexFormat.decode(Array(bytes[..<cut])) == nil, "cut at \(cut)")
      }
      let text = String(decoding: bytes, as: UTF8.self)
      for edited in [text.replacingOccurrences(of: "session index 5", with: "session index 4"),
                     text.replacingOccurrences(of: "\tfinished\t", with: "\tdone\t"),
                     text.replacingOccurrences(of: "\ns\t", with: "\nx\t"),
                     text + "e\tx.json\n",
                     // Damaged numbers are refused, never trapped on: negative counts and
                     // references, a count larger than the file.
                     damaged(text) { $0[9] = "-1" },
                     damaged(text) { $0[25] = "-3" },
                     damaged(text) { $0[25] = "100000000000" },
                     // A focus that is no category.
                     damaged(text) { $0[16] = "vibes" },
                     // A review further on than its total.
                     damaged(text) { $0[18] = "9"; $0[19] = "2" },
                     damaged(text) { $0[$0.count - 1] = "-1" },
                     damaged(text) { $0[$0.count - 2] = "\(Int.max)" },
                     damaged(text) { $0[$0.count - 1] = "99999999999999999999" },
                     #"{"formatVersion":2,"entries":[]}"#] {
        #expect(SessionIndexFormat.decode(Array(edited.utf8)) == nil)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: index))
        expectMatchesAFullRead(store, "\(edited.prefix(40))")
      }
    }
  }

  @Test("a first read of many files, spread over threads, keeps their order and their problems")
  func manyFilesInParallel() throws {
    try withStore { store in
      for index in 0..<150 {
        let session = ReviewFixture.session(id: String(format: "202611%02d-%02d0000-spam-filter", index / 24 + 10,
                                                        index % 24),
                                            day: index / 24 + 10, hour: index % 24,
                                            statuses: index % 3 == 0 ? ReviewFixture.typical : [:],
                                            finished: index % 7 != 0)
        try Data(SessionStore.encode(session)).write(to: URL(fileURLWithPath: store.path(of: session.id)))
      }
      for broken in [5, 77, 149] {
        try Data("{ broken \(broken)".utf8).write(to: URL(fileURLWithPath: store.path(of: "broken-\(broken)")))
      }
      expectMatchesAFullRead(store, "first read")
      #expect(store.summaries().summaries.count == 153)
      #expect(store.summaries().problems.count == 3)
      expectMatchesAFullRead(store, "from the index")
    }
  }

  @Test("thousands of random edits of an index: each is refused or read, none traps")
  func mutatedIndexNeverTraps() throws {
    try withStore { store in
      _ = store.summaries()
      let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: store.directory + "/.index")))
      var state: UInt64 = 0x9E37_79B9_7F4A_7C15
      func random(_ limit: Int) -> Int {  // SplitMix64: the same edits on every run
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(max(1, limit)))
      }
      let alphabet = Array("0123456789-\t\n\\.e ".utf8)
      var accepted = 0
      for _ in 0..<3_000 {
        var mutant = bytes
        for _ in 0..<(1 + random(3)) {
          let at = random(mutant.count)
          switch random(3) {
          case 0: mutant[at] = alphabet[random(alphabet.count)]
          case 1: mutant.insert(alphabet[random(alphabet.count)], at: at)
          default: mutant.remove(at: at)
          }
        }
        if let entries = SessionIndexFormat.decode(mutant) {
          accepted += 1
          #expect(entries.allSatisfy { $0.summary.map { $0.usedSeconds.isFinite && $0.startedAt.timeIntervalSince1970
            .isFinite } ?? true })
        }
      }
      #expect(accepted < 3_000)
    }
  }

  /// `text` with the fields of its first `e` record that has missed items changed by `edit`.
  func damaged(_ text: String, _ edit: (inout [String]) -> Void) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let index = lines.firstIndex(where: { $0.hasPrefix("e\t") && !$0.hasSuffix("\t0") }) else {
      Issue.record("no session with missed items in the index")
      return text
    }
    var fields = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    edit(&fields)
    lines[index] = fields.joined(separator: "\t")
    return lines.joined(separator: "\n")
  }
}

