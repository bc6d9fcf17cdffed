import Testing
@testable import MLCoachCore

/// A blind set of the thirty-fourth session, questions asked mid-design: the candidate's plan
/// before the question filled it with words no fact has, or lent it the plan's topic.
@Suite("The candidate's plan stated before a question")
struct DesignPlanRemarkTests {
  @Test("the question is read without the plan before it", arguments: [
    ("I'd start with logistic regression on hashed crosses. Roughly how many ads are live?",
     "Roughly how many ads are live?"),
    ("So I'll train a two-tower model and serve it from an ANN index. Then a ranker on top. How many items "
      + "are in the catalogue?", "How many items are in the catalogue?"),
    ("I'm going with a gradient-boosted ranker — what's the latency budget?", "what's the latency budget?"),
    ("OK, I'm framing it as pointwise classification: is the auction second-price?", "is the auction second-price?"),
    ("I am going to predict watch time. How many videos are there?", "How many videos are there?"),
  ])
  func cut(question: String, rest: String) {
    #expect(DesignPlanRemark.without(question) == rest)
  }

  @Test("a belief, a plan asked about, a plan with no question after it, or someone else's plan stays", arguments: [
    "I'm assuming 200M daily users. Is that about right?",
    "I think the label is a click. How delayed are clicks?",
    "I would guess 200M users. How many ads are live?",
    "I am not sure about the label. How delayed are clicks?",
    "I'm coming from ads ranking, where we optimise clicks. Do you have agreed weights for likes and shares?",
    "I'd start with logistic regression. Is that reasonable here?",
    "I'd start with logistic regression, is that ok?",
    "I'd start with logistic regression on hashed crosses.",
    "We log clicks. How delayed are they?",
    "How fresh must it be — is daily ok?",
  ])
  func kept(question: String) {
    #expect(DesignPlanRemark.without(question) == nil)
  }

  @Test("the question after the plan finds its fact; a guess at the goal asks for the goal")
  func matched() throws {
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(ads.match("I'd start with logistic regression on hashed feature crosses and a DCN later. Roughly how many "
      + "advertisers and active ads are there?").factIDs == ["inventory"])
    #expect(ads.match("I'm multiplying pCTR by the bid for the auction here. Is the auction second-price, or "
      + "something else?").factIDs == ["auction-format"])
    // The plan is no fallback: the question alone finds no fact, and the plan's "real time"
    // found freshness (a sibling set).
    let blurring = QuestionMatcher(scenario: try Fixtures.flagship("street-view-blurring"))
    #expect(blurring.match("I'm going to run detection as an offline batch job, since nothing has to be blurred in "
      + "real time. Is there a legal or regulatory target for how many faces may be missed?").factIDs.isEmpty)
    let video = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    #expect(video.match("Is watch time what the business cares about most, or likes as well?").factIDs
      == ["business-objective"])
  }

  @Test("a guess, then the goal asked in a what-clause", arguments: [
    ("Is watch time what the business mainly cares about, or satisfaction as well?", true),
    ("Are bookings what leadership wants?", true),
    ("Is engagement what we optimise for?", true),
    ("Is latency what matters most here?", true),
    ("Is the label what we log at click time?", false),
    ("What does the business care about?", false),
  ])
  func goalClause(question: String, asks: Bool) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    #expect((GoalQuestion.goalClauseAfterGuess(question, termsOf: matcher.terms) != nil) == asks, "\(question)")
  }
}
