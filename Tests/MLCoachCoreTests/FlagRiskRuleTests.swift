import Foundation
import Testing
@testable import MLCoachCore

/// A red flag's practice named as the danger the design guards against is no claim of it
/// (`FlagRiskRule`): a newcomer's reason for abstaining lost 20 points to the flag for not
/// abstaining (forty-ninth session).
@Suite("Red flag named as a risk")
struct FlagRiskRuleTests {
  static let scorer: Scorer = {
    var scenario = MatchingTests.scenario
    scenario.redFlags = [
      RedFlag(id: "general-knowledge", text: "Answers from general knowledge", evidence: [
        "answer from its general knowledge", "answer from general knowledge", "fall back on its general knowledge",
        "fall back to general knowledge", "fill gaps with general knowledge",
      ], unlessMentioned: [], why: "w", severity: 3),
    ]
    return Scorer(scenario: scenario)
  }()

  func raised(_ text: String) -> Bool { Self.scorer.score(text: text).redFlags.contains { $0.id == "general-knowledge" } }

  @Test("a danger, a tendency, a possibility, or what happens otherwise is no claim", arguments: [
    "Because retrieval will sometimes find nothing relevant, or only passages that don't actually answer the "
      + "question, and the LLM will still produce a fluent, plausible answer from its general knowledge.",
    "The risk is that the LLM answers from its general knowledge when retrieval comes back empty.",
    "Otherwise the model will fall back on its general knowledge and invent a policy.",
    "Otherwise, the model would fall back to general knowledge.",
    "LLMs tend to fill gaps with general knowledge, so we need a refusal threshold.",
    "The danger here is a model that will answer from general knowledge.",
    "Left to itself the model might answer from its general knowledge.",
    // A fresh helper's sibling: the danger governs the candidate's clause.
    "The risk is that we answer from general knowledge and nobody notices the policy is wrong.",
    // The practice is the subject of a tendency, or of what will still happen.
    "Assistants that answer from general knowledge tend to contradict the written policy.",
    "Because retrieval fails quietly, an assistant built to answer from general knowledge will still reply.",
  ])
  func namedAsRisk(text: String) {
    #expect(!raised(text), "\(text)")
  }

  @Test("the candidate's own practice still raises the flag", arguments: [
    "When retrieval finds nothing, we let the LLM answer from its general knowledge with a disclaimer.",
    "If nothing is retrieved, fall back to general knowledge so users always get an answer.",
    "The assistant will still answer from general knowledge with a disclaimer when nothing is retrieved.",
    "To cut the risk of silence, we fall back to general knowledge.",
    "We accept the risk and answer from general knowledge when retrieval is empty.",
    "We might answer from general knowledge when retrieval is empty.",
    "We accept the risk that users see nothing, so we answer from general knowledge.",
    "Because users hate an empty reply, the assistant will answer from general knowledge.",
    "The fraud risk score is low, so the assistant can answer from general knowledge.",
  ])
  func ownPractice(text: String) {
    #expect(raised(text), "\(text)")
  }
}
