/// What the end of a review shows: the candidate's score beside the coach's, per category,
/// where they disagreed, and the reference outline for the weakest steps. Candidates often
/// misjudge their own performance; putting both numbers side by side is the point.
public struct ReviewSummary: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    public var category: Category
    public var coach: Double
    public var own: Double
  }

  public struct StepOutline: Equatable, Sendable {
    public var step: StepID
    /// 0–100 from the verdicts that count (the candidate's where given).
    public var score: Double
    public var bullets: [String]
  }

  public var coachOverall: Double
  public var coachBand: Band
  public var ownOverall: Double
  public var ownBand: Band
  /// Categories that have rubric items in this session, in `Category.allCases` order.
  public var rows: [Row]
  public var disagreements: [Disagreement]
  /// Red flags the candidate dismissed: the coach raised them, the candidate says they did not
  /// do what they name.
  public var dismissedFlags: [RedFlagHit]
  /// The lowest-scoring steps with the scenario's reference bullets for them.
  public var weakestSteps: [StepOutline]
  public var reviewed: Int
  public var total: Int

  /// How many of the lowest-scoring steps get their reference outline shown.
  public static let weakStepCount = 2

  public init(review: SelfReview) {
    let own = review.selfAssessed
    let coach = review.coach
    coachOverall = coach.overall
    coachBand = coach.band
    ownOverall = own.overall
    ownBand = own.band
    let present = Set(coach.items.map(\.category))
    rows = Category.allCases.filter(present.contains).map {
      Row(category: $0, coach: coach.score($0), own: own.score($0))
    }
    disagreements = review.disagreements
    dismissedFlags = review.dismissedFlags
    // A step with full marks has nothing to compare against the reference.
    let steps = StepScores.lowest(own, count: Self.weakStepCount).filter { $0.score < 100 }
    weakestSteps = steps.map { step in
      StepOutline(step: step.step, score: step.score, bullets: review.scenario?.reference[step.step] ?? [])
    }
    reviewed = review.reviewedCount
    total = review.total
  }
}

/// Scores per interview step, from item credits: which parts of the answer were weakest.
public enum StepScores {
  /// Steps that have items, in interview order, each with 0–100. An item a chosen alternative
  /// replaced weighs nothing, as in the overall score.
  public static func scores(_ report: ScoreReport) -> [(step: StepID, score: Double)] {
    StepID.allCases.compactMap { step in
      let items = report.items.filter { $0.step == step && $0.counts }
      let weight = items.reduce(0.0) { $0 + Double($1.weight) }
      guard weight > 0 else { return nil }
      let earned = items.reduce(0.0) { $0 + $1.credit }
      return (step, (100 * earned / weight).rounded())
    }
  }

  /// The `count` lowest-scoring steps, in interview order; ties go to the earlier step.
  public static func lowest(_ report: ScoreReport, count: Int) -> [(step: StepID, score: Double)] {
    let ranked = scores(report).enumerated().sorted { a, b in
      (a.element.score, a.offset) < (b.element.score, b.offset)
    }
    return ranked.prefix(count).map(\.element).sorted { $0.step < $1.step }
  }
}
