import Testing
@testable import MLCoachCore

/// Trial 61: "How is that 99.5% measured in practice?" got "I don't have anything specific",
/// twice, after the quality target had said an independent audit measures it.
@Suite("A question on a figure the interviewer gave")
struct GivenFigureQuestionTests {
  @Test("a figure referred to as given names the fact that gave it", arguments: [
    ("street-view-blurring", "How is that 99.5% measured in practice?", "quality-target", "independent audit"),
    ("street-view-blurring", "Does the 48 hour budget apply per capture run?", "freshness", "48 hours"),
  ])
  func givenFigure(scenario: String, question: String, fact: String, kept: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    // Asked before that fact was given, nothing names it.
    #expect(coach.reply(to: question).factIDs.isEmpty)
    let reply = coach.reply(to: question, alreadyGiven: [fact])
    #expect(reply.factIDs == [fact], "\(reply)")
    #expect(reply.text.hasPrefix(Interviewer.repeatLead) && reply.text.contains(kept), "\(reply.text)")
  }

  @Test("a figure two given facts state, or a figure claimed rather than referred to, names none")
  func ambiguousOrClaimed() {
    let audit = Fact(id: "audit", about: ["audit"], answer: "An audit finds that 99.5% of faces are blurred.")
    let target = Fact(id: "target", about: ["target"], answer: "The target is 99.5% of faces.")
    #expect(GivenFigureQuestion.fact(for: "How is that 99.5% measured?", given: [audit]) == "audit")
    #expect(GivenFigureQuestion.fact(for: "How is that 99.5% measured?", given: [audit, target]) == nil)
    #expect(GivenFigureQuestion.fact(for: "Is it about 99.5%?", given: [audit]) == nil)
    // Another kind of amount with the same number is another figure.
    #expect(GivenFigureQuestion.fact(for: "Is that 99.5 ms the limit?", given: [audit]) == nil)
  }
}
