import Testing
@testable import MLCoachCore

/// Thirtieth session: common ways of asking what runs today went unanswered in 11 of 12
/// scenarios that have a fact on it.
@Suite("What runs today, asked in words other facts share")
struct ExistingSystemQuestionTests {
  static let scenarios = ["ads-ctr", "eta-prediction", "event-recommendation", "fraud-detection", "harmful-content",
                          "news-feed", "people-you-may-know", "rag-assistant", "similar-listings",
                          "street-view-blurring", "video-recommendation", "video-search"]

  @Test("each phrasing gets the existing-system fact in every scenario that has one", arguments: [
    "Is there a model running already, and if so roughly how is it built?",
    "Is something already in production?",
    "what runs today",
    "Is this greenfield?",
    "What's the baseline we'd be comparing against?",
    // A sibling check: the present said as a phrase of time.
    "How is this done at the moment?",
    // Blind set, thirty-second session: a guess at it after a comma or dash.
    "what's there today, some kind of rules plus a simple model?",
    "Is anything running already — maybe a heuristic on popularity?",
    // Tuning part and blind bank 28, fortieth session: how often what runs today is retrained.
    "How often is the current model retrained?",
    "What's the current model refresh cadence?",
    // Siblings by a fresh helper: the schedule of what runs in production.
    "What's the retraining schedule for the model in production?",
    // Siblings, forty-first session: the cadence in units of time.
    "Is the current model retrained every day, or less often than that?",
  ])
  func answered(question: String) throws {
    for id in Self.scenarios {
      let scenario = try Fixtures.flagship(id)
      let existing = try #require(ExistingSystemQuestion.existingFact(of: scenario))
      #expect(QuestionMatcher(scenario: scenario).match(question).factIDs == [scenario.facts[existing].id],
              "\(id): \(question)")
    }
  }

  @Test("a question with a word of another topic is left to the matcher")
  func otherTopics() throws {
    func asks(_ question: String, _ id: String) throws -> Bool {
      let scenario = try Fixtures.flagship(id)
      let matcher = QuestionMatcher(scenario: scenario)
      return ExistingSystemQuestion.asks(question, terms: matcher.terms(question),
                                         subject: GoalQuestion.subject(of: scenario))
    }
    #expect(try asks("Is there a model running already?", "news-feed"))
    #expect(try !asks("What's the latency today?", "news-feed"))
    #expect(try !asks("Which GPUs run the current model?", "news-feed"))
    #expect(try !asks("How many users do we have today?", "news-feed"))
    #expect(try !asks("How many posts a day does the current feed show?", "news-feed"))
    // A baseline of the case study's own measure is its base rate, no system.
    #expect(try !asks("Is the baseline CTR around 1%?", "ads-ctr"))
    #expect(try QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr")).match("Is the baseline CTR around 1%?")
      .factIDs == ["base-ctr"])
    #expect(ExistingSystemQuestion.existingFact(of: try Fixtures.flagship("image-search")) == nil)
  }
}
