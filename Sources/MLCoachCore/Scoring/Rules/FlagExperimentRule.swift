/// "An A/B test on a user-level random split", "randomly bucket users into treatment and
/// control": randomising who sees which arm is how an online experiment works. A red flag
/// about a random split of the data does not stand in a clause that names the experiment.
struct FlagExperimentRule: RedFlagRule {
  let name = "flag-experiment"
  let summary = "a random split of users between an online experiment's arms (\"A/B test on a random split\")"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.contains(occurrence, anyOf: context.cues.randomness) && context.isInExperimentClause(occurrence)
  }
}
