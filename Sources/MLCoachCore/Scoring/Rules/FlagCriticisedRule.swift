/// "Accuracy is misleading as the metric", "a random split leaks the future": the claim is
/// criticised right where it is named, or in a verdict that answers the question naming it
/// ("Splitting the impressions randomly? Never acceptable here.").
struct FlagCriticisedRule: RedFlagRule {
  let name = "flag-criticised"
  let summary = "criticised or ruled out in or right after the phrase (\"is misleading\", \"leaks\", \"too slow\", "
    + "\"is prohibited\", \"is out of the question\"), or by a verdict opening the sentence after a question naming it "
    + "(\"Random split? Never acceptable here.\")"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.isCriticised(occurrence, phrase: phrase) || context.isRuledOutByNextSentence(occurrence)
  }
}
