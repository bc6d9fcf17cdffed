import Testing
@testable import MLCoachCore

/// Newcomer's trial, fifty-first session: "Do we keep about a year of impression logs?" got the
/// fact of what is logged, with no "No.", beside "two years of impression and request logs".
@Suite("How long data is kept")
struct RetentionQuestionTests {
  @Test("a question on how long data is kept gets the fact that states it", arguments: [
    ("people-you-may-know", "How long do we keep impression logs?", "data-available"),
    ("people-you-may-know", "Do we keep about a year of impression logs?", "data-available"),
    ("people-you-may-know", "how far back do the request logs go?", "data-available"),
  ])
  func kept(scenario: String, question: String, fact: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship(scenario)).reply(to: question)
    #expect(reply.factIDs == [fact], "\(reply.text)")
  }

  @Test("a year guessed against two years kept is a no")
  func verdict() throws {
    let reply = Interviewer(scenario: try Fixtures.flagship("people-you-may-know"))
      .reply(to: "Do we keep about a year of impression logs?")
    #expect(reply.text.hasPrefix("No."), "\(reply.text)")
  }

  @Test("what asks how long data is kept", arguments: [
    ("How long do we keep impression logs?", true),
    ("Do we keep about a year of impression logs?", true),
    ("How far back does the watch history go?", true),
    ("is 90 days of history stored?", true),
    // Not a length of keeping: a test's duration, how many users have history, what is logged.
    ("how long do experiments typically need to run to show a retention effect?", false),
    ("what I really need is the share of users who've registered, since that tells me how much history I have", false),
    ("What do we log for each impression?", false),
    // "keep" of something other than data.
    ("How long do we keep a dismissed person out of suggestions?", false),
    ("How long do we keep showing a post after it was published?", false),
    ("how long do we keep the raw courier GPS traces around?", true),
    ("How long do we keep those?", true),
  ])
  func asks(question: String, expected: Bool) {
    #expect(RetentionQuestion.asks(question) == expected)
  }
}
