import Foundation
import MLCoachCLI
@testable import MLCoachCore
import Testing

@Suite struct HistoryCommandTests {
  /// Five sessions over twelve days: improving on spam-filter (the last finished one
  /// self-reviewed), one of a scenario that has since been removed, and one unfinished.
  @discardableResult
  func prepare(_ home: ReviewHome) throws -> [Session] {
    let first = try home.session(day: 1, statuses: ["false-positive-cost": .hit, "latency": .partial])
    let second = try home.session(day: 5, statuses: ReviewCommandTests.mostlyHit)
    var retired = home.scenario
    retired.id = "retired-scenario"
    retired.title = "A scenario since removed"
    let orphan = try home.session(day: 7, statuses: ["drift": .hit, "precision-recall": .hit], scenario: retired)
    var third = try home.session(day: 9, statuses: ReviewCommandTests.mostlyHit)
    var review = SelfReview(coach: try #require(third.score), scenario: home.scenario, record: nil, now: Date())
    let overrides: [String: ItemStatus] = ["precision-recall": .hit, "threshold-tradeoff": .partial]
    while let item = review.current { _ = review.apply(overrides[item.id].map { .set($0) } ?? .keep, now: Date()) }
    third.review = review.record
    try home.store.save(third)
    let unfinished = try home.session(day: 12, statuses: [:], finished: false)
    return [first, second, orphan, third, unfinished]
  }

  @Test func historyTableMatchesTheGoldenFile() throws {
    let home = try ReviewHome()
    try prepare(home)
    let result = home.run(["history"])
    #expect(result.code == 0)
    #expect(result.err.isEmpty)
    let path = ReviewHome.fixtures.appendingPathComponent("history.golden.txt").path
    if ProcessInfo.processInfo.environment["MLCOACH_UPDATE_GOLDEN"] == "1" {
      try result.out.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let golden = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    #expect(result.out == golden)
  }

  @Test func sessionsAreListedOldestFirstWithSelfAssessedScores() throws {
    let home = try ReviewHome()
    let sessions = try prepare(home)
    let out = home.run(["history"]).out
    let positions = sessions.map { session in
      out.range(of: ReportDate.short(session.startedAt)).map { out.distance(from: out.startIndex, to: $0.lowerBound) }
    }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    let reviewedRow = try #require(out.split(separator: "\n").first { $0.hasPrefix("2026-11-09") })
    let own = try #require(try home.load(sessions[3].id).review?.selfAssessed?.overall)
    #expect(reviewedRow.hasSuffix(" \(ReportNumber.score(own))"))
    #expect(out.contains("retired-scenario"))
    #expect(out.contains("A scenario since removed"))
    #expect(out.contains("unfinished"))
    #expect(out.contains("Metrics       ▁"))
  }

  /// A newcomer's metrics drill (thirty-fifth session) stood in the table like a whole
  /// interview and pulled the Overall trend down by 21 points.
  @Test func aFocusSessionIsMarkedAndLeftOutOfTheOverallTrend() throws {
    let home = try ReviewHome()
    try home.session(day: 1, statuses: ReviewCommandTests.mostlyHit)
    var focus = try home.session(day: 2, statuses: ["false-positive-cost": .hit])
    focus.options.focus = .metrics
    try home.store.save(focus)
    let out = home.run(["history"]).out
    let row = try #require(out.split(separator: "\n").first { $0.hasPrefix("2026-11-02") })
    #expect(row.contains(", metrics only"), "\(out)")
    #expect(out.contains("A focus session scores its one category"), "\(out)")
    // Trial 36 read "last 1 scored session" above a Metrics row of two bars: the header counts
    // the focus session its category's row draws on, and says where it counts.
    #expect(out.contains("last 2 scored sessions, 1 of them focus session, in their category's row only"), "\(out)")
  }

  @Test func filtersByScenario() throws {
    let home = try ReviewHome()
    try prepare(home)
    var result = home.run(["history", "--scenario", "retired"])
    #expect(result.code == 0)
    #expect(!result.out.contains("spam-filter"))
    #expect(result.out.contains("retired-scenario"))
    // One scenario's trend does not say "across".
    #expect(!home.run(["history", "--scenario", "spam-filter"]).out.contains("across"))

    result = home.run(["history", "--scenario", "video-recommendation"])
    #expect(result.code == 0)
    #expect(result.out == "No sessions of video-recommendation yet: start one with 'mlcoach practice "
      + "video-recommendation'.\n")

    result = home.run(["history", "--scenario", "spam-filtr"])
    #expect(result.code == 64)
    #expect(result.err.contains("error: no scenario named 'spam-filtr'; did you mean 'spam-filter'?\nusage: "))
  }

  @Test func jsonForScripts() throws {
    let home = try ReviewHome()
    let sessions = try prepare(home)
    let result = home.run(["history", "--json", "--scenario", "spam-filter"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let rows = try #require(root["sessions"] as? [[String: Any]])
    #expect(rows.compactMap { $0["id"] as? String } == [sessions[0], sessions[1], sessions[3], sessions[4]].map(\.id))
    #expect(rows[3]["overall"] is NSNull)
    #expect(rows[3]["state"] as? String == "in-progress")
    #expect(rows[2]["selfAssessed"] as? Double == rows[2]["effective"] as? Double)
    let scenarios = try #require(root["scenarios"] as? [[String: Any]])
    #expect(scenarios.count == 1)
    #expect(scenarios[0]["sessions"] as? Int == 4)
    #expect(scenarios[0]["unfinished"] as? Int == 1)
  }

  // Trial 24: a self-review stopped with q left SELF as a dash, as if never started.
  @Test("a self-review stopped part-way shows its progress in SELF and in --json")
  func partialReviewProgress() throws {
    let home = try ReviewHome()
    var session = try home.session(day: 3, statuses: ReviewCommandTests.mostlyHit)
    var review = SelfReview(coach: try #require(session.score), scenario: home.scenario, record: nil, now: Date())
    _ = review.apply(.keep, now: Date())
    _ = review.apply(.keep, now: Date())
    session.review = review.record
    try home.store.save(session)
    let row = try #require(home.run(["history"]).out.split(separator: "\n").first { $0.hasPrefix("2026-11-03") })
    #expect(row.hasSuffix("review 2/\(review.total)"), "\(row)")
    let json = home.run(["history", "--json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let entry = try #require((root["sessions"] as? [[String: Any]])?.first)
    #expect(entry["selfAssessed"] is NSNull)
    #expect((entry["reviewProgress"] as? [String: Int])?["position"] == 2, "\(entry)")
  }

  // Trial 14: a scenario with only an unfinished session got a "By scenario" row of dashes.
  @Test func aScenarioWithOnlyUnfinishedSessionsIsNamedNotTabled() throws {
    let home = try ReviewHome()
    try home.session(day: 2, statuses: [:], finished: false)
    let out = home.run(["history"]).out
    #expect(!out.contains("By scenario"), "\(out)")
    #expect(out.replacingOccurrences(of: "\n", with: " ").contains("Not finished yet: spam-filter ('mlcoach "
      + "sessions' lists them; 'mlcoach resume ID' continues one)."))
    // With a finished session too, the scenario has its row and no note.
    try home.session(day: 3, statuses: ["drift": .hit])
    let both = home.run(["history"]).out
    #expect(both.contains("By scenario") && !both.contains("Not finished yet"))
  }

  @Test func corruptFilesAreSkippedWithAWarningAndNeverTouched() throws {
    let home = try ReviewHome()
    let sessions = try prepare(home)
    let bad = home.store.path(of: "20261103-090000-spam-filter")
    let garbage = Data("{\"formatVersion\": 1, \"id\": tru".utf8)
    #expect(FileManager.default.createFile(atPath: bad, contents: garbage))
    let newer = home.store.path(of: "20261104-090000-spam-filter")
    let future = Data("{\"formatVersion\": 99}".utf8)
    #expect(FileManager.default.createFile(atPath: newer, contents: future))

    let result = home.run(["history"])
    #expect(result.code == 0)
    #expect(result.err == "warning: skipping '\(bad)': not a valid session file: invalid JSON at line 1, column 28: "
      + "unexpected text; expected a value\n" + "warning: skipping '\(newer)': written by a newer mlcoach (format 99)\n")
    #expect(result.out.contains(ReportDate.short(sessions[0].startedAt)))
    #expect(FileManager.default.contents(atPath: bad) == garbage)
    #expect(FileManager.default.contents(atPath: newer) == future)

    let review = home.run(["review", "20261103-090000-spam-filter"])
    #expect(review.code == 65)
    #expect(review.err.hasSuffix("error: cannot read '\(bad)': not a valid session file: invalid JSON at line 1, "
      + "column 28: unexpected text; expected a value\n"))
    #expect(home.run(["next"]).code == 0)
    #expect(FileManager.default.contents(atPath: bad) == garbage)

    // Commands that do not list sessions say it once, not once per file on every run.
    let sessionsFolder = (bad as NSString).deletingLastPathComponent
    for arguments in [["next"], ["report"], ["review", "--print"]] {
      let other = home.run(arguments)
      #expect(other.err.hasPrefix("warning: skipping 2 unreadable session files in '\(sessionsFolder)', left "
        + "untouched; 'mlcoach sessions' says what is wrong with each\n"), "\(arguments): \(other.err)")
      #expect(!other.err.contains(bad), "\(arguments)")
    }
    let listed = home.run(["sessions"])
    #expect(listed.err.contains("skipping '\(bad)': not a valid session file"))
    #expect(listed.err.contains("skipping '\(newer)': written by a newer mlcoach (format 99)"))

