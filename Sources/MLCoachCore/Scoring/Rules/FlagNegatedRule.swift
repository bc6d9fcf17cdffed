/// "We would never use accuracy", "avoid a random split": a negation or warning in the clause.
struct FlagNegatedRule: RedFlagRule {
  let name = "flag-negated"
  let summary = "negated or warned against in its clause (\"never\", \"avoid\", \"the mistake of\", \"impossible to\", "
    + "\"we refuse to\", \"there is no way we\")"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.isNegated(occurrence, negators: context.cues.flagNegators)
  }
}
