/// A question asked during practice ("Is accuracy the metric?") states no claim.
struct FlagAskedOnlyRule: RedFlagRule {
  let name = "flag-asked-only"
  let summary = "asked as a question during practice"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.inQuestionsSection(occurrence)
  }
}
