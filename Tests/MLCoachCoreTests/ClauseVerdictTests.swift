import Testing
@testable import MLCoachCore

/// "Roughly what traffic does this carousel see, is it something like 20k requests per second at
/// peak?" and "What interaction logs do we have, and do we keep about a year of history?" got the
/// facts with no "Roughly." or "No.", though either clause alone got one (a newcomer,
/// forty-fourth session).
@Suite("A figure checked in one clause of a longer question")
struct ClauseVerdictTests {
  @Test("the clause's figure gets its verdict, said of the figure", arguments: [
    ("similar-listings", "Roughly what traffic does this carousel see, is it something like 20k requests per second at peak?",
     "Your figure: roughly."),
    ("similar-listings", "What interaction logs do we have, and do we keep about a year of history?", "Your figure: no."),
    // Tuning banks.
    ("ads-ctr", "what is the latency budget for the CTR model inside the whole ad request? like 50ms end to end?",
     "Your figure: no."),
    ("video-recommendation", "are most sessions on mobile? I'd guess around 70% mobile vs web and TV", "Your figure: yes."),
  ])
  func verdict(scenario: String, question: String, lead: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship(scenario)).reply(to: question)
    #expect(reply.text.hasPrefix(lead), "\(reply.text)")
  }

  @Test("a premise, another company's figure, a figure worked out, or one the facts do not state gives none", arguments: [
    ("eta-prediction", "Before I pick a loss function I want to understand the asymmetry. If we show 30 minutes and the food arrives in 45, I assume we pay in refunds. Do you know which hurts more?"),
    ("fraud-detection", "is there a rules engine the risk team already runs that we need to coexist with? ours had like 2000 rules and nobody dared delete any"),
    ("fraud-detection", "How much time do we have inside the authorisation path for the fraud score — is it like 100ms total with the card network round trip, so maybe 20-30ms for us?"),
    ("similar-listings", "Coming from ads ranking, my instinct is something like 7 million active listings and maybe 50k carousel requests per second at peak. Is that in the right ballpark, or way off?"),
  ])
  func none(scenario: String, question: String) throws {
    let reply = Interviewer(scenario: try Fixtures.flagship(scenario)).reply(to: question)
    #expect(!reply.text.hasPrefix(Interviewer.figureLead), "\(reply.text)")
  }
}
