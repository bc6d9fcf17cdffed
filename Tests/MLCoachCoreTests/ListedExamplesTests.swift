import Testing
@testable import MLCoachCore

/// A question that names its topic and then lists examples after a dash or a colon (tmux,
/// fifty-fifth session: "Do we have historical order data with timestamps for each step — order
/// placed, restaurant accepted, food ready, courier picked up, delivered?" got "nothing
/// specific", its examples being other facts' words).
@Suite("A question's head before the examples it lists")
struct ListedExamplesTests {
  @Test("the head asks; short examples after a dash or colon only illustrate it", arguments: [
    ("Do we have historical order data with timestamps for each step — order placed, restaurant accepted, food ready, "
      + "courier picked up, delivered?", "Do we have historical order data with timestamps for each step?"),
    ("What metadata comes with each video: title, tags, language, thumbnail?",
     "What metadata comes with each video?"),
    ("Are there users we must never suggest - blocked people, minors, or people who opted out?",
     "Are there users we must never suggest?"),
    // The question after the dash, not examples.
    ("friends vs groups vs pages — is there a product rule about the mix, or is it all model-driven?", nil),
    ("Does content get re-checked after upload — say when it starts going viral or picks up reports?", nil),
    // One item is no list; too short a head names no question.
    ("Is there a latency budget — 100 ms?", nil),
    ("Which data — clicks, views?", nil),
    // Two sentences: each asks on its own.
    ("What do we log? Clicks — views, saves, hides?", nil),
  ] as [(String, String?)])
  func head(question: String, head: String?) {
    #expect(ListedExamples.head(of: question) == head)
  }

  @Test("the head finds its fact when the whole question found none", arguments: [
    ("eta-prediction", "Do we have historical order data with timestamps for each step — order placed, restaurant "
      + "accepted, food ready, courier picked up, delivered?", ["logs-labels"]),
  ])
  func matched(scenario: String, question: String, facts: [String]) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == facts)
  }
}
