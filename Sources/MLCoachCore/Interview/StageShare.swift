/// A latency the candidate gives one stage of the request ("maybe 10–20 ms to score a few
/// hundred candidate ads", "50 ms for the model") below the budget the facts state for the
/// whole request ("The whole ad request … must finish in about 150 ms. How you split that
/// budget is up to you."). It is the candidate's share of the budget, which is theirs to choose,
/// not a guess at the budget: a "No." read as the interviewer ruling 10–20 ms out
/// (`mlcoach-bench numbers --replies`, fifty-eighth session; a fresh helper's "under 50 ms?" for
/// the click model, fifty-seventh).
enum StageShare {
  /// Stems of words that name one stage of serving a request: scoring, the model, retrieval, a
  /// look-up, an embedding.
  static let stageStems: Set<String> = ["scor", "model", "inferenc", "ranker", "retrieval", "retriev", "lookup",
                                        "ann", "emb", "encoder", "encod", "stag", "step"]
  /// Stems of words that make the figure the whole request's ("the whole ad ranking", "end to
  /// end", "in total").
  static let wholeStems: Set<String> = ["whol", "total", "end", "entir", "overal", "everyth", "includ", "full"]

  /// Whether `figure` (a question's) is a stage's share of `budget` (a fact's): both latencies,
  /// `budget` a ceiling the design keeps under (see `NumberCheck.known(in:budget:)`), `figure`
  /// below all of it, its clause naming a stage and not the whole, and the budget's sentence
  /// naming no stage of the question's (then it is that stage's own budget).
  static func isShare(_ figure: Quantity, of budget: Quantity) -> Bool {
    guard figure.isLatency, budget.isLatency, budget.isCeiling, figure.high < budget.low else { return false }
    let stages = figure.context.intersection(stageStems)
    return !stages.isEmpty && figure.context.isDisjoint(with: wholeStems)
      && budget.sentence.union(budget.context).isDisjoint(with: stages)
  }
}
