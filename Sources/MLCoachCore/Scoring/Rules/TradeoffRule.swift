/// A trade-off weighs alternatives: its items are hits when the sentence compares them (or
/// the next sentence opens with "But", "However", ...), in a table that compares two or more
/// rows, or when it states what a choice gives up with a reason ("boosted trees cannot be
/// updated online, so they fight the freshness requirement"). A comparison made in a sentence
/// that commits a red flag is only partial: it weighs the options and picks the mistake.
struct TradeoffRule: MatchRule {
  let name = "trade-off"
  let summary = "trade-off items: a hit with a comparison, or a limitation with a reason; partial otherwise"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard mention.category == .tradeoffs else { return nil }
    let occurrence = mention.occurrence
    let weighs = context.hasComparison(occurrence) || context.hasLimitation(occurrence) && context.hasReason(occurrence)
    if weighs { return context.redFlagSentences.contains(occurrence.sentence) ? .comparedIntoRedFlag : .compared }
    return .noComparison
  }
}
