import Testing
@testable import MLCoachCore

/// Blind set nine, thirty-second session: questions opened by an apology or a check of the
/// candidate's understanding went unanswered, though the rest alone gets its fact.
@Suite("An opening that only hedges is no part of the question")
struct HedgeOpeningTests {
  @Test("the opening ends at a dash, a colon or \", but\"")
  func openings() {
    #expect(HedgeOpening.without("Sorry, just to make sure I understand — the predicted CTR gets multiplied by the bid?")
      == "the predicted CTR gets multiplied by the bid?")
    #expect(HedgeOpening.without("Quick sanity check: do we log impressions?") == "do we log impressions?")
    #expect(HedgeOpening.without("sorry if this is obvious, but is the goal retention?") == "is the goal retention?")
    // Siblings: the candidate following along, or sorry to ask again.
    #expect(HedgeOpening.without("just so I'm following: is the shown number the one dispatch uses?")
      == "is the shown number the one dispatch uses?")
    #expect(HedgeOpening.without("apologies if you said this already, but do we get to block the payment ourselves?")
      == "do we get to block the payment ourselves?")
    #expect(HedgeOpening.without("quick sanity check on my end - do we scan a post only at upload?")
      == "do we scan a post only at upload?")
    // No hedge word, a topic word in the opening, or too little after it: nothing is taken off.
    #expect(HedgeOpening.without("So — how many users?") == nil)
    #expect(HedgeOpening.without("Labels check: do we have clicks?") == nil)
    #expect(HedgeOpening.without("Just to check: QPS?") == nil)
  }

  @Test("the question after the opening gets its fact", arguments: [
    ("ads-ctr", "Sorry, just to make sure I understand — the predicted CTR gets multiplied by the bid in the auction, "
      + "right? So the probability has to be calibrated, not just rank well, is that correct?", "auction"),
    ("news-feed", "sorry, just to check i've got it right — we're ranking only posts from connections the user already "
      + "has, not recomending new creators they don't follow? I think that changes candidate generation a lot",
     "sources"),
    ("video-search", "Apologies if this is a dumb question: how many videos are in the corpus?", "corpus-size"),
  ])
  func answered(scenario: String, question: String, fact: String) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs.contains(fact))
  }
}
