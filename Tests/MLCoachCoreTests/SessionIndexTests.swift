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
      #expect(store.summaries().problems == [.corrupt(path: corrupt, reason: "not a valid session file")])

      try FileManager.default.removeItem(atPath: corrupt)
      expectMatchesAFullRead(store, "a session removed")
      #expect(store.summaries().summaries.count == 2)
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
}
