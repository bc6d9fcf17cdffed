/// "If we used accuracy, a model predicting no click would score 99%": a hypothetical inside
/// its condition. Only the occurrence inside the condition is excused; the same claim made
/// elsewhere in the answer still raises the flag.
struct FlagConditionalRule: RedFlagRule {
  let name = "flag-conditional"
  let summary = "inside a condition (\"if we used ...\"); other occurrences still count"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.isConditional(occurrence)
  }
}
