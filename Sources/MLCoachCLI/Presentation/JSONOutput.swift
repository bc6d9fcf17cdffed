import MLCoachCore

/// JSON for `--json` outputs: sorted keys, so the output is stable for scripts and tests.
enum JSONOutput {
  static func encode<T: Encodable>(_ value: T) -> String { JSONReport.encode(value) }
}
