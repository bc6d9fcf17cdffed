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
    #expect(other("trees cannot be updated") == ["trees cant be updated", "trees can not be updated",
                                                 "trees not able to be updated", "trees unable to be updated"])
    #expect(other("courier is not assigned") == ["courier isnt assigned"])
    #expect(other("quantiles don't add") == ["quantiles do not add"])
    #expect(other("relevance threshold").isEmpty)
  }

  @Test("an answer in the other spelling earns the item", arguments: [
    ("rag-assistant", "abstention",
     "Below the threshold the assistant must say it does not know and point to the right team, because a wrong HR answer is costly."),
    ("ads-ctr", "auc-limits",
     "I report AUC, but AUC does not measure calibration, so I also track log loss and the predicted-to-observed ratio."),
    // A sibling by a fresh helper: being unable is "cannot" too.
    ("ads-ctr", "gbdt-cannot-fine-tune",
     "We will not be able to fine-tune the boosted-tree model incrementally on the stream of clicks, so we pair it with "
       + "a logistic regression layer that is updated every few minutes."),
  ])
  func credited(scenario: String, item: String, text: String) throws {
    let scorer = try Fixtures.catalogueScorer(scenario)
    let verdict = try #require(scorer.score(text: text).items.first { $0.id == item })
    #expect(verdict.status != .missed, "\(text)")
  }

  /// The same sibling had the trees contradicted: what cannot be updated is the model's
  /// limitation, whoever says it.
  @Test("a model that cannot be updated is not dismissed; a model we cannot use is")
  func limitation() throws {
    let scorer = try Fixtures.catalogueScorer("ads-ctr")
    for text in ["We can't fine-tune the boosted-tree model incrementally on the stream of clicks, so we pair it with "
                   + "a logistic regression layer that is updated every few minutes.",
                 "We will not be able to fine-tune the boosted-tree model incrementally, so we pair it with logistic "
                   + "regression updated every few minutes."] {
      let verdict = try #require(scorer.score(text: text).items.first { $0.id == "gbdt" })
      #expect(verdict.status != .contradicted, "\(text)")
    }
    let refused = try #require(scorer.score(text: "We can't use the boosted-tree model here, it is too slow.").items
      .first { $0.id == "gbdt" })
    #expect(refused.status == .contradicted)
  }
}

/// Forty-seventh session: "note", "notes" and "noted" stemmed to "not", so "Note that optimising
/// for completed videos biases recommendations toward short videos" and "I noted that …"
/// contradicted the point they made (found when every item's own text, "Notes that …", was scored).
@Suite("a note is no negation")
struct NoteIsNoNegationTests {
  @Test("the forms of 'note' keep their own stem")
  func stems() {
    for word in ["note", "notes", "noted"] { #expect(WordNormalizer.stem(word) == "note", "\(word)") }
    #expect(WordNormalizer.stem("not") == "not")
  }

  @Test("a point introduced by 'note' is credited, not dismissed", arguments: [
    "Note that optimising for completed videos biases recommendations toward short videos.",
    "I noted that completion as the objective biases recommendations toward short videos.",
    "Notes that optimising for completed videos biases recommendations toward short videos.",
  ])
  func credited(text: String) throws {
    let scorer = try Fixtures.catalogueScorer("video-recommendation")
    let verdict = try #require(scorer.score(text: "## Framing as an ML task\n\(text)\n").items.first { $0.id == "completion-short-bias" })
    #expect(verdict.status == .hit || verdict.status == .partial, "\(text): \(verdict.status)")
  }
}
