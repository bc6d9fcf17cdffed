import Testing
@testable import MLCoachCore

/// Newcomer's trial, forty-ninth session: "Who are the primary users …?" got "I don't have
/// anything specific" though the case study says who and how many they are.
@Suite("Who the users are")
struct AudienceQuestionTests {
  @Test("questions about who the users are", arguments: [
    "Who are the primary users?", "who are the users", "Who's the target audience?", "Who will use this?",
    "Who are the main users of this, everyone or specific teams?", "What are the target users like?",
    // A fresh helper's siblings.
    "Who uses the home page, logged-in users only?", "Who's using the site, mostly travellers?",
    "Can you tell me a bit about the user base?",
  ])
  func asks(question: String) {
    #expect(AudienceQuestion.asks(question))
  }

  @Test("questions about someone else", arguments: [
    "Who labels the training data?", "Who sets the reserve price?", "Who reviews flagged posts?",
    "Who pays for a missed fraud?", "Who are the reviewers?",
  ])
  func asksNot(question: String) {
    #expect(!AudienceQuestion.asks(question))
  }

  @Test("the users fact answers them, where a case study has one")
  func usersFact() throws {
    let rag = QuestionMatcher(scenario: try Fixtures.flagship("rag-assistant"))
    #expect(rag.match("Who are the primary users?").factIDs == ["users-and-traffic"])
    #expect(rag.match("Who are the primary users - all 50,000 employees, or a specific group like engineers or HR "
      + "staff first?").factIDs == ["users-and-traffic"])
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(ads.match("Who are the main users of this?").factIDs == ["users"])
    #expect(AudienceQuestion.usersFact(of: try Fixtures.flagship("eta-prediction")) == nil)
  }
}
