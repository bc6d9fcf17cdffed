/// Questions asked with `/ask` or a line ending in "?" during practice: asking about a
/// requirement is the point of step 1; asking about anything else only shows awareness, as
/// does asking for what a requirements item wants worked out ("QPS?" for "Turns users into load").
struct AskedInPracticeRule: MatchRule {
  let name = "asked-in-practice"
  let summary = "a question asked during practice: a hit for requirements items, partial for others and for "
    + "requirements the candidate must work out"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    guard context.inQuestionsSection(mention.occurrence) else { return nil }
    return mention.category == .requirements && !mention.asksToWorkOut ? .askedAsQuestion : .onlyAskedAbout
  }
}
