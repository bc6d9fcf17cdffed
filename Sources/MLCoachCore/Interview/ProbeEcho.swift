import Foundation

/// Whether a step answer already talks about what a follow-up would ask. The scorer credits an
/// item only through its evidence phrases, so an answer can say the thing in other words and
/// still leave the item missed: "the auction multiplies pCTR by the bid" missed the ranking item,
/// and the probe then asked "How do your predictions turn into the ad the user sees?". In trial
/// 34 (48 step answers written blind, every follow-up of the step labelled by another helper)
/// 14 of the 48 probes asked what the labeller read as already answered.
///
/// An item is recognised by the terms of its text, evidence, reference and follow-up question,
/// each weighed by how few of the step's items use it: the items of one step share their
/// subject ("bid", "pCTR", "auction" in ads framing), so only the rarer terms say which point a
/// sentence makes.
public struct ProbeEcho: Sendable {
  /// Least weight of shared terms in one sentence for the answer to touch an item.
  public static let touchWeight = 4.0

  private let termsByItem: [String: Set<String>]
  private let weight: [String: Double]
  private let concepts: ConceptSpotter

  /// `items`: the step's rubric items; `common`: terms to leave out (see
  /// `FollowUpAnswerRule.commonTerms(of:)`), besides negations, reason and incidental words.
  public init(items: [RubricItem], ignoring common: Set<String>, concepts: ConceptSpotter = .bundled) {
    var termsByItem: [String: Set<String>] = [:]
    var itemsPerTerm: [String: Int] = [:]
    for item in items {
      let terms = QuestionTerms.set(of: item.evidence + [item.text, item.reference, item.followUp], concepts: concepts)
        .subtracting(common).subtracting(FollowUpAnswerRule.functionStems).subtracting(QuestionTerms.incidentalWords)
      termsByItem[item.id] = terms
      for term in terms { itemsPerTerm[term, default: 0] += 1 }
    }
    let count = Double(max(1, items.count))
    self.termsByItem = termsByItem
    weight = itemsPerTerm.mapValues { log(1 + count / Double($0)) }
    self.concepts = concepts
  }

  /// The most weight of item `id`'s terms that one sentence of `text` says: at least
  /// `touchWeight` touches the item, and more says more of it. 0 for an unknown id.
  public func strength(of id: String, in text: String) -> Double {
    guard let terms = termsByItem[id], !terms.isEmpty else { return 0 }
    return text.split(separator: "\n").flatMap { SentenceEnds.split(String($0)) }
      .map { QuestionTerms.set($0, concepts: concepts).intersection(terms).reduce(0) { $0 + (weight[$1] ?? 0) } }
      .max() ?? 0
  }
}
