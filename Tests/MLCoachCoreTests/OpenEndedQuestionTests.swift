import Foundation
import Testing
@testable import MLCoachCore

/// Forty-eighth session's newcomer: "Anything else I should know before I start?" got "I don't
/// have anything specific on that. State a reasonable assumption …".
@Suite("open-ended questions")
struct OpenEndedQuestionTests {
  @Test("a question that names no topic and asks for more is open-ended", arguments: [
    "Anything else I should know before I start?", "Is there anything I'm missing?", "anything else?",
    "What else should I know?", "Any other constraints I should know about before designing?",
    "Anything important I haven't asked?",
    // A fresh helper's (forty-eighth session), read to choose the everyday words.
    "Is there anything else I should be aware of?", "Anything I haven't covered that you think matters?",
    "Before I move on, is there something important I've missed?", "Did I leave out anything you'd consider important?",
    "Is there anything you'd like me to keep in mind going forward?", "Is that everything, or is there more I ought to know?",
  ])
  func openEnded(question: String) throws {
    let interviewer = Interviewer(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(OpenEndedQuestion.asks(question, knows: interviewer.matcher.knows))
    let reply = interviewer.reply(to: question)
    #expect(reply.text == Interviewer.openEndedReply && reply.factIDs.isEmpty, "\(question) -> \(reply.text)")
  }

  @Test("a question with a topic, or asking for nothing more, is not", arguments: [
    "Anything else about the data I should know?", "Are there other constraints, like latency?",
    "What should I know before I start?", "Is there anything missing in the click logs?",
    "Do we need anything else besides clicks as labels?", "Anything I haven't covered on the traffic side?",
    "Is there anything else I should be aware of regarding latency?",
  ])
  func notOpenEnded(question: String) throws {
    let interviewer = Interviewer(scenario: try Fixtures.flagship("ads-ctr"))
    #expect(!OpenEndedQuestion.asks(question, knows: interviewer.matcher.knows))
  }
}
