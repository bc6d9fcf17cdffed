/// A reason must say something: "X because <a term of the field, a word of the scenario or a
/// number>", or "<such content> so that X". "Because it matters", "since it is important" and
/// "to make it better" are not reasons, and one reason clause pasted after many items earns
/// only where it first appears.
struct ReasonRule: MatchRule {
  let name = "reason"
  let summary = "a reason clause with content on the other side of a reason cue: hit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.hasReason(mention.occurrence) ? .reasoned : nil
  }
}
