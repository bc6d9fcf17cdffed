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
    // Trial 31: the budget asked as a time, not a speed.
    ("How long do we have to score the candidate ads before the auction needs an answer?", true),
    ("When an ad slot opens in the feed, what's the time budget for the whole prediction step?", true),
    ("Does the click prediction have to happen in real time while the feed loads?", true),
    ("How long is the user willing to wait on the spinner for the check?", true),
    ("how many seconds can the ranking take per request?", true),
    // … and times of other things.
    ("How long after an impression do we wait before deciding it was a negative?", false),
    ("How long does it take to train the ranking model end to end today?", false),
    ("How long is a typical session on the feed page?", false),
    ("Do we log each answer, and for how long?", false),
    ("do we have a real-time measure of kitchen load, like open orders per restaurant?", false),
    ("How much time do we have to ship a first version of this model?", false),
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
    ("news-feed", "From the moment the app opens, how long do we have to return a ranked feed?", ["latency"]),
    ("harmful-content", "What's the time budget per post for the synchronous classifier?", ["latency"]),
  ])
  func matched(scenario: String, question: String, facts: [String]) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == facts)
  }
}
