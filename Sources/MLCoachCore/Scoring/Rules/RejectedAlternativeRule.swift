/// "Y instead of X", "Y rather than X", "Y, not X": X is the road not taken. It is neither
/// credited nor held against the candidate (the comparison itself credits Y).
struct RejectedAlternativeRule: MatchRule {
  let name = "rejected-alternative"
  let summary = "named right after \"instead of\", \"rather than\" or \", not\": no verdict"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard !mention.phraseCarriesNegation, context.isRejectedAlternative(mention.occurrence) else { return nil }
    return .rejectedAlternative
  }
}
