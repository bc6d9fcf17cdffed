/// A table row is a sentence made of its cells with the header as context: "LR | fast,
/// calibrated | no crosses" gives its pros and cons, which are its reasons.
struct TableRowRule: MatchRule {
  let name = "table-row"
  let summary = "in a table row whose other cells carry content: hit"

  func judge(_ mention: Mention, in context: MatchContext) -> MatchReason? {
    context.otherCellsHaveContent(mention.occurrence) ? .tableCells : nil
  }
}
