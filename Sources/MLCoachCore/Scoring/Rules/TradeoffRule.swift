/// A trade-off weighs alternatives: its items are hits when the sentence compares them (or
/// the next sentence opens with "But", "However", ...), in a table that compares two or more
/// rows, or when it states what a choice gives up with a reason ("boosted trees cannot be
/// updated online, so they fight the freshness requirement").
struct TradeoffRule: MatchRule {
  let name = "trade-off"
  let summary = "trade-off items: a hit with a comparison, or a limitation with a reason; partial otherwise"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard mention.category == .tradeoffs else { return nil }
    let occurrence = mention.occurrence
    if context.hasComparison(occurrence) { return .compared }
    if context.hasLimitation(occurrence) && context.hasReason(occurrence) { return .compared }
    return .noComparison
  }
}
