import Foundation
import Testing
@testable import MLCoachCore

/// A follow-up does not ask, as if unheard, what the step answer said in words the rubric's
/// evidence did not foresee (`ProbeEcho`).
@Suite("Follow-ups after what was said")
struct ProbeEchoTests {
  func followUp(_ id: String, _ step: StepID, _ text: String) throws -> (item: RubricItem, question: String)? {
    Interviewer(scenario: try Fixtures.flagship(id)).followUp(after: step, answer: Answer(sections: [.init(step: step, text: text)]))
  }

  @Test("an item said in other words is not probed while an item not said is left", arguments: [
    ("news-feed", StepID.framing,
     "For each viewer and post the model outputs the chance of a like, of a comment, of a share and of a hide, and the feed score weighs them.",
     "multi-action-prediction"),
    ("ads-ctr", .framing,
     "It is binary click prediction per impression, trained with log loss. At serving time the bid is multiplied by the predicted click probability and the ad with the highest expected value wins the slot.",
     "pointwise-binary"),
  ])
  func saidInOtherWords(id: String, step: StepID, text: String, said: String) throws {
    let asked = try #require(try followUp(id, step, text))
    #expect(asked.item.id != said, "\(asked.question)")
  }

  @Test("an answer that says nothing of the step's main point gets it asked plainly", arguments: [
    ("ads-ctr", StepID.framing, "It is binary click prediction per impression, trained with log loss.", "ml-objective"),
    ("video-search", .framing,
     "We answer a query in stages: a cheap retrieval step pulls a few thousand candidate videos out of the whole corpus, and a ranker orders those.",
     "frame-as-ranking"),
  ])
  func notSaid(id: String, step: StepID, text: String, expected: String) throws {
    let asked = try #require(try followUp(id, step, text))
    #expect(asked.item.id == expected)
    #expect(!Interviewer.followsAnswer(asked.question))
  }

  /// Trial 48: "You touched on this; take it further and say why." came before "How much data
  /// would you train on?" after a data step that gave no volumes. A point the answer only talks
  /// around is asked as following on from the answer, claiming nothing was said.
  @Test("a point only talked around is asked as following on, not as something said")
  func touchedIsNotClaimedSaid() throws {
    let text = "Examples: every authorisation attempt, logged with the exact features as served at decision time "
      + "(log-and-wait, so no training/serving skew). Labels: fraud-coded chargebacks joined back by payment id, plus "
      + "issuer fraud reports (TC40/SAFE) which arrive faster, plus reviewer verdicts. A payment is only a confirmed "
      + "negative after ~90 days (97% of chargebacks in); for fresher data I would use the faster signals or weight by "
      + "label maturity.\nFeatures: payment (amount, currency, MCC, BIN country vs IP country, AVS/CVC results), "
      + "velocity counters from Flink per card/device/email/IP over 1 min, 1 h, 24 h, 30 d (count, distinct merchants, "
      + "declines), network history (first time this card is seen with this device/email, age of the card on our "
      + "network), checkout behaviour signals (copy-paste, typing speed) where available, and merchant-level fraud "
      + "rates. Worries: selection bias - we never see labels for the ~0.5% we decline, so I would keep a tiny random "
      + "holdout of low-risk-declines approved (or 3DS) to get counterfactual labels; friendly fraud as label noise; "
      + "and point-in-time correctness of counters."
    let scenario = try Fixtures.flagship("fraud-detection")
    let asked = try #require(try followUp("fraud-detection", .data, text))
    let verdict = Interviewer(scenario: scenario).scorer.score(Answer(sections: [.init(step: .data, text: text)]))
      .verdict(asked.item.id)
    #expect(verdict?.status == .missed, "\(asked.item.id)")
    #expect(asked.question == Interviewer.touchedLead + asked.item.followUp, "\(asked.question)")
    #expect(!asked.question.contains("touched") && Interviewer.followsAnswer(asked.question))
  }

  @Test("strength counts the terms that tell the step's items apart, not the ones they share")
  func strengthWeighsRareTerms() throws {
    let scenario = try Fixtures.flagship("ads-ctr")
    let echo = ProbeEcho(items: scenario.items(in: .framing), ignoring: FollowUpAnswerRule.commonTerms(of: scenario))
    let rare = "The second-price auction charges the winner the runner-up's bid, scaled by the click probabilities."
    #expect(echo.strength(of: "auction-pricing", in: rare) >= ProbeEcho.touchWeight)
    #expect(echo.strength(of: "auction-pricing", in: "We predict clicks for ads.") < ProbeEcho.touchWeight)
    #expect(echo.strength(of: "no-such-item", in: rare) == 0)
  }

  @Test("trial 34's tuning answers: a probe rarely asks plainly what the answer already answered")
  func trialStepAnswers() throws {
    struct Labelled: Decodable {
      var scenario, step, answer, split: String
      var labels: [String: String]
    }
    struct File: Decodable { var answers: [Labelled] }
    let file = try JSONDecoder().decode(File.self, from: Data(Fixtures.bytes("step-probes.json")))
    var answeredPlainly = 0, notAddressedAsSaid = 0, asked = 0
    for labelled in file.answers where labelled.split == "tuning" {
      let step = try #require(StepID(rawValue: labelled.step))
      guard let probe = try followUp(labelled.scenario, step, labelled.answer) else { continue }
      asked += 1
      let asSaid = Interviewer.followsAnswer(probe.question)
      if labelled.labels[probe.item.id] == "A", !asSaid { answeredPlainly += 1 }
      if labelled.labels[probe.item.id] == "N", asSaid { notAddressedAsSaid += 1 }
    }
    // Measured 2026-12-02: 1 of 32 asked plainly what was answered (8 before `ProbeEcho`);
    // 1 not addressed asked as something said (0 before).
    #expect(asked == 32)
    #expect(answeredPlainly <= 1, "\(answeredPlainly)")
    #expect(notAddressedAsSaid <= 1, "\(notAddressedAsSaid)")
  }
}
