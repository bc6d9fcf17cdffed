import Foundation
import Testing
@testable import MLCoachCore

/// A red flag's phrase that runs from a short label into the clause after its colon states no
/// claim (`FlagAcrossLabelRule`): a newcomer lost 20 points to "swaps in a new encoder without
/// re-embedding" for "Model updates: a new encoder, never mixing embedding versions in one
/// index." (fifty-fourth session).
@Suite("Red flag across a label")
struct FlagAcrossLabelRuleTests {
  static let scorer: Scorer = {
    var scenario = MatchingTests.scenario
    scenario.redFlags = [
      RedFlag(id: "swap-encoder", text: "Swaps the encoder without re-embedding", evidence: [
        "update the encoder", "replace the encoder",
      ], unlessMentioned: [], why: "w", severity: 3),
    ]
    return Scorer(scenario: scenario)
  }()

  func raised(_ text: String) -> Bool { Self.scorer.score(text: text).redFlags.contains { $0.id == "swap-encoder" } }

  @Test("a phrase spread over a label and the clause after it is no claim", arguments: [
    "Model updates: a new encoder, never mixing embedding versions in one index.",
    "Encoder updates — a new encoder means re-embedding everything first.",
    "Update plan: the encoder is retrained quarterly and the corpus re-embedded.",
  ])
  func acrossLabel(text: String) {
    #expect(!raised(text), "\(text)")
  }

  @Test("the claim inside the clause, or with no label, still raises the flag", arguments: [
    "Model updates: we simply update the encoder and keep the old vectors.",
    "We update the encoder every month.",
  ])
  func claimStands(text: String) {
    #expect(raised(text), "\(text)")
  }
}
