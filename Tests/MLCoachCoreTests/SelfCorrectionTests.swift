import Testing
@testable import MLCoachCore

/// A blind set of the thirty-first session: a question broken off and asked again in other words
/// ("How many users — actually, …") got the fact of the abandoned start in 4 of 13 cases.
@Suite("A question the candidate corrects mid-way")
struct SelfCorrectionTests {
  @Test("only what follows the correction is asked", arguments: [
    ("How many couriers — actually, how fast must the estimate come back?", "how fast must the estimate come back?"),
    ("What's the resolution -- wait, more to the point: how small can a plate get?", "how small can a plate get?"),
    ("Are refunds part of — no, let me scope it: can I leave refunds out of scope?",
     "can I leave refunds out of scope?"),
    ("How many documents... actually, what I really need is how often they change.", "how often they change."),
    ("How many users? Actually, scratch that: what's the daily growth of the graph?",
     "what's the daily growth of the graph?"),
    ("Do we log dwell time — well, actually, the better question: do we log impressions at all?",
     "do we log impressions at all?"),
    ("Is the model retrained daily, or rather, how stale can the features get?", "how stale can the features get?"),
    ("Do we cap frequency per— sorry, hold on. Who sets the reserve price?", "Who sets the reserve price?"),
    ("Which regions matter most - hmm, different question: how many reviewers do we have?",
     "how many reviewers do we have?"),
  ])
  func revised(question: String, rest: String) {
    #expect(SelfCorrection.revised(question) == rest)
  }

  @Test("no correction, or one too short to be a question, leaves the question as it is", arguments: [
    "Do we actually log impressions?",
    "Is the data, actually, labelled by people?",
    "Is it acceptable to blur a whole region rather than each face?",
    "How many users — actually, daily?",
    "Actually, how many users are there?",
    "What counts as late - is it past the window we show?",
  ])
  func kept(question: String) {
    #expect(SelfCorrection.revised(question) == nil)
  }

  @Test("the abandoned start draws no fact")
  func matched() throws {
    // As one question the latency budget was named, and a latency question gets that fact.
    let events = QuestionMatcher(scenario: try Fixtures.flagship("event-recommendation"))
    #expect(events.match("What's the latency budget — actually, how many events are live in a city at once?")
      .factIDs == ["inventory"])
  }
}
