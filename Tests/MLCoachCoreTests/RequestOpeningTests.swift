import Testing
@testable import MLCoachCore

/// The tmux interview of the fortieth session: "Walk me through the existing ranking stack."
/// got nothing, though the existing system is a fact of news-feed.
@Suite("\"Walk me through …\" asks about what follows")
struct RequestOpeningTests {
  @Test("the opening, polite words and all, is taken off")
  func openings() {
    #expect(RequestOpening.without("Walk me through the existing ranking stack.") == "the existing ranking stack.")
    #expect(RequestOpening.without("could you please talk us through the labels?") == "the labels?")
    #expect(RequestOpening.without("Run me through how the number is produced today.")
      == "how the number is produced today.")
    // Asking to understand (a blind bank, forty-first session).
    #expect(RequestOpening.without("I'd like to understand what metadata comes with each uploaded image.")
      == "what metadata comes with each uploaded image.")
    #expect(RequestOpening.without("help me understand how the score is used") == "how the score is used")
    #expect(RequestOpening.without("I want to get a sense of the traffic per day.") == "the traffic per day.")
    // Not an opening: "through" elsewhere, understanding mid-sentence, or too little after it.
    #expect(RequestOpening.without("Do we need query understanding for this?") == nil)
    #expect(RequestOpening.without("I'd like to understand it.") == nil)
    #expect(RequestOpening.without("Do clicks flow through the same pipeline?") == nil)
    #expect(RequestOpening.without("Walk me through it.") == nil)
    #expect(RequestOpening.without("How many people walk through the door?") == nil)
  }

  @Test("the request gets the fact its topic names", arguments: [
    ("news-feed", "Walk me through the existing ranking stack.", "existing"),
    ("video-recommendation", "Talk me through the labels we have.", "training-data"),
    ("ads-ctr", "Can you walk me through the current system?", "existing"),
  ])
  func answered(scenario: String, question: String, fact: String) throws {
    let matcher = QuestionMatcher(scenario: try Fixtures.flagship(scenario))
    #expect(matcher.match(question).factIDs == [fact])
  }
}
