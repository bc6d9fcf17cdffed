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

  /// Forty-eighth session's tmux interview: "decisions at upload must be fast, a few hundred
  /// milliseconds" left harmful-content's timing item missed, and a latency figure said "within
  /// 150 ms" or "in under 80 milliseconds" earned the requirements latency item in five case
  /// studies and not in six, which lacked the forms the others had. Each case study's item that
  /// asks for the latency target in milliseconds is earned by the common ways of stating one (a
  /// fresh helper's fifteen: 6 of 15 before, 13 after).
  @Test("a latency target stated in milliseconds earns the requirements latency item", arguments: [
    ("ads-ctr", "latency-and-qps"), ("eta-prediction", "latency-budget"),
    ("event-recommendation", "traffic-and-latency"), ("fraud-detection", "latency-requirement"),
    ("harmful-content", "decision-timing"), ("image-search", "latency-qps"), ("news-feed", "latency-budget"),
    ("people-you-may-know", "latency-and-traffic"), ("similar-listings", "latency-and-qps"),
    ("video-recommendation", "latency-requirement"), ("video-search", "traffic-and-latency"),
  ])
  func latencyTarget(id: String, itemID: String) throws {
    try expectCredited(itemID, in: id, under: .requirements, by: [
      "It must answer within 150 ms at p99, because the page waits for it.",
      "The answer has to come back in under 80 milliseconds since the request blocks on it.",
      "I'd assume a budget of roughly 120 milliseconds, because the request blocks on it.",
      "It should take no more than 90ms, since the page waits for it.",
    ])
  }

  /// Forty-eighth session's newcomer: "I would only move to the neural model if it beats GBDT by
  /// a meaningful margin offline, … because it costs more to serve and debug" left eta-prediction's
  /// GBDT-versus-deep item missed, and the summary's first advice was to compare the two. Its
  /// pairs named a "neural network", not a neural model. Each case study's item that weighs
  /// trees against neural models is earned by the comparison said either way round.
  @Test("trees weighed against a neural or deep model earn the model-family item", arguments: [
    ("ads-ctr", "model-family-tradeoffs"), ("eta-prediction", "gbdt-vs-deep"),
    ("event-recommendation", "gbdt-vs-nn"), ("fraud-detection", "gbdt-vs-neural"),
  ])
  func modelFamilies(id: String, itemID: String) throws {
    try expectCredited(itemID, in: id, under: .model, by: [
      "I'd only move to a neural model if it beats GBDT offline by a clear margin, because it costs more to serve.",
      "Gradient-boosted trees first, because they are strong on tabular features and cheap on CPU; a deep model "
        + "later only if it pays for its serving cost.",
    ])
  }

  /// Scores each of `sentences` alone under `step`'s heading in case study `id` and expects
  /// item `itemID` credited (hit or partial) by every one.
  private func expectCredited(_ itemID: String, in id: String, under step: StepID, by sentences: [String]) throws {
    let scorer = try Fixtures.catalogueScorer(id)
    for said in sentences {
      let status = scorer.score(text: "## \(step.title)\n\(said)\n").items.first { $0.id == itemID }?.status
      #expect(status == .hit || status == .partial, "\(id) \(itemID): \(said)")
    }
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
