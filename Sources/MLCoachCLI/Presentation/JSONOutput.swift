import MLCoachCore

/// JSON for `--json` outputs: sorted keys, so the output is stable for scripts and tests.
enum JSONOutput {
  /// - Throws: `CLIError` (mapped once, in `CLIError(_:)`) when a value has no JSON form, such
  ///   as an infinite or NaN number: printing `null` would hand a script a wrong answer.
  static func encode<T: Encodable>(_ value: T) throws(CLIError) -> String {
    do {
      return try JSONReport.encode(value)
    } catch {
      throw CLIError(error)
    }
  }
}
