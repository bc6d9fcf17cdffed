import Foundation
import MLCoachCore
import Testing

/// Trial 14: "We use <term> because 7." on every line scored 90/100, "strong hire": a bare
/// number counted as a measured quantity, so each line was a reasoned hit. A number measures
/// something only with a word beside it in its clause, or as a label's value ("latency: 150").
/// Each gamed list below scored over 25 before (90–93 with "because 7.").
@Suite("a bare number is no reason")
struct BareNumberTests {
  /// One line per rubric item naming its first evidence phrase, each followed by `tail`.
  static func list(_ scenario: Scenario, tail: String) -> String {
    scenario.rubric.compactMap { $0.evidence.first.map { "We use \($0)\(tail)" } }.joined(separator: "\n")
  }

  @Test("a bare number after each line adds nothing to what the lines earn without it",
        arguments: ["ads-ctr", "news-feed", "rag-assistant", "fraud-detection"])
  func gamedWithNumbers(id: String) throws {
    let scorer = try Fixtures.catalogueScorer(id)
    let scenario = try #require(Fixtures.catalogue.first { $0.id == id })
    let plain = scorer.score(text: Self.list(scenario, tail: ".")).overall
    for tail in [" because 7.", " since 42.", ", 7.", " (3).", " because of 7."] {
      let report = scorer.score(text: Self.list(scenario, tail: tail))
      #expect(report.overall <= plain + 1, "\(id) '\(tail)': \(report.overall), without it \(plain)")
    }
  }

  @Test("numbers with what they measure still count", arguments: [
    ("The p99 latency budget for scoring is 30 ms per request.", "latency-and-qps"),
    ("Negatives are downsampled to 10 percent of the impressions.", "downsample-negatives"),
  ])
  func measured(text: String, item: String) throws {
    let report = try Fixtures.catalogueScorer("ads-ctr").score(text: text)
    let verdict = try #require(report.items.first { $0.id == item })
    #expect(verdict.status == .hit, "\(text): \(verdict.status) \(String(describing: verdict.rule))")
  }
}
