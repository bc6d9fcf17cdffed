import Foundation
@testable import MLCoachCore
import Testing

/// tmux interview, forty-first session (rag-assistant): "say it does not know when no passage
/// supports the answer" missed the abstention item, whose phrase is "say it doesn't know", and
/// the interviewer probed for what had just been said. The kind: a rubric phrase's negation is
/// written one way, a candidate writes it the other.
@Suite("a negation matches in either spelling")
struct NegationSpellingTests {
  @Test("contractions are spelled out, and spelled-out negations contracted")
  func spellings() {
    func other(_ phrase: String) -> [String] {
      PhraseCompiler.otherNegationSpellings(PhraseCompiler.writtenWords(phrase)).map { $0.map(\.lower).joined(separator: " ") }
    }
    #expect(other("say it doesn't know") == ["say it does not know"])
    #expect(other("trees cannot be updated") == ["trees cant be updated", "trees can not be updated"])
    #expect(other("courier is not assigned") == ["courier isnt assigned"])
    #expect(other("quantiles don't add") == ["quantiles do not add"])
    #expect(other("relevance threshold").isEmpty)
  }

  @Test("an answer in the other spelling earns the item", arguments: [
    ("rag-assistant", "abstention",
     "Below the threshold the assistant must say it does not know and point to the right team, because a wrong HR answer is costly."),
    ("ads-ctr", "auc-limits",
     "I report AUC, but AUC does not measure calibration, so I also track log loss and the predicted-to-observed ratio."),
  ])
  func credited(scenario: String, item: String, text: String) throws {
    let scorer = try Fixtures.catalogueScorer(scenario)
    let verdict = try #require(scorer.score(text: text).items.first { $0.id == item })
    #expect(verdict.status != .missed, "\(text)")
  }
}
