/// The largest scenario `validate` accepts, documented in docs/scenario-format.md ("Limits").
/// Each limit is several times what the flagships use, and together they bound the work of
/// loading, compiling and scoring: a file within them compiles and scores an 800-word answer
/// in a few tens of milliseconds (`mlcoach-bench slowest`).
public enum ScenarioLimits {
  /// Minutes of one step: less than half a minute is no step, more than two hours no interview.
  public static let stepMinutes: ClosedRange<Double> = 0.5...120
  /// Minutes of all steps together (the most `practice --minutes` accepts).
  public static let totalMinutes: Double = 600
}
