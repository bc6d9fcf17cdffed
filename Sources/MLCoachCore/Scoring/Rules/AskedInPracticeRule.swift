/// Questions asked with `/ask` or a line ending in "?" during practice: asking about a
/// requirement is the point of step 1; asking about anything else only shows awareness.
struct AskedInPracticeRule: MatchRule {
  let name = "asked-in-practice"
  let summary = "a question asked during practice: a hit for requirements items, partial for others"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard context.inQuestionsSection(mention.occurrence) else { return nil }
    return mention.category == .requirements ? .askedAsQuestion : .onlyAskedAbout
  }
}
