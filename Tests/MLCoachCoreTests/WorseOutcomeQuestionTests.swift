import Testing
@testable import MLCoachCore

/// Blind set nine, thirty-second session: "What's worse for us right now, harmful posts staying
/// up or legit posts taken down by mistake?" went unanswered.
@Suite("A question weighing two ways of being wrong asks which error costs more")
struct WorseOutcomeQuestionTests {
  @Test("a comparative of harm followed by \"or\" or \"than\"")
  func shape() {
    #expect(WorseOutcomeQuestion.asks("Is it worse to be early or late?"))
    #expect(WorseOutcomeQuestion.asks("I think underestimating hurts more than overestimating, right?"))
    #expect(WorseOutcomeQuestion.asks("what hurts merchants more right now, fraud losses or good customers declined?"))
    #expect(!WorseOutcomeQuestion.asks("Do users feel worse after long sessions?"))
    #expect(!WorseOutcomeQuestion.asks("Which is more expensive to serve, trees or a DNN?"))
  }

  @Test("the fact that says which error is worse, where a scenario has one", arguments: [
    ("eta-prediction", "business-costs"), ("fraud-detection", "error-costs"), ("harmful-content", "objective"),
    ("street-view-blurring", "objective"), ("rag-assistant", "wrong-answer-policy"), ("ads-ctr", nil),
  ] as [(String, String?)])
  func errorCostFact(scenario id: String, fact: String?) throws {
    let scenario = try Fixtures.flagship(id)
    #expect(WorseOutcomeQuestion.errorCostFact(of: scenario).map { scenario.facts[$0].id } == fact)
  }

  @Test("such a question gets that fact", arguments: [
    ("harmful-content", "what's worse for us right now, harmful posts staying up or legit posts taken down by mistake? "
      + "I'd like to know which error costs more for each category", "objective"),
    ("fraud-detection", "what hurts us more, a good customer we block or a fraudster who gets through?", "error-costs"),
    ("fraud-detection", "what hurts merchants more right now, fraud losses or good customers getting declined? i'd like "
      + "to know which side of the threshold is more painful", "error-costs"),
    // Siblings: the party hurt named before "more", another verb of harm, a word that looked
    // like a hidden detail.
    ("harmful-content", "Which damages the platform more, leaving a violating post up long enough to spread, or wrongly "
      + "taking down a legitimate person's post?", "objective"),
    ("street-view-blurring", "which is the bigger problem for us — one face we miss, or a hundred trees we blur by "
      + "mistake?", "objective"),
  ])
  func answered(scenario: String, question: String, fact: String) throws {
    #expect(QuestionMatcher(scenario: try Fixtures.flagship(scenario)).match(question).factIDs == [fact])
  }
}
