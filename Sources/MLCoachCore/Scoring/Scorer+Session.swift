extension Scorer {
  /// The scorer for `session`'s answer to `scenario`: the whole rubric on the practice scale
  /// (`Calibration.practice`), or for a focus session only the rubric items of the steps it
  /// walks, on the interviewer scale, so what was practised is measured alone and the skipped
  /// steps are not counted as misses.
  public static func forSession(_ session: Session, scenario: Scenario) -> Scorer {
    guard session.options.focus != nil else { return Scorer(scenario: scenario, scale: .practice) }
    return Scorer(scenario: scenario.restricted(to: session.steps.map(\.id)))
  }
}
