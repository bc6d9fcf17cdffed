import Foundation
import Synchronization
@testable import MLCoachCore
import Testing

/// Sessions two processes cannot corrupt, files no crash can half-write (review D1, D2, D3, D7,
/// U6): exclusive creation, locks with stale takeover, containment, temporaries cleaned.
@Suite("session storage")
struct StorageTests {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-storage-\(UUID().uuidString)").path

  func withStore(_ body: (SessionStore) throws -> Void) throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(SessionStore(dataDirectory: folder))
  }

  func session(_ id: String = "20261130-072723-spam-filter") throws -> Session {
    InterviewEngine.newSession(id: id, scenario: try Fixtures.spamFilter(), options: Session.Options(totalMinutes: 45),
                               now: Date(timeIntervalSince1970: 1_800_000_000))
  }

  @Test("an unreadable session file says where: the JSON position, or the field and what it should be")
  func corruptFileSaysWhere() throws {
    let base = try session()
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let good = try encoder.encode(base)
    #expect(throws: Never.self) { try SessionStore.decode(good, file: "20261130-072723-spam-filter.json") }
    func reason(_ data: Data) -> String {
      do {
        _ = try SessionStore.decode(data, file: "20261130-072723-spam-filter.json")
        return "decoded"
      } catch { return "\(error)" }
    }
    // A hand edit and a truncated write, from a newcomer trial.
    let text = String(decoding: good, as: UTF8.self)
    let badDate = text.replacingOccurrences(of: #""startedAt" : "[^"]*""#, with: #""startedAt" : "yesterday""#,
                                            options: .regularExpression)
    #expect(reason(Data(badDate.utf8)).contains("startedAt: expected an ISO 8601 date"), "\(reason(Data(badDate.utf8)))")
    let truncated = Data(good.prefix(120))
    #expect(reason(truncated).contains("invalid JSON at line "), "\(reason(truncated))")
    let wrongType = text.replacingOccurrences(of: #""usedSeconds" : [0-9.]+"#, with: #""usedSeconds" : "ten""#,
                                              options: .regularExpression)
    #expect(reason(Data(wrongType.utf8)).contains("steps[0].usedSeconds: expected a number"),
            "\(reason(Data(wrongType.utf8)))")
    // Trial 9: "state: unreadable value" named neither what was found nor that it is no state.
    let badState = text.replacingOccurrences(of: #""state" : "[^"]*""#, with: #""state" : "done""#,
                                             options: .regularExpression)
    #expect(reason(Data(badState.utf8)).contains(#"state: not a value this field takes (found "done")"#),
            "\(reason(Data(badState.utf8)))")
  }

  @Test("sessions created in the same second get distinct ids, even from many threads at once (D1)")
  func concurrentCreation() throws {
    try withStore { store in
      let base = try session()
      let ids = Mutex<[String]>([])
      DispatchQueue.concurrentPerform(iterations: 24) { _ in
        if let (created, lock) = try? store.create(base) {
          ids.withLock { $0.append(created.id) }
          lock.release()
        }
      }
      let all = ids.withLock { $0 }
      #expect(all.count == 24)
      #expect(Set(all).count == 24)
      #expect(all.contains(base.id) && all.contains(base.id + "-2") && all.contains(base.id + "-24"))
      #expect(store.all().sessions.count == 24)
      #expect(store.all().problems.isEmpty)
      // Trial 10: "X-10" sorted before "X-2", so "latest" took X-9.
      let inOrder = [base.id] + (2...24).map { "\(base.id)-\($0)" }
      #expect(store.all().sessions.map(\.id) == inOrder)
      #expect(store.summaries().summaries.map(\.id) == inOrder)
    }
  }

  // Trial 13: parallel starts in one second gave ids like "…-ads-ctr-3-2": the id was counted
  // once when chosen and again when the counted one was taken before it was claimed.
  @Test("an id taken between choosing and claiming it is counted on, never counted twice")
  func idTakenBeforeClaim() throws {
    try withStore { store in
      var first = try session()
      first.id = store.newID(scenarioID: first.scenarioID, at: first.startedAt)
      for _ in 0..<2 { try store.create(first).lock.release() }
      let chosen = store.newID(scenarioID: first.scenarioID, at: first.startedAt)
      #expect(chosen == first.id, "the id is only a candidate: create does the counting")
      try store.create(first).lock.release()  // "-3", taken by another interview meanwhile
      var mine = first
      mine.id = chosen
      let (created, lock) = try store.create(mine)
      lock.release()
      #expect(created.id == first.id + "-4")
    }
  }

  // Trial 10: a journal whose session file was removed was overwritten by a new interview.
  @Test("a new session never takes an id whose journal is left without its file")
  func orphanJournalKept() throws {
    try withStore { store in
      let base = try session()
      try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
      let orphan = Data("{\"seq\":1}\n".utf8)
      #expect(FileManager.default.createFile(atPath: store.journalPath(of: base.id), contents: orphan))
      let (created, lock) = try store.create(base)
      lock.release()
      #expect(created.id == base.id + "-2")
      #expect(FileManager.default.contents(atPath: store.journalPath(of: base.id)) == orphan)
    }
  }

  @Test("a session's lock is exclusive, names its holder, and is free again once released (D2)")
  func locks() throws {
    try withStore { store in
      let (created, lock) = try store.create(try session())
      #expect(throws: StorageError.locked(id: created.id, pid: getpid())) { try store.lock(created.id) }
      lock.release()
      #expect(!FileManager.default.fileExists(atPath: store.lockPath(of: created.id)), "released locks leave no file")
      let again = try store.lock(created.id)
      #expect(again.takenOverFrom == nil)
      again.release()
    }
  }

  @Test("the lock of a process that died is taken over, and says whose it was")
  func staleLock() throws {
    try withStore { store in
      let (created, lock) = try store.create(try session())
      lock.release()
      // A lock file as a killed interview leaves it: a pid that no longer runs, no flock held.
      let dead = deadPID()
      #expect(FileManager.default.createFile(atPath: store.lockPath(of: created.id), contents: Data("\(dead)\n".utf8)))
      let taken = try store.lock(created.id)
      #expect(taken.takenOverFrom == dead)
      #expect(String(decoding: FileManager.default.contents(atPath: store.lockPath(of: created.id)) ?? Data(),
                     as: UTF8.self) == "\(getpid())\n")
      taken.release()
    }
  }

  /// A pid with no process: a child that has exited and been reaped.
  func deadPID() -> pid_t {
    var pid: pid_t = 0
    var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
    defer { free(argv[0]) }
    posix_spawn(&pid, "/bin/true", nil, nil, &argv, nil)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return pid
  }

  @Test("ids that are not plain file names are never written (D3)")
  func containment() throws {
    try withStore { store in
      for id in ["../../escaped", "/abs/x", "a/b", ".hidden", "", String(repeating: "x", count: 200)] {
        var bad = try session()
        bad.id = id
        #expect(throws: StorageError.self) { try store.save(bad) }
        #expect(throws: StorageError.self) { try store.create(bad) }
        #expect(throws: StorageError.self) { try store.lock(id) }
      }
      let parent = (folder as NSString).deletingLastPathComponent
      #expect(!FileManager.default.fileExists(atPath: parent + "/escaped.json"))
      #expect((try? FileManager.default.contentsOfDirectory(atPath: store.directory)) ?? [] == [])
    }
  }

  @Test("temporaries of killed writes are removed at the next start; a live writer's are kept (D7)")
  func staleTemporaries() throws {
    try withStore { store in
      try store.prepare()
      let dead = deadPID()
      let names = [".20261130-072723-spam-filter.json.tmp-\(dead)-1a2b", ".dat.nosync4D27.IAYcsB",
                   ".x.json.tmp-\(getpid())-ffff", "notes.txt"]
      for name in names { #expect(FileManager.default.createFile(atPath: store.directory + "/" + name, contents: Data("x".utf8))) }
      // Foundation's temporaries are left alone for an hour: one may belong to a running 0.1.
      let old = Date().addingTimeInterval(-7200)
      try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: store.directory + "/" + names[1])
      try store.prepare()
      let left = Set(try FileManager.default.contentsOfDirectory(atPath: store.directory))
      #expect(left == [".x.json.tmp-\(getpid())-ffff", "notes.txt"])
    }
  }

  @Test("a full disk is an I/O error naming the reason, not 'the folder is not writable' (U6)")
  func fullDisk() throws {
    let descriptor = open("/dev/full", O_WRONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    do {
      try AtomicFile.writeAll(Array("a line".utf8), to: descriptor, path: "/dev/full")
      Issue.record("writing to /dev/full succeeded")
    } catch {
      #expect(error.isIOError)
      #expect(StorageError(error) == .writeFailed(path: "/dev/full", reason: "No space left on device"))
    }
  }

  @Test("AtomicFile.create never replaces an existing file and keeps the replaced file's mode")
  func atomicFiles() throws {
    try withStore { _ in
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let path = folder + "/a.json"
      #expect(try AtomicFile.create(Array("one".utf8), at: path))
      #expect(try !AtomicFile.create(Array("two".utf8), at: path))
      #expect(FileManager.default.contents(atPath: path) == Data("one".utf8))
      chmod(path, 0o600)
      try AtomicFile.replace(Array("three".utf8), at: path)
      #expect(FileManager.default.contents(atPath: path) == Data("three".utf8))
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      #expect(mode == 0o600)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.json"], "no temporary left")
    }
  }
}
