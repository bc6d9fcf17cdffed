/// "We split by time instead of a random split": the mistake is named to be rejected.
struct FlagRejectedRule: RedFlagRule {
  let name = "flag-rejected"
  let summary = "named as the rejected alternative (\"instead of a random split\")"

  func excuses(_ occurrence: Occurrence, phrase: CompiledPhrase, in context: MatchContext) -> Bool {
    context.isRejectedAlternative(occurrence)
  }
}
