import Foundation
@testable import MLCoachCore
import Testing

/// Sessions and reports built in code against a tiny fixture scenario, with fixed UTC dates,
/// so review, report and history tests do not move when the flagship scenarios or the
/// evidence matcher change.
enum ReviewFixture {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/review")

  static let scenario: Scenario = {
    let path = folder.appendingPathComponent("spam-filter.json").path
    let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    do {
      return try ScenarioDecoder.decode(bytes, file: path)
    } catch {
      fatalError("fixture \(path) is invalid: \(error)")
    }
  }()

  /// 2026-11-`day` at `hour`:00 UTC.
  static func date(day: Int, hour: Int = 9) -> Date {
    var components = DateComponents()
    (components.year, components.month, components.day, components.hour) = (2026, 11, day, hour)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar.date(from: components)!
  }

  /// The coach's report with the given statuses (others missed), scored by the real arithmetic.
  static func report(_ statuses: [String: ItemStatus], scenario: Scenario = scenario, redFlag: Bool = false,
                     hints: Set<String> = []) -> ScoreReport {
    let verdicts = scenario.rubric.map { item in
      let status = statuses[item.id] ?? .missed
      return ItemVerdict(
        id: item.id, category: item.category, step: item.step, weight: item.weight, status: status,
        evidence: status == .missed ? nil : "We said something about \(item.id).",
        note: status == .partial ? "listed without a reason" : nil, hintUsed: hints.contains(item.id),
        generic: item.generic, credit: 0)
    }
    let flags = redFlag
      ? [RedFlagHit(id: "accuracy", text: "Uses accuracy as the main metric.", evidence: "We optimize accuracy.",
                    why: "Most mail is not spam.", severity: 2, penalty: 6)]
      : []
    return Scorer.assemble(scenario: scenario, verdicts: verdicts, redFlags: flags, wordCount: 120)
  }

  /// A finished session of `scenario` with a short transcript and the given verdicts.
  static func session(id: String? = nil, scenario: Scenario = scenario, day: Int, hour: Int = 9,
                      statuses: [String: ItemStatus], finished: Bool = true, redFlag: Bool = false) -> Session {
    let start = date(day: day, hour: hour)
    let steps = scenario.steps.map { step -> StepRecord in
      var record = StepRecord(id: step.id, budgetSeconds: step.minutes * 60)
      record.usedSeconds = step.minutes * 60 - 30
      record.lines = ["For \(step.id.rawValue) I would start simple.", "Then measure it."]
      record.completed = true
      return record
    }
    var session = Session(
      id: id ?? "202611\(String(format: "%02d", day))-\(String(format: "%02d", hour))0000-\(scenario.id)",
      scenario: scenario, startedAt: start, options: Session.Options(totalMinutes: scenario.totalMinutes),
      steps: steps)
    session.steps[0].questions = [QuestionRecord(question: "How many emails a day?",
                                                 answer: "About a billion emails a day.", factID: "volume")]
    session.steps[0].hintsUsed = ["volume"]
    session.steps[4].followUp = FollowUpRecord(itemID: "precision-recall", question: "Which offline metrics?",
                                               lines: ["Precision and recall."])
    session.steps[3].usedSeconds = 700  // 100 s over the model step's budget
    if finished {
      session.state = .finished
      session.finishedAt = start.addingTimeInterval(45 * 60)
      session.score = report(statuses, scenario: scenario, redFlag: redFlag, hints: ["volume"])
    }
    return session
  }

  /// A session whose self-review is complete with `overrides`.
  static func reviewed(_ session: Session, overrides: [String: ItemStatus]) -> Session {
    var session = session
    var review = SelfReview(coach: session.score!, scenario: scenario, record: nil, now: session.startedAt)
    while review.current != nil || review.currentFlag != nil {
      let override = review.current.flatMap { overrides[$0.id] }
      _ = review.apply(override.map { .set($0) } ?? .keep, now: session.startedAt.addingTimeInterval(3600))
    }
    session.review = review.record
    return session
  }

  static let typical: [String: ItemStatus] = [
    "false-positive-cost": .hit, "volume": .partial, "binary-classification": .hit, "report-labels": .partial,
    "text-baseline": .hit, "precision-recall": .missed, "threshold-tradeoff": .contradicted, "latency": .hit,
    "drift": .missed,
  ]
}

@Suite struct ReviewTests {
  let scenario = ReviewFixture.scenario

