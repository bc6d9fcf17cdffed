import Foundation
@testable import MLCoachCore
import Testing

@Suite struct ReportTests {
  @Test("the overall note says what red flags took and that an answer of bare mentions is held to 25")
  func overallNote() throws {
    var report = Scorer(scenario: try Fixtures.flagship("ads-ctr")).score(text: "We predict pCTR with logistic regression.")
    report.redFlags = []
    report.penalty = 0
    report.bareListCapped = nil
    #expect(report.overallNote == nil)
    report.overall = 40
    report.penalty = 5.4
    report.redFlags = [RedFlagHit(id: "a", text: "t", evidence: "e", why: "w", severity: 2, penalty: 5.4)]
    #expect(report.overallNote == "45.4 before 1 red flag (−5.4 points); the category scores leave red flags out")
    report.bareListCapped = true
    #expect(report.overallNote == "at most 25: most of the credit came from points named without a reason, "
      + "and 1 red flag cost 5.4 points")
  }

  /// Trial 48 read "Trade-offs 85.1" beside four missed trade-off items as the coach
  /// contradicting itself: every category score is shown with its count of credited items.
  @Test("each category's score is shown with how many of its items earned credit")
  func categoryTally() throws {
    let scenario = try Fixtures.flagship("ads-ctr")
    let report = Scorer(scenario: scenario).score(text: "We predict pCTR with logistic regression because it is fast "
      + "to train and easy to calibrate, and we log impressions with clicks joined within 30 minutes.")
    for category in Category.allCases {
      let items = report.items.filter { $0.category == category && $0.counts }
      let tally = report.itemTally(category)
      #expect(tally.counted == items.count)
      #expect(tally.credited == items.filter { $0.status == .hit || $0.status == .partial }.count)
      #expect(tally.partial == items.filter { $0.status == .partial }.count)
    }
    #expect(report.itemTally(.modeling).credited > 0 && report.itemTally(.tradeoffs).credited == 0)
    var excluded = report
    let index = try #require(excluded.items.firstIndex { $0.category == .tradeoffs })
    excluded.items[index].excluded = true
    #expect(excluded.itemTally(.tradeoffs).counted == report.itemTally(.tradeoffs).counted - 1)
    let session = ReviewFixture.session(day: 1, statuses: ReviewFixture.typical, redFlag: false)
    let markdown = MarkdownReport.render(SessionReport(session: session, scenario: ReviewFixture.scenario, now: Date()))
    let coach = try #require(session.score)
    let tradeoffs = coach.itemTally(.tradeoffs)
    #expect(markdown.contains("| Trade-offs | \(ReportNumber.score(coach.score(.tradeoffs))) | "
      + "\(tradeoffs.credited) of \(tradeoffs.counted)"
      + (tradeoffs.partial > 0 ? " (\(tradeoffs.partial) partial)" : "") + " |"), "\(markdown)")
    #expect(markdown.contains(MarkdownReport.scaleNote(coach.scale)))
    #expect(markdown.contains("### Trade-offs — coach \(ReportNumber.score(coach.score(.tradeoffs))), "
      + coach.itemTallyText(.tradeoffs)))
    // "10/10 items" read as all made with a reason when two were partial (newcomer's trial,
    // forty-second session): the partial ones are counted apart.
    if tradeoffs.partial > 0 { #expect(coach.itemTallyText(.tradeoffs).hasSuffix(" (\(tradeoffs.partial) partial)")) }
  }

  /// The golden report: a reviewed session with a red flag, a hint, a question and a follow-up.
  static func goldenSession() -> Session {
    var session = ReviewFixture.reviewed(
      ReviewFixture.session(day: 1, statuses: ReviewFixture.typical, redFlag: true),
      overrides: ["precision-recall": .hit, "latency": .partial])
    session.options.focus = .metrics
    session.steps[6].lines = []
    return session
  }

  /// Compares with the golden file; `MLCOACH_UPDATE_GOLDEN=1 swift test` rewrites it after an
  /// intended format change (then read the diff before committing).
  static func checkGolden(_ text: String, name: String) throws {
    let path = ReviewFixture.folder.appendingPathComponent(name).path
    if ProcessInfo.processInfo.environment["MLCOACH_UPDATE_GOLDEN"] == "1" {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let golden = try #require(FileManager.default.contents(atPath: path), "missing golden file \(path)")
    let expected = String(decoding: golden, as: UTF8.self)
    if text != expected {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
      Issue.record("""
        \(name) differs at line \(line + 1):
          got:  \(line < got.count ? String(got[line]) : "<end>")
          want: \(line < want.count ? String(want[line]) : "<end>")
        """)
    }
  }

  @Test func markdownMatchesTheGoldenFile() throws {
    let report = SessionReport(session: Self.goldenSession(), scenario: ReviewFixture.scenario,
                               now: ReviewFixture.date(day: 2))
    try Self.checkGolden(MarkdownReport.render(report), name: "report.golden.md")
  }

  @Test func markdownHasEveryPartOfTheRecord() {
    let report = SessionReport(session: Self.goldenSession(), scenario: ReviewFixture.scenario, now: Date())
    let text = MarkdownReport.render(report)
    for expected in [
      "# Email spam filter — practice report", "`20261101-090000-spam-filter`", "2026-11-01 09:00 UTC",
      "focus: metrics", "**Hints used:** “How much mail is there?” (step 1)", "self-assessed:** ", "## Scores", "| Metrics |",
      "### Red flags", "Uses accuracy as the main metric.", "## Transcript", "### 4. Model development",
      "(1:40 over)", "- **You asked:** How many emails a day?", "  - **Interviewer:** About a billion emails a day.",
      "> For data I would start simple.", "**Follow-up:** Which offline metrics?", "> Precision and recall.",
      "*(no answer)*", "## Rubric", "**you: hit**", "Evidence: “We said something about latency.”",
      "Hint: Spam is rare", "## Reference outline", "### Where you disagreed with the coach",
      "- Coach **missed**, you **hit**: Evaluates precision and recall at the operating point.", "### 7. Monitoring (one of your weakest steps: 0% of its items' weight)",
    ] {
      #expect(text.contains(expected), "missing \(expected)")
    }
    // A fully met item does not give its reference away again.
    #expect(!text.contains("Reference: Logistic regression on text features is fast"))
    #expect(!text.contains("  \n"), "no trailing double spaces: editors strip them")
  }

  @Test func jsonHasEveryDocumentedKeyWithNullsForMissingValues() throws {
    let report = SessionReport(session: Self.goldenSession(), scenario: ReviewFixture.scenario, now: Date())
    let data = Data(try JSONReport.render(report).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(root.keys) == ["formatVersion", "session", "steps", "score", "provisional", "withheld", "review",
                               "selfAssessed", "items", "reference"])
    #expect(root["formatVersion"] as? Int == 1)
    let session = try #require(root["session"] as? [String: Any])
    #expect(session["id"] as? String == "20261101-090000-spam-filter")
    #expect(session["startedAt"] as? String == "2026-11-01T09:00:00Z")
    #expect(session["scenarioInstalled"] as? Bool == true)
    let options = try #require(session["options"] as? [String: Any])
    #expect(options["focus"] as? String == "metrics")
    let steps = try #require(root["steps"] as? [[String: Any]])
    #expect(steps.count == 7)
    #expect(steps[0]["followUp"] is NSNull)
    #expect((steps[4]["followUp"] as? [String: Any])?["question"] as? String == "Which offline metrics?")
    let items = try #require(root["items"] as? [[String: Any]])
    #expect(items.count == 9)
    let precision = try #require(items.first { $0["id"] as? String == "precision-recall" })
    #expect(precision["coach"] as? String == "missed")
    #expect(precision["own"] as? String == "hit")
    #expect(precision["evidence"] is NSNull)
    #expect(precision["hint"] as? String == "Spam is rare: which metrics still mean something?")
    let review = try #require(root["review"] as? [String: Any])
    #expect(review["completed"] as? Bool == true)
    #expect(review["disagreements"] as? [String] == ["precision-recall", "latency"])
    let own = try #require(root["selfAssessed"] as? [String: Any])
    let coach = try #require(root["score"] as? [String: Any])
    #expect((own["overall"] as? Double ?? 0) > (coach["overall"] as? Double ?? 0))
    let reference = try #require(root["reference"] as? [[String: Any]])
    #expect(reference.filter { $0["weakest"] as? Bool == true }.compactMap { $0["step"] as? String }
      == ["data", "monitoring"])
  }

  @Test func aSessionOfARemovedScenarioStillReports() throws {
    let report = SessionReport(session: Self.goldenSession(), scenario: nil, now: Date())
    let text = MarkdownReport.render(report)
    #expect(text.contains("(no longer installed)"))
    #expect(text.contains("· precision-recall *(weight 3, step 5: Evaluation)*"))
    #expect(text.contains("its reference is not available"))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(try JSONReport.render(report).utf8)) as? [String: Any])
    #expect(root["reference"] is NSNull)
    let items = try #require(root["items"] as? [[String: Any]])
    #expect(items.allSatisfy { $0["text"] is NSNull })
  }

  @Test func anUnfinishedSessionIsScoredProvisionally() {
    let session = ReviewFixture.session(day: 3, statuses: [:], finished: false)
    let report = SessionReport(session: session, scenario: ReviewFixture.scenario, now: Date())
    #expect(report.provisional)
    #expect(report.coach != nil)
    let text = MarkdownReport.render(report)
    #expect(text.contains("in progress (resume it with `mlcoach resume 20261103-090000-spam-filter`)"))
    #expect(text.contains("provisional"))
    // Without its scenario there is nothing to score with.
    let orphan = SessionReport(session: session, scenario: nil, now: Date())
    #expect(orphan.coach == nil && !orphan.provisional)
    #expect(MarkdownReport.render(orphan).contains("- **Score:** none"))
  }

  /// A trial printed a report halfway through an interview and read every hint, the reference
  /// text of each missed item and the reference outline before resuming it.
  @Test func anUnfinishedSessionHoldsBackWhatWouldAnswerTheStepsAhead() throws {
    var session = ReviewFixture.session(day: 3, statuses: [:], finished: false)
    session.currentStep = 2
    let scenario = ReviewFixture.scenario
    let report = SessionReport(session: session, scenario: scenario, now: Date())
    #expect(report.withholdsAnswers)
    let finishedSteps = Set(scenario.steps.prefix(2).map(\.id))
    let listed = report.itemsByCategory.flatMap(\.items)
    #expect(!listed.isEmpty && listed.allSatisfy { finishedSteps.contains($0.step) })
    #expect(report.withheldItemCount == scenario.rubric.count - listed.count && report.withheldItemCount > 0)
    #expect(report.coach?.advice == [])
    let text = MarkdownReport.render(report)
    for item in scenario.rubric {
      // A hint the interviewer gave is listed as given: the candidate has seen it.
      if !session.hintsUsed.contains(item.id) { #expect(!text.contains(item.hint), "hint of \(item.id)") }
      #expect(!text.contains(item.reference), "reference of \(item.id)")
      if !finishedSteps.contains(item.step) { #expect(!text.contains(item.text), "item \(item.id)") }
    }
    for bullet in scenario.reference.values.joined() { #expect(!text.contains(bullet)) }
    #expect(text.contains("Held back until the interview is finished: `mlcoach resume \(session.id)`."))
    #expect(text.contains("\(report.withheldItemCount) more items, of the step you are on"))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(try JSONReport.render(report).utf8)) as? [String: Any])
    #expect(root["withheld"] as? Bool == true)
    #expect(root["reference"] is NSNull)
    let items = try #require(root["items"] as? [[String: Any]])
    #expect(items.count == listed.count)
    #expect(items.allSatisfy { $0["hint"] is NSNull && $0["reference"] is NSNull && !($0["text"] is NSNull) })
    // Once finished, all of it is shown.
    let done = SessionReport(session: ReviewFixture.session(day: 3, statuses: [:]), scenario: scenario, now: Date())
    #expect(!done.withholdsAnswers && done.withheldItemCount == 0)
    #expect(MarkdownReport.render(done).contains(scenario.rubric[0].reference))
  }

  @Test func anUnfinishedReviewShowsProgressButNoSelfAssessedScore() {
    var session = ReviewFixture.session(day: 1, statuses: ReviewFixture.typical)
    session.review = ReviewRecord(verdicts: ["false-positive-cost": .missed], position: 1,
                                  updatedAt: ReviewFixture.date(day: 1))
    let report = SessionReport(session: session, scenario: ReviewFixture.scenario, now: Date())
    #expect(report.selfAssessed == nil)
    let text = MarkdownReport.render(report)
    #expect(text.contains("- **Self-review:** 1 of 9 items walked (not finished)"))
    #expect(text.contains("**you: missed**"))
    #expect(!text.contains("Self-assessed |"))
  }

  @Test func quotesKeepOneParagraphPerLine() {
    #expect(MarkdownReport.quote(["a  ", "", "- b"]) == ["> a", ">", "> - b"])
    #expect(MarkdownReport.quote(["   "]) == ["*(no answer)*"])
  }
}
