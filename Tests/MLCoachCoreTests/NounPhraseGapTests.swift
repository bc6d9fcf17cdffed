import Foundation
import MLCoachCore
import Testing

/// tmux interview, forty-first session (rag-assistant): "a retriever returns the top chunks the
/// user is allowed to see" earned "defines online success measures" as a hit with a reason,
/// through "returning users", and was quoted from the framing step over the evaluation step's
/// own words. The kind: a gap that skips a whole noun phrase ("the top chunks") and lands on
/// the head of another right after its article ("the user") joins words that belong to
/// different things.
@Suite("a phrase does not skip one noun phrase to land on the head of another")
struct NounPhraseGapTests {
  @Test("a second noun phrase's head completes no phrase begun before the first")
  func anotherNounPhrase() throws {
    let scorer = try Fixtures.catalogueScorer("rag-assistant")
    for text in ["A retriever returns the top chunks the user is allowed to see.",
                 "The service returns the best passages the employee can open.",
                 // A fresh helper's sibling.
                 "The retriever returns the top chunks the user has permission to open, and the generator only ever sees those."] {
      let verdict = try #require(scorer.score(text: text).items.first { $0.id == "online-metrics" })
      #expect(verdict.status == .missed, "\(text)")
    }
  }

  @Test("one noun phrase skipped, or a word deeper in the second clause, still matches")
  func oneNounPhrase() throws {
    let listings = try Fixtures.catalogueScorer("similar-listings")
    let session = try #require(listings.score(
      text: "Add features like similarity to the other listings the user clicked in this session, because intent shifts within a visit.")
      .items.first { $0.id == "session-features" })
    #expect(session.status != .missed)
    let rag = try Fixtures.catalogueScorer("rag-assistant")
    let online = try #require(rag.score(text: "We track returning users and citation clicks, since they show trust.")
      .items.first { $0.id == "online-metrics" })
    #expect(online.status == .hit)
  }

  @Test("evaluating the parts separately is component evaluation")
  func componentEvaluation() throws {
    let rag = try Fixtures.catalogueScorer("rag-assistant")
    for text in ["Offline I evaluate the parts separately: retrieval recall@8 on the golden set, then faithfulness, "
                   + "so a regression points at the stage that broke.",
                 "Per-stage metrics tell us whether retrieval or generation regressed, because the end-to-end score hides it."] {
      let verdict = try #require(rag.score(text: text).items.first { $0.id == "separate-retrieval-and-answer-eval" })
      #expect(verdict.status == .hit, "\(text)")
    }
  }
}
