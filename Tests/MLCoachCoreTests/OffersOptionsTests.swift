import Testing
@testable import MLCoachCore

/// "What p99 latency do we need to hit, and what happens if we time out, do we approve or
/// decline?" got the latency fact and the fact listing the payment actions: the choice after
/// the comma was read as a question of its own (blind fraud/ETA bank, twenty-seventh session).
@Suite("A choice after a comma offers answers to the open question before it")
struct OffersOptionsTests {
  @Test("the choice is part of the question it offers answers to")
  func oneQuestion() {
    #expect(QuestionParts.split("what happens if we time out, do we approve or decline?").count == 1)
    #expect(QuestionParts.split("what feature infra do we have, is there a feature store or do we build one").count == 1)
    // A yes/no question that offers no choice is a second question, and so is a choice after a
    // yes/no question.
    #expect(QuestionParts.split("How many users are there, do we have labels?").count == 2)
    #expect(QuestionParts.split("Is there a budget, do we use GPUs or CPUs?").count == 2)
  }

  @Test("an unanswerable open question is not answered by the fact its options name", arguments: [
    ("fraud-detection", "What p99 latency do we need to hit, and what happens if we time out, do we approve or decline?",
     ["latency"]),
    ("eta-prediction", "What p99 latency do we need to hit, and what happens if we time out, do we approve or decline?",
     ["latency"]),
  ])
  func optionsNameNoFact(scenario: String, question: String, facts: [String]) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    #expect(coach.reply(to: question).factIDs == facts)
  }

  @Test("options opened by \"or\" after a question mark are that question's options")
  func optionsAfterQuestionMark() {
    #expect(QuestionParts.split("goal = watch time or clicks? or satisfaction").count == 1)
    #expect(QuestionParts.split("Can we use user age and gender? Or privacy team says no?").count == 1)
    #expect(QuestionParts.split("do we need to catch this at upload time? or after posting is fine").count == 1)
    // An "or" with a question of its own asks again.
    #expect(QuestionParts.split("Is it batch? Or do we need it real time?").count == 2)
  }

  @Test("a goal question whose last option follows the question mark gets the goal", arguments: [
    ("video-recommendation", "goal = watch time or clicks? or satisfaction", ["business-objective"]),
    ("ads-ctr", "objective: revenue or clicks? or something like engagement", ["objective"]),
  ])
  func goalWithTrailingOption(scenario: String, question: String, facts: [String]) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    #expect(coach.reply(to: question).factIDs == facts)
  }

  @Test("the choice's words are options, the open question's words the topic")
  func weights() {
    let terms = QuestionTerms("what happens if we time out, do we approve or decline?", concepts: .bundled)
    #expect(terms.weights["approv"] == QuestionTerms.listedOptionFactor)
    #expect(terms.weights["happen"] == 1)
  }
}
