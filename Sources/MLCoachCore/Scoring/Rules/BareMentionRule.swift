/// Named in a sentence with no reason, comparison, number or assumption: the candidate knows
/// the term; the interviewer wants the why.
struct BareMentionRule: MatchRule {
  let name = "bare-mention"
  let summary = "named without a reason: partial"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? { .bare }
}
