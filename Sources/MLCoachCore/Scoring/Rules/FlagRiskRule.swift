/// "The risk is that the LLM answers from its general knowledge", "Otherwise the model will fall
/// back on its general knowledge", "LLMs tend to fill gaps with general knowledge", "Because
/// retrieval will sometimes find nothing, and the LLM will still produce an answer from its
/// general knowledge": the practice is the danger the design guards against, not what it does.
/// A newcomer's answer to "what would go wrong without it?" lost 20 points to the flag it argued
/// against (forty-ninth session).
///
/// Only the words before the mention in its clause count, up to `reach` words back, and the
/// clause must not be the candidate's own: "I", "we" or a condition before the mention ends the
/// search ("we accept the risk and answer from general knowledge" stands, as does "to cut the
/// risk of silence, we fall back …"), unless a word of danger governs it ("the risk is that we
/// …"). A comma that only joins adjectives ("a fluent, plausible
/// answer") does not end it.
struct FlagRiskRule: RedFlagRule {
  let name = "flag-risk"
  let summary = "named as the danger in its clause, by something other than the candidate: a word of danger "
    + "(\"the risk is that\", \"the danger\", \"a hazard\"), a tendency (\"tend to\", \"prone to\"), \"might\", "
    + "\"otherwise\" with a modal (\"otherwise the model will\"), or a modal with \"still\" in a sentence opening with "
    + "\"because\" or \"since\" (\"…, and the LLM will still produce …\"), or a tendency right after it "
    + "(\"rankers given position as a feature tend to …\")"

  /// Words looked at before the mention.
  static let reach = 12
  /// Words looked at after it, for a verb whose subject it is.
  static let followingReach = 4

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    let tokens = context.analyzed.tokens
    let cues = context.cues
    let first = context.analyzed.sentences[occurrence.sentence].firstToken
    let lowest = max(first, occurrence.start - Self.reach)
    var modalSeen = false
    var named = false
    var i = occurrence.start - 1
    while i >= lowest {
      let id = tokens[i].id
      // The candidate's own clause, or a condition: "we might answer from general knowledge";
      // but "The risk is that we pad every estimate" names the danger of the clause "that" opens.
      if cues.firstPerson.contains(id) || cues.conditionals.contains(id) {
        return cues.firstPerson.contains(id) && i - 1 >= first && tokens[i - 1].id == cues.that
          && (max(first, i - 4)..<(i - 1)).contains { cues.dangerWords.contains(tokens[$0].id) || cues.risks.contains(tokens[$0].id) }
      }
      if cues.dangerWords.contains(id) || cues.tendencies.contains(id) || cues.possibility.contains(id) { named = true }
      // "the risk is that …", "a risk of …": a noun of the field too ("risk score", "high-risk").
      if cues.risks.contains(id), i + 1 < occurrence.start, cues.riskLinks.contains(tokens[i + 1].id) { named = true }
      if cues.modals.contains(id) {
        if cues.riskOpeners.contains(tokens[first].id), i + 1 < occurrence.start, tokens[i + 1].id == cues.still {
          named = true
        }
        modalSeen = true
      }
      if cues.otherwise.contains(id) && modalSeen { named = true }
      // A clause ends at punctuation, except a comma between words of one phrase ("a fluent,
      // plausible answer"); one before "and", "or" or a pronoun opens a clause of its own
      // ("…, and the LLM will still …" is the mention's clause).
      let next = tokens[i + 1]
      if next.startsClause, i + 1 < occurrence.start,
         !next.commaBreakBefore || cues.coordinators.contains(next.id) || cues.subjects.contains(next.id) {
        break
      }
      i -= 1
    }
    if named { return true }
    // The practice as the subject of a tendency or of what will still happen, right after it:
    // "Rankers given impression position as an ordinary feature tend to learn …", "Because …, a
    // ranker that gets position as a feature will still use it" (fresh helpers' siblings).
    let sentenceEnd = context.analyzed.sentences[occurrence.sentence].endToken
    var j = occurrence.end
    while j < min(sentenceEnd, occurrence.end + Self.followingReach), !tokens[j].startsClause {
      if cues.tendencies.contains(tokens[j].id) { return true }
      if cues.modals.contains(tokens[j].id), j + 1 < sentenceEnd, tokens[j + 1].id == cues.still,
         cues.riskOpeners.contains(tokens[first].id) { return true }
      j += 1
    }
    return false
  }
}
