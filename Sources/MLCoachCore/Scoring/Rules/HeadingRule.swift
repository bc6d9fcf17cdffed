/// A term in a heading names a topic; it does not make a point.
struct HeadingRule: MatchRule {
  let name = "heading"
  let summary = "only in a heading: partial, at list credit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.sentence(mention).isHeading ? .heading : nil
  }
}
