import Foundation

/// What `history`, `next` and session lookup need of a session, and no more: small enough that
/// the summaries of 10,000 sessions are read from one cache file (`SessionIndex`) in a fraction
/// of a second, where decoding every session took 8 s.
public struct SessionSummary: Codable, Equatable, Sendable {
  /// An overall score and its band.
  public struct Score: Codable, Equatable, Sendable {
    public var overall: Double
    public var band: Band
  }

  /// How far an unfinished self-review got: `position` of `total` items and red flags walked
  /// (0 ≤ position ≤ total).
  public struct ReviewProgress: Codable, Equatable, Sendable {
    public var position: Int
    public var total: Int
  }

  /// An item the effective report missed or contradicted.
  public struct MissedItem: Codable, Equatable, Sendable {
    public var id: String
    public var category: Category
    public var weight: Int
  }

  public var id: String
  public var scenarioID: String
  public var scenarioTitle: String
  public var startedAt: Date
  public var finishedAt: Date?
  public var state: Session.State
  /// The step an unfinished interview stopped in (0-based) and how many steps it has.
  public var currentStep: Int
  public var stepCount: Int
  /// The category a focus session (`practice --focus`) practised; nil for a whole interview.
  /// Its overall is that category's score alone, so trends of the overall leave it out.
  public var focus: Category?
  /// Whether the candidate completed a self-review.
  public var reviewed: Bool
  /// A self-review started and not completed; nil when there is none or it is complete. A
  /// review stopped with q was invisible in `sessions` and `history` (trial 24).
  public var reviewProgress: ReviewProgress?
  /// Seconds spent answering, over all steps.
  public var usedSeconds: Double
  /// The coach's score; nil when the session was never scored.
  public var coach: Score?
  /// The candidate's, from a completed self-review.
  public var selfAssessed: Score?
  /// Category → 0–100 in the report that counts (self-assessed where there is one), only for
  /// categories its rubric has items in: a missing category is not a zero.
  public var categories: [String: Double]
  /// Category → 0–100, the raw share of its points the answer covered (before the calibrated
  /// curve), in the same report and for the same categories as `categories`: what
  /// `Recommendation` ranks categories by.
  public var coverage: [String: Double]
  /// Items that report missed or contradicted, in rubric order.
  public var missed: [MissedItem]

  public init(_ session: Session) {
    id = session.id
    scenarioID = session.scenarioID
    scenarioTitle = session.scenarioTitle
    startedAt = session.startedAt
    finishedAt = session.finishedAt
    state = session.state
    currentStep = session.currentStep
    stepCount = session.steps.count
    focus = session.options.focus
    reviewed = session.review?.completed == true
    reviewProgress = Self.progress(session)
    usedSeconds = session.usedSeconds
    coach = session.score.map { Score(overall: $0.overall, band: $0.band) }
    let own = session.review?.selfAssessed
    selfAssessed = own.map { Score(overall: $0.overall, band: $0.band) }
    let effective = History.effectiveReport(session)
    categories = effective.map(Self.categories) ?? [:]
    coverage = effective.map(Self.coverage) ?? [:]
    missed = effective?.items.filter { $0.status == .missed || $0.status == .contradicted }
      .map { MissedItem(id: $0.id, category: $0.category, weight: $0.weight) } ?? []
  }

  /// A summary as `SessionIndexFormat` reads it back.
  init(id: String, scenarioID: String, scenarioTitle: String, startedAt: Date, finishedAt: Date?,
       state: Session.State, currentStep: Int, stepCount: Int, focus: Category? = nil, reviewed: Bool,
       reviewProgress: ReviewProgress? = nil, usedSeconds: Double, coach: Score?, selfAssessed: Score?,
       categories: [String: Double], coverage: [String: Double], missed: [MissedItem]) {
    self.id = id
    self.scenarioID = scenarioID
    self.scenarioTitle = scenarioTitle
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.state = state
    self.currentStep = currentStep
    self.stepCount = stepCount
    self.focus = focus
    self.reviewed = reviewed
    self.reviewProgress = reviewProgress
    self.usedSeconds = usedSeconds
    self.coach = coach
    self.selfAssessed = selfAssessed
    self.categories = categories
    self.coverage = coverage
    self.missed = missed
  }

  /// The progress of `session`'s self-review when one was started and not completed: the items
  /// and flags of its coach's report, as `SelfReview` walks them.
  static func progress(_ session: Session) -> ReviewProgress? {
    guard let review = session.review, !review.completed, let coach = session.score else { return nil }
    // What the review walks: an item replaced by a chosen alternative is not walked (trial 36 read
    // "review 4/78" in `sessions` beside "4 of 77" in `review`).
    let total = SelfReview.order(coach).count + coach.redFlags.count
    return ReviewProgress(position: min(max(0, review.position), total), total: total)
  }

  /// The overall score that counts: the candidate's where they completed a review.
  public var effective: Score? { selfAssessed ?? coach }

  /// Whether the session has a score (the coach's or the candidate's).
  public var isScored: Bool { effective != nil }

  /// A report's category scores, only for categories it has items in.
  static func categories(_ report: ScoreReport) -> [String: Double] {
    var categories: [String: Double] = [:]
    for category in Set(report.items.map(\.category)) { categories[category.rawValue] = report.score(category) }
    return categories
  }

  /// A report's raw category coverage, only for categories it has items in.
  static func coverage(_ report: ScoreReport) -> [String: Double] {
    var coverage: [String: Double] = [:]
    for category in Set(report.items.map(\.category)) { coverage[category.rawValue] = report.coverage(category) }
    return coverage
  }
}
