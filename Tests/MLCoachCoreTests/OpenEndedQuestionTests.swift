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
  ])
  func openEnded(question: String) throws {
    #expect(OpenEndedQuestion.asks(question))
    let reply = Interviewer(scenario: try Fixtures.flagship("ads-ctr")).reply(to: question)
    #expect(reply.text == Interviewer.openEndedReply && reply.factIDs.isEmpty, "\(question) -> \(reply.text)")
  }

  @Test("a question with a topic, or asking for nothing more, is not", arguments: [
    "Anything else about the data I should know?", "Are there other constraints, like latency?",
    "What should I know before I start?", "Is there anything missing in the click logs?",
    "Do we need anything else besides clicks as labels?",
  ])
  func notOpenEnded(question: String) {
    #expect(!OpenEndedQuestion.asks(question))
  }
}
