/// "We send a random sample to reviewers every day": a phrase ending in "every" or "each"
/// claims the practice for every item only when what follows is an item; before a unit
/// of time the quantifier says how often it is done (trial 63's "manually review every" fired
/// on a daily sample, −13 points).
struct FlagFrequencyRule: RedFlagRule {
  let name = "flag-frequency"
  let summary = "its closing \"every\"/\"each\" is followed by a unit of time (\"every day\", \"each "
    + "week\", \"every few hours\"): how often, not every item"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.quantifiesTime(occurrence)
  }
}
