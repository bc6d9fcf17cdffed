/// "Y instead of X", "Y rather than X", "Y, not X": X is the road not taken. It is neither
/// credited nor held against the candidate (the comparison itself credits Y). The two sides of
/// a trade-off item ("GBDT instead of a neural network", "Rather than a neural network, a
/// GBDT", "bookings, not clicks") are the comparison, and "Rather than X we do Y" ends the alternative at its subject.
struct RejectedAlternativeRule: MatchRule {
  let name = "rejected-alternative"
  let summary = "named right after \"instead of\", \"rather than\" or \", not\": no verdict"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    // The two sides of a trade-off item are the comparison, whichever side the cue rejects:
    // "Rather than a neural network, we start with a GBDT" weighs them.
    guard !mention.phraseCarriesNegation, context.isRejectedAlternative(mention.occurrence) else { return nil }
    // So is one side preferred to the other with a bare "not": "business: bookings (not clicks)"
    // weighs the two signals; read as a negation it dismissed the trade-off it makes. (Only a
    // semicolon-bounded comparison elsewhere had hidden this: see `MatchContext.hasComparison`.)
    if mention.pair {
      return context.redFlagSentences.contains(mention.occurrence.sentence) ? .comparedIntoRedFlag : .compared
    }
    return .rejectedAlternative
  }
}
