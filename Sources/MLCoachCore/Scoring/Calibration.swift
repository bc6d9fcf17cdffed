/// A monotone map from raw coverage (the share of rubric weight earned, 0–100) to an
/// interviewer's grade (0–100), piecewise linear between knots. Raw coverage is what the
/// rubric counts; interviewers grade on a different curve: a strong answer that makes most
/// essential points with reasons is a 90 even though it covers 55% of a 75-item rubric.
///
/// The knots were fitted on the tuning two thirds of the graded corpus
/// (`Tests/MLCoachCoreTests/Fixtures/corpus/`, see docs/scoring.md); the held-out third was
/// never used for them.
public struct Calibration: Equatable, Sendable {
  /// (raw coverage, grade) pairs, both increasing.
  public var knots: [(raw: Double, grade: Double)]

  public init(knots: [(raw: Double, grade: Double)]) { self.knots = knots }

  public static func == (lhs: Calibration, rhs: Calibration) -> Bool {
    lhs.knots.count == rhs.knots.count && zip(lhs.knots, rhs.knots).allSatisfy { $0.raw == $1.raw && $0.grade == $1.grade }
  }

  /// The interviewer scale.
  public static let interviewer = Calibration(knots: [
    (0, 0), (5, 6), (10, 12), (20, 27), (30, 42), (35, 55), (40, 68), (45, 77), (50, 82), (60, 87), (75, 94),
    (100, 100),
  ])

  /// The identity map: raw coverage as the grade.
  public static let raw = Calibration(knots: [(0, 0), (100, 100)])

  /// The grade for `raw` coverage (clamped to 0–100).
  public func grade(_ raw: Double) -> Double {
    let value = max(0, min(100, raw))
    guard let first = knots.first else { return value }
    if value <= first.raw { return first.grade }
    for (a, b) in zip(knots, knots.dropFirst()) where value <= b.raw {
      let t = b.raw > a.raw ? (value - a.raw) / (b.raw - a.raw) : 1
      return a.grade + t * (b.grade - a.grade)
    }
    return knots.last?.grade ?? value
  }
}
