import MLCoachCore
import Testing

/// Newcomer's trial, fiftieth session: "We have no labelled similar pairs, so the training
/// signal has to be self-supervised and then weakly supervised from logs." restates the brief;
/// it was read as dismissing the label-sources trade-off, and the report's first advice told the
/// candidate to reconsider what they dismissed. Saying what the data lacks ("we have no X",
/// "there are no X", "we don't have X") dismisses nothing; refusing something ("we have no need
/// for X") still does.
@Suite("what the data lacks is no dismissal")
struct LackOfResourceTests {
  @Test("a lack stated", arguments: [
    ("image-search", "label-source-tradeoff",
     "We have no labelled similar pairs, so the training signal has to be self-supervised and then weakly "
       + "supervised from logs."),
    ("image-search", "label-source-tradeoff",
     "There are no labelled similar pairs today, so the training signal has to come from self-supervision first "
       + "and then from clicks."),
    ("image-search", "label-source-tradeoff",
     "We don't have labelled pairs, so self-supervised pretraining comes first."),
    // A fresh helper's sibling: a lack "for" something is still a lack.
    ("fraud-detection", "velocity-features",
     "We have no history for the velocity counters, so I'd rebuild point-in-time values offline by replaying the "
       + "authorisation logs."),
  ])
  func lack(id: String, item: String, text: String) throws {
    let scorer = try Fixtures.catalogueScorer(id)
    let verdict = try #require(scorer.score(text: text).items.first { $0.id == item })
    #expect(verdict.status != .contradicted, "\(id): \(text)")
  }

  @Test("a refusal after a word of having still dismisses", arguments: [
    ("event-recommendation", "online-ranking", "We have no need for real-time ranking; a nightly batch is enough."),
    ("event-recommendation", "online-ranking", "We don't have time for real-time ranking, so a nightly batch it is."),
  ])
  func refusal(id: String, item: String, text: String) throws {
    let scorer = try Fixtures.catalogueScorer(id)
    let verdict = try #require(scorer.score(text: text).items.first { $0.id == item })
    #expect(verdict.status == .contradicted, "\(id): \(text)")
  }
}
