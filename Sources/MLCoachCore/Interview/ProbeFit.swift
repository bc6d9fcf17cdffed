/// Whether a follow-up fits the design the candidate chose. An item is not probed when one of
/// its `alternatives` is credited (after a two-tower retriever, matrix factorisation is the
/// road not taken), nor when it `requires` items none of which is credited (no question
/// about HNSW parameters to a candidate who never chose ANN retrieval). And a probe asks the
/// candidate what they think: it never asks them for a fact only the interviewer knows
/// ("Which user actions do we actually record?").
public enum ProbeFit {
  /// Whether `item` may be probed or hinted given the items the answer credits.
  public static func fits(_ item: RubricItem, credited: Set<String>) -> Bool {
    if item.alternatives.contains(where: credited.contains) { return false }
    if !item.requires.isEmpty && !item.requires.contains(where: credited.contains) { return false }
    return true
  }

  /// Whether a follow-up would ask the candidate for one of the scenario's facts: it does not
  /// address the candidate ("you", "your") and the interviewer's own matcher would answer it
  /// with a fact, as if the candidate had asked it. "Which user actions do we actually
  /// record?" is such a question; "What would you want to know about feedback?" is not. Only
  /// step-1 probes are checked: later probes ask about the design, even when a fact shares
  /// their words ("How does ranking fit inside the latency budget?").
  public static func seeksFact(_ question: String, matcher: QuestionMatcher) -> Bool {
    let addressesCandidate = WordTokenizer.words(question).contains {
      $0.text == "you" || $0.text == "your" || $0.text == "youd" || $0.text == "youre"
    }
    return !addressesCandidate && !matcher.match(question).factIDs.isEmpty
  }
}
