import Foundation
@testable import MLCoachCLI
@testable import MLCoachCore
import Testing

/// A temporary `MLCOACH_HOME` holding the tiny spam-filter scenario and sessions built in code,
/// with a fixed clock: the whole program runs in-process against it.
final class ReviewHome {
  static let scenarioFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../MLCoachCoreTests/Fixtures/review/spam-filter.json").standardizedFileURL.path
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  let path: String
  let store: SessionStore
  let scenario: Scenario
  let clock = FixedClock(ReviewHome.date(day: 20))

  init(installScenario: Bool = true) throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-cli-\(UUID().uuidString)").path
    store = SessionStore(dataDirectory: path)
    let bytes = try #require(FileManager.default.contents(atPath: Self.scenarioFile))
    scenario = try ScenarioDecoder.decode([UInt8](bytes), file: Self.scenarioFile)
    try FileManager.default.createDirectory(atPath: path + "/scenarios", withIntermediateDirectories: true)
    if installScenario {
      #expect(FileManager.default.createFile(atPath: path + "/scenarios/spam-filter.json", contents: bytes))
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// 2026-11-`day` at `hour`:00 UTC.
  static func date(day: Int, hour: Int = 9) -> Date {
    Date(timeIntervalSince1970: 1_793_491_200 + Double(day - 1) * 86_400 + Double(hour) * 3600)
  }

  struct Result {
    var code: Int32
    var out: String
    var err: String
  }

  func run(_ arguments: [String], input: [String] = [], width: Int = 80) -> Result {
    let console = ScriptedConsole(input: input, environment: ["MLCOACH_HOME": path, "COLUMNS": String(width), "TZ": "UTC"],
                                  width: width)
    let code = CLI.run(arguments, console: console, clock: clock)
    return Result(code: code, out: console.stdout, err: console.stderr)
  }

  /// `run` on a scripted terminal: keys arrive through `keyboard`, as typed.
  func run(_ arguments: [String], keyboard: Keyboard) -> Result {
    let console = ScriptedConsole(environment: ["MLCOACH_HOME": path, "COLUMNS": "80", "TZ": "UTC", "NO_COLOR": "1"],
                                  width: 80, keyboard: keyboard)
    let code = CLI.run(arguments, console: console, clock: clock)
    return Result(code: code, out: console.stdout, err: console.stderr)
  }

  /// A session of the fixture scenario with the given verdicts (others missed), saved.
  @discardableResult
  func session(day: Int, hour: Int = 9, statuses: [String: ItemStatus], finished: Bool = true,
               scenario custom: Scenario? = nil, redFlags: [RedFlagHit] = []) throws -> Session {
    let scenario = custom ?? self.scenario
    var steps = scenario.steps.map { step -> StepRecord in
      var record = StepRecord(id: step.id, budgetSeconds: step.minutes * 60)
      record.usedSeconds = step.minutes * 60
      record.lines = ["About \(step.id.rawValue): we keep it simple."]
      record.completed = finished
      return record
    }
    steps[0].questions = [QuestionRecord(question: "How many emails?", answer: "A billion a day.", factID: "volume")]
    let start = Self.date(day: day, hour: hour)
    var session = Session(id: store.newID(scenarioID: scenario.id, at: start), scenario: scenario, startedAt: start,
                          options: Session.Options(totalMinutes: 45), steps: steps)
    if finished {
      session.state = .finished
      session.finishedAt = start.addingTimeInterval(2700)
      let verdicts = scenario.rubric.map { item in
        let status = statuses[item.id] ?? .missed
        return ItemVerdict(id: item.id, category: item.category, step: item.step, weight: item.weight,
                           status: status, evidence: status == .missed ? nil : "We covered \(item.id).", note: nil,
                           hintUsed: false, generic: item.generic, credit: 0)
      }
      session.score = Scorer.assemble(scenario: scenario, verdicts: verdicts, redFlags: redFlags, wordCount: 80)
    }
    try store.save(session)
    return session
  }

  func load(_ id: String) throws -> Session { try store.load(id: id) }
}

@Suite struct ReviewCommandTests {
  static let mostlyHit: [String: ItemStatus] = [
    "false-positive-cost": .hit, "volume": .partial, "binary-classification": .hit, "report-labels": .hit,
    "text-baseline": .hit, "latency": .hit, "threshold-tradeoff": .contradicted,
  ]

