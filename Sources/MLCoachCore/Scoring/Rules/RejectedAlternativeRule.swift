/// "Y instead of X", "Y rather than X", "Y, not X": X is the road not taken. It is neither
/// credited nor held against the candidate (the comparison itself credits Y). The two sides of
/// a trade-off item joined across the cue ("GBDT instead of a neural network") are the
/// comparison, and "Rather than X we do Y" ends the alternative at its subject.
struct RejectedAlternativeRule: MatchRule {
  let name = "rejected-alternative"
  let summary = "named right after \"instead of\", \"rather than\" or \", not\": no verdict"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard !mention.phraseCarriesNegation,
          context.isRejectedAlternative(mention.occurrence, spanning: !mention.pair) else { return nil }
    return .rejectedAlternative
  }
}
