/// Terms in a comma list, a run of one-term lines, a diagram or code: vocabulary, not judgement.
/// A number on one line of a keyword list is no reason for the others.
struct ListedRule: MatchRule {
  let name = "listed"
  let summary = "in a keyword list, a one-term-per-line run, a diagram or code: partial, at list credit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.sentence(mention).isList ? .listed : nil
  }
}
