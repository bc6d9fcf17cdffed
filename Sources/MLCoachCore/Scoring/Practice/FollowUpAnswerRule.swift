import Foundation

/// A reply to the interviewer's follow-up is read with the probed item as its context: the
/// question already names the topic, so a reply that talks about the item's subject answers
/// it even when it does not repeat an evidence phrase ("the index and the user tower must be
/// versioned and deployed together" answers "what if the index was built with last week's
/// model?"). Such a reply earns the item: a hit with a reason or with substance (15 words and
/// three of the item's terms), partial when short and bare. A reply that shares nothing with
/// the item, or only says "I don't know", earns nothing.
public struct FollowUpAnswerRule: Sendable {
  /// Distinct terms the reply must share with the item's text, evidence or reference.
  public static let sharedTermsNeeded = 2
  /// Words a reply needs before it can be said to answer anything.
  public static let minimumWords = 4
  /// A reply at least this long that shares at least `substantiveSharedTerms` terms with the
  /// item answers the question in full, reason cue or not.
  public static let substantiveWords = 15
  public static let substantiveSharedTerms = 3

  static let reasonWords: Set<String> = [
    "because", "since", "so", "otherwise", "avoid", "avoids", "prevent", "prevents", "means", "ensure", "ensures",
    "must", "else", "unless", "therefore", "hence", "keeps", "keep", "cause", "causes", "break", "breaks",
    "instead", "which", "thus", "lets", "allows",
  ]
  static let refusals = ["don't know", "dont know", "not sure", "no idea", "pass", "skip", "no clue"]

  /// The verdict for `item` given the reply, or nil when the reply does not address it.
  public static func judge(reply: String, item: RubricItem, concepts: ConceptSpotter = .bundled) -> MatchReason? {
    let words = WordTokenizer.words(reply)
    guard words.count >= minimumWords else { return nil }
    let lower = reply.lowercased()
    if words.count <= 8, refusals.contains(where: { lower.contains($0) }) { return nil }
    let own = (item.evidence + [item.text, item.reference]).reduce(into: Set<String>()) {
      $0.formUnion(QuestionTerms.set($1, concepts: concepts))
    }
    let said = QuestionTerms.set(reply, concepts: concepts)
    let shared = said.intersection(own).count
    guard shared >= sharedTermsNeeded else { return nil }
    // The question already asks for the why or the which ("Why not classify every image into a
    // category?", "Who might your system get wrong?"): a reply of substance on the item answers
    // it, whether or not it says "because". Two trials read "answered without a reason" on
    // such replies as not having been heard.
    let substantive = words.count >= substantiveWords && shared >= substantiveSharedTerms
    let reasoned = substantive || words.contains { reasonWords.contains($0.text) || $0.isNumber }
    return reasoned ? .answeredFollowUp : .followUpWithoutReason
  }
}
