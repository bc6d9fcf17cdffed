import Testing
@testable import MLCoachCore

/// "Are we allowed to use uploaded contacts and phone numbers, or are there privacy
/// restrictions on that?" got only the fact on what data exists; its readers expected the
/// privacy fact too, which says what may be done with that data (19 tuning questions of this
/// kind, forty-fourth session).
@Suite("A question asking leave to use data")
struct PermissionQuestionTests {
  @Test("asking leave to use data the privacy fact speaks of adds the privacy fact", arguments: [
    ("people-you-may-know", "Contact uploads allowed?", "data-available"),
    ("people-you-may-know", "Are we allowed to use uploaded contacts and phone numbers, or are there privacy restrictions on that?",
     "data-available"),
    ("event-recommendation", "Is it OK to use the user's precise location, or do we need to stay at city level for privacy reasons?",
     "location"),
    ("video-recommendation", "Do we have watch history for most users, and are we allowed to use their search history too?",
     "user-metadata"),
    ("rag-assistant", "are we allowed to log questions and answers for quality review, and is there a thumbs up/down in the UI?",
     "feedback-ui"),
    // A fresh helper's siblings (forty-fourth session), labelled by another.
    ("event-recommendation", "Are we allowed to use friends' registrations (\"3 of your friends are going\") or is sharing other people's activity a privacy issue?",
     "social"),
    ("event-recommendation", "Can we use the user's precise GPS location to find nearby events, or only the city they set in profile? I'm wondering about consent for location.",
     "location"),
  ])
  func addsPrivacy(scenario: String, question: String, dataFact: String) throws {
    let scenario = try Fixtures.flagship(scenario)
    let reply = Interviewer(scenario: scenario).reply(to: question)
    let privacy = try #require(PermissionQuestion.privacyFact(of: scenario).map { scenario.facts[$0].id })
    #expect(reply.factIDs.contains(dataFact), "\(reply)")
    #expect(reply.factIDs.contains(privacy), "\(reply)")
  }

  @Test("leave asked for something else, or of data the privacy fact does not name, adds nothing", arguments: [
    // Leave to show something, not data about a person.
    ("event-recommendation", "it is allowed to show events that are already sold out? i suppose no but want to check"),
    // Data in general: the privacy fact says nothing of keeping logs.
    ("ads-ctr", "Assuming we log every impression, how long are we allowed to keep that data around for training?"),
    // A design question, no rule named.
    ("rag-assistant", "Do we have existing search logs or IT tickets, and can we use them to build an evaluation set?"),
    ("similar-listings", "Are we allowed to show listings that are not available for the visitor's dates, or must we filter them out strictly?"),
  ])
  func noPrivacy(scenario: String, question: String) throws {
    let scenario = try Fixtures.flagship(scenario)
    let reply = Interviewer(scenario: scenario).reply(to: question)
    let privacy = try #require(PermissionQuestion.privacyFact(of: scenario).map { scenario.facts[$0].id })
    #expect(!reply.factIDs.contains(privacy), "\(reply)")
  }

  @Test("the shapes of asking leave")
  func shapes() {
    #expect(PermissionQuestion.asks("Contact uploads allowed?"))
    #expect(PermissionQuestion.asks("can we use phone contacts, or is that a privacy problem?"))
    #expect(PermissionQuestion.asks("Is it okay to log queries? any GDPR issue"))
    // No rule named: a question of what is possible.
    #expect(!PermissionQuestion.asks("Can we use click logs as labels?"))
    // A rule named, but no leave asked to do anything with data.
    #expect(!PermissionQuestion.asks("Are there privacy constraints?"))
  }
}
