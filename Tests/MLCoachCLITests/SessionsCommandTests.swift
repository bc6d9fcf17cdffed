import Foundation
import MLCoachCore
import Testing
@testable import MLCoachCLI

@Suite("mlcoach sessions")
struct SessionsCommandTests {
  /// A home with one finished and one unfinished session.
  func home() -> (path: String, finished: String, unfinished: String) {
    let home = CLITest.temporaryDirectory()
    let clock = FixedClock()
    _ = CLITest.run(["practice", "ads-ctr", "--no-followups"], input: Array(repeating: "/next", count: 7),
                    environment: ["MLCOACH_HOME": home], clock: clock)
    clock.advance(by: 3600)
    _ = CLITest.run(["practice", "image-search", "--no-followups"], input: ["A line", "/next", "/quit"],
                    environment: ["MLCOACH_HOME": home], clock: clock)
    let sessions = SessionStore(dataDirectory: home).all().sessions
    return (home, sessions[0].id, sessions[1].id)
  }

  // Trial 9: the exact id of a damaged file picked "ID-2" (and discard deleted it), and a
  // prefix shared with damaged files counted as unique.
  @Test("an unreadable file is named by its exact id even beside 'ID-2'; a prefix it shares is ambiguous")
  func unreadableNamedExactly() throws {
    let home = CLITest.temporaryDirectory()
    let environment = ["MLCOACH_HOME": home]
    let clock = FixedClock()
    for line in ["First session.", "Second session."] {
      _ = CLITest.run(["practice", "image-search", "--no-followups", "--new"], input: [line, "/quit"],
                      environment: environment, clock: clock)
    }
    let store = SessionStore(dataDirectory: home)
    let ids = store.all().sessions.map(\.id).sorted()
    try #require(ids.count == 2)
    let (first, second) = (ids[0], ids[1])
    #expect(second == first + "-2")
    #expect(FileManager.default.createFile(atPath: store.path(of: first), contents: Data("{\"broken\":".utf8)))

    let report = CLITest.run(["report", first], environment: environment)
    #expect(report.code == 65)
    #expect(report.err == "error: cannot read '\(store.path(of: first))': not a valid session file: invalid JSON at "
      + "line 1, column 11: unexpected end of file\n", "one line about the file, not a warning as well")
    let prefix = String(first.dropLast(3))
    let ambiguous = CLITest.run(["sessions", "discard", prefix, "--yes"], environment: environment)
    #expect(ambiguous.code == 64)
    #expect(ambiguous.err.contains("matches 2 session files, 1 of them unreadable"))
    let discarded = CLITest.run(["sessions", "discard", first, "--yes"], environment: environment)
    #expect(discarded.out == "Discarded \(first).\n")
    #expect(CLITest.files(in: home + "/sessions").filter { $0.hasSuffix(".json") } == [second + ".json"])