    // An unreadable file named by a prefix of its id says why (65), and can be discarded by it.
    let prefixed = home.run(["report", "20261103-0900"])
    #expect(prefixed.code == 65)
    #expect(prefixed.err.hasSuffix("error: cannot read '\(bad)': not a valid session file: invalid JSON at line 1, "
      + "column 28: unexpected text; expected a value\n"))
    let discarded = home.run(["sessions", "discard", "20261103-0900", "20261104-090000-spam-filter", "--yes"])
    #expect(discarded.code == 0)
    #expect(discarded.out == "Discarded 20261103-090000-spam-filter.\nDiscarded 20261104-090000-spam-filter.\n")
    #expect(!FileManager.default.fileExists(atPath: bad) && !FileManager.default.fileExists(atPath: newer))
    #expect(home.run(["next"]).err.isEmpty)
  }

  @Test func withoutSessionsEveryCommandSaysHowToStart() throws {
    let home = try ReviewHome()
    var result = home.run(["history"])
    #expect(result.code == 0)
    #expect(result.out == "No sessions yet: start one with 'mlcoach practice' (see 'mlcoach list' for scenarios).\n")
    result = home.run(["history", "--json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect((root["sessions"] as? [Any])?.isEmpty == true)
    result = home.run(["next"])
    #expect(result.code == 0)
    #expect(result.out.hasPrefix("No finished sessions yet: start with 'mlcoach practice "))
  }

  @Test func nextRecommendsFromThePreparedHistory() throws {
    let home = try ReviewHome()
    let prepared = try prepare(home)
    let result = home.run(["next"], width: 200)
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    // The unfinished session of 12 November comes first, to resume.
    let unfinished = try #require(prepared.last { $0.state == .inProgress })
    #expect(lines[0] == "Unfinished: spam-filter, started 8 days ago, stopped at step 1/7.")
    #expect(lines[1] == "Resume: mlcoach resume \(unfinished.id)")
    // Trade-offs is the weakest over the four scored sessions; the
    // scenario is a bundled one never practised (which one depends on the bundled files).
    let head = try #require(lines[2].split(separator: ",").first)
    let pick = String(head.dropFirst("Next: ".count))
    #expect(lines[2].hasPrefix("Next: \(pick), focus on trade-offs — "))
    #expect(!["spam-filter", "retired-scenario"].contains(pick))
    #expect(lines[2].contains("you have never practised it and trade-offs is your weakest category ("))
    #expect(lines[3] == "Most often missed: “Trades catching more spam against losing real mail when setting the "
      + "threshold.” (spam-filter, missed in 2 of 3 sessions)")
    #expect(lines[4] == "Run:  mlcoach practice \(pick) --focus tradeoffs")
    #expect(home.run(["next"], width: 200).out == result.out)  // deterministic
  }
}
