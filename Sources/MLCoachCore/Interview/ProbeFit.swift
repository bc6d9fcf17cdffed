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

  /// Whether a follow-up question addresses the candidate ("What would you…", "How do you…")
  /// rather than asking them for one of the scenario's facts.
  public static func asksTheCandidate(_ question: String) -> Bool {
    WordTokenizer.words(question).contains { $0.text == "you" || $0.text == "your" || $0.text == "youd" }
  }
}
