/// "We would never use accuracy", "avoid a random split": a negation or warning in the clause.
struct FlagNegatedRule: RedFlagRule {
  let name = "flag-negated"
  let summary = "negated or warned against in its clause (\"never\", \"avoid\", \"the mistake of\")"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    !phrase.carriesNegation && context.isNegated(occurrence, negators: context.cues.flagNegators)
  }
}
