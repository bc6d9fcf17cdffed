import Foundation
@testable import MLCoachCore
import Testing

@Suite struct HistoryTests {
  let scenario = ReviewFixture.scenario

  /// A second scenario with no monitoring or serving items, so categories are not all present.
  var lite: Scenario {
    var lite = ReviewFixture.scenario
    lite.id = "spam-lite"
    lite.title = "Spam filter, lite"
    lite.rubric = lite.rubric.filter { $0.category != .monitoring && $0.category != .serving }
    return lite
  }

  /// Three sessions over two weeks: improving, the last one self-reviewed.
  func prepared() -> [Session] {
    let first = ReviewFixture.session(day: 1, statuses: ["false-positive-cost": .hit, "latency": .partial])
    let second = ReviewFixture.session(scenario: lite, day: 5, statuses: ["false-positive-cost": .hit, "volume": .hit])
    let third = ReviewFixture.reviewed(
      ReviewFixture.session(day: 9, statuses: ReviewFixture.typical), overrides: ["precision-recall": .hit])
    return [third, first, second]  // any order in, oldest first out
  }

  @Test func sessionsAreOldestFirstAndUseTheSelfAssessedScore() {
    let history = History(sessions: prepared())
    #expect(history.sessions.map(\.id) == ["20261101-090000-spam-filter", "20261105-090000-spam-lite",
                                           "20261109-090000-spam-filter"])
    let last = history.sessions[2]
    #expect(last.selfAssessed.value != nil)
    #expect(last.effective.value == last.selfAssessed.value)
    #expect(last.overall.value != last.selfAssessed.value)
    #expect(last.categories["metrics"] == history.sessions[2].categories["metrics"])
    #expect((last.categories["metrics"] ?? 0) > 90)
    #expect(history.sessions[0].selfAssessed.value == nil)
    #expect(history.sessions[0].effective.value == history.sessions[0].overall.value)
    #expect(history.sessions[0].minutesUsed == 43.7)  // 2620 s: every step 30 s short, the model step 100 s over
    // The TIME column reads whole seconds, as the report's clock does (trial 2026-12-01: 3:11
    // in the report was 3:12 in history, from the one-decimal minutes).
    #expect(history.sessions[0].secondsUsed == 2620)
  }

  @Test func aRestartedReviewKeepsThePreviousSelfAssessmentUntilItIsComplete() throws {
    var session = ReviewFixture.reviewed(ReviewFixture.session(day: 1, statuses: [:]), overrides: ["drift": .hit])
    let before = try #require(session.review?.selfAssessed?.overall)
    var review = SelfReview(coach: try #require(session.score), scenario: scenario, record: session.review,
                            now: Date())
    review.restart(now: Date())
    _ = review.apply(.set(.hit), now: Date())
    session.review = review.record
    #expect(History(sessions: [session]).sessions[0].selfAssessed.value == before)
    #expect(SessionReport(session: session, scenario: scenario, now: Date()).selfAssessed?.overall == before)
  }

  @Test func trendsSkipSessionsWhoseRubricLacksTheCategory() {
    let history = History(sessions: prepared())
    let monitoring = history.trends.first { $0.category == .monitoring }
    #expect(monitoring?.points.map(\.session) == ["20261101-090000-spam-filter", "20261109-090000-spam-filter"])
    let requirements = history.trends.first { $0.category == .requirements }
    #expect(requirements?.points.count == 3)
    let metrics = history.trends.first { $0.category == .metrics }
    let scores = metrics?.points.map(\.score) ?? []
    #expect(scores.count == 3 && scores[0] < 20 && scores[1] < 20 && scores[2] > 90, "\(scores)")
    #expect(metrics?.change == (scores.last ?? 0) - (scores.first ?? 0))
    #expect(metrics?.sparkline == "▁▁█")
    #expect(history.overall.count == 3)
    #expect(history.trends.map(\.category) == Category.allCases)
  }

  @Test func trendsCoverOnlyTheLastSessions() {
    let sessions = (1...20).map { ReviewFixture.session(day: $0, statuses: $0 > 10 ? ["drift": .hit] : [:]) }
    let history = History(sessions: sessions)
    #expect(history.overall.count == History.trendLength)
    #expect(history.overall.last?.session == "20261120-090000-spam-filter")
    #expect(history.trends.first { $0.category == .monitoring }?.sparkline == "▁▁██████████")
  }

  @Test func bestAndLatestPerScenario() {
    var sessions = prepared()
    sessions.append(ReviewFixture.session(day: 12, statuses: ["false-positive-cost": .hit]))
    sessions.append(ReviewFixture.session(day: 13, statuses: [:], finished: false))
    let history = History(sessions: sessions)
    #expect(history.scenarios.map(\.scenarioID) == ["spam-filter", "spam-lite"])
    let spam = history.scenarios[0]
    #expect(spam.sessions == 4)
    #expect(spam.best.value == history.sessions[2].effective.value)
    #expect(spam.latest.value == history.sessions[3].effective.value)
    #expect(spam.lastPractised == ReviewFixture.date(day: 13))
    let unfinished = history.sessions[4]
    #expect(unfinished.state == .inProgress && unfinished.overall.value == nil && unfinished.effective.value == nil)
  }

  /// A newcomer's ten-minute metrics drill (thirty-fifth session) read as the overall falling by
  /// 21 points beside a whole interview, and became the scenario's best and latest.
  @Test func aFocusSessionStaysOutOfTheOverallTrendAndBestAndLatest() throws {
    var focus = ReviewFixture.session(day: 12, statuses: ["false-positive-cost": .hit])
    focus.options.focus = .metrics
    let history = History(sessions: prepared() + [focus])
    let entry = try #require(history.sessions.last)
    #expect(entry.focus.value == .metrics)
    #expect(history.sessions.dropLast().allSatisfy { $0.focus.value == nil })
    #expect(!history.overall.contains { $0.session == entry.id })
    #expect(history.overall.count == 3)
    let spam = try #require(history.scenarios.first { $0.scenarioID == "spam-filter" })
    #expect(spam.sessions == 3)
    #expect(spam.latest.value == history.sessions[2].effective.value)
    // Its category's trend keeps it.
    #expect(history.trends.first { $0.category == .metrics }?.points.last?.session == entry.id)
    #expect(try history.json.contains("\"focus\" : \"metrics\""))
  }

  @Test func filtersByScenario() {
    let history = History(sessions: prepared(), scenarioID: "spam-lite")
    #expect(history.sessions.map(\.scenarioID) == ["spam-lite"])
    #expect(history.trends.first { $0.category == .monitoring } == nil)
  }

  @Test func jsonIsStableAndComplete() throws {
    let json = try History(sessions: prepared()).json
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(Set(root.keys) == ["formatVersion", "sessions", "trends", "overall", "scenarios"])
    let sessions = try #require(root["sessions"] as? [[String: Any]])
    #expect(sessions[0]["selfAssessed"] is NSNull)
    #expect(sessions[0]["startedAt"] as? String == "2026-11-01T09:00:00Z")
    #expect(sessions[2]["selfAssessedBand"] is String)
    #expect(try json == History(sessions: Array(prepared().reversed())).json)
  }

  @Test func sparklineUsesAFixedScale() {
    #expect(Sparkline.render([0, 12, 13, 25, 50, 62.5, 87, 88, 100, 140, -5]) == "▁▁▂▃▅▆▇███▁")
  }

  // MARK: - next

  @Test func recommendsANeverPractisedScenarioAndTheWeakestCategory() throws {
    let next = try #require(Recommendation.recommend(sessions: prepared(), scenarios: [scenario, lite, fresh],
                                                     now: ReviewFixture.date(day: 20)))
    #expect(next.scenarioID == "fresh-start")
    #expect(next.focus == .monitoring)  // 0 coverage in both sessions that cover it; its score, as history shows it, 21.1
    #expect(next.lastPractised == nil)
    #expect(next.reason == "fresh-start, focus on monitoring — you have never practised it and monitoring is your "
      + "weakest category (21.1 on average over 2 recent sessions).")
    #expect(next.command == "mlcoach practice fresh-start --focus monitoring")
    // One decimal, as shown: `next --json` printed 54.300000000000004 to a newcomer.
    #expect(next.focusScore == 21.1)
  }

  /// A newcomer's trial (thirty-fifth session): after a metrics-only session, `next` said
  /// serving's score was "in your last scored session", which never scored serving.
  @Test func aScoreFromAnEarlierSessionIsNotCalledTheLastOne() throws {
    // Everything but monitoring first; then the lite scenario, which has no monitoring items.
    let all: [String: ItemStatus] = ["false-positive-cost": .hit, "volume": .hit, "binary-classification": .hit,
                                     "report-labels": .hit, "text-baseline": .hit, "precision-recall": .hit,
                                     "threshold-tradeoff": .hit, "latency": .hit]
    let sessions = [ReviewFixture.session(day: 1, statuses: all),
                    ReviewFixture.session(scenario: lite, day: 5, statuses: all)]
    let next = try #require(Recommendation.recommend(sessions: sessions, scenarios: [scenario, lite, fresh],
                                                     now: ReviewFixture.date(day: 20)))
    #expect(next.focus == .monitoring, "\(next.reason)")
    #expect(next.reason.contains("in the one recent session that scored it"), "\(next.reason)")
    #expect(!next.reason.contains("last scored session"), "\(next.reason)")
  }

  @Test func recommendsTheLeastRecentlyPractisedScenarioWhenAllWerePractised() throws {
    let next = try #require(Recommendation.recommend(sessions: prepared(), scenarios: [scenario, lite],
                                                     now: ReviewFixture.date(day: 20)))
    // spam-lite was practised longer ago, but has no monitoring items to practise.
    #expect(next.scenarioID == "spam-filter")
    #expect(next.reason.contains("you last practised it 11 days ago and monitoring"))
    // An unfinished session is not practice: spam-filter, only started, counts as never practised.
    let unfinishedOnly = try #require(Recommendation.recommend(
      sessions: prepared().filter { $0.scenarioID == "spam-lite" } + [ReviewFixture.session(day: 6, statuses: [:],
                                                                                             finished: false)],
      scenarios: [scenario, lite], now: ReviewFixture.date(day: 6, hour: 12)))
    #expect(unfinishedOnly.scenarioID == "spam-filter")
    #expect(unfinishedOnly.reason.contains("you have never practised it"))
  }

  @Test func daysAreCalendarDaysInTheUsersTimeZone() throws {
    let paris = RelativeDay.calendar(in: try #require(TimeZone(identifier: "Europe/Paris")))
    // 22:30 UTC on the 5th is 23:30 in Paris; 07:00 UTC on the 6th is 08:00 there: "yesterday",
    // though only eight and a half hours apart.
    let lastNight = ReviewFixture.date(day: 5, hour: 22).addingTimeInterval(1800)
    let morning = ReviewFixture.date(day: 6, hour: 7)
    #expect(RelativeDay.text(lastNight, now: morning, calendar: paris) == "yesterday")
    #expect(RelativeDay.text(morning, now: morning.addingTimeInterval(3600), calendar: paris) == "today")
    #expect(RelativeDay.text(lastNight, now: morning.addingTimeInterval(2 * 86_400), calendar: paris) == "3 days ago")
    let sessions = [ReviewFixture.session(day: 5, hour: 22, statuses: [:])]
    let next = try #require(Recommendation.recommend(sessions: sessions, scenarios: [scenario], now: morning,
                                                     calendar: paris))
    #expect(next.reason.contains("(yesterday)"))
  }

  @Test func weakestCategoryTiesGoToTheMostMissedCategory() {
    let report = ReviewFixture.report([:])
    let missed = [Recommendation.MissedItem(scenarioID: "spam-filter", itemID: "latency", text: nil,
                                            category: .serving, missed: 3, sessions: 3)]
    #expect(Recommendation.weakestCategory([report], missed: []).map(\.category) == .requirements)
    #expect(Recommendation.weakestCategory([report], missed: missed).map(\.category) == .serving)
  }

  @Test func namesTheItemsMissedMostOften() throws {
    let sessions = [1, 2, 3].map { ReviewFixture.session(day: $0, statuses: ["drift": $0 == 3 ? .hit : .missed]) }
    let next = try #require(Recommendation.recommend(sessions: sessions, scenarios: [scenario],
                                                     now: ReviewFixture.date(day: 4)))
    let top = try #require(next.mostMissed.first)
    #expect(top.itemID == "false-positive-cost")  // weight 3, missed 3 of 3
    #expect(top.missed == 3 && top.sessions == 3)
    #expect(top.text == "Asks how costly it is to send real mail to the spam folder.")
    #expect(next.mostMissed.count == 3)
    #expect(!next.mostMissed.contains { $0.itemID == "drift" && $0.missed == 3 })
    #expect(next.reason.contains("(yesterday)"))
  }

  @Test func withoutSessionsItSuggestsTheEasiestScenario() throws {
    var hard = lite
    hard.difficulty = .hard
    let next = try #require(Recommendation.recommend(sessions: [], scenarios: [hard, scenario],
                                                     now: ReviewFixture.date(day: 1)))
    #expect(next.scenarioID == "spam-filter")
    #expect(next.focus == nil)
    #expect(next.command == "mlcoach practice spam-filter")
    #expect(Recommendation.recommend(sessions: [], scenarios: [], now: Date()) == nil)
  }

  var fresh: Scenario {
    var fresh = ReviewFixture.scenario
    fresh.id = "fresh-start"
    return fresh
  }

  // MARK: - corrupt files

  @Test func corruptFilesAreSkippedNamedAndLeftAlone() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("mlcoach-history-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let store = SessionStore(dataDirectory: home.path)
    for session in prepared() { try store.save(session) }
    let bad = store.path(of: "20261102-090000-broken")
    let garbage = Data("{ not json".utf8)
    #expect(FileManager.default.createFile(atPath: bad, contents: garbage))
    let (sessions, problems) = store.all()
    #expect(sessions.count == 3)
    #expect(problems == [.corrupt(path: bad, reason: "not a valid session file: invalid JSON at line 1, column 3: expected a quoted key")])
    #expect(FileManager.default.contents(atPath: bad) == garbage)
    #expect(History(sessions: sessions).sessions.count == 3)
  }
}
