import Testing
@testable import MLCoachCore

/// "How is the ETA computed today?" got the infrastructure fact (GPUs, a CPU fleet): the verb
/// was read as compute, the resource (tmux, twenty-seventh session).
@Suite("A resource noun used as a verb")
struct ResourceVerbTests {
  @Test("asking how something is computed asks for the method, not the resource", arguments: [
    ("eta-prediction", "How is the ETA computed today?", "existing"),
    ("eta-prediction", "How do you compute the ETA right now?", "existing"),
  ])
  func method(scenario: String, question: String, fact: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    let reply = coach.reply(to: question)
    #expect(reply.factIDs == [fact], "\(reply)")
  }

  @Test("the noun keeps the resource", arguments: [
    ("eta-prediction", "How much compute do we have?", "infrastructure"),
    ("eta-prediction", "Is compute a constraint?", "infrastructure"),
  ])
  func resource(scenario: String, question: String, fact: String) throws {
    let coach = Interviewer(scenario: try Fixtures.flagship(scenario))
    #expect(coach.reply(to: question).factIDs == [fact])
  }

  @Test("only the verb's own forms and the bare form after a subject are the verb")
  func forms() {
    func reading(_ text: String, at position: Int) -> String? {
      ResourceVerb.reading(WordTokenizer.words(text), at: position)
    }
    #expect(reading("how is it computed", at: 3) == ResourceVerb.calculation)
    #expect(reading("how do you compute it", at: 3) == ResourceVerb.calculation)
    #expect(reading("how much compute", at: 2) == nil)
    // The cost of working something out is a question of the resource.
    #expect(reading("can we afford to compute embeddings", at: 4) == nil)
    #expect(reading("we would be computing etas", at: 3) == nil)
  }
}
