/// A trade-off is a comparison: its items are hits only when alternatives are weighed in the
/// sentence (or the next sentence opens with "But", "However", ...), or in a table that
/// compares two or more rows.
struct TradeoffRule: MatchRule {
  let name = "trade-off"
  let summary = "trade-off items: a hit with a comparison of alternatives, partial without"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard mention.category == .tradeoffs else { return nil }
    return context.hasComparison(mention.occurrence) ? .compared : .noComparison
  }
}
