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

  /// A term in at least this share of a scenario's items names the scenario's subject ("event",
  /// "registration" in event recommendations), not one item's point.
  public static let commonItemShare = 0.2

  /// Terms that show nothing about whether a reply answers: the scenario's common terms (see
  /// `commonItemShare`) and, per item, the words of its own follow-up question, which a reply
  /// echoes. "The events that just got published have no registrations yet, but I'd just use
  /// the same model since the features still work." had earned the organizer-history item
  /// through "event" and "registration", the question's own words (a newcomer trial).
  public static func commonTerms(of scenario: Scenario, concepts: ConceptSpotter = .bundled) -> Set<String> {
    var itemsPerTerm: [String: Int] = [:]
    for item in scenario.rubric {
      let terms = QuestionTerms.set(of: item.evidence + [item.text], concepts: concepts)
      for term in terms { itemsPerTerm[term, default: 0] += 1 }
    }
    let least = max(2, Int((Double(scenario.rubric.count) * commonItemShare).rounded(.up)))
    return Set(itemsPerTerm.filter { $0.value >= least }.keys)
  }

  /// The terms `reply` shares with `item`'s text, evidence and reference, less `ignoring`, the
  /// words of the item's follow-up question and connectives like "within", "across" (a reply
  /// about labels "within 7 days" earned the pointwise-vs-listwise item through "within" and
  /// "logs" against "log loss", in a tmux trial of 2026-12-02).
  public static func sharedTerms(reply: String, item: RubricItem, ignoring: Set<String> = [],
                                 concepts: ConceptSpotter = .bundled) -> Set<String> {
    let own = QuestionTerms.set(of: item.evidence + [item.text, item.reference], concepts: concepts)
    let echoed = ignoring.union(QuestionTerms.set(item.followUp, concepts: concepts))
    return QuestionTerms.set(reply, concepts: concepts).intersection(own).subtracting(echoed)
      .subtracting(functionStems).subtracting(QuestionTerms.incidentalWords)
  }

  /// Negations and reason words say how, not what: "no" and "since" are in most references.
  /// So do verbs any serving design uses: "rule checks in the serving path" and "listings that
  /// show …" shared only "serve" and "show" with the unavailable-listings item, and earned it
  /// (a newcomer, forty-fourth session).
  static let functionStems: Set<String> = Set(PhraseCompiler.negationWords.union(reasonWords)
    .union(PhraseCompiler.fillerWords).union(everydayVerbs).map(WordNormalizer.stem))

  /// Verbs that name no point of an item.
  static let everydayVerbs: Set<String> = ["show", "shows", "shown", "showing", "serve", "serves", "served", "serving",
                                           "use", "uses", "used", "using", "make", "makes", "get", "gets"]

  /// The verdict for `item` given the reply, or nil when the reply does not address it. Terms in
  /// `ignoring` (see `commonTerms(of:)`) and in the item's own follow-up count as not shared.
  public static func judge(reply: String, item: RubricItem, ignoring: Set<String> = [],
                           concepts: ConceptSpotter = .bundled) -> MatchReason? {
    let words = WordTokenizer.words(reply)
    guard words.count >= minimumWords else { return nil }
    let lower = reply.lowercased()
    if words.count <= 8, refusals.contains(where: { lower.contains($0) }) { return nil }
    let shared = sharedTerms(reply: reply, item: item, ignoring: ignoring, concepts: concepts).count
    guard shared >= sharedTermsNeeded else { return nil }
    // The question already asks for the why or the which ("Why not classify every image into a
    // category?", "Who might your system get wrong?"): a reply of substance on the item answers
    // it, whether or not it says "because". Two trials read "answered without a reason" on
    // such replies as not having been heard.
    let substantive = words.count >= substantiveWords && shared >= substantiveSharedTerms
    let reasoned = substantive || words.contains(where: \.isNumber) || givesAReason(words.map(\.text))
    return reasoned ? .answeredFollowUp : .followUpWithoutReason
  }

  /// Whether a reason word is followed, within `reasonReach` words, by a word that is not
  /// hollow: "so it works" gives no reason (a newcomer trial's reply earned a full hit with
  /// it), "so a new event from a reliable host fills" does.
  static func givesAReason(_ words: [String]) -> Bool {
    words.indices.contains { index in
      reasonWords.contains(words[index]) && words[(index + 1)...].prefix(reasonReach).contains { word in
        !hollowWords.contains(word) && !PhraseCompiler.fillerWords.contains(word) && !reasonWords.contains(word)
      }
    }
  }

  /// How far after a reason word its reason is looked for.
  static let reasonReach = 7
  private static let hollowWords = Set(CueSet.hollow)
}
