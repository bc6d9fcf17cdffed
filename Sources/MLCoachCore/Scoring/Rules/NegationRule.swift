/// A negation earlier in the same clause contradicts the mention, over coordinated objects too
/// ("I wouldn't ask about QPS or the latency budget"). It does not reach across a clause
/// boundary, into a condition ("if we don't recalibrate, ..."), or past a concession
/// ("not X, but if I did, ..."); a phrase that states its own negation ("not raw clicks") is
/// not negated by it. A negation of something narrower than the item, told by a word inside
/// the match that the phrase lacks ("no synchronous heavy calls" against "synchronous call"),
/// gives no verdict: it neither dismisses the item nor credits it. So does a "not" after a noun
/// that picks out some of its things ("cards not scrolled into view aren't negatives"), and
/// neither does one of a match that an arrow cuts in two, nor "no X" said of a newcomer, nor
/// "we have no X" or "we don't have X", which say what the data lacks. A
/// negated wish for a harm ("does not want clickbait") refuses the harm: no negation. Nor does
/// a negation said of a subject none of the item's phrases names ("the weekly email doesn't need
/// real-time serving" against ranking the feed per request): it sets another part aside.
struct NegationRule: MatchRule {
  let name = "negation"
  let summary = "a negation earlier in the mention's clause: contradicted"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard !mention.phraseCarriesNegation,
          context.isNegated(mention.occurrence, negators: context.cues.negators)
            || context.isNegatedInside(mention.occurrence, phrase: mention.phrase) else { return nil }
    // "leadership does not want clickbait growth", "we must not reward outrage": a harm refused
    // is what an item warning of that harm asks for, not a dismissal of it (a tmux trial's false
    // "Reconsider what you dismissed").
    if context.refusesHarm(mention.occurrence) { return nil }
    // A phase named in a negated clause is the refusal's scope, not what is refused: "No
    // fine-tuning of the LLM in v1 -- prompt and retrieval first" puts fine-tuning later, which
    // is the sequencing a prioritisation item asks for.
    if context.namesOnlyAPhase(mention.occurrence) { return nil }
    // A match across an arrow of terse notes is negated only on the cause's side: "no
    // engagement → content feats" refuses no engagement features, it says what replaces them.
    if context.spansArrow(mention.occurrence) { return .negatedNarrower }
    // "New ads: no click history → content features" says what a newcomer lacks; it neither
    // refuses history features nor proposes them.
    if context.isNewcomersLack(mention.occurrence) { return .negatedNarrower }
    // "We have no labelled similar pairs, so the signal has to be self-supervised" says what
    // the data lacks: neither a refusal of labels nor a proposal of them.
    if context.isLackOfResource(mention.occurrence) { return .negatedNarrower }
    // "the weekly email doesn't need real-time serving": another surface set aside, which says
    // nothing of the feed the item is about (newcomer trial, fortieth session).
    if !mention.pair, context.negatesAnotherSubject(mention.occurrence, ownWords: mention.itemWords) {
      return .negatedNarrower
    }
    // Checked only once the mention is negated: most mentions never need it.
    if !mention.pair, context.isRestrictiveNegation(mention.occurrence) { return .negatedNarrower }
    return !mention.pair && context.isNarrowed(mention.occurrence, by: mention.phrase) ? .negatedNarrower : .negated
  }
}
