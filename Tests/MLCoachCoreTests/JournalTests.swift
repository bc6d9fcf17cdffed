import Foundation
@testable import MLCoachCore
import Testing

/// Saving a line costs O(1) (review S4): the engine reports each change, the journal appends
/// it, and reading a session back replays the journal onto the last session file, so a
/// `kill -9` at any moment loses nothing that was entered.
@Suite("session journal")
struct JournalTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-journal-\(UUID().uuidString)").path

  func withStore(_ body: (SessionStore) throws -> Void) throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(SessionStore(dataDirectory: folder))
  }

  /// Every kind of change an interview makes: lines, a question, a hint, a follow-up and its
  /// answer, an edit, a skip, strict time-outs, and the end.
  @Test("replaying the engine's changes rebuilds its session exactly, command by command")
  func replayMatchesTheEngine() throws {
    let scenario = try Fixtures.spamFilter()
    let clock = FixedClock()
    let start = InterviewEngine.newSession(id: "20261130-072723-spam-filter", scenario: scenario,
                                           options: Session.Options(totalMinutes: 45, strict: true), now: clock.now())
    var engine = InterviewEngine(scenario: scenario, session: start, now: clock.now())
    var replayed = start
    func check(_ step: String, _ body: (inout InterviewEngine) -> Void) {
      clock.advance(by: 7)
      body(&engine)
      for change in engine.takeChanges() {
        do {
          try replayed.apply(change, at: engine.session.updatedAt)
        } catch {
          Issue.record("\(step): \(change) does not apply: \(error)")
        }
      }
      #expect(replayed == engine.session, "\(step)")
    }
    check("begin") { _ = $0.begin(now: clock.now()) }
    check("question") { _ = $0.enter("How many emails a day?", now: clock.now()) }
    check("line") { _ = $0.enter("Losing real mail is worse, so precision over recall.", now: clock.now()) }
    check("hint") { _ = $0.enter("/hint", now: clock.now()) }
    check("next asks a follow-up") { _ = $0.enter("/next", now: clock.now()) }
    check("follow-up line") { _ = $0.enter("We count false positives per user.", now: clock.now()) }
    check("edit of the follow-up") { _ = $0.applyEdit("An edited follow-up answer.\n", now: clock.now()) }
    check("next closes the step") { _ = $0.enter("/next", now: clock.now()) }
    check("edit of a step") {
      _ = $0.enter("First draft.", now: clock.now())
      _ = $0.applyEdit("Binary classification with a threshold.\nSecond line.\n", now: clock.now())
    }
    check("skip") { _ = $0.enter("/skip", now: clock.now()) }
    check("time and unknown commands change nothing but the clock") {
      _ = $0.enter("/time", now: clock.now())
      _ = $0.enter("/nope", now: clock.now())
    }
    check("strict time-out closes the step") {
      clock.advance(by: 3600)
      _ = $0.tick(now: clock.now())
    }
    check("the rest of the steps and the score") {
      while $0.isActive { _ = $0.enter("/skip", now: clock.now()) }
    }
    #expect(replayed.state == .finished && replayed.score != nil)
  }

  func makeSession(_ store: SessionStore) throws -> (Session, SessionLock) {
    let scenario = try Fixtures.spamFilter()
    return try store.create(InterviewEngine.newSession(
      id: "20261130-072723-spam-filter", scenario: scenario, options: Session.Options(totalMinutes: 45),
      now: Date(timeIntervalSince1970: 1_800_000_000)))
  }

  @Test("a session is read back with its journal applied; entries the file already holds are skipped")
  func loadReplaysTheJournal() throws {
    try withStore { store in
      let (session, lock) = try makeSession(store)
      defer { lock.release() }
      let journal = SessionJournal(path: store.journalPath(of: session.id), after: 0)
      let at = Date(timeIntervalSince1970: 1_800_000_100)
      try journal.append([.time(step: 0, usedSeconds: 4), .line(step: 0, text: "one")], at: at)
      try journal.append([.line(step: 0, text: "two")], at: at)
      var loaded = try store.load(id: session.id)
      #expect(loaded.steps[0].lines == ["one", "two"])
      #expect(loaded.steps[0].usedSeconds == 4)
      #expect(loaded.journalSequence == 3)
      #expect(loaded.updatedAt == at)

      // Compaction: the file takes in entries 1...3; a crash before the journal is emptied
      // must not apply them twice.
      try store.save(loaded)
      #expect(try store.load(id: session.id).steps[0].lines == ["one", "two"])
      try journal.append([.line(step: 0, text: "three")], at: at)
      loaded = try store.load(id: session.id)
      #expect(loaded.steps[0].lines == ["one", "two", "three"])
    }
  }

  // Trial 13: a lock or journal replaced by a symbolic link made mlcoach write the pid or the
  // journal into the file the link named, outside the sessions folder.
  @Test("a lock or journal that is a symbolic link is refused, and what it names is untouched")
  func linksAreNotWrittenThrough() throws {
    try withStore { store in
      let (session, lock) = try makeSession(store)
      lock.release()
      let outside = folder + "-outside.txt"
      defer { try? FileManager.default.removeItem(atPath: outside) }
      try Data("important notes\n".utf8).write(to: URL(fileURLWithPath: outside))
      let lockPath = store.directory + "/" + session.id + ".lock"
      try? FileManager.default.removeItem(atPath: lockPath)
      try FileManager.default.createSymbolicLink(atPath: lockPath, withDestinationPath: outside)
      #expect(throws: StorageError.self) { try store.lock(session.id) }
      try FileManager.default.removeItem(atPath: lockPath)

      let journalPath = store.journalPath(of: session.id)
      try FileManager.default.createSymbolicLink(atPath: journalPath, withDestinationPath: outside)
      let journal = SessionJournal(path: journalPath, after: 0)
      #expect(throws: StorageError.self) { try journal.append([.line(step: 0, text: "typed")], at: Date()) }
      #expect(throws: StorageError.self) { try journal.truncate() }
      #expect(try String(contentsOfFile: outside, encoding: .utf8) == "important notes\n")
    }
  }

  @Test("a journal cut short by a crash keeps every whole line; a bad line or change with more after it is damage")
  func damagedJournals() throws {
    try withStore { store in
      let (session, lock) = try makeSession(store)
      defer { lock.release() }
      let path = store.journalPath(of: session.id)
      let journal = SessionJournal(path: path, after: 0)
      try journal.append([.line(step: 0, text: "kept")], at: Date())
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: Data("{\"at\":\"2026-11-30T07:27:23Z\",\"change\":{\"line\":{\"st".utf8))
      try handle.close()
      #expect(try store.load(id: session.id).steps[0].lines == ["kept"])

      try Data().write(to: URL(fileURLWithPath: path))
      let other = SessionJournal(path: path, after: 0)
      try other.append([.line(step: 0, text: "first"), .line(step: 99, text: "no such step"),
                        .line(step: 0, text: "after the bad one")], at: Date())
      // Trial 9: replaying up to the bad change dropped "after the bad one", and resume then
      // emptied the journal. The session is now skipped as damaged, and never modified.
      #expect(throws: StorageError.corrupt(path: store.path(of: session.id), reason: "its journal's entry 2 does not "
        + "fit the session, and 1 more follows it")) { try store.load(id: session.id) }

      try Data().write(to: URL(fileURLWithPath: path))
      let lastBad = SessionJournal(path: path, after: 0)
      try lastBad.append([.line(step: 0, text: "first"), .line(step: 99, text: "no such step")], at: Date())
      // Trial 10: a whole last entry is no crash's leftover either.
      #expect(throws: StorageError.corrupt(path: store.path(of: session.id), reason: "its journal's entry 2 does not "
        + "fit the session")) { try store.load(id: session.id) }
      let skipping = #"{"at":"2026-11-30T07:27:25Z","change":{"line":{"step":0,"text":"z"}},"seq":4}"#
      try Data((#"{"at":"2026-11-30T07:27:23Z","change":{"line":{"step":0,"text":"x"}},"seq":1}"# + "\n" + skipping
        + "\n").utf8).write(to: URL(fileURLWithPath: path))
      #expect(throws: StorageError.corrupt(path: path, reason: "the journal's last line (2) breaks the numbering, "
        + "though no crash leaves a whole line like that; fix or delete that line")) { try store.load(id: session.id) }

      let good = #"{"at":"2026-11-30T07:27:23Z","change":{"line":{"step":0,"text":"x"}},"seq":1}"#
      let later = #"{"at":"2026-11-30T07:27:24Z","change":{"line":{"step":0,"text":"y"}},"seq":2}"#
      try Data((good + "\n{\"bogus\":1}\n" + later + "\n").utf8).write(to: URL(fileURLWithPath: path))
      #expect(throws: StorageError.corrupt(path: path, reason: "line 2 of the journal is not a journal entry, and 1 "
        + "more line follows it; fix or delete that line")) { try store.load(id: session.id) }

      try Data().write(to: URL(fileURLWithPath: path))
      let huge = SessionJournal(path: path, after: 0)
      try huge.append([.time(step: 0, usedSeconds: 1e300)], at: Date())
      #expect(throws: StorageError.self) { try store.load(id: session.id) }
    }
  }

  @Test("sequence numbers near Int.max end the replay instead of overflowing (found by the fuzzer)")
  func hugeSequenceNumbers() throws {
    try withStore { store in
      let (session, lock) = try makeSession(store)
      defer { lock.release() }
      let line = #"{"at":"2026-11-30T07:27:23Z","change":{"line":{"step":0,"text":"x"}},"seq":9223372036854775807}"#
      let journal = store.journalPath(of: session.id)
      // Cut short (no newline) it is a crash's leftover and ends the replay; whole, it is damage.
      try Data(line.utf8).write(to: URL(fileURLWithPath: journal))
      #expect(try store.load(id: session.id).steps[0].lines == [])
      try Data((line + "\n" + line + "\n").utf8).write(to: URL(fileURLWithPath: journal))
      #expect(throws: StorageError.self) { try store.load(id: session.id) }
      try Data(line.utf8).write(to: URL(fileURLWithPath: journal))
      var bad = try store.load(id: session.id)
      bad.journalSequence = Int.max
      #expect(SessionValidation.problem(in: bad, fileName: "\(bad.id).json") != nil)
    }
  }

  @Test("the journal's lines are the documented JSON")
  func format() throws {
    try withStore { store in
      try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
      let path = store.directory + "/x.journal"
      let journal = SessionJournal(path: path, after: 41)
      try journal.append([.line(step: 2, text: "We use a two-tower model.")], at: Date(timeIntervalSince1970: 1_800_000_000))
      let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
      #expect(text == #"{"at":"2027-01-15T08:00:00Z","change":{"line":{"step":2,"text":"We use a two-tower model."}},"seq":42}"#
        + "\n")
      try journal.truncate()
      journal.close(removingIfEmpty: true)
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }
}
