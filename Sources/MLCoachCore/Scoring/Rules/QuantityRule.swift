/// A quantity attached to the claim, in the same clause ("p99 under 150 ms", "keep 10% of
/// negatives"). Numbers that are part of a name ("ResNet-50") do not count, and a number
/// elsewhere on the line is no reason for an unrelated item.
struct QuantityRule: MatchRule {
  let name = "quantity"
  let summary = "a measured quantity in the mention's clause: hit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.hasQuantity(mention.occurrence) ? .quantified : nil
  }
}
