import Testing
@testable import MLCoachCore

/// Long messages whose context words thinned out every fact's share, though one fact led
/// clearly (a blind persona set of the thirtieth session: 31 of 104 unanswered).
@Suite("A long message no fact explains by half")
struct LongQuestionTests {
  static let ranking: [(id: String, score: Double)] = [("auction", 12), ("objective", 5)]

  @Test("a clear leader answers a long message")
  func answers() {
    #expect(LongQuestion.answer(termCount: 18, share: 0.3, ranking: Self.ranking) == "auction")
    #expect(LongQuestion.answer(termCount: 15, share: 0.2, ranking: [("auction", 5)]) == "auction")
  }

  @Test("a short message, a thin share, a close runner-up or a low score answer nothing", arguments: [
    (14, 0.3, [("auction", 12.0), ("objective", 5.0)]),
    (18, 0.19, [("auction", 12.0), ("objective", 5.0)]),
    (18, 0.3, [("auction", 12.0), ("objective", 8.1)]),
    (18, 0.3, [("auction", 4.9), ("objective", 1.0)]),
    (18, 0.3, []),
  ])
  func abstains(termCount: Int, share: Double, ranking: [(String, Double)]) {
    let ranked = ranking.map { (id: $0.0, score: $0.1) }
    #expect(LongQuestion.answer(termCount: termCount, share: share, ranking: ranked) == nil)
  }

  /// A blind set of flagship questions (thirty-fifth session): the business goal led the
  /// interactions fact by 1.55 and went unanswered.
  @Test("a paragraph of reasoning before the goal question finds the goal")
  func reasoningBeforeTheGoal() throws {
    let video = QuestionMatcher(scenario: try Fixtures.flagship("video-recommendation"))
    #expect(video.match("Watch time and clicks often pull in different directions, since clickbait thumbnails get "
      + "clicks but short watches. Before I pick what the model predicts, which one does the business care about "
      + "more, or is there some weighted combination already used?").factIDs == ["business-objective"])
  }

  @Test("a tuning-bank question with a paragraph's worth of options finds its fact")
  func matched() throws {
    let ads = QuestionMatcher(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(ads.match("PII question: can we use off-platform signals like pixel or browsing data, or only what people do "
      + "on our app, and does Apple's ATT limit that for iOS users?").factIDs == ["privacy"])
  }
}
