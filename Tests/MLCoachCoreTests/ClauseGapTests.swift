import Foundation
import MLCoachCore
import Testing

/// Newcomer trial, fortieth session: "treatment and control compete for the same tickets, and
/// organizers see both" earned "uses organizer history" through the phrase "same organizer",
/// whose words sat on both sides of ", and". The kind: a word right after ", and" or ", or"
/// opens a clause of its own; a list's shared head after its last item still completes a
/// phrase begun before the comma.
@Suite("a phrase does not run on past ', and' into a new clause")
struct ClauseGapTests {
  @Test("a new clause after ', and' completes no phrase")
  func newClause() throws {
    let scorer = try Fixtures.catalogueScorer("event-recommendation")
    for text in ["Treatment and control compete for the same tickets, and organizers see both.",
                 "Users in both arms compete for the same seats, or organizers complain about it.",
                 // A fresh helper's siblings: the phrase's first word right before the comma.
                 "Both arms show ticket prices that are exactly the same, and organizers cannot tell which arm a buyer was in.",
                 "Prices in both arms stay the same, and organizers see both."] {
      let verdict = try #require(scorer.score(text: text).items.first { $0.id == "organizer-history" })
      #expect(verdict.status == .missed, "\(text)")
    }
  }

  @Test("a list's shared head still completes the phrase")
  func sharedHead() throws {
    let scorer = try Fixtures.catalogueScorer("ads-ctr")
    let verdict = try #require(scorer.score(text: "The ranker uses user, ad, and context features.").items
      .first { $0.id == "user-context-features" })
    #expect(verdict.status != .missed)
    // A graded answer's "Monitor CTR, revenue, and latency.": the verb reaches each item.
    let listed = try #require(scorer.score(text: "Monitor CTR, revenue, and latency.").items
      .first { $0.id == "operational-metrics" })
    #expect(listed.status != .missed)
  }
}
