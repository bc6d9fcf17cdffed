/// A dismissal after the mention in its clause: "A/B tests are overkill", "X isn't needed".
struct DismissalRule: MatchRule {
  let name = "dismissal"
  let summary = "dismissed after the mention (\"is overkill\", \"not needed\"): contradicted"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard !mention.phraseCarriesNegation, context.isDismissedAfter(mention.occurrence) else { return nil }
    return .dismissed
  }
}
