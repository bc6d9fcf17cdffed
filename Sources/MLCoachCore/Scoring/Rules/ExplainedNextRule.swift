/// The next sentence explains this one when it opens with a reason that says something
/// ("We log the served features. This avoids training-serving skew."), or takes the mention's
/// own noun as subject and says what it is good at ("Trees are fast on CPU").
struct ExplainedNextRule: MatchRule {
  let name = "explained-next"
  let summary = "the next sentence opens with a reason that has content, or has the mention's noun as subject and "
    + "says what it is good at (\"Trees are fast on CPU\"): hit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.isExplainedByNext(mention.occurrence) ? .explainedNext : nil
  }
}
