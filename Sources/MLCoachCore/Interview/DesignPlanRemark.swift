import Foundation

/// The candidate's own design plan stated before a question asked mid-design: "I'd start with
/// logistic regression on hashed feature crosses and move to a DCN-style model later. Roughly
/// how many advertisers and active ads are we talking about?". The plan says what the candidate
/// will build, never what they ask: its words ("hashed", "crosses", "DCN") are no fact's, and
/// as unknown words they thinned out the question's own until no fact fitted, or lent a fact
/// the plan's topic instead of the question's ("I'm framing this as … multiplying pCTR by the
/// bid for the auction. Is the auction second-price …?" tied the auction facts). Of a blind set
/// of questions asked in steps 2–7 (thirty-fourth session), about a third open so.
///
/// The question is read without the plan, and only so: unlike a remark on the candidate's
/// background, the plan's words name the design ("an offline batch job, since nothing has to be
/// blurred in real time"), and a fact they find (freshness) answers nothing asked (a sibling set
/// written afterwards).
public enum DesignPlanRemark {
  /// Words after an opening "I" that state a belief or a guess to be checked, not a plan ("I'm
  /// assuming 200M users.", "I think the label is a click."): what follows asks about the
  /// statement, so it is kept. "I'm thinking of predicting …" states a plan.
  static let beliefVerbs: Set<String> = [
    "assume", "assuming", "assumed", "guess", "guessing", "think", "thought", "expect", "expecting", "imagine",
    "imagining", "believe", "suppose", "presume", "wonder", "wondering", "not", "know", "understand", "read",
    "saw", "heard", "noticed", "remember", "feel", "bet", "figure", "suspect", "hope", "understood", "gather",
    "was", "have", "had", "just", "also", "still", "really", "only",
    // Who the candidate is ("I'm coming from ads ranking, where …"): `BackgroundRemark`.
    "coming", "come", "came", "worked", "work", "spent", "used", "did", "built",
  ]

  /// Auxiliaries between "I" and its verb written out ("I am going to …", "I would guess …"):
  /// the verb after them says whether it is a plan or a belief.
  static let auxiliaries: Set<String> = ["am", "will", "would", "shall", "should", "might", "may"]

  /// Words that may come before the opening "I" ("So I'd start …", "OK, I'll …").
  static let leadIns: Set<String> = ["so", "ok", "okay", "right", "alright", "now", "here", "then", "next", "well"]

  /// `question` without its opening plan: the text from the first sentence that asks (holds a
  /// "?") after one or more statements, the first of which opens with "I" and a verb of doing
  /// ("I'd start", "I'm framing", "I'll monitor"). Nil when there is no such plan, when the
  /// first statement states a belief (`beliefVerbs`), when no sentence after it asks, or when
  /// the question points back at the plan in its first words ("Is that reasonable?") or has
  /// fewer than three words.
  public static func without(_ question: String) -> String? {
    let bytes = Array(question.utf8)
    let words = WordTokenizer.words(question)
    var start = 0
    while start < words.count, leadIns.contains(words[start].text) { start += 1 }
    guard start + 1 < words.count, words[start].text == "i" else { return nil }
    let verb = auxiliaries.contains(words[start + 1].text) && start + 2 < words.count ? start + 2 : start + 1
    guard !beliefVerbs.contains(words[verb].text) else { return nil }
    // The plan ends at the last full stop (or "!", ";") before the first question mark; with
    // none, at the first dash or colon ("I'm going with two towers — how many items are there?").
    // A dash or colon after a full stop is inside the question ("How fresh — daily?").
    var planEnd: Int?
    var clauseEnd: Int?
    for index in (start + 2)..<words.count {
      let gap = bytes[words[index - 1].end..<words[index].start]
      if gap.contains(UInt8(ascii: "?")) { break }
      if gap.contains(UInt8(ascii: ".")) || gap.contains(UInt8(ascii: ";")) || gap.contains(UInt8(ascii: "!")) {
        planEnd = index
      } else if clauseEnd == nil, gap.contains(UInt8(ascii: ":")) || QuestionTerms.isDash(gap) {
        clauseEnd = index
      }
    }
    planEnd = planEnd ?? clauseEnd
    guard let index = planEnd, question.utf8.dropFirst(words[index].start).contains(UInt8(ascii: "?")) else {
      return nil
    }
    let rest = words[index...]
    guard rest.count >= 3, !QuestionParts.refersBack(rest.prefix(3)) else { return nil }
    return String(decoding: bytes[words[index].start...], as: UTF8.self)
  }
}