    // Trial 10: with every session of a scenario unreadable, its name had said "no session".
    #expect(FileManager.default.createFile(atPath: store.path(of: second), contents: Data("{".utf8)))
    _ = CLITest.run(["practice", "ads-ctr", "--no-followups"], input: ["Another scenario.", "/quit"],
                    environment: environment, clock: clock)
    let allBroken = CLITest.run(["report", "image-search"], environment: environment)
    #expect(allBroken.code == 65)
    #expect(allBroken.err.hasSuffix("error: no readable session of image-search: its file cannot be read ('mlcoach "
      + "sessions' says why)\n"), "\(allBroken.err)")

    // A file whose name is no session id is listed as unreadable, and discarded by that name.
    #expect(FileManager.default.createFile(atPath: home + "/sessions/bad name!.json", contents: Data("{}".utf8)))
    let odd = CLITest.run(["sessions", "discard", "bad name!", "--yes"], environment: environment)
    #expect(odd.code == 0 && odd.out == "Discarded bad name!.\n", "\(odd.err)")
    #expect(!FileManager.default.fileExists(atPath: home + "/sessions/bad name!.json"))

    // Trial 10: a folder named like a session was deleted with everything in it.
    let folder = home + "/sessions/backup-old.json"
    try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
    #expect(FileManager.default.createFile(atPath: folder + "/important.txt", contents: Data("keep".utf8)))
    let refused = CLITest.run(["sessions", "discard", second, "backup-old", "--yes"], environment: environment)
    #expect(refused.code == 65)
    #expect(refused.err.hasSuffix("error: '\(folder)' is a folder, not a session file; mlcoach does not delete "
      + "folders, so move or remove it yourself\n"))
    #expect(FileManager.default.fileExists(atPath: folder + "/important.txt"))
    #expect(FileManager.default.fileExists(atPath: store.path(of: second)), "nothing is deleted when one is refused")
  }

  // A journal left without its session file, and a session name linked to nothing, were in no
  // listing: the typed lines in the one and the broken link were invisible.
  @Test("a journal without its session file and a link to nothing are warned about, named and discarded")
  func strayFiles() throws {
    let (home, finished, _) = home()
    let environment = ["MLCOACH_HOME": home]
    let folder = home + "/sessions/"
    let orphan = "20261101-090000-ads-ctr"
    #expect(FileManager.default.createFile(atPath: folder + orphan + ".journal", contents: Data("{}\n".utf8)))
    let linked = "20261102-090000-ads-ctr"
    try FileManager.default.createSymbolicLink(atPath: folder + linked + ".json", withDestinationPath: "/no/such/file")

    let list = CLITest.run(["sessions"], environment: environment)
    #expect(list.code == 0)
    #expect(list.err.contains("warning: skipping '\(folder)\(orphan).journal': a journal whose session file is missing"))
    #expect(list.err.contains("warning: skipping '\(folder)\(linked).json': the file is a link to '/no/such/file', "
      + "which does not exist"))
    #expect(list.out.contains(finished))
    #expect(CLITest.run(["report", orphan], environment: environment).code == 65)
    #expect(CLITest.run(["report", linked], environment: environment).code == 66)
    let discarded = CLITest.run(["sessions", "discard", orphan, linked, "--yes"], environment: environment)
    #expect(discarded.code == 0, "\(discarded.err)")
    #expect(!CLITest.files(in: home + "/sessions").contains { $0.hasPrefix(orphan) || $0.hasPrefix(linked) })
    #expect(CLITest.run(["sessions"], environment: environment).err.isEmpty)

    // A scenario whose only session cannot be read (a link to nothing) is input that cannot be
    // read, 66, as when it is named by its id (trial 13: it had been 65).
    try FileManager.default.createSymbolicLink(atPath: folder + "20261103-090000-rag-assistant.json",
                                               withDestinationPath: "/no/such/file")
    let scenario = CLITest.run(["report", "rag-assistant"], environment: environment)
    #expect(scenario.code == 66, "\(scenario.err)")
    #expect(scenario.err.contains("no readable session of rag-assistant"))
  }

  // Trial 13: "report ID -o sessions/ID.json" replaced the session with its Markdown report.
  @Test("report -o refuses a file in the sessions folder, which holds only session files")
  func reportNeverWritesIntoSessions() throws {
    let (home, finished, _) = home()
    let target = home + "/sessions/" + finished + ".json"
    let refused = CLITest.run(["report", finished, "-o", target], environment: ["MLCOACH_HOME": home])
    #expect(refused.code == 73)
    #expect(refused.err.contains("is in mlcoach's sessions folder"))
    #expect(SessionStore(dataDirectory: home).all().problems.isEmpty, "the session is intact")
    // A link outside that leads to the session file would replace it as surely.
    try FileManager.default.createSymbolicLink(atPath: home + "/notes.md", withDestinationPath: target)
    let linked = CLITest.run(["report", finished, "-o", home + "/notes.md"], environment: ["MLCOACH_HOME": home])
    #expect(linked.code == 73, "\(linked.err)")
    #expect(SessionStore(dataDirectory: home).all().problems.isEmpty, "the session is intact")
    let elsewhere = CLITest.run(["report", finished, "-o", home + "/report.md"], environment: ["MLCOACH_HOME": home])
    #expect(elsewhere.code == 0, "\(elsewhere.err)")
  }

  // Trial 13: a session file kept elsewhere and linked into the sessions folder became a
  // regular file on resume, so the copy the link led to stopped receiving answers.
  @Test("a session file that is a symbolic link stays one: resume saves into the file it leads to")
  func linkedSessionFileStaysLinked() throws {
    let home = CLITest.temporaryDirectory()
    let environment = ["MLCOACH_HOME": home]
    let started = CLITest.run(["practice", "ads-ctr", "--no-timer"], input: ["We rank by pCTR."], environment: environment)
    #expect(started.code == 0, "\(started.err)")
    let id = try #require(SessionStore(dataDirectory: home).all().sessions.first?.id)
    let link = home + "/sessions/\(id).json"
    let kept = home + "/kept.json"
    try FileManager.default.moveItem(atPath: link, toPath: kept)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: kept)
    let resumed = CLITest.run(["resume", id], input: ["Calibrated because of the auction.", "/quit"], environment: environment)
    #expect(resumed.code == 0, "\(resumed.err)")
    #expect(FileKind.of(linkAt: link) == .symbolicLink, "still a link")
    let saved = try String(contentsOfFile: kept, encoding: .utf8)
    #expect(saved.contains("Calibrated because of the auction."), "the answer reached the file the link leads to")
  }

  // Trial 9: an unreadable sessions folder (or a file in its place) read as "No sessions yet", exit 0.
  @Test("a sessions folder that cannot be listed is a warning naming it, not 'no sessions yet'")
  func unlistableFolder() throws {
    let home = CLITest.temporaryDirectory()
    #expect(FileManager.default.createFile(atPath: home + "/sessions", contents: Data("x".utf8)))
    for arguments in [["sessions"], ["history"]] {
      let result = CLITest.run(arguments, environment: ["MLCOACH_HOME": home])
      #expect(result.err == "warning: skipping '\(home)/sessions': not a folder\n", "\(arguments)")
      #expect(result.out == "No readable sessions (see the warnings above).\n", "\(arguments)")
    }
    for command in ["report", "resume"] {
      let result = CLITest.run([command], environment: ["MLCOACH_HOME": home])
      #expect(result.code == 66)
      #expect(result.err.hasSuffix("error: no readable sessions in '\(home)/sessions' (see the warnings above)\n"),
              "\(command): \(result.err)")
    }
  }

  // Trial 9: 'report video' said "no session 'video'" (66) where practice says the name is ambiguous.
  @Test("a scenario name that matches several scenarios is said to, not 'no session'")
  func ambiguousScenarioName() {
    let (path, _, _) = home()
    for command in ["report", "resume", "review"] {
      let result = CLITest.run([command, "video"], environment: ["MLCOACH_HOME": path])
      #expect(result.code == 64, "\(command)")
      #expect(result.err.hasPrefix("error: 'video' matches several scenarios: video-recommendation, video-search; "
        + "name one of them\n"), "\(command): \(result.err)")
    }
  }

  @Test("--json with no sessions prints [] as docs/report-format.md says")
  func emptyJSON() {
    let result = CLITest.run(["sessions", "--json"], environment: ["MLCOACH_HOME": CLITest.temporaryDirectory()])
    #expect(result.out == "[]\n")
  }

  @Test("resume SCENARIO continues its unfinished interview though a newer one is finished")
  func resumeScenarioSkipsFinished() throws {
    let home = CLITest.temporaryDirectory()
    let environment = ["MLCOACH_HOME": home]
    let clock = FixedClock()
    _ = CLITest.run(["practice", "image-search", "--no-followups"], input: ["Half done.", "/quit"],
                    environment: environment, clock: clock)
    clock.advance(by: 60)
    _ = CLITest.run(["practice", "image-search", "--no-followups", "--new"],
                    input: ["Done."] + Array(repeating: "/next", count: 7), environment: environment, clock: clock)
    let unfinished = try #require(SessionStore(dataDirectory: home).all().sessions.first { $0.state == .inProgress })
    let resumed = CLITest.run(["resume", "image-search"], input: ["/quit"], environment: environment, clock: clock)
    #expect(resumed.code == 0)
    #expect(resumed.out.contains("Resuming \(unfinished.id)"), "\(resumed.out)\(resumed.err)")
  }

  @Test("lists state, scenario, local date and score")
  func list() {
    let (path, finished, unfinished) = home()
    let result = CLITest.run(["sessions"], environment: ["MLCOACH_HOME": path, "TZ": "Asia/Tokyo", "COLUMNS": "80"])
    #expect(result.code == 0)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("ID") && lines[0].contains("STATE") && lines[0].hasSuffix("SCORE"))
    #expect(lines[1].hasPrefix(finished) && lines[1].contains("finished") && lines[1].contains("2027-01-15 17:00"))
    #expect(lines[2].hasPrefix(unfinished) && lines[2].contains("unfinished 2/7"))
    #expect(lines[2].contains("2027-01-15 18:00") && lines[2].hasSuffix("—"))
    // One unfinished session: the command names it, ready to copy (trial 48 read "ID" as a placeholder).
    let flowed = result.out.replacingOccurrences(of: "\n", with: " ")
    #expect(flowed.contains("1 unfinished: continue with 'mlcoach resume \(unfinished)', or delete with "
      + "'mlcoach sessions discard \(unfinished)'"), "\(result.out)")
    #expect(result.out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
  }

  // Trial 24: a self-review stopped with q left no trace in `sessions` or its JSON.
  @Test("a self-review stopped part-way shows its progress, in the list and in --json")
  func partialReview() throws {
    let (path, finished, _) = home()
    let environment = ["MLCOACH_HOME": path, "COLUMNS": "80"]
    let review = CLITest.run(["review", finished], input: ["y", "", "q"], environment: environment)
    #expect(review.code == 0, "\(review.err)")
    let total = try #require(SessionStore(dataDirectory: path).all().sessions.first { $0.id == finished }?.score)
      .items.count
    let list = CLITest.run(["sessions"], environment: environment)
    #expect(list.out.contains("review 2/"), "\(list.out)")
    #expect(list.out.replacingOccurrences(of: "\n", with: " ")
      .contains("1 self-review not finished: continue with 'mlcoach review \(finished)'"), "\(list.out)")
    let json = CLITest.run(["sessions", "--json"], environment: environment)
    let rows = try #require(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
    let progress = try #require(rows.first { $0["id"] as? String == finished }?["reviewProgress"] as? [String: Int])
    #expect(progress["position"] == 2 && (progress["total"] ?? 0) >= total, "\(progress)")
    #expect(rows.first { $0["id"] as? String != finished }?["reviewProgress"] is NSNull)
  }

  @Test("piped, each session is one line, however long its scenario id; COLUMNS still narrows the table")
  func pipedRows() {
    let home = CLITest.temporaryDirectory()
    _ = CLITest.run(["practice", "people-you-may-know", "--no-followups"], input: ["A line", "/quit"],
                    environment: ["MLCOACH_HOME": home])
    let piped = CLITest.run(["sessions"], environment: ["MLCOACH_HOME": home])
    let lines = piped.out.split(separator: "\n").map(String.init)
    #expect(lines.count >= 2 && lines[1].contains("people-you-may-know"), "\(piped.out)")
    let narrow = CLITest.run(["sessions"], environment: ["MLCOACH_HOME": home, "COLUMNS": "60"])
    // COLUMNS is what the user asked for: the flexible columns wrap to approach it.
    #expect(narrow.out.split(separator: "\n").count > lines.count, "\(narrow.out)")
  }

  @Test("--json lists every session for scripts")
  func json() throws {
    let (path, finished, unfinished) = home()
    let result = CLITest.run(["sessions", "--json"], environment: ["MLCOACH_HOME": path])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["id"] as? String } == [finished, unfinished])
    #expect(rows[0]["state"] as? String == "finished" && rows[0]["step"] is NSNull && rows[0]["overall"] is Double)
    #expect(rows[1]["state"] as? String == "in-progress" && rows[1]["step"] as? Int == 2)
    #expect(rows[1]["overall"] is NSNull)
  }

  @Test("discard asks on a terminal, needs --yes from a script, and refuses a scenario name")
  func discard() {
    let (path, finished, unfinished) = home()
    let environment = ["MLCOACH_HOME": path]
    let refused = CLITest.run(["sessions", "discard", unfinished], environment: environment)
    #expect(refused.code == 64)
    #expect(refused.err.hasPrefix("error: not discarding without confirmation: standard input is not a terminal; add --yes"))
    let declined = CLITest.run(["sessions", "discard", unfinished], input: [""], environment: environment, terminal: true)
    #expect(declined.out.contains("Discard this session? Its answers are deleted for good. [y/N] "))
    #expect(declined.out.contains("Nothing discarded."))
    let both = CLITest.run(["sessions", "discard", unfinished, finished], input: ["n"], environment: environment,
                           terminal: true)
    #expect(both.out.contains("Discard these 2 sessions? Their answers are deleted for good. [y/N] "))
    #expect(SessionStore(dataDirectory: path).all().sessions.count == 2)
    let byScenario = CLITest.run(["sessions", "discard", "ads-ctr", "--yes"], environment: environment)
    #expect(byScenario.code == 64)
    #expect(byScenario.err.contains("'ads-ctr' is a scenario, not a session id"))
    let accepted = CLITest.run(["sessions", "discard", unfinished], input: ["y"], environment: environment,
                               terminal: true)
    #expect(accepted.out.contains("Discarded \(unfinished)."))
    #expect(SessionStore(dataDirectory: path).all().sessions.map(\.id) == [finished])
    let scripted = CLITest.run(["sessions", "discard", String(finished.prefix(15)), "-y"], environment: environment)
    #expect(scripted.code == 0)
    #expect(SessionStore(dataDirectory: path).all().sessions.isEmpty)
  }

  @Test("only finished sessions count as practised; next offers the unfinished one first, in JSON too")
  func nextAndUnfinished() throws {
    let (path, _, unfinished) = home()
    let next = CLITest.run(["next"], environment: ["MLCOACH_HOME": path])
    #expect(next.out.hasPrefix("Unfinished: image-search, started today at 09:00, stopped at step 2/7.\n"
      + "Resume: mlcoach resume \(unfinished)\n"))
    // image-search was only started: it still counts as never practised, like every scenario
    // but the finished ads-ctr; which one comes first depends on the bundled catalogue.
    #expect(!next.out.contains("Next: ads-ctr"))
    #expect(next.out.contains("you have never practised it"))
    let json = CLITest.run(["next", "--json"], environment: ["MLCOACH_HOME": path])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let resume = try #require(object["resume"] as? [String: Any])
    #expect(resume["id"] as? String == unfinished && resume["step"] as? Int == 2)
    #expect(resume["command"] as? String == "mlcoach resume \(unfinished)")
    #expect(object["scenario"] as? String != "ads-ctr")
  }
}
