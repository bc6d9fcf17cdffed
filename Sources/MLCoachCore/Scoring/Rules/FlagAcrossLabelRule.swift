/// "Model updates: a new encoder, never mixing embedding versions in one index.": the flag's
/// phrase ("update the encoder") ran from the label before the colon into the clause after it,
/// and a newcomer lost 20 points for swapping in an encoder without re-embedding, in the sentence
/// that said to re-embed (fifty-fourth session). A label names the topic of what follows; with the
/// words after it, it states nothing the candidate does.
///
/// Only an occurrence that starts in a label of at most `MatchContext.rulingLabelWords` words at
/// the start of its sentence and ends after the label's colon or dash is excused; the claim
/// made inside the clause after the label ("Model updates: we swap the embedding model") stands.
struct FlagAcrossLabelRule: RedFlagRule {
  let name = "flag-across-label"
  let summary = "runs from a short label before a colon or dash (\"Model updates: a new encoder …\") into the "
    + "clause after it"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.spansLabel(occurrence)
  }
}