  @Test func reviewOrderGroupsByCategoryThenStep() {
    let order = SelfReview.order(ReviewFixture.report(ReviewFixture.typical)).map(\.id)
    #expect(order == ["false-positive-cost", "volume", "binary-classification", "text-baseline", "report-labels",
                      "precision-recall", "latency", "drift", "threshold-tradeoff"])
  }

  /// Trial 60: the report said "not expected (you chose an alternative)" for an item the review
  /// then walked as "Coach: missed", and the review counted 68 items to the report's 67.
  @Test func anItemReplacedByAChosenAlternativeIsNotReviewed() throws {
    var report = ReviewFixture.report(ReviewFixture.typical)
    let replaced = try #require(report.items.firstIndex { $0.id == "text-baseline" })
    report.items[replaced].excluded = true
    let review = SelfReview(coach: report, scenario: scenario, record: nil, now: ReviewFixture.date(day: 2))
    #expect(!review.items.map(\.id).contains("text-baseline"))
    #expect(review.items.count == report.items.filter(\.counts).count)
    #expect(review.total == report.items.count - 1 + report.redFlags.count)
    // It was the model step's only item: that step has no score to be weakest by.
    #expect(!StepScores.scores(report).contains { $0.step == .model })
    // Trial 36: a finished report said the item would be listed once the interview was finished,
    // and `sessions` counted it in the review's total.
    var session = ReviewFixture.session(day: 3, statuses: ReviewFixture.typical)
    session.score = report
    let page = SessionReport(session: session, scenario: scenario, now: ReviewFixture.date(day: 3))
    #expect(page.withheldItemCount == 0)
    #expect(!MarkdownReport.render(page).contains("more item"))
    session.review = review.record
    #expect(SessionSummary.progress(session)?.total == review.total)
  }

  @Test func withoutOverridesTheSelfAssessedScoreIsTheCoachs() {
    let coach = ReviewFixture.report(ReviewFixture.typical, redFlag: true)
    let own = SelfReview.recompute(coach: coach, verdicts: [:], scenario: scenario)
    #expect(own.overall == coach.overall)
    #expect(own.categories == coach.categories)
    #expect(own.items == coach.items)
    // Confirming every verdict changes nothing either.
    let confirmed = Dictionary(uniqueKeysWithValues: coach.items.map { ($0.id, $0.status) })
    #expect(SelfReview.recompute(coach: coach, verdicts: confirmed, scenario: scenario).overall == coach.overall)
  }

  @Test func overridesRecomputeWithTheScorersArithmetic() {
    let coach = ReviewFixture.report(ReviewFixture.typical)
    #expect(coach.coverage(.metrics) == 0)
    let own = SelfReview.recompute(coach: coach, verdicts: ["precision-recall": .hit, "latency": .missed],
                                   scenario: scenario)
    #expect(own.coverage(.metrics) == 100)
    #expect(own.coverage(.serving) == 0)
    #expect(own.score(.metrics) > coach.score(.metrics))
    #expect(own.verdict("precision-recall")?.status == .hit)
    #expect(own.verdict("precision-recall")?.credit == 3)
    // The same statuses scored from scratch give the same numbers: one rule for both scores.
    var statuses = ReviewFixture.typical
    statuses["precision-recall"] = .hit
    statuses["latency"] = .missed
    let direct = ReviewFixture.report(statuses)
    #expect(own.overall == direct.overall)
    #expect(own.categories == direct.categories)
  }

  @Test func partialOverrideEarnsPartialCreditAndDropsTheCoachsNote() {
    let coach = ReviewFixture.report(ReviewFixture.typical)
    let own = SelfReview.recompute(coach: coach, verdicts: ["drift": .partial, "volume": .hit], scenario: scenario)
    #expect(own.verdict("drift")?.credit == (2 * Scorer.partialCredit * 100).rounded() / 100)
    #expect(own.verdict("volume")?.note == nil)
    #expect(own.verdict("volume")?.hintUsed == false)
    #expect(coach.verdict("volume")?.note == "listed without a reason")
  }

  // Trial 36: a hit the candidate marked partial kept the coach's rule "reasoned", whose credit
  // is a hit's, so the override changed nothing; marked missed, it cost points.
  @Test func aReasonedHitMarkedPartialEarnsPartialCredit() throws {
    let ads = try Fixtures.flagship("ads-ctr")
    let coach = Scorer(scenario: ads).score(text: "We train logistic regression on hashed feature crosses first, "
      + "because it is fast to retrain every hour and easy to calibrate for the auction.")
    let hit = try #require(coach.items.first { $0.status == .hit && $0.rule == .reasoned })
    let own = SelfReview.recompute(coach: coach, verdicts: [hit.id: .partial], scenario: ads)
    let verdict = try #require(own.verdict(hit.id))
    #expect(verdict.rule == nil)
    #expect(verdict.credit < hit.credit)
    #expect(own.overall < coach.overall)
    // A rule whose own verdict is not partial never pays a partial in full.
    var stale = hit
    stale.status = .partial
    #expect(stale.baseCredit == ItemStatus.partial.credit)
  }

  @Test func hintsStillHalveTheCreditOfAnOverriddenItem() {
    let coach = ReviewFixture.report(ReviewFixture.typical, hints: ["drift"])
    let own = SelfReview.recompute(coach: coach, verdicts: ["drift": .hit], scenario: scenario)
    #expect(own.verdict("drift")?.credit == 1)
  }

  @Test func aRemovedScenarioCanStillBeRecomputed() {
    let coach = ReviewFixture.report(ReviewFixture.typical, redFlag: true)
    let own = SelfReview.recompute(coach: coach, verdicts: ["drift": .hit], scenario: nil)
    let withRubric = SelfReview.recompute(coach: coach, verdicts: ["drift": .hit], scenario: scenario)
    #expect(own.overall == withRubric.overall)
    #expect(own.scenario == "spam-filter")
  }

  @Test func parsesEveryAnswer() {
    #expect(ReviewAction.parse("") == .keep)
    #expect(ReviewAction.parse("  ") == .keep)
    #expect(ReviewAction.parse("y") == .set(.hit))
    #expect(ReviewAction.parse("Y") == .set(.hit))
    #expect(ReviewAction.parse("n") == .set(.missed))
    #expect(ReviewAction.parse("p") == .set(.partial))
    #expect(ReviewAction.parse("b") == .back)
    #expect(ReviewAction.parse("q") == .quit)
    #expect(ReviewAction.parse(nil) == .quit)
    #expect(ReviewAction.parse("maybe") == .invalid)
  }

  @Test func reviewIsResumableFromTheSavedRecord() {
    let coach = ReviewFixture.report(ReviewFixture.typical)
    let now = ReviewFixture.date(day: 2)
    var review = SelfReview(coach: coach, scenario: scenario, record: nil, now: now)
    #expect(review.apply(.keep, now: now) == .recorded)  // false-positive-cost: hit, confirmed
    #expect(review.apply(.set(.hit), now: now) == .recorded)  // volume: partial → hit
    #expect(review.apply(.quit, now: now) == .stopped)
    #expect(review.position == 2)
    #expect(review.record.verdicts == ["false-positive-cost": .hit, "volume": .hit])
    #expect(!review.isComplete)

    // A new run starts from the stored record, at the third item.
    var resumed = SelfReview(coach: coach, scenario: scenario, record: review.record, now: now)
    #expect(resumed.current?.id == "binary-classification")
    #expect(resumed.apply(.invalid, now: now) == .invalid)
    #expect(resumed.position == 2)
    #expect(resumed.apply(.back, now: now) == .movedBack)
    #expect(resumed.current?.id == "volume")
    #expect(resumed.defaultStatus(resumed.current!) == .hit)  // the earlier verdict, not the coach's
    var outcome = resumed.apply(.keep, now: now)
    while outcome == .recorded { outcome = resumed.apply(.set(.hit), now: now) }
    #expect(outcome == .finished)
    #expect(resumed.isComplete)
    #expect(resumed.record.selfAssessed?.overall == 100)
    #expect(resumed.current == nil)
  }

  /// Trial 18: a flag that misread "it is impossible to publish an unblurred image" took 20.6
  /// points, and review had no way to dispute it.
  @Test func redFlagsAreWalkedAfterTheItemsAndADismissedOneCostsNothing() {
    let coach = ReviewFixture.report(ReviewFixture.typical, redFlag: true)
    let now = ReviewFixture.date(day: 2)
    var review = SelfReview(coach: coach, scenario: scenario, record: nil, now: now)
    #expect(review.total == review.items.count + 1)
    for _ in review.items { #expect(review.apply(.keep, now: now) == .recorded) }
    #expect(review.current == nil && review.currentFlag?.id == "accuracy")
    #expect(review.apply(.set(.partial), now: now) == .invalid)  // a flag stands or not
    #expect(review.apply(.set(.missed), now: now) == .finished)
    #expect(review.dismissedFlags.map(\.id) == ["accuracy"])
    #expect(review.record.flagVerdicts == ["accuracy": false])
    // Same item verdicts as the coach, without the flag's penalty.
    let withoutFlag = ReviewFixture.report(ReviewFixture.typical, redFlag: false)
    #expect(review.selfAssessed.overall == withoutFlag.overall)
    #expect(review.selfAssessed.overall > coach.overall)
    #expect(ReviewSummary(review: review).dismissedFlags.map(\.id) == ["accuracy"])

    // Back onto the flag: Enter keeps the dismissal; y restores the flag and its penalty.
    var again = SelfReview(coach: coach, scenario: scenario, record: review.record, now: now)
    again.restart(now: now)
    for _ in again.items { _ = again.apply(.keep, now: now) }
    #expect(again.apply(.keep, now: now) == .finished)
    #expect(again.dismissedFlags.count == 1)
    again.restart(now: now)
    for _ in again.items { _ = again.apply(.keep, now: now) }
    #expect(again.apply(.set(.hit), now: now) == .finished)
    #expect(again.dismissedFlags.isEmpty && again.selfAssessed.overall == coach.overall)
  }

  @Test func backAtTheFirstItemChangesNothing() {
    var review = SelfReview(coach: ReviewFixture.report([:]), scenario: scenario, record: nil, now: Date())
    #expect(review.apply(.back, now: Date()) == .invalid)
    #expect(review.position == 0)
  }

  @Test func positionIsClampedWhenTheRubricShrank() {
    let record = ReviewRecord(verdicts: [:], position: 40, updatedAt: Date())
    var review = SelfReview(coach: ReviewFixture.report([:]), scenario: scenario, record: record, now: Date())
    #expect(review.position == 9)
    #expect(review.current == nil)
    let completed = review.completeIfWalked(now: Date())
    #expect(completed)
    #expect(review.isComplete && review.record.selfAssessed != nil)
    let again = review.completeIfWalked(now: Date())
    #expect(!again)
  }

  @Test func summaryShowsBothScoresDisagreementsAndWeakestSteps() {
    let session = ReviewFixture.reviewed(
      ReviewFixture.session(day: 1, statuses: ReviewFixture.typical),
      overrides: ["precision-recall": .hit, "latency": .partial])
    let review = SelfReview(coach: session.score!, scenario: scenario, record: session.review, now: Date())
    let summary = ReviewSummary(review: review)
    #expect(summary.disagreements.map(\.item.id) == ["precision-recall", "latency"])
    #expect(summary.disagreements[0].generous)
    #expect(!summary.disagreements[1].generous)
    #expect(summary.rows.count == Category.allCases.count)
    let metrics = summary.rows.first { $0.category == .metrics }
    #expect(metrics?.own == review.selfAssessed.score(.metrics) && metrics?.coach == session.score?.score(.metrics))
    #expect((metrics?.own ?? 0) > (metrics?.coach ?? 0) + 50)
    #expect(summary.reviewed == 9 && summary.total == 9)
    // Monitoring (drift missed) scores 0, then data (a listed partial) below serving (a partial
    // the candidate gave themselves, without the coach's "listed" note), in interview order.
    #expect(summary.weakestSteps.map(\.step) == [.data, .monitoring])
    let data = StepScores.scores(review.selfAssessed).first { $0.step == .data }?.score
    #expect(summary.weakestSteps.map(\.score) == [data, 0])
    #expect(summary.weakestSteps.last?.bullets == scenario.reference[.monitoring])
  }

  @Test func aPartialTheCandidateGivesIsNotListedMention() {
    let coach = ReviewFixture.report(ReviewFixture.typical)
    // The coach's partial for "volume" carries its "listed" note; a confirmed partial keeps it.
    let confirmed = SelfReview.recompute(coach: coach, verdicts: ["volume": .partial], scenario: scenario)
    #expect(confirmed.verdict("volume") == coach.verdict("volume"))
    let overridden = SelfReview.recompute(coach: coach, verdicts: ["latency": .partial], scenario: scenario)
    #expect(overridden.verdict("latency")?.credit == (2 * Scorer.partialCredit * 100).rounded() / 100)
  }

  @Test func stepScoresFollowItemCredits() {
    let report = ReviewFixture.report(ReviewFixture.typical)
    let scores = Dictionary(uniqueKeysWithValues: StepScores.scores(report).map { ($0.step, $0.score) })
    #expect(scores[.serving] == 100)
    #expect(scores[.monitoring] == 0)
    #expect(scores[.evaluation] == 0)
    #expect(StepScores.lowest(report, count: 2).map(\.step) == [.evaluation, .monitoring])
  }
}
