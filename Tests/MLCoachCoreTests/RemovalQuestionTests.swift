import Testing
@testable import MLCoachCore

/// Newcomer's trial, fiftieth session: how soon a deleted or private image must stop showing got
/// the upload-freshness fact, the latency budget, or nothing.
@Suite("How soon a removal reaches users")
struct RemovalQuestionTests {
  @Test("removal questions get the fact that names removals", arguments: [
    ("image-search", "When a user deletes an image, how quickly must it disappear from results?", "content-policy"),
    ("image-search", "When someone makes an image private, how fast must it vanish from results?", "content-policy"),
    ("image-search", "When someone makes an image private, must it vanish from results within a minute or so?",
     "content-policy"),
  ])
  func removal(scenario: String, question: String, fact: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship(scenario)).reply(to: question)
    #expect(reply.factIDs == [fact], "\(reply.text)")
  }

  @Test("a freshness fact that names removals keeps them; new things appearing are still freshness")
  func freshnessKept() throws {
    let search = QuestionMatcher(scenario: try Fixtures.flagship("image-search"))
    #expect(search.match("How quickly must a new upload appear in results?").factIDs == ["freshness"])
    let videos = try Fixtures.flagship("video-search")
    let fresh = try #require(videos.facts.first { $0.id == "freshness" })
    #expect(RemovalQuestion.namesRemoval(fresh))
    #expect(RemovalQuestion.asks("How fast must a deleted video disappear from search?"))
    #expect(!RemovalQuestion.asks("Should deleted videos be dropped from the training data?"))
  }
}
