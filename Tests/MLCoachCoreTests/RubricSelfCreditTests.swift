import Foundation
import MLCoachCore
import Testing

/// Forty-seventh session: 28 of the catalogue's 912 rubric items were not credited by their own
/// text. "Weighs exploration (showing uncertain new ads) against exploiting the best-known ads"
/// earned nothing in ads-ctr, and the tmux interview's "track the acceptance rate … per country,
/// with alerts on sudden shifts" left people-you-may-know's funnel item missed, so the probe asked
/// for what the step had said. A candidate who says what an item says, in its words and under
/// its step's heading, must earn it; an item whose phrases miss its own text is missing phrases.
@Suite("every rubric item is credited by its own text")
struct RubricSelfCreditTests {
  @Test("an item's text, under its step's heading, earns the item", arguments: Fixtures.catalogue.map(\.id))
  func ownText(id: String) throws {
    try expectEachItemCredited(in: id) { $0.text }
  }

  /// The same session: 134 items were not credited by their `reference`, what a strong answer
  /// says about them ("Clicks trickle in after impressions, so labelling an impression too early
  /// turns some real clicks into negatives" earned no delayed-feedback item). Each gained
  /// phrases in the reference's words (a helper proposed them; eight were left out: six named a
  /// lexicon concept, and so pulled its every form into the item, and two matched another point
  /// or reordered the graded corpus).
  @Test("an item's reference, under its step's heading, earns the item", arguments: Fixtures.catalogue.map(\.id))
  func reference(id: String) throws {
    try expectEachItemCredited(in: id) { $0.reference }
  }

  /// Scores `said(item)` under the item's step heading, for every item of scenario `id`, and
  /// expects the item credited (hit or partial).
  private func expectEachItemCredited(in id: String, said: (RubricItem) -> String) throws {
    let scenario = try #require(Fixtures.catalogue.first { $0.id == id })
    let scorer = try Fixtures.catalogueScorer(id)
    for item in scenario.rubric {
      let report = scorer.score(text: "## \(item.step.title)\n\(said(item))\n")
      let verdict = try #require(report.items.first { $0.id == item.id })
      #expect(verdict.status == .hit || verdict.status == .partial, "\(id) \(item.id): \(said(item))")
    }
  }
}
