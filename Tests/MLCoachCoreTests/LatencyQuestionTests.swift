import Testing
@testable import MLCoachCore

/// Trial 28: latency budgets asked as speed got nothing ("How fast does the decision need to
/// be?") or a wrong fact ("How much time does the CTR model get per request?" got the click rate).
@Suite("Latency asked as speed")
struct LatencyQuestionTests {
  @Test("a speed of something served is a latency budget; a speed of something new is not", arguments: [
    ("How fast does the decision need to be?", true),
    ("How much time does the CTR model get per request?", true),
    ("How quickly must the answer come back to the user?", true),
    ("how fast should that post be rankable in my feed?", false),
    ("How quickly do new listings need to show up in results?", false),
    ("How fast do fraud patterns change?", false),
    ("How fast is traffic growing?", false),
    ("What's the latency budget?", false),
  ])
  func asks(question: String, latency: Bool) {
    #expect(LatencyQuestion.asks(question) == latency)
  }

  @Test("asked as speed, the latency budget gets the latency fact; the speed of something new does not", arguments: [
    ("fraud-detection", "How fast does the decision need to be?", ["latency"]),
    ("fraud-detection", "How much time do we have to score a payment in the authorisation path?", ["latency"]),
    ("ads-ctr", "How much time does the CTR model get per request?", ["latency"]),
    ("eta-prediction", "How quickly does the ETA service have to respond when the app asks again?", ["latency"]),
    ("image-search", "When new images are added, how soon do they need to be findable in results?", ["freshness"]),
  ])
  func matched(scenario: String, question: String, facts: [String]) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == facts)
  }
}
