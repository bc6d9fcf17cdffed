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
    // Thirtieth session's blind set: phrasings of graph growth, graph processing, the surfaces
    // out of scope, publishers as stakeholders, a maps provider and live GPS that no phrase had.
    ("people-you-may-know", "How many new edges does the graph get per day?", "acceptance-stats"),
    ("people-you-may-know", "Is there a graph processing engine we can run friends-of-friends on?", "compute"),
    ("news-feed", "Is it only the home feed, or do notifications matter too?", "surface"),
    ("news-feed", "Are publishers stakeholders here, with any goal about their reach?", "creators"),
    ("eta-prediction", "Do we pay a third-party maps vendor, or is routing built in house?", "routing"),
    ("eta-prediction", "Is live GPS from couriers available while they ride?", "logs-labels"),
    ("event-recommendation", "Are there weekend spikes in feed traffic?", "traffic"),
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
