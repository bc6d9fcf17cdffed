import Foundation

/// Everything a report shows about one session, gathered once for the Markdown and JSON forms.
public struct SessionReport: Sendable {
  public let session: Session
  /// Nil when the scenario is no longer installed: the report then falls back to item ids.
  public let scenario: Scenario?
  /// The coach's report: the stored one, or one scored now (see `provisional`).
  public let coach: ScoreReport?
  /// True when the session had no stored score and was scored for this report, which happens
  /// for an interview still in progress: the numbers may change once it is finished.
  public let provisional: Bool
  /// The candidate's self-review, when they started one.
  public let review: SelfReview?
  /// The steps whose rubric items the report lists: every step of a finished interview, and
  /// only the steps already left behind of one in progress (see `withholdsAnswers`).
  public let listedSteps: Set<StepID>

  /// True for an interview still in progress. It can be resumed, so the report holds back what
  /// would answer the steps still ahead: advice and hints (they quote the rubric), the rubric
  /// items of the current and later steps, reference text and the reference outline. A trial
  /// printed a report halfway through and read the whole reference before resuming.
  public var withholdsAnswers: Bool { session.state != .finished }

  /// How many rubric items the report holds back (see `withholdsAnswers`); 0 when finished. An
  /// item replaced by a chosen alternative is not listed, and not held back either (trial 36's
  /// finished report said one item would be listed once the interview was finished).
  public var withheldItemCount: Int {
    guard let coach else { return 0 }
    return SelfReview.order(coach).count - itemsByCategory.reduce(0) { $0 + $1.items.count }
  }

  public init(session: Session, scenario: Scenario?, now: Date) {
    self.session = session
    self.scenario = scenario
    let unfinished = session.state != .finished
    var coach = Self.coachReport(session: session, scenario: scenario)
    if unfinished { coach?.advice = [] }
    self.coach = coach
    listedSteps = unfinished
      ? Set(session.steps.prefix(max(0, session.currentStep)).map(\.id)) : Set(StepID.allCases)
    provisional = session.score == nil && coach != nil
    if let coach, let record = session.review {
      review = SelfReview(coach: coach, scenario: scenario, record: record, now: now)
    } else {
      review = nil
    }
  }

  /// The stored score, else a score computed now when the scenario is still installed.
  public static func coachReport(session: Session, scenario: Scenario?) -> ScoreReport? {
    if let score = session.score { return score }
    guard let scenario, scenario.id == session.scenarioID else { return nil }
    return Scorer.forSession(session, scenario: scenario).score(session.answer)
  }

  /// The last completed self-assessment: a half-finished review is not a score, and a review
  /// walked again with `--restart` keeps the previous one until the new walk is complete.
  public var selfAssessed: ScoreReport? { review == nil ? nil : session.review?.selfAssessed }

  public var budgetSeconds: Double { session.steps.reduce(0) { $0 + $1.budgetSeconds } }

  /// The item's checklist line, or its id when the scenario or item is gone.
  public func text(of item: ItemVerdict) -> String { scenario?.item(item.id)?.text ?? item.id }

  /// The coach's items of `listedSteps` grouped by category, in review order; empty without a
  /// score.
  public var itemsByCategory: [(category: Category, items: [ItemVerdict])] {
    guard let coach else { return [] }
    let ordered = SelfReview.order(coach).filter { listedSteps.contains($0.step) }
    return Category.allCases.compactMap { category in
      let items = ordered.filter { $0.category == category }
      return items.isEmpty ? nil : (category, items)
    }
  }

  /// Steps with the lowest scores (self-assessed when complete), with reference bullets.
  public var weakestSteps: [StepID] { weakestStepScores.map(\.step) }

  /// The same with each step's score, 0–100: a step is not a category, so a report that marks
  /// a step weakest says its score (a trial saw "Monitoring (weakest)" beside a Monitoring
  /// category score of 90.8).
  public var weakestStepScores: [(step: StepID, score: Double)] {
    guard let report = selfAssessed ?? coach else { return [] }
    return StepScores.lowest(report, count: ReviewSummary.weakStepCount).filter { $0.score < 100 }
      .map { ($0.step, $0.score) }
  }
}

/// Dates in reports and history, always in UTC so a report reads the same wherever it is
/// opened and tests do not depend on the machine's time zone.
public enum ReportDate {
  /// `2026-11-22 22:15 UTC`
  public static func minute(_ date: Date) -> String { formatter("yyyy-MM-dd HH:mm").string(from: date) + " UTC" }

  /// `2026-11-22 22:15`, for table cells under a header that says UTC.
  public static func short(_ date: Date) -> String { formatter("yyyy-MM-dd HH:mm").string(from: date) }

  /// `2026-11-22`
  public static func day(_ date: Date) -> String { formatter("yyyy-MM-dd").string(from: date) }

  private static func formatter(_ format: String) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = format
    return formatter
  }
}

/// Number formatting shared by Markdown, history and the terminal.
public enum ReportNumber {
  /// Scores are whole numbers in practice; show a decimal only when there is one.
  public static func score(_ value: Double) -> String { NumberText.decimal(value) }

  /// `mm:ss`, or `h:mm:ss` past an hour.
  public static func clock(_ seconds: Double) -> String { ClockText.format(seconds) }

}
