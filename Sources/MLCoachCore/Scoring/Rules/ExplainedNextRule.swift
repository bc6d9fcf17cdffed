/// The next sentence explains this one when it opens with a reason that says something
/// ("We log the served features. This avoids training-serving skew.").
struct ExplainedNextRule: MatchRule {
  let name = "explained-next"
  let summary = "the next sentence opens with a reason that has content: hit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.isExplainedByNext(mention.occurrence) ? .explainedNext : nil
  }
}
