/// The largest scenario `validate` accepts, documented in docs/scenario-format.md ("Limits").
/// Each limit is several times what the flagships use, and together they bound the work of
/// loading, compiling and scoring: a file within them compiles and scores an 800-word answer
/// in a few tens of milliseconds (`mlcoach-bench slowest`).
public enum ScenarioLimits {
  /// Bytes of one scenario file (the flagships are about 125 KB). Checked before reading.
  public static let fileBytes = 2 * 1_048_576
  /// Minutes of one step: less than half a minute is no step, more than two hours no interview.
  public static let stepMinutes: ClosedRange<Double> = 0.5...120
  /// Minutes of all steps together (the most `practice --minutes` accepts).
  public static let totalMinutes: Double = 600
}