  @Test func pipedReviewSavesEachAnswerStopsAndResumes() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)

    // Enter (agree), y (volume: partial → hit), then q.
    let first = home.run(["review"], input: ["", "y", "q"])
    #expect(first.code == 0, "\(first.err)")
    #expect(first.out.contains("Self-review: Email spam filter"))
    #expect(first.out.contains("── Requirements"))
    #expect(first.out.contains("[1/9] Asks how costly it is to send real mail to the spam folder."))
    #expect(first.out.contains("Your verdict [Enter = agree: partial, y / n / p, b, q]: "))
    #expect(first.out.replacingOccurrences(of: "\n", with: " ")
      .contains("Saved: 2 of 9 items reviewed. Continue with 'mlcoach review \(session.id)'."))
    var saved = try home.load(session.id)
    #expect(saved.review?.position == 2)
    #expect(saved.review?.verdicts == ["false-positive-cost": .hit, "volume": .hit])
    #expect(saved.review?.completed == false)
    #expect(saved.score == session.score)

    // Running it again resumes at the third item; an unknown answer is asked again.
    let second = home.run(["review", session.id], input: ["what", "", "", "", "y", "", "", "p"])
    #expect(second.code == 0, "\(second.err)")
    #expect(second.out.contains("Resuming at item 3 of 9."))
    #expect(!second.out.contains("[1/9]"))
    #expect(second.out.contains("[3/9] Frames it as binary classification"))
    #expect(second.out.contains("Press Enter to agree, or type y (covered)"))
    #expect(second.out.contains("Your score beside the coach's"))
    #expect(second.out.contains("You disagreed with the coach on 3 items:"))
    #expect(second.out.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
      "Each category's score takes 40% from the whole answer, so a change in one category moves the others a little."))
    #expect(second.out.contains("+ you: hit, coach: missed — Evaluates precision and recall at the operating"))
    #expect(second.out.contains("+ you: partial, coach: contradicted — Trades catching more spam"))
    #expect(second.out.contains("Compare your design with the reference, noting what you missed."))
    #expect(second.out.contains("(step score "))  // not to be read as the category's score
    #expect(second.out.contains("- Watch report rates and drift as spammers adapt; retrain weekly."))
    saved = try home.load(session.id)
    #expect(saved.review?.completed == true)
    #expect(saved.review?.position == 9)
    let own = try #require(saved.review?.selfAssessed)
    #expect(own.verdict("precision-recall")?.status == .hit)
    #expect(own.verdict("threshold-tradeoff")?.status == .partial)
    #expect(own.overall > (session.score?.overall ?? 100))
    #expect(second.out.contains("Overall"))

    // A third run shows the summary without asking anything.
    let third = home.run(["review"], input: ["n"])
    #expect(third.out.contains("You finished reviewing this session on 2026-11-20 09:00"))
    #expect(!third.out.contains("Your verdict"))
    #expect(try home.load(session.id) == saved)
  }

  // Trial 24: on a terminal every verdict needed a letter and Enter, 65 times.
  @Test("on a terminal a verdict is one key; Enter typed after it answers nothing more; raw mode is given back")
  func oneKeyPerVerdict() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    // Enter (agree), y then Enter as a line prompt taught, "yes" typed at once, then q.
    let keys = ScriptedKeyboard([.keys("\r"), .keys("y"), .keys("\r"), .wait, .keys("yes"), .wait, .keys("q")])
    let result = home.run(["review"], keyboard: keys)
    #expect(result.code == 0, "\(result.err)")
    let saved = try home.load(session.id)
    #expect(saved.review?.position == 3, "\(result.out)")
    #expect(saved.review?.verdicts.count == 3)
    #expect(keys.modeChanges == ["raw", "restored"])
    // The key is echoed after its prompt, since raw mode does not.
    #expect(result.out.contains("b, q]: y\n"), "\(result.out)")
    #expect(!result.out.contains("Press Enter to agree"), "\(result.out)")
  }

  @Test("one-key verdicts: escape sequences answer nothing, Ctrl-D saves and stops")
  func verdictKeyReadings() {
    #expect(VerdictKey.reading(Array("\r".utf8)) == .answer(""))
    #expect(VerdictKey.reading(Array("P".utf8)) == .answer("P"))
    #expect(VerdictKey.reading(Array("\u{1B}[A".utf8)) == .ignored)
    #expect(VerdictKey.reading([4]) == .end)
    #expect(VerdictKey.reading([]) == .ignored)
    let keys = ScriptedKeyboard([.keys("\u{1B}[B"), .wait, .keys("n")])
    #expect(VerdictKey.Reader(keys).read(echo: { _ in }) == "n")
    #expect(VerdictKey.Reader(ScriptedKeyboard([.keys("\u{04}")])).read(echo: { _ in }) == nil)
  }

  @Test("one-key verdicts: a letter takes the rest of its word and one Enter; later keys answer the next items")
  func verdictKeysTypedAhead() {
    // "p" then Enters a quarter of a second apart: the first Enter goes with the "p", and each
    // of the others keeps the next item's verdict (a newcomer lost them all, fiftieth session).
    let spaced = VerdictKey.Reader(ScriptedKeyboard([.keys("p"), .keys("\r"), .keys("\r"), .keys("\r"), .keys("y")]))
    #expect((0..<4).map { _ in spaced.read(echo: { _ in }) } == ["p", "", "", "y"])
    // In one chunk (a paste, or keys faster than a read): "yes" and its Enter are one answer.
    let chunk = VerdictKey.Reader(ScriptedKeyboard([.keys("yes\r\rn\r")]))
    #expect((0..<3).map { _ in chunk.read(echo: { _ in }) } == ["y", "", "n"])
    // After a pause, an Enter answers the next item.
    let paused = VerdictKey.Reader(ScriptedKeyboard([.keys("y"), .wait, .keys("\r")]))
    #expect([paused.read(echo: { _ in }), paused.read(echo: { _ in })] == ["y", ""])
  }

  @Test("next names a self-review stopped part-way, with how to continue it, in text and JSON")
  func nextNamesAStoppedReview() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    #expect(home.run(["review"], input: ["", "q"]).code == 0)
    let text = home.run(["next"])
    #expect(text.out.contains("Self-review: spam-filter, stopped after 1 of 9 items."), "\(text.out)")
    #expect(text.out.contains("Continue: mlcoach review \(session.id)"))
    let json = home.run(["next", "--json"])
    let object = try #require(JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let review = try #require(object["review"] as? [String: Any])
    #expect(review["position"] as? Int == 1 && review["total"] as? Int == 9 && review["id"] as? String == session.id)
    // Finished, it is no longer named.
    #expect(home.run(["review"], input: Array(repeating: "", count: 9)).code == 0)
    #expect(!home.run(["next"]).out.contains("Self-review:"))
  }

  @Test func endOfInputSavesLikeQuit() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    let result = home.run(["review"], input: ["n"])
    #expect(result.code == 0)
    #expect(result.out.contains("Saved: 1 of 9 items reviewed."))
    #expect(try home.load(session.id).review?.verdicts == ["false-positive-cost": .missed])
  }

  @Test func quittingAtOnceWritesNothing() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    let before = try #require(FileManager.default.contents(atPath: home.store.path(of: session.id)))
    _ = home.run(["review"], input: ["q"])
    #expect(FileManager.default.contents(atPath: home.store.path(of: session.id)) == before)
  }

  @Test func backAndRestart() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    let result = home.run(["review"], input: ["b", "n", "b", "", "q"])
    #expect(result.out.contains("This is the first item; there is nothing to go back to."))
    // Back on the item: what was chosen is said, and Enter keeps it.
    #expect(result.out.contains("You chose earlier: missed"))
    #expect(result.out.contains("Your verdict [Enter = keep your missed, y / n / p, b, q]: "))
    #expect(try home.load(session.id).review?.verdicts == ["false-positive-cost": .missed])
    _ = home.run(["review"], input: Array(repeating: "", count: 8))
    #expect(try home.load(session.id).review?.completed == true)
    let again = home.run(["review", "--restart"], input: ["y", "q"])
    #expect(again.out.contains("[1/9]"))
    let saved = try home.load(session.id)
    #expect(saved.review?.completed == false)
    #expect(saved.review?.position == 1)
    #expect(saved.review?.verdicts["false-positive-cost"] == .hit)
  }

  @Test func printIsNonInteractiveAndWritesNothing() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    let before = try #require(FileManager.default.contents(atPath: home.store.path(of: session.id)))
    let result = home.run(["review", "--print"], width: 60)
    #expect(result.code == 0)
    #expect(result.out.contains("Self-review: Email spam filter"))
    #expect(result.out.contains("not yet reviewed"))
    #expect(result.out.contains("Hint: Spam is rare: which metrics still mean something?"))
    #expect(result.out.contains("You have reviewed 0 of 9 items; the rest count with the"))
    // Nothing reviewed is no agreement (trial 2026-12-01).
    #expect(!result.out.contains("You agreed with the coach"))
    #expect(result.out.contains("You have not reviewed any item yet"))
    #expect(!result.out.contains("Your verdict"))
    #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 60 })
    #expect(FileManager.default.contents(atPath: home.store.path(of: session.id)) == before)
  }

  /// Trial 18 could not dispute a red flag raised on a sentence that ruled the practice out.
  @Test func aRedFlagIsWalkedAfterTheItemsAndCanBeDismissed() throws {
    let home = try ReviewHome()
    let flag = RedFlagHit(id: "accuracy", text: "Uses accuracy as the main metric.", evidence: "Accuracy is useless here.",
                          why: "Most mail is not spam.", severity: 2, penalty: 6)
    let session = try home.session(day: 1, statuses: Self.mostlyHit, redFlags: [flag])
    let result = home.run(["review"], input: Array(repeating: "", count: 9) + ["p", "n"])
    #expect(result.code == 0, "\(result.err)")
    #expect(result.out.contains("9 items, grouped by category, then 1 red flag the coach raised."))
    #expect(result.out.contains("── Red flags"))
    #expect(result.out.contains("[10/10] Uses accuracy as the main metric."))
    #expect(result.out.contains("Did you do this? [Enter = it stands, y / n, b, q]: "))
    #expect(result.out.contains("Press Enter or y if the flag stands, n if you did not do this"))  // "p" is no answer
    #expect(result.out.contains("You dismissed 1 red flag the coach raised:"))
    let saved = try home.load(session.id)
    #expect(saved.review?.flagVerdicts == ["accuracy": false])
    let own = try #require(saved.review?.selfAssessed)
    #expect(own.redFlags.isEmpty && own.overall > (session.score?.overall ?? 100))
    let printed = home.run(["review", session.id, "--print"])
    #expect(printed.out.contains("you dismissed it"))
  }

  @Test func unfinishedAndRemovedSessionsCannotBeReviewed() throws {
    let home = try ReviewHome()
    let unfinished = try home.session(day: 2, statuses: [:], finished: false)
    var result = home.run(["review"])
    #expect(result.code == 66)
    #expect(result.err == "error: no finished session yet; finish '\(unfinished.id)' with 'mlcoach resume \(unfinished.id)'\n")
    result = home.run(["review", unfinished.id])
    #expect(result.code == 64, "like resume of a finished session (W5)")
    #expect(result.err.contains("finish it with 'mlcoach resume \(unfinished.id)'"))
    #expect(!result.err.contains("usage:"), "the command line was well formed: no usage line")

    var gone = home.scenario
    gone.id = "retired-scenario"
    let orphan = try home.session(day: 3, statuses: [:], scenario: gone)
    result = home.run(["review", orphan.id])
    #expect(result.code == 66)
    #expect(result.err.contains("'retired-scenario'"))
    #expect(result.err.contains("'mlcoach report \(orphan.id)' still prints the record"))
  }

  @Test func sessionLookupErrors() throws {
    let empty = try ReviewHome()
    var result = empty.run(["review"])
    #expect(result.code == 66)
    #expect(result.err == "error: no sessions yet: start one with 'mlcoach practice' (see 'mlcoach list')\n")
    #expect(empty.run(["report"]).err == result.err)

    let home = try ReviewHome()
    let first = try home.session(day: 1, statuses: [:])
    let second = try home.session(day: 1, hour: 10, statuses: [:])
    result = home.run(["review", "202611"])
    #expect(result.code == 64)
    #expect(result.err.contains("'202611' matches 2 sessions (\(first.id), \(second.id)); give more of the id"))
    result = home.run(["report", "20261101-09"])
    #expect(result.code == 0)
    #expect(result.out.contains("`\(first.id)`"))
    result = home.run(["report", "spam-filter"])  // a scenario id: its latest session
    #expect(result.out.contains("`\(second.id)`"))
    result = home.run(["review", "20261101-090001-spam-filter"])
    #expect(result.code == 66)
    #expect(result.err.contains("no session '20261101-090001-spam-filter'; did you mean '\(first.id)'"))
    result = home.run(["review", "zzz"])
    #expect(result.err == "error: no session 'zzz'; run 'mlcoach sessions' to see your sessions\n")
    // An installed scenario never practised (a newcomer's trial, thirty-fifth session, read
    // "no session 'ads-ctr'" as a session gone missing).
    result = home.run(["report", "ads-ctr"])
    #expect(result.code == 66)
    #expect(result.err == "error: no sessions of ads-ctr yet: start one with 'mlcoach practice ads-ctr'\n")
  }

  // MARK: - report

  @Test func reportInBothFormatsAndToAFile() throws {
    let home = try ReviewHome()
    let session = try home.session(day: 1, statuses: Self.mostlyHit)
    _ = home.run(["review"], input: ["", "y", "", "", "", "y", "", "", ""])

    let markdown = home.run(["report"])
    #expect(markdown.code == 0, "\(markdown.err)")
    let expected = MarkdownReport.render(SessionReport(session: try home.load(session.id), scenario: home.scenario,
                                                       now: home.clock.now()))
    #expect(markdown.out == expected)
    #expect(markdown.out.contains("**you: hit**"))

    let json = home.run(["report", "--format", "json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    #expect((root["session"] as? [String: Any])?["id"] as? String == session.id)
    #expect((root["review"] as? [String: Any])?["completed"] as? Bool == true)

    let file = home.path + "/out/report.md"
    try FileManager.default.createDirectory(atPath: home.path + "/out", withIntermediateDirectories: true)
    let written = home.run(["report", "-o", file])
    #expect(written.code == 0)
    #expect(written.out.isEmpty)
    #expect(written.err.hasSuffix("Wrote \(file)\n"))
    #expect(FileManager.default.contents(atPath: file) == Data(markdown.out.utf8))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path + "/out")
    #expect(leftovers == ["report.md"])

    let missing = home.run(["report", "-o", home.path + "/nowhere/report.md"])
    #expect(missing.code == 73)
    #expect(missing.err.hasPrefix("error: cannot write the report to '"))
    #expect(home.run(["report", "-o", home.path]).code == 73)

    let badFormat = home.run(["report", "--format", "jsn"])
    #expect(badFormat.code == 64)
    #expect(badFormat.err.contains("unknown format 'jsn'; did you mean 'json'?"))
  }

  @Test func reportOfAnUnfinishedSessionIsProvisional() throws {
    let home = try ReviewHome()
    try home.session(day: 1, statuses: [:], finished: false)
    let result = home.run(["report"])
    #expect(result.code == 0)
    #expect(result.out.contains("provisional: scored from the answers so far"))
  }
}
