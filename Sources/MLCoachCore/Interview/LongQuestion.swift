/// A long message (several sentences of the candidate's reasoning around one question, or a
/// question with a paragraph of setting) that no fact explains by half: its many context words
/// thin out every fact's share, though one fact leads the rest clearly. Such a message gets
/// that fact.
///
/// Chosen on the dumps of the tuning banks and two blind persona sets (thirty-first session):
/// of the tuning questions left unanswered with 15 or more content terms, a lead of 1.6 and a
/// share of 0.2, all 5 had the leading fact labelled, and no question labelled "none" was among
/// them; of shorter ones, 72 of 121 were labelled "none". Tuning banks: 3 more right, no more
/// wrong; the persona sets 7 and 1 more right, no more wrong. The lead went from 1.6 to 1.5 in
/// the thirty-fifth session, on a blind set of flagship questions whose tuning part had a
/// paragraph of reasoning before "which one does the business care about more?" (lead 1.55):
/// tuning banks 2 more right, no more wrong; 1.4 gave 2 more wrong.
public enum LongQuestion {
  /// Least content terms (concepts aside) for a message to count as long.
  public static let leastTerms = 15
  /// Least share of the message's weight the leading fact must explain.
  public static let leastShare = 0.2
  /// The leading fact's score must be at least this multiple of the runner-up's.
  public static let leastLead = 1.5
  /// Least score of the leading fact: a few stray words explained is no answer.
  public static let leastScore = 5.0

  /// The id of the fact that answers a long message no fact fitted, or nil. `termCount` is the
  /// message's content terms, `share` the share of its weight the best fact explains (0…1+),
  /// `ranking` every fact's score, best first.
  public static func answer(termCount: Int, share: Double, ranking: [(id: String, score: Double)]) -> String? {
    guard termCount >= leastTerms, share >= leastShare, let top = ranking.first, top.score >= leastScore,
          ranking.count < 2 || top.score >= ranking[1].score * leastLead else { return nil }
    return top.id
  }
}
