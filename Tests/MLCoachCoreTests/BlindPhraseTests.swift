import Testing
@testable import MLCoachCore

/// Twenty-seventh session: questions from a blind fraud/ETA bank and two tmux interviews that got
/// "nothing specific" (or the labels fact) beside a fact that answers them, until the facts got
/// the phrases that identify them.
@Suite("Blind questions the facts' phrases now answer")
struct BlindPhraseTests {
  @Test("each question gets the fact that answers it", arguments: [
    ("fraud-detection", "What about fraud that never becomes a chargeback?", "early-signals"),
    ("fraud-detection", "What data do we actually see about each payment at authorisation time?", "available-signals"),
    ("fraud-detection", "What does the risk team currently run to catch fraud before authorisation?", "existing-system"),
    ("eta-prediction", "Do we log timestamps for each stage: placed, accepted, ready, picked up and delivered?",
     "logs-labels"),
    ("eta-prediction", "Can a courier carry more than one order at a time?", "dispatch"),
    // Twenty-ninth session's tmux interview: "content rules" named no phrase of the policy fact.
    ("video-recommendation", "Are there any content rules we must follow on the homepage?", "policy"),
  ])
  func answered(scenario: String, question: String, fact: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    #expect(coach.reply(to: question).factIDs == [fact], "\(question)")
  }

  /// Twenty-eighth session's blind set: "newly" was a word no fact uses.
  @Test("'newly listed' asks about new listings")
  func newly() throws {
    let coach = Interviewer(scenario: try Fixtures.flagship("similar-listings"))
    #expect(coach.reply(to: "How do we handle newly listed homes that have no views or bookings yet?").factIDs
      .contains("new-listings"))
    #expect(QuestionTerms("a freshly published post", concepts: .bundled).weights["fresh"] != nil)
  }
}
