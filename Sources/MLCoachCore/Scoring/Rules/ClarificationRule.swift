/// For requirements, asking ("What is the latency budget?") or stating an assumption
/// ("I'll assume 200M DAU") is the whole point: no further reason is needed.
struct ClarificationRule: MatchRule {
  let name = "clarification"
  let summary = "requirements items asked as a question or stated as an assumption: hit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard mention.category == .requirements, context.hasClarification(mention.occurrence) else { return nil }
    return .clarified
  }
}
